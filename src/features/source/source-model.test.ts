import { describe, expect, it } from 'vitest';
import { segmentText } from './source-model.ts';

describe('segmentText', () => {
  const text = 'Firing was reported in Kupwara and Poonch overnight.';
  it('splits the text around one highlight and keeps every character', () => {
    const { segments } = segmentText(text, [{ start: 23, end: 30, key: 'a', label: 'A' }]);
    expect(segments.map((s) => [s.text, s.keys])).toEqual([
      ['Firing was reported in ', []],
      ['Kupwara', ['a']],
      [' and Poonch overnight.', []],
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
  });

  it('handles overlapping quotes by cutting at every boundary', () => {
    const { segments } = segmentText(text, [
      { start: 0, end: 30, key: 'a', label: 'A' },
      { start: 23, end: 41, key: 'b', label: 'B' },
    ]);
    expect(segments.map((s) => [s.text, s.keys])).toEqual([
      ['Firing was reported in ', ['a']],
      ['Kupwara', ['a', 'b']],
      [' and Poonch', ['b']],
      [' overnight.', []],
    ]);
  });

  it('reports highlights that fall outside the text or do not match their quote', () => {
    const { invalid, segments } = segmentText(
      text,
      [
        { start: 40, end: 400, key: 'out', label: '' },
        { start: 0, end: 6, key: 'wrong', label: '' },
        { start: 0, end: 6, key: 'right', label: '' },
      ],
      new Map([
        ['wrong', 'Shelling'],
        ['right', 'Firing'],
      ]),
    );
    expect(invalid.map((h) => h.key)).toEqual(['out', 'wrong']);
    expect(segments[0]).toMatchObject({ text: 'Firing', keys: ['right'] });
  });
});
