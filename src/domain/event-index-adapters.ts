/**
 * Event-index answers in the shapes of the naive modules, so a view can switch to the index with
 * no visible change: each adapter equals its module applied to `filterEvents(events, filter)`
 * (tested in event-index.test.ts and event-index.prop.test.ts).
 */
import type { ActorCount } from './actor-counts.ts';
import type { ContactPair } from './contact-pairs.ts';
import { fromDayNumber } from './dates.ts';
import type { BeforeBucket, CategoryCounts, DayCounts, DayRow } from './day-counts.ts';
import { emptyCategoryCounts } from './day-counts.ts';
import { CATEGORIES, CONTACT_MODES, type CrisisEvent, type IsoDate } from './event.ts';
import {
  CELLS_PER_DAY,
  KIND_COUNT,
  type EventIndexData,
  type IndexQueryResult,
  type PartyPair,
} from './event-index-layout.ts';
import {
  addToPlaceGroup,
  newPlaceGroup,
  sortPlaceGroups,
  type PlaceGroup,
  type PlaceGrouping,
} from './place-groups.ts';

/** The matching events, in input order: equals `filterEvents(events, filter)`. */
export function indexedEvents(ix: EventIndexData, result: IndexQueryResult): CrisisEvent[] {
  const out = new Array<CrisisEvent>(result.indices.length);
  for (let k = 0; k < out.length; k++) out[k] = ix.events[result.indices[k]!]!;
  return out;
}

/** Category options under the date and actor filters (select.ts `categoryCounts`). */
export function toCategoryCounts(result: IndexQueryResult): CategoryCounts {
  const out = emptyCategoryCounts();
  CATEGORIES.forEach((c, code) => (out[c] = result.facets.categories[code]!));
  return out;
}

/** Equals `countByDayAndCategory(filterEvents(events, filter), span, window)` for the query's span and window. */
export function toDayCounts(ix: EventIndexData, result: IndexQueryResult): DayCounts {
  const { days: d, before: b } = result;
  const days: IsoDate[] = [];
  const rows: DayRow[] = [];
  for (let i = 0; i < d.rows; i++) {
    const day = fromDayNumber(d.first + i);
    const row: DayRow = {
      day,
      total: 0,
      byCategory: emptyCategoryCounts(),
      ranged: 0,
      rangedByCategory: emptyCategoryCounts(),
      approximate: 0,
      approximateByCategory: emptyCategoryCounts(),
      clampedStart: d.first + i === d.windowFirst ? d.clampedStart : 0,
      continuing: d.continuing[i]!,
    };
    CATEGORIES.forEach((c, code) => {
      const base = i * CELLS_PER_DAY + code * KIND_COUNT;
      const [exact, spans, approx, approxSpans] = [0, 1, 2, 3].map((k) => d.cells[base + k]!) as [
        number,
        number,
        number,
        number,
      ];
      row.byCategory[c] = exact + spans + approx + approxSpans;
      row.rangedByCategory[c] = spans;
      row.approximateByCategory[c] = approx + approxSpans;
      row.total += row.byCategory[c];
      row.ranged += spans;
      row.approximate += approx + approxSpans;
    });
    days.push(day);
    rows.push(row);
  }
  const before: BeforeBucket = {
    count: b.count,
    latest: undefined,
    byCategory: emptyCategoryCounts(),
    byDate: [],
  };
  CATEGORIES.forEach((c, code) => (before.byCategory[c] = b.byCategory[code]!));
  ix.beforeDays.forEach((date, code) => {
    const count = b.byDay[code]!;
    if (count === 0) return;
    before.byDate.push({ date, count });
    if (before.latest === undefined || date > before.latest) before.latest = date;
  });
  before.byDate.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
  return { days, rows, before, outside: { count: d.outside }, placed: d.placed };
}

