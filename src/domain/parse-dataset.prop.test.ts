/**
 * Fuzzing the dataset loader: random malformed datasets (wrong types, missing fields, impossible
 * dates, NaN and infinite coordinates, huge strings, duplicate ids, non-objects, nested garbage)
 * never make parseDataset throw, and every record ends up either among the events or reported
 * with its index (and id when it has one) and a field.
 */
import fc from 'fast-check';
import { EventSchema } from './event.ts';
import { parseDataset } from './parse-dataset.ts';

const RUNS = { numRuns: 1000 };

const validEvent = fc.record({
  id: fc.constantFrom('e1', 'e2', 'e3', 'kupwara-1', 'x'.repeat(150)),
  category: fc.constantFrom('attack', 'armed_clash', 'diplomatic_contact', 'statement'),
  date: fc.constantFrom(
    { start: '2025-04-22', precision: 'day' },
    { start: '2025-04-27', end: '2025-04-28', precision: 'range' },
    { start: '2025-05-01', precision: 'before' },
  ),
  location: fc.constantFrom(
    undefined,
    null,
    { name: 'Kupwara', country: 'IN', lat: 34.53, lon: 74.25, precision: 'point' },
    { name: 'Kashmir', precision: 'region' },
  ),
  actors: fc.constantFrom([], [{ name: 'Indian Army', country: 'IN' }]),
  summary: fc.constant('One neutral sentence.'),
  evidence: fc.constantFrom(
    [{ source: 'a.txt', quote: 'abc', start: 0, end: 3 }],
    [{ source: 'https://example.org/a', note: 'cited' }],
  ),
});

/** Values that break a field: wrong types, impossible dates, non-finite numbers, huge strings, garbage. */
const badValue = fc.oneof(
  fc.constantFrom(
    null,
    undefined,
    '',
    0,
    -1,
    1.5,
    true,
    [],
    {},
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    '2025-02-30',
    '2025-13-01',
    '2025-4-1',
    '30/04/2025',
    'not-a-date',
    'x'.repeat(100_000),
    '<script>alert(1)</script>',
    'javascript:alert(1)',
  ),
  fc.string({ maxLength: 20 }),
  fc.double(),
  fc.anything({ maxDepth: 3 }),
);

/** Paths of fields inside an event (where a bad value is put or a field deleted). */
const PATHS = [
  ['id'],
  ['category'],
  ['date'],
  ['date', 'start'],
  ['date', 'end'],
  ['date', 'precision'],
  ['location'],
  ['location', 'name'],
  ['location', 'lat'],
  ['location', 'lon'],
  ['location', 'country'],
  ['location', 'precision'],
  ['actors'],
  ['actors', 0],
  ['actors', 0, 'name'],
  ['contact'],
  ['contact', 'mode'],
  ['summary'],
  ['evidence'],
  ['evidence', 0],
  ['evidence', 0, 'start'],
  ['evidence', 0, 'quote'],
  ['evidence', 0, 'source'],
  ['fatalities'],
] as const;

type Json = Record<string | number, unknown>;

function setPath(target: Json, path: readonly (string | number)[], value: unknown, remove: boolean): void {
  let obj: unknown = target;
  for (const key of path.slice(0, -1)) {
    if (typeof obj !== 'object' || obj === null) return;
    obj = (obj as Json)[key];
  }
  if (typeof obj !== 'object' || obj === null) return;
  const last = path[path.length - 1]!;
  if (remove) delete (obj as Json)[last];
  else (obj as Json)[last] = value;
}

const brokenEvent = fc
  .tuple(
    validEvent,
    fc.array(fc.tuple(fc.constantFrom(...PATHS), badValue, fc.boolean()), { minLength: 1, maxLength: 3 }),
  )
  .map(([event, edits]) => {
    const copy = structuredClone(event) as Json;
    for (const [path, value, remove] of edits) setPath(copy, path, value, remove);
    return copy as unknown;
  });

