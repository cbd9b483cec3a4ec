import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SEED_LIKE, makeEvent } from '../../tests/unit/fixtures.ts';
import { eventDayInterval, fromDayNumber, toDayNumber } from './dates.ts';
import { CATEGORIES, type CrisisEvent, type IsoDate } from './event.ts';
import { filterEvents, type EventFilter } from './filter-events.ts';

const none: EventFilter = { actors: [], categories: [] };
const ids = (events: CrisisEvent[]) => events.map((e) => e.id).sort();
const d = (s: string) => s as IsoDate;

describe('filterEvents', () => {
  it('keeps everything with no filter', () => {
    expect(filterEvents(SEED_LIKE, none)).toHaveLength(SEED_LIKE.length);
  });

  it.each([
    // from, to, expected ids
    ['2025-04-30', '2025-04-30', ['pahalgam-attack', 'rubio-call']],
    ['2025-04-28', '2025-04-28', ['kupwara-firing', 'pahalgam-attack', 'poonch-firing']],
    ['2025-04-26', '2025-04-27', ['kupwara-firing', 'pahalgam-attack', 'poonch-firing']],
    ['2025-05-02', '2025-05-09', []],
  ])('keeps events whose range overlaps %s..%s', (from, to, expected) => {
    expect(ids(filterEvents(SEED_LIKE, { ...none, from: d(from), to: d(to) }))).toEqual(expected);
  });

  it('keeps a "before" event for any range starting on or before its latest day', () => {
    const before = makeEvent({ id: 'b', date: { start: d('2025-05-01'), precision: 'before' } });
    expect(filterEvents([before], { ...none, from: d('2025-01-01'), to: d('2025-01-02') })).toHaveLength(1);
    expect(filterEvents([before], { ...none, from: d('2025-05-01') })).toHaveLength(1);
    expect(filterEvents([before], { ...none, from: d('2025-05-02') })).toHaveLength(0);
  });

  it('open-ended ranges: only from, only to', () => {
    expect(ids(filterEvents(SEED_LIKE, { ...none, from: d('2025-05-01') }))).toEqual([
      'hegseth-call',
      'pahalgam-attack',
    ]);
    expect(ids(filterEvents(SEED_LIKE, { ...none, to: d('2025-04-27') }))).toEqual([
      'kupwara-firing',
      'pahalgam-attack',
      'poonch-firing',
    ]);
  });

  it('matches any of the selected actors', () => {
    expect(ids(filterEvents(SEED_LIKE, { ...none, actors: ['Marco Rubio'] }))).toEqual(['rubio-call']);
    expect(ids(filterEvents(SEED_LIKE, { ...none, actors: ['Marco Rubio', 'Pete Hegseth'] }))).toEqual([
      'hegseth-call',
      'rubio-call',
    ]);
  });

  it('matches any of the selected categories and ANDs facets', () => {
    expect(filterEvents(SEED_LIKE, { ...none, categories: ['armed_clash', 'attack'] })).toHaveLength(3);
    expect(
      ids(
        filterEvents(SEED_LIKE, {
          ...none,
          categories: ['diplomatic_contact'],
          from: d('2025-04-30'),
          to: d('2025-04-30'),
        }),
      ),
    ).toEqual(['rubio-call']);
  });

  it('never drops a matching event and never keeps one that does not match (property)', () => {
    const day0 = toDayNumber('2025-04-20');
    const actorNames = ['A', 'B', 'C', 'D'];
    const eventArb = fc.record({
      start: fc.integer({ min: 0, max: 30 }),
      len: fc.integer({ min: 0, max: 3 }),
      precision: fc.constantFrom('day', 'range', 'approximate', 'before'),
      category: fc.constantFrom(...CATEGORIES),
      actors: fc.subarray(actorNames),
    });
    const filterArb = fc.record({
      from: fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined }),
      to: fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined }),
      actors: fc.subarray(actorNames),
      categories: fc.subarray([...CATEGORIES]),
    });
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 30 }), filterArb, (raw, f) => {
        const events = raw.map((r, i) =>
          makeEvent({
            id: `e${i}`,
            category: r.category,
            date: {
              start: fromDayNumber(day0 + r.start),
              ...(r.len > 0 && { end: fromDayNumber(day0 + r.start + r.len) }),
              precision: r.precision,
            } as CrisisEvent['date'],
            actors: r.actors.map((name) => ({ name })),
          }),
        );
        const filter: EventFilter = {
          ...(f.from !== undefined && { from: fromDayNumber(day0 + f.from) }),
          ...(f.to !== undefined && { to: fromDayNumber(day0 + f.to) }),
          actors: f.actors,
          categories: f.categories,
        };
        // Oracle: day-by-day enumeration instead of interval arithmetic.
        const lo = f.from !== undefined ? day0 + f.from : -1e9;
        const hi = f.to !== undefined ? day0 + f.to : 1e9;
        const oracle = events.filter((e) => {
          if (f.categories.length && !f.categories.includes(e.category)) return false;
          if (f.actors.length && !e.actors.some((a) => f.actors.includes(a.name))) return false;
          const { first, last } = eventDayInterval(e.date);
          for (let day = Math.max(first, lo); day <= Math.min(last, hi); day++) return true;
          return false;
        });
        expect(ids(filterEvents(events, filter))).toEqual(ids(oracle));
      }),
      { numRuns: 1000 },
    );
  });
});
