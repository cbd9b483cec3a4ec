import { SEED_LIKE, makeEvent } from '../../tests/unit/fixtures.ts';
import { countActors } from './actor-counts.ts';
import { contactCountryPairs, contactPairs } from './contact-pairs.ts';
import { countByDayAndCategory } from './day-counts.ts';
import { CATEGORIES, type Category, type CrisisEvent, type IsoDate } from './event.ts';
import { buildEventIndexData } from './event-index-build.ts';
import { createEventIndex, eventIndexBuffers, eventIndexFromData } from './event-index.ts';
import {
  indexedEvents,
  toActorCounts,
  toCategoryCounts,
  toContactPairs,
  toDayCounts,
  toPlaceGrouping,
} from './event-index-adapters.ts';
import { eventMatcher, filterEvents, type EventFilter } from './filter-events.ts';
import { groupEventsByPlace } from './place-groups.ts';

type Date_ = CrisisEvent['date'];
type Place = NonNullable<CrisisEvent['location']>;
const day = (start: string, precision: Date_['precision'] = 'day', end?: string) =>
  ({ start, precision, ...(end !== undefined && { end }) }) as Date_;
const KUPWARA = { name: 'Kupwara', country: 'IN', lat: 34.53, lon: 74.25, precision: 'district' } as Place;
const KUPWARA_POINT = {
  name: 'kupwara',
  country: 'IN',
  lat: 34.5301,
  lon: 74.2501,
  precision: 'point',
} as Place;
const LOC = { name: 'Line of Control', precision: 'region' } as Place;
const PAKISTAN = { name: 'Pakistan', country: 'PK', precision: 'country' } as Place;
const rubio = { name: 'Marco Rubio', role: 'Secretary of State', country: 'US' };
const dar = { name: 'Ishaq Dar', role: 'Foreign Minister', country: 'PK' };
const darDeputy = { name: 'Ishaq Dar', role: 'Deputy Prime Minister', country: 'PK' };
const jaishankar = { name: 'S Jaishankar', role: 'External Affairs Minister', country: 'IN' };
const army = { name: 'Indian Army', country: 'IN' };
const pakArmy = { name: 'Pakistan Army', country: 'PK' };

const FIXTURE: CrisisEvent[] = [
  ...SEED_LIKE,
  makeEvent({
    id: 'span-long',
    category: 'military_posture',
    date: day('2025-04-10', 'range', '2025-05-20'),
    actors: [army],
  }),
  makeEvent({
    id: 'night',
    category: 'armed_clash',
    date: day('2025-04-29', 'day', '2025-04-30'),
    location: KUPWARA,
    actors: [pakArmy, army],
  }),
  makeEvent({
    id: 'approx',
    category: 'strike',
    date: day('2025-05-07', 'approximate'),
    location: KUPWARA_POINT,
    actors: [army],
  }),
  makeEvent({
    id: 'approx-span',
    category: 'strike',
    date: day('2025-05-06', 'approximate', '2025-05-08'),
    location: LOC,
  }),
  makeEvent({ id: 'early-before', category: 'statement', date: day('2025-04-20', 'before'), actors: [dar] }),
  makeEvent({
    id: 'range-one-day',
    category: 'policy_measure',
    date: day('2025-04-24', 'range'),
    location: PAKISTAN,
    actors: [darDeputy],
  }),
  makeEvent({
    id: 'meeting-3',
    category: 'diplomatic_contact',
    date: day('2025-05-02'),
    actors: [rubio, dar, jaishankar],
    contact: { mode: 'meeting' },
  }),
  makeEvent({
    id: 'call-no-mode',
    category: 'diplomatic_contact',
    date: day('2025-05-03'),
    actors: [dar, { ...dar, role: undefined }],
  }),
  makeEvent({
    id: 'solo-contact',
    category: 'diplomatic_contact',
    date: day('2025-05-04'),
    actors: [rubio],
    contact: { mode: 'visit' },
  }),
  makeEvent({
    id: 'same-country',
    category: 'diplomatic_contact',
    date: day('2025-05-05'),
    actors: [army, jaishankar],
    contact: { mode: 'video' },
  }),
  makeEvent({
    id: 'outside-late',
    category: 'agreement',
    date: day('2025-06-01'),
    location: LOC,
    actors: [darDeputy, jaishankar],
  }),
];

