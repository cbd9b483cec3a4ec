/**
 * Property tests: on random datasets and random filters the event index answers exactly what the
 * naive modules answer on `filterEvents(events, filter)` (the oracle), whichever walk it takes.
 */
import fc from 'fast-check';
import { countActors } from './actor-counts.ts';
import { dataSpan } from './data-span.ts';
import { contactCountryPairs, contactPairs } from './contact-pairs.ts';
import { addDays } from './dates.ts';
import { countByDayAndCategory } from './day-counts.ts';
import {
  CATEGORIES,
  CONTACT_MODES,
  DATE_PRECISIONS,
  EventSchema,
  type Actor,
  type Category,
  type CrisisEvent,
  type IsoDate,
  type Location,
} from './event.ts';
import { createEventIndex } from './event-index.ts';
import {
  indexedEvents,
  toActorCounts,
  toCategoryCounts,
  toContactPairs,
  toDayCounts,
  toPlaceGrouping,
} from './event-index-adapters.ts';
import type { IndexQueryOptions } from './event-index-layout.ts';
import { eventMatcher, filterEvents, type EventFilter } from './filter-events.ts';
import { groupEventsByPlace } from './place-groups.ts';

const BASE = '2025-04-01';
const day = (offset: number) => addDays(BASE, offset);

// Small pools, so that random events share actors, places and days.
const ACTORS: Actor[] = [
  { name: 'Marco Rubio', role: 'Secretary of State', country: 'US' },
  { name: 'Marco Rubio', country: 'US' },
  { name: 'Marco Rubio', role: 'US Secretary of State', country: 'US' },
  { name: 'S Jaishankar', role: 'External Affairs Minister', country: 'IN' },
  { name: 'Shehbaz Sharif', role: 'Prime Minister', country: 'PK' },
  { name: 'Shehbaz Sharif', role: '', country: 'PK' },
  { name: 'Indian Army', country: 'IN' },
  { name: 'Indian Army', country: 'PK' },
  { name: 'Pakistan Army' },
  { name: ' Ishaq Dar ', role: 'Foreign Minister', country: 'PK' },
  { name: 'Ishaq Dar', country: 'PK' },
  { name: 'UN Secretary-General' },
];
const ACTOR_NAMES = [...new Set(ACTORS.map((a) => a.name)), 'Nobody'];

const PLACES: Location[] = [
  { name: 'Kupwara', admin1: 'Jammu and Kashmir', country: 'IN', lat: 34.53, lon: 74.25, precision: 'point' },
  { name: 'kupwara ', country: 'IN', lat: 34.53004, lon: 74.25001, precision: 'district' },
  { name: 'Kupwara', country: 'IN', lat: 34.6, lon: 74.25, precision: 'point' },
  { name: 'Poonch', admin1: 'Jammu and Kashmir', lat: 33.77, lon: 74.09, precision: 'point' },
  { name: 'Kashmir', precision: 'region' },
  { name: 'Line of Control', lat: 34.0, lon: 74.0, precision: 'region' },
  { name: 'Pakistan', country: 'PK', precision: 'country' },
  { name: 'Islamabad', country: 'PK', lat: -0.0001, lon: 73.04, precision: 'point' },
  { name: 'Islamabad', lat: 0.0001, lon: 73.04, precision: 'point' },
];

const eventArb = (id: number, maxDay: number): fc.Arbitrary<CrisisEvent> =>
  fc
    .record({
      category: fc.constantFrom(...CATEGORIES),
      start: fc.integer({ min: 0, max: maxDay }),
      length: fc.oneof(
        { weight: 5, arbitrary: fc.constant(-1) },
        { weight: 3, arbitrary: fc.integer({ min: 0, max: 4 }) },
        { weight: 1, arbitrary: fc.integer({ min: 5, max: 90 }) },
      ),
      precision: fc.constantFrom(...DATE_PRECISIONS),
      place: fc.option(fc.constantFrom(...PLACES), { nil: undefined }),
      nullPlace: fc.boolean(),
      actors: fc.array(fc.constantFrom(...ACTORS), { maxLength: 4 }),
      mode: fc.option(fc.constantFrom(...CONTACT_MODES), { nil: undefined }),
    })
    .map((r): CrisisEvent =>
      EventSchema.parse({
        id: `e${id}`,
        category: r.category,
        date: {
          start: day(r.start),
          precision: r.precision,
          ...(r.length >= 0 && { end: day(r.start + r.length) }),
        },
        location: r.place ?? (r.nullPlace ? null : undefined),
        actors: r.actors,
        ...(r.category === 'diplomatic_contact' && r.mode !== undefined && { contact: { mode: r.mode } }),
        summary: 'x',
        evidence: [{ source: 'https://example.org/a', note: 'x' }],
      }),
    );

