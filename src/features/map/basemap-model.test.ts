import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import countries50m from 'world-atlas/countries-50m.json';
import { toBasemap } from './basemap-model.ts';

describe('toBasemap', () => {
  const basemap = toBasemap(countries50m as unknown as Topology);

  it('finds country shapes by alpha-2 code', () => {
    expect(basemap.countries.get('PK')?.name).toBe('Pakistan');
    expect(basemap.countries.get('IN')?.geometry.type).toBe('MultiPolygon');
  });

  it('labels India on its mainland', () => {
    const india = basemap.labels.find((l) => l.name === 'India');
    expect(india?.lon).toBeGreaterThan(75);
    expect(india?.lon).toBeLessThan(82);
    expect(india?.lat).toBeGreaterThan(18);
    expect(india?.lat).toBeLessThan(26);
  });

  it('does not label the Siachen Glacier sliver', () => {
    expect(basemap.labels.some((l) => l.name === 'Siachen Glacier')).toBe(false);
  });

  it('merges land into one multipolygon', () => {
    expect(basemap.land.type).toBe('MultiPolygon');
    expect(basemap.land.coordinates.length).toBeGreaterThan(100);
  });

  it('rejects a topology without countries', () => {
    expect(() => toBasemap({ type: 'Topology', objects: {}, arcs: [] } as unknown as Topology)).toThrow(
      /countries/,
    );
  });
});