const FILTERS: Array<[string, EventFilter]> = [
  ['no filter', { actors: [], categories: [] }],
  [
    'a date range',
    { from: '2025-04-28' as IsoDate, to: '2025-05-02' as IsoDate, actors: [], categories: [] },
  ],
  ['only from', { from: '2025-05-02' as IsoDate, actors: [], categories: [] }],
  ['only to', { to: '2025-04-24' as IsoDate, actors: [], categories: [] }],
  ['one day', { from: '2025-05-07' as IsoDate, to: '2025-05-07' as IsoDate, actors: [], categories: [] }],
  [
    'from after to',
    { from: '2025-05-02' as IsoDate, to: '2025-04-28' as IsoDate, actors: [], categories: [] },
  ],
  ['one actor', { actors: ['Ishaq Dar'], categories: [] }],
  ['two actors', { actors: ['Ishaq Dar', 'Indian Army'], categories: [] }],
  ['an unknown actor', { actors: ['Nobody'], categories: [] }],
  ['two categories', { actors: [], categories: ['diplomatic_contact', 'strike'] }],
  ['actor and category', { actors: ['Indian Army'], categories: ['strike', 'armed_clash'] }],
  [
    'everything',
    {
      from: '2025-04-25' as IsoDate,
      to: '2025-05-10' as IsoDate,
      actors: ['Ishaq Dar', 'Marco Rubio'],
      categories: ['diplomatic_contact', 'statement'],
    },
  ],
];

function naiveCategoryCounts(events: readonly CrisisEvent[], filter: EventFilter): Record<Category, number> {
  const keep = eventMatcher({ ...filter, categories: [] });
  const counts = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
  for (const e of events) if (keep(e)) counts[e.category] += 1;
  return counts;
}

