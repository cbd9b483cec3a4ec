import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EventSchema } from '../src/domain/event.ts';
import {
  checkCuratedDocs,
  formatProblem,
  loadCheckContext,
  measureRecord,
  readCuratedDocs,
  type CheckContext,
  type Problem,
} from './check-curated.ts';
import { CURATED_DIR, geocodePlace } from './curated-geocode.ts';
import { parseFactSheet } from './curated-index.ts';
import { quoteShingleHashes } from './curated-shingles.ts';

type RawEvent = Record<string, unknown> & {
  id: string;
  evidence: Array<Record<string, unknown>>;
  actors: Array<Record<string, unknown>>;
};
type Doc = { events: RawEvent[] };

let ctx: CheckContext;
let tmp: string;
const FILE = 'crisis-2025.json';
const real = (): Doc => JSON.parse(readFileSync(join(CURATED_DIR, FILE), 'utf8')) as Doc;

beforeAll(async () => {
  ctx = await loadCheckContext();
  tmp = mkdtempSync(join(tmpdir(), 'curated-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('the curated record', () => {
  it('passes every check', () => {
    const problems = checkCuratedDocs(readCuratedDocs(), ctx);
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('meets the measure: 22 April – 12 May, 100+ events, the key places, 20+ contacts', () => {
    const events = readCuratedDocs().flatMap((d) => (d.data as Doc).events.map((e) => EventSchema.parse(e)));
    const m = measureRecord(events);
    expect(m.first).toBe('2025-04-22');
    expect(m.last).toBe('2025-05-12');
    expect(m.events).toBeGreaterThanOrEqual(100);
    expect(m.places).toEqual(
      expect.arrayContaining([
        'Pahalgam',
        'Kupwara',
        'Poonch',
        'Rajouri',
        'Bahawalpur',
        'Muridke',
        'Muzaffarabad',
      ]),
    );
    expect(m.contacts).toBeGreaterThanOrEqual(20);
  });
});

/** Write a corrupted copy of the real record to a temp dir and check that copy. */
function checkCorrupted(corrupt: (doc: Doc) => void, context: CheckContext = ctx): Problem[] {
  const doc = real();
  corrupt(doc);
  const dir = mkdtempSync(join(tmp, 'case-'));
  writeFileSync(join(dir, FILE), JSON.stringify(doc));
  return checkCuratedDocs(readCuratedDocs(dir), context);
}

const byId = (doc: Doc, id: string): RawEvent => {
  const e = doc.events.find((x) => x.id === id);
  if (!e) throw new Error(`no event ${id} in the record`);
  return e;
};

const CASES: Array<[string, (doc: Doc) => void, { where: string; field: string }]> = [
  [
    'a URL that belongs to another fact',
    (d) =>
      (byId(d, 'curated-1-pahalgam').evidence[0]!.source = byId(
        d,
        'curated-6-trump-modi',
      ).evidence[0]!.source),
    { where: 'curated-1-pahalgam', field: 'evidence[0].source' },
  ],
  [
    'a fact number that is not in the index',
    (d) => (byId(d, 'curated-1-pahalgam').evidence[0]!.note = 'Fact 999: no such fact.'),
    { where: 'curated-1-pahalgam', field: 'evidence[0].note' },
  ],
  [
    'a note that names no fact',
    (d) => (byId(d, 'curated-1-pahalgam').evidence[0]!.note = 'the attack'),
    { where: 'curated-1-pahalgam', field: 'evidence[0].note' },
  ],
  [
    'a date that misses the fact date',
    (d) =>
      (byId(d, 'curated-31-poonch').date = { start: '2025-04-29', end: '2025-04-30', precision: 'range' }),
    { where: 'curated-31-poonch', field: 'date' },
  ],
  [
    'coordinates 5 km off the gazetteer',
    (d) => ((byId(d, 'curated-66-muridke').location as { lat: number }).lat += 0.045),
    { where: 'curated-66-muridke', field: 'location' },
  ],
  [
    'coordinates on a place the gazetteer does not know',
    (d) => ((byId(d, 'curated-66-muridke').location as { name: string }).name = 'Qqqzz Nowhere'),
    { where: 'curated-66-muridke', field: 'location' },
  ],
  [
    'a point without coordinates (schema)',
    (d) => delete (byId(d, 'curated-66-muridke').location as { lat?: number }).lat,
    { where: 'curated-66-muridke', field: 'location.lat' },
  ],
  [
    'a missing summary (schema)',
    (d) => delete (byId(d, 'curated-66-muridke') as { summary?: string }).summary,
    { where: 'curated-66-muridke', field: 'summary' },
  ],
  [
    'a duplicate id',
    (d) => (byId(d, 'curated-6-trump-modi').id = 'curated-1-pahalgam'),
    { where: 'curated-1-pahalgam', field: 'id' },
  ],
  [
    'an actor alias instead of the canonical name',
    (d) => (byId(d, 'curated-45-rubio-jaishankar').actors[1]!.name = 'Jaishankar'),
    { where: 'curated-45-rubio-jaishankar', field: 'actors[1].name' },
  ],
  [
    'an actor the registry does not know',
    (d) => (byId(d, 'curated-45-rubio-jaishankar').actors[0]!.name = 'Someone Unknown'),
    { where: 'curated-45-rubio-jaishankar', field: 'actors[0].name' },
  ],
  [
    'a category that no cited fact has',
    (d) => (byId(d, 'curated-66-muridke').category = 'attack'),
    { where: 'curated-66-muridke', field: 'category' },
  ],
  [
    'a phone call with a place',
    (d) => (byId(d, 'curated-45-rubio-jaishankar').location = byId(d, 'curated-66-muridke').location),
    { where: 'curated-45-rubio-jaishankar', field: 'location' },
  ],
  [
    'a quote instead of a note',
    (d) => (byId(d, 'curated-1-pahalgam').evidence[0] = { source: 'a.txt', quote: 'x', start: 0, end: 1 }),
    { where: 'curated-1-pahalgam', field: 'evidence[0]' },
  ],
  [
    'an event not marked curated',
    (d) => (byId(d, 'curated-1-pahalgam').origins = ['article']),
    { where: 'curated-1-pahalgam', field: 'origins' },
  ],
  [
    'a fact that no event cites any more',
    (d) =>
      (d.events = d.events.filter((e) => !e.evidence.some((v) => String(v.note).startsWith('Fact 107:')))),
    { where: 'fact 107', field: 'coverage' },
  ],
];

describe('check-curated fails on a corrupted copy', () => {
  it.each(CASES)('flags %s', (_name, corrupt, expected) => {
    const problems = checkCorrupted(corrupt);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems).toContainEqual(
      expect.objectContaining({ where: expect.stringContaining(expected.where), field: expected.field }),
    );
    if (expected.where !== 'fact 107') expect(problems[0]?.file).toBe(FILE);
  });

  it('flags a note that repeats 8 words of the fact quote', () => {
    // The real quotes live only as hashes; give fact 1 a known quote in a copy of the index.
    const quote = 'gunmen opened fire on a crowd of visitors in the meadow';
    const index = structuredClone(ctx.index);
    index.facts['1'] = { ...index.facts['1']!, quoteWords: 11, quoteShingles: quoteShingleHashes(quote) };
    const copied = 'Fact 1: Gunmen opened fire on a crowd of visitors in the hills.';
    const problems = checkCorrupted((d) => (byId(d, 'curated-1-pahalgam').evidence[0]!.note = copied), {
      ...ctx,
      index,
    });
    expect(problems).toContainEqual(
      expect.objectContaining({
        where: expect.stringContaining('curated-1-pahalgam'),
        field: 'evidence[0].note',
      }),
    );
  });

  it('names the file when it is not { events: [...] }', () => {
    const dir = mkdtempSync(join(tmp, 'shape-'));
    writeFileSync(join(dir, 'broken.json'), '[]');
    expect(checkCuratedDocs(readCuratedDocs(dir), ctx)).toContainEqual(
      expect.objectContaining({ file: 'broken.json', field: 'events' }),
    );
  });
});

describe('the fact index', () => {
  const SHEET = resolve(import.meta.dirname, '../../shared/facts/crisis-2025.md');

  it('parses fact rows: number, date or night range, type, URL', () => {
    const md = [
      '| # | date | type | place | actors | casualties | mode | summary | source URL | supporting quote |',
      '|---|---|---|---|---|---|---|---|---|---|',
      '| 7 | 2025-04-27/2025-04-28 | armed_clash | LoC | Army |  |  | s | https://e.org/a | "one two three four five six seven eight nine" |',
      '## unsourced (not to be used)',
      '| 8 | 2025-04-29 | statement | x | y |  |  | s | https://e.org/b | "q" |',
    ].join('\n');
    const facts = parseFactSheet(md);
    expect(Object.keys(facts)).toEqual(['7']);
    expect(facts['7']).toMatchObject({
      date: { start: '2025-04-27', end: '2025-04-28' },
      type: 'armed_clash',
      url: 'https://e.org/a',
      quoteWords: 9,
    });
    expect(facts['7']?.quoteShingles).toHaveLength(2);
  });

  it.skipIf(!existsSync(SHEET))('is up to date with the shared fact sheet (sha256)', () => {
    const sha = createHash('sha256').update(readFileSync(SHEET)).digest('hex');
    expect(ctx.index.origin.sha256).toBe(sha);
    expect(Object.keys(ctx.index.facts)).toHaveLength(ctx.index.origin.rows);
  });
});

describe('curated-geocode', () => {
  it('takes coordinates, admin1 and country from the gazetteer', () => {
    const { location, problem } = geocodePlace(ctx.gazetteer, {
      name: 'Muridke',
      country: 'PK',
      precision: 'point',
    });
    expect(problem).toBeUndefined();
    expect(location).toMatchObject({ name: 'Muridke', admin1: 'Punjab', country: 'PK', precision: 'point' });
    expect(location.lat).toBeCloseTo(31.8, 1);
  });

  it('reports a locality without coordinates, with its district', () => {
    const { problem } = geocodePlace(ctx.gazetteer, {
      name: 'Mankote',
      country: 'IN',
      precision: 'district',
    });
    expect(problem).toMatch(/Poonch/);
  });

  it('reports a point the gazetteer does not know, and leaves a region without invented coordinates', () => {
    expect(geocodePlace(ctx.gazetteer, { name: 'Qqqzz Nowhere', precision: 'point' }).problem).toMatch(
      /not in the gazetteer/,
    );
    const region = geocodePlace(ctx.gazetteer, { name: 'Line of Control', precision: 'region' });
    expect(region.problem).toBeUndefined();
    expect(region.location.lat).toBeUndefined();
  });
});