/** Equals `groupEventsByPlace(filterEvents(events, filter))` (with the index's coordDecimals). */
export function toPlaceGrouping(ix: EventIndexData, result: IndexQueryResult): PlaceGrouping {
  // A slot per place code (no hashing per event); groups in order of first appearance.
  const slots: (PlaceGroup | undefined)[] = new Array(ix.places.length);
  const groups: PlaceGroup[] = [];
  const noPlace: CrisisEvent[] = [];
  const placeColumn = ix.columns.place;
  for (const i of result.indices) {
    const event = ix.events[i]!;
    const place = placeColumn[ix.positions[i]!]!;
    const loc = event.location;
    if (place < 0 || !loc) {
      noPlace.push(event);
      continue;
    }
    const group = slots[place];
    if (group) addToPlaceGroup(group, loc, event);
    else
      groups.push((slots[place] = newPlaceGroup(ix.places[place]!.key, ix.places[place]!.kind, loc, event)));
  }
  const places = sortPlaceGroups(groups);
  return { places, noPlace };
}

function compareText(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Equals `contactPairs` (by: 'person') or `contactCountryPairs` (by: 'country') of the matching events. */
export function toContactPairs(
  ix: EventIndexData,
  result: IndexQueryResult,
  by: 'person' | 'country',
): ContactPair[] {
  const person = by === 'person';
  const keys: readonly PartyPair[] = person ? ix.personPairs : ix.countryPairs;
  const counts = person ? result.contacts.personCounts : result.contacts.countryCounts;
  const modes = person ? result.contacts.personModes : result.contacts.countryModes;
  const { start, list } = ix.columns.contacts;
  const ids = new Map<number, string[]>();
  for (const i of result.indices) {
    const p = ix.positions[i]!;
    if (start[p] === start[p + 1]) continue;
    const people = start[p]! + 2 + list[start[p]! + 1]!;
    const [from, to] = person ? [start[p]! + 2, people] : [people, start[p + 1]!];
    for (let k = from; k < to; k++) {
      const q = list[k]!;
      let pairIds = ids.get(q);
      if (!pairIds) ids.set(q, (pairIds = []));
      pairIds.push(ix.events[i]!.id);
    }
  }
  const out: ContactPair[] = [];
  for (const [q, eventIds] of ids) {
    const { a, b } = keys[q]!;
    const mask = modes[q]!;
    out.push({ a, b, count: counts[q]!, eventIds, modes: CONTACT_MODES.filter((_, m) => (mask >>> m) & 1) });
  }
  return out.sort(
    (x, y) =>
      y.count - x.count ||
      compareText(x.a, y.a) ||
      (x.b === null ? (y.b === null ? 0 : 1) : y.b === null ? -1 : compareText(x.b, y.b)),
  );
}

/** Actor options under the date and category filters: equals select.ts `countActors(forActors)`. */
export function toActorCounts(ix: EventIndexData, result: IndexQueryResult): ActorCount[] {
  const { variants, variantFirst, actors } = result.facets;
  interface Tally {
    first: number;
    countries: Map<string, number>;
    role?: string;
    roleFirst: number;
  }
  const byActor = new Map<number, Tally>();
  ix.variants.forEach((v, code) => {
    const n = variants[code]!;
    if (n === 0) return;
    const at = variantFirst[code]!;
    let t = byActor.get(v.actor);
    if (!t)
      byActor.set(v.actor, (t = { first: at, countries: new Map(), roleFirst: Number.POSITIVE_INFINITY }));
    t.first = Math.min(t.first, at);
    if (v.country !== undefined) t.countries.set(v.country, (t.countries.get(v.country) ?? 0) + n);
    // countActors keeps the role of the first event (in input order) that gives one.
    if (v.role !== undefined && at < t.roleFirst) [t.role, t.roleFirst] = [v.role, at];
  });
  const out: Array<ActorCount & { first: number }> = [];
  for (const [actor, t] of byActor) {
    let country: string | undefined;
    let best = 0;
    for (const [c, n] of t.countries)
      if (n > best || (n === best && country !== undefined && c < country)) [country, best] = [c, n];
    out.push({
      name: ix.actorNames[actor]!,
      count: actors[actor]!,
      ...(country !== undefined && { country }),
      ...(t.role !== undefined && { role: t.role }),
      first: t.first,
    });
  }
  // Ties that localeCompare cannot break keep first-appearance order, as countActors' Map does.
  out.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name) || a.first - b.first);
  return out.map(({ first: _first, ...rest }) => rest);
}