describe('createEventIndex', () => {
  const ix = createEventIndex(FIXTURE);

  describe.each(FILTERS)('with %s', (_, filter) => {
    const filtered = filterEvents(FIXTURE, filter);
    const window = { ...(filter.from && { from: filter.from }), ...(filter.to && { to: filter.to }) };

    it.each(['dates', 'postings'] as const)(
      'answers as the naive modules do (preferring the %s walk)',
      (plan) => {
        const result = ix.query(filter, { plan });
        expect(indexedEvents(ix, result)).toEqual(filtered);
        expect(toDayCounts(ix, result)).toEqual(countByDayAndCategory(filtered, ix.span!, window));
        expect(toPlaceGrouping(ix, result)).toEqual(groupEventsByPlace(filtered));
        expect(toContactPairs(ix, result, 'person')).toEqual(contactPairs(filtered));
        expect(toContactPairs(ix, result, 'country')).toEqual(contactCountryPairs(filtered));
        expect(toActorCounts(ix, result)).toEqual(
          countActors(filterEvents(FIXTURE, { ...filter, actors: [] })),
        );
        expect(toCategoryCounts(result)).toEqual(naiveCategoryCounts(FIXTURE, filter));
      },
    );

    it('places events on a wider span and a window of its own as countByDayAndCategory does', () => {
      const span = { from: '2025-04-01', to: '2025-05-31' };
      const own = { from: '2025-04-26', to: '2025-05-06' };
      const result = ix.query(filter, { span, window: own });
      expect(toDayCounts(ix, result)).toEqual(countByDayAndCategory(filtered, span, own));
    });
  });

  it('keeps a "before" event for every range that begins on or before its day', () => {
    const ids = (f: EventFilter) => indexedEvents(ix, ix.query(f)).map((e) => e.id);
    const at = (from: string, to: string): EventFilter => ({
      from: from as IsoDate,
      to: to as IsoDate,
      actors: [],
      categories: [],
    });
    expect(ids(at('2025-01-01', '2025-01-02'))).toContain('early-before');
    expect(ids(at('2025-04-20', '2025-04-20'))).toContain('early-before');
    expect(ids(at('2025-04-21', '2025-04-30'))).not.toContain('early-before');
  });

  it('keeps nothing, and counts no facet, when from is after to', () => {
    const result = ix.query({
      from: '2025-05-02' as IsoDate,
      to: '2025-04-28' as IsoDate,
      actors: [],
      categories: [],
    });
    expect(result.plan).toBe('empty');
    expect(result.indices).toHaveLength(0);
    expect([...result.facets.categories, ...result.facets.actors].every((n) => n === 0)).toBe(true);
  });

  it('returns input indices in input order, whatever the date order', () => {
    const { indices } = ix.query({ actors: ['Ishaq Dar', 'Indian Army'], categories: [] });
    expect([...indices]).toEqual([...indices].sort((a, b) => a - b));
    expect(indices.length).toBe(
      filterEvents(FIXTURE, { actors: ['Ishaq Dar', 'Indian Army'], categories: [] }).length,
    );
  });

  it('walks the postings for a rare actor and the date runs for a busy week', () => {
    const many = Array.from({ length: 400 }, (_, i) =>
      makeEvent({
        id: `e${i}`,
        category: 'armed_clash',
        date: day(`2025-05-${String(1 + (i % 28)).padStart(2, '0')}`),
        actors: [i === 7 ? dar : army],
      }),
    );
    const big = createEventIndex(many);
    expect(big.query({ actors: ['Ishaq Dar'], categories: [] }).plan).toBe('postings');
    expect(
      big.query({ from: '2025-05-03' as IsoDate, to: '2025-05-09' as IsoDate, actors: [], categories: [] })
        .plan,
    ).toBe('dates');
    expect(big.query({ actors: [], categories: [] }).plan).toBe('all');
  });

  it('counts the filter bar facets without their own filter: actors under date+category, categories under date+actor', () => {
    const result = ix.query({ actors: ['Ishaq Dar'], categories: ['statement'] });
    const dar = ix.actorCodes.get('Ishaq Dar')!;
    const army = ix.actorCodes.get('Indian Army')!;
    expect(result.facets.actors[army]).toBe(0); // no statement names the Indian Army
    expect(result.facets.actors[dar]).toBe(1);
    expect(result.facets.categories[CATEGORIES.indexOf('diplomatic_contact')]).toBe(2);
    expect(toActorCounts(ix, result)).toEqual([
      { name: 'Ishaq Dar', count: 1, country: 'PK', role: 'Foreign Minister' },
    ]);
  });

  it('gives each query fresh arrays, so a view may keep an answer', () => {
    const a = ix.query({ actors: [], categories: [] });
    a.days.cells.fill(7);
    a.indices.fill(0);
    const b = ix.query({ actors: [], categories: [] });
    expect(toDayCounts(ix, b)).toEqual(countByDayAndCategory(FIXTURE, ix.span!, {}));
    expect(indexedEvents(ix, b)).toEqual(FIXTURE);
  });

  it('answers the same after its data crossed a structured clone with its buffers transferred', () => {
    const data = buildEventIndexData(FIXTURE);
    const buffers = eventIndexBuffers(data);
    expect(buffers.length).toBeGreaterThan(10);
    const moved = eventIndexFromData(structuredClone(data, { transfer: buffers }));
    // Transferred, not copied: the sender's arrays are now empty.
    expect(data.columns.first.length).toBe(0);
    const filter: EventFilter = { actors: [], categories: ['armed_clash', 'diplomatic_contact'] };
    expect(indexedEvents(moved, moved.query(filter))).toEqual(filterEvents(FIXTURE, filter));
    expect(toDayCounts(moved, moved.query({ actors: [], categories: [] }))).toEqual(
      countByDayAndCategory(FIXTURE, moved.span!, {}),
    );
  });

  it('indexes an empty dataset', () => {
    const empty = createEventIndex([]);
    const result = empty.query({ actors: ['x'], categories: ['attack'] });
    expect(empty.span).toBeUndefined();
    expect(result.indices).toHaveLength(0);
    expect(toPlaceGrouping(empty, result)).toEqual({ places: [], noPlace: [] });
  });
});
