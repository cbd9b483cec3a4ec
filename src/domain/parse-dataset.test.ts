import { describe, expect, it } from 'vitest';
import { parseDataset, PROGRESS_EVERY, recordLabel } from './parse-dataset.ts';

const valid = {
  id: 'e1',
  category: 'armed_clash',
  date: { start: '2025-04-27', end: '2025-04-28', precision: 'range' },
  location: { name: 'Kupwara', country: 'IN', lat: 34.53, lon: 74.25, precision: 'district' },
  actors: [{ name: 'Pakistan Army', country: 'PK' }],
  summary: 'Small-arms fire across the LoC opposite Kupwara.',
  evidence: [{ source: 'a.txt', quote: 'firing', start: 10, end: 16 }],
};

describe('parseDataset', () => {
  it('reports progress every PROGRESS_EVERY records and once at the end', () => {
    const n = 2 * PROGRESS_EVERY + 1;
    const calls: Array<[number, number]> = [];
    const r = parseDataset(
      { events: Array.from({ length: n }, (_, i) => ({ ...valid, id: `e${i}` })) },
      (c, t) => calls.push([c, t]),
    );
    expect(r.events).toHaveLength(n);
    expect(calls).toEqual([
      [PROGRESS_EVERY, n],
      [2 * PROGRESS_EVERY, n],
      [n, n],
    ]);
  });

  it('accepts a valid record and keeps its fields', () => {
    const r = parseDataset({ events: [valid] });
    expect(r.problems).toEqual([]);
    expect(r.events).toHaveLength(1);
    expect(r.events[0]?.location?.name).toBe('Kupwara');
  });

  it('accepts a bare array', () => {
    expect(parseDataset([valid]).events).toHaveLength(1);
  });

  it('keeps valid records when others are bad, naming the record and the field', () => {
    const bad = { ...valid, id: 'bad-date', date: { start: '2025-02-30', precision: 'day' } };
    const r = parseDataset({ events: [valid, bad, { ...valid, id: 'e3' }] });
    expect(r.events.map((e) => e.id)).toEqual(['e1', 'e3']);
    expect(r.total).toBe(3);
    expect(r.problems).toEqual([expect.objectContaining({ index: 1, id: 'bad-date', field: 'date.start' })]);
    expect(r.problems[0]?.message).toMatch(/calendar date/);
  });

  it('names nested array fields and records without an id by index', () => {
    const noId = { ...valid, id: undefined, evidence: [{ source: 'a.txt', quote: 'x', start: 0, end: 5 }] };
    const r = parseDataset({ events: [noId] });
    const fields = r.problems.map((p) => p.field);
    expect(fields).toContain('id');
    expect(fields).toContain('evidence[0].end');
    expect(recordLabel(r.problems[0]!)).toBe('#0');
  });

  it('rejects coordinates that are not numbers and point places without coordinates', () => {
    const nan = { ...valid, id: 'nan', location: { ...valid.location, lat: Number.NaN } };
    const noCoords = { ...valid, id: 'nc', location: { name: 'Kupwara', precision: 'point' } };
    const r = parseDataset({ events: [nan, noCoords] });
    expect(r.events).toEqual([]);
    expect(r.problems.find((p) => p.id === 'nan')?.field).toBe('location.lat');
    expect(r.problems.find((p) => p.id === 'nc')?.message).toMatch(/coordinates/);
  });

  it('reports duplicate ids and keeps the first', () => {
    const r = parseDataset({ events: [valid, { ...valid, summary: 'other' }] });
    expect(r.events).toHaveLength(1);
    expect(r.problems).toEqual([
      { index: 1, id: 'e1', field: 'id', message: 'duplicate id (first used by #0)' },
    ]);
  });

  it('reports a file without an events array as a file-level problem', () => {
    const r = parseDataset({ items: [] });
    expect(r.events).toEqual([]);
    expect(r.problems[0]).toMatchObject({ index: -1, field: 'events' });
    expect(recordLabel(r.problems[0]!)).toBe('file');
  });

  it('rejects a contact mode on a non-contact event', () => {
    const r = parseDataset([{ ...valid, contact: { mode: 'phone' } }]);
    expect(r.problems[0]).toMatchObject({ field: 'contact' });
  });

  it('accepts URL citations and rejects non-http sources for them', () => {
    const cited = { ...valid, id: 'c', evidence: [{ source: 'https://example.com/a', note: 'Fact 1: x' }] };
    const js = { ...valid, id: 'js', evidence: [{ source: 'javascript:alert(1)', note: 'x' }] };
    const r = parseDataset([cited, js]);
    expect(r.events.map((e) => e.id)).toEqual(['c']);
    expect(r.problems[0]).toMatchObject({ id: 'js', field: 'evidence[0].source' });
  });
});
