import { describe, expect, it } from 'vitest';
import { ringSegments, shapePath } from './marker-shapes.ts';

describe('shapePath', () => {
  it.each([
    ['circle', 'M0 10a10 10 0 1 0 20 0a10 10 0 1 0 -20 0Z'],
    ['square', 'M1.8 1.8H18.2V18.2H1.8Z'],
    ['diamond', 'M10 0L20 10L10 20L0 10Z'],
    ['triangle', 'M10 0L19.7 16.8L0.3 16.8Z'],
  ] as const)('draws a %s', (shape, d) => {
    expect(shapePath(shape, 10, 10, 10)).toBe(d);
  });
});

describe('ringSegments', () => {
  it('draws one full circle for one category', () => {
    expect(ringSegments([0, 3], 0, 0, 10)).toEqual([{ index: 1, d: shapePath('circle', 0, 0, 10) }]);
  });

  it('splits the ring in proportion, clockwise from 12 o’clock', () => {
    const segs = ringSegments([1, 1], 0, 0, 10);
    expect(segs.map((s) => s.index)).toEqual([0, 1]);
    expect(segs[0]?.d).toBe('M0 -10A10 10 0 0 1 0 10');
    expect(segs[1]?.d).toBe('M0 10A10 10 0 0 1 0 -10');
  });

  it('uses the large arc for a share over half', () => {
    expect(ringSegments([3, 1], 0, 0, 10)[0]?.d).toContain(' 0 1 1 ');
  });

  it('draws nothing for no events', () => {
    expect(ringSegments([0, 0], 0, 0, 10)).toEqual([]);
  });
});