const datasetArb = (maxEvents: number, maxDay: number) =>
  fc
    .integer({ min: 0, max: maxEvents })
    .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => eventArb(i, maxDay))))
    .map((events) => events as CrisisEvent[]);

const dateArb = (maxDay: number) =>
  fc.option(
    fc.integer({ min: -10, max: maxDay + 10 }).map((d) => day(d) as IsoDate),
    { nil: undefined },
  );

const filterArb = (maxDay: number): fc.Arbitrary<EventFilter> =>
  fc
    .record({
      from: dateArb(maxDay),
      to: dateArb(maxDay),
      actors: fc.subarray(ACTOR_NAMES, { maxLength: 3 }),
      categories: fc.subarray([...CATEGORIES], { maxLength: 3 }),
    })
    .map((f) => ({
      actors: f.actors,
      categories: f.categories as Category[],
      ...(f.from !== undefined && { from: f.from }),
      ...(f.to !== undefined && { to: f.to }),
    }));

const optionsArb = (maxDay: number): fc.Arbitrary<IndexQueryOptions> =>
  fc.record(
    {
      span: fc
        .tuple(fc.integer({ min: -5, max: maxDay + 5 }), fc.integer({ min: -3, max: maxDay + 5 }))
        .map(([a, b]) => ({ from: day(a), to: day(b) })),
      window: fc.record({ from: dateArb(maxDay), to: dateArb(maxDay) }, { requiredKeys: [] }),
      plan: fc.constantFrom('dates' as const, 'postings' as const),
    },
    { requiredKeys: [] },
  );

function clean<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

const RUNS = { numRuns: 1000 };

describe('event index against the naive modules', () => {
  it('never drops a matching event and never keeps one that does not match', () => {
    fc.assert(
      fc.property(datasetArb(60, 40), filterArb(40), optionsArb(40), (events, filter, options) => {
        const ix = createEventIndex(events);
        const got = indexedEvents(ix, ix.query(filter, options));
        expect(got).toEqual(filterEvents(events, filter));
      }),
      RUNS,
    );
  });

  it('counts days, places and contacts as the naive modules do on the filtered events', () => {
    fc.assert(
      fc.property(datasetArb(40, 30), filterArb(30), optionsArb(30), (events, filter, rawOptions) => {
        const options = clean(rawOptions);
        if (options.window) options.window = clean(options.window);
        const ix = createEventIndex(events);
        const result = ix.query(filter, options);
        const filtered = filterEvents(events, filter);
        const span = options.span ?? ix.span;
        if (span !== undefined) {
          const window = options.window ?? clean({ from: filter.from, to: filter.to });
          expect(toDayCounts(ix, result)).toEqual(countByDayAndCategory(filtered, span, window));
        }
        expect(toPlaceGrouping(ix, result)).toEqual(groupEventsByPlace(filtered));
        expect(toContactPairs(ix, result, 'person')).toEqual(contactPairs(filtered));
        expect(toContactPairs(ix, result, 'country')).toEqual(contactCountryPairs(filtered));
      }),
      RUNS,
    );
  });

  it('spans the data as dataSpan does (the app reads the span from the index)', () => {
    fc.assert(
      fc.property(datasetArb(40, 30), (events) => {
        expect(createEventIndex(events).span).toEqual(dataSpan(events));
      }),
      RUNS,
    );
  });

  it('counts the filter bar facets as select.ts does: actors under date+category, categories under date+actor', () => {
    fc.assert(
      fc.property(datasetArb(40, 30), filterArb(30), optionsArb(30), (events, filter, options) => {
        const ix = createEventIndex(events);
        const result = ix.query(filter, options);
        expect(toActorCounts(ix, result)).toEqual(
          countActors(filterEvents(events, { ...filter, actors: [] })),
        );
        const noCategory = eventMatcher({ ...filter, categories: [] });
        const categories = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
        for (const e of events) if (noCategory(e)) categories[e.category] += 1;
        expect(toCategoryCounts(result)).toEqual(categories);
      }),
      RUNS,
    );
  });
});