const record = fc.oneof(
  { weight: 3, arbitrary: validEvent },
  { weight: 5, arbitrary: brokenEvent },
  { weight: 1, arbitrary: fc.anything({ maxDepth: 2 }) },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined, 42, 'event', [], [1, 2], true) },
);

const records = fc.array(record, { maxLength: 12 });

describe('parseDataset under fuzzing', () => {
  it('never throws and accounts for every record: an event or problems naming its index', () => {
    fc.assert(
      fc.property(records, fc.boolean(), (recs, wrapped) => {
        const result = parseDataset(wrapped ? { events: recs } : recs);
        expect(result.total).toBe(recs.length);
        const rejected = new Set(result.problems.map((p) => p.index));
        expect(result.events.length + rejected.size).toBe(recs.length);
        for (const p of result.problems) {
          expect(Number.isInteger(p.index) && p.index >= 0 && p.index < recs.length).toBe(true);
          expect(typeof p.field).toBe('string');
          expect(p.message.length).toBeGreaterThan(0);
          const raw = recs[p.index];
          // A record that is an object is rejected field by field; a non-object as a whole ("").
          if (typeof raw === 'object' && raw !== null && !Array.isArray(raw)) {
            expect(p.field.length).toBeGreaterThan(0);
            const id = (raw as { id?: unknown }).id;
            // The id is clipped to 80 characters (duplicate-id problems carry it whole).
            if (typeof id === 'string' && id.length > 0) expect(p.id?.slice(0, 80)).toBe(id.slice(0, 80));
          }
        }
      }),
      RUNS,
    );
  });

  it('keeps only contract-valid events, each id once, the first record with an id winning', () => {
    fc.assert(
      fc.property(records, (recs) => {
        const { events, problems } = parseDataset({ events: recs });
        for (const e of events) expect(EventSchema.safeParse(e).success).toBe(true);
        const ids = events.map((e) => e.id);
        expect(new Set(ids).size).toBe(ids.length);
        for (const p of problems.filter((q) => q.message.startsWith('duplicate id'))) {
          expect(ids).toContain(p.id);
          expect(p.field).toBe('id');
        }
      }),
      RUNS,
    );
  });

  it('reports a file that is not a dataset as one file-level problem, whatever it holds', () => {
    fc.assert(
      fc.property(
        fc
          .anything({ maxDepth: 3 })
          .filter((v) => !Array.isArray(v) && !Array.isArray((v as { events?: unknown })?.events)),
        (raw) => {
          const result = parseDataset(raw);
          expect(result.events).toEqual([]);
          expect(result.total).toBe(0);
          expect(result.problems).toEqual([expect.objectContaining({ index: -1, field: 'events' })]);
        },
      ),
      RUNS,
    );
  });

  it('rejects impossible dates and non-finite coordinates with the field named', () => {
    const base = {
      id: 'a',
      category: 'attack',
      actors: [],
      summary: 's',
      evidence: [{ source: 'https://example.org/a', note: 'n' }],
    };
    const result = parseDataset([
      { ...base, id: 'feb30', date: { start: '2025-02-30', precision: 'day' } },
      {
        ...base,
        id: 'nan',
        date: { start: '2025-04-22', precision: 'day' },
        location: { name: 'Kupwara', lat: Number.NaN, lon: 74.25, precision: 'point' },
      },
      {
        ...base,
        id: 'inf',
        date: { start: '2025-04-22', precision: 'day' },
        location: { name: 'Kupwara', lat: 34.5, lon: Number.POSITIVE_INFINITY, precision: 'point' },
      },
    ]);
    expect(result.events).toEqual([]);
    expect(result.problems.map((p) => [p.index, p.id, p.field])).toEqual(
      expect.arrayContaining([
        [0, 'feb30', 'date.start'],
        [1, 'nan', 'location.lat'],
        [2, 'inf', 'location.lon'],
      ]),
    );
  });
});
