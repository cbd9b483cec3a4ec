/**
 * Builds the event index's columns, codes, posting lists and totals (layout: event-index.ts).
 */
import { contactCountries, contactParties } from './contact-pairs.ts';
import { toDayNumber } from './dates.ts';
import { spansSeveralDays } from './day-counts.ts';
import { CATEGORIES, CONTACT_MODES, type CrisisEvent, type IsoDate } from './event.ts';
import {
  BEFORE_FIRST_DAY,
  CATEGORY_COUNT,
  CONTACT_CODE,
  KIND_APPROXIMATE,
  KIND_COUNT,
  KIND_SPANS,
  type ActorVariant,
  type Csr,
  type DateClass,
  type EventColumns,
  type EventIndexData,
  type EventIndexOptions,
  type IndexedPlace,
  type PartyPair,
} from './event-index-layout.ts';
import { placeKey } from './place-groups.ts';

const CATEGORY_CODE = new Map<string, number>(CATEGORIES.map((c, i) => [c, i]));
const MODE_CODE = new Map<string, number>(CONTACT_MODES.map((m, i) => [m, i]));

class Interner<T> {
  readonly codes = new Map<string, number>();
  readonly values: T[] = [];
  /** The code of `key`, or -1. */
  find(key: string): number {
    return this.codes.get(key) ?? -1;
  }
  add(key: string, value: T): number {
    const c = this.values.length;
    this.codes.set(key, c);
    this.values.push(value);
    return c;
  }
  code(key: string, make: () => T): number {
    const c = this.find(key);
    return c >= 0 ? c : this.add(key, make());
  }
}

/** toDayNumber, memoised: a dataset names the same few hundred days again and again. */
function dayNumbers(): (date: string) => number {
  const memo = new Map<string, number>();
  return (date) => {
    let d = memo.get(date);
    if (d === undefined) memo.set(date, (d = toDayNumber(date)));
    return d;
  };
}

function dateClass(before: boolean, span: number): number {
  if (before) return 0;
  return span <= 0 ? 1 : span <= 7 ? 2 : span <= 63 ? 3 : 4;
}

/** Input indices ordered by (class, sort day, input index). */
function positionOrder(cls: Uint8Array, key: Int32Array): Uint32Array {
  const n = cls.length;
  let min = 0;
  let max = 0;
  for (let i = 0; i < n; i++) {
    if (i === 0 || key[i]! < min) min = key[i]!;
    if (i === 0 || key[i]! > max) max = key[i]!;
  }
  const range = max - min + 1;
  const order = new Uint32Array(n);
  if (5 * range * n < 2 ** 53) {
    // One numeric sort of packed keys (native, no comparator calls); the index keeps ties stable.
    const packed = new Float64Array(n);
    for (let i = 0; i < n; i++) packed[i] = (cls[i]! * range + (key[i]! - min)) * n + i;
    packed.sort();
    for (let j = 0; j < n; j++) order[j] = packed[j]! % n;
    return order;
  }
  for (let i = 0; i < n; i++) order[i] = i;
  return order.sort((a, b) => cls[a]! - cls[b]! || key[a]! - key[b]! || a - b);
}

/** Positions grouped by a code per position (actor or category postings). */
function postings(
  codeCount: number,
  rows: number,
  codesOf: (p: number, out: (c: number) => void) => void,
): Csr {
  const start = new Uint32Array(codeCount + 1);
  for (let p = 0; p < rows; p++) codesOf(p, (c) => (start[c + 1]! += 1));
  for (let c = 0; c < codeCount; c++) start[c + 1]! += start[c]!;
  const fill = start.slice(0, codeCount);
  const list = new Uint32Array(start[codeCount]!);
  for (let p = 0; p < rows; p++) codesOf(p, (c) => (list[fill[c]!++] = p));
  return { start, list };
}

function pairKey(a: string, b: string | null): string {
  return b === null ? `${a}\u0000` : `${a}\u0000${b}`;
}

function internPairs(parties: string[], pairs: Interner<PartyPair>): number[] {
  const out: number[] = [];
  const [only] = parties;
  if (parties.length === 1 && only !== undefined)
    out.push(pairs.code(pairKey(only, null), () => ({ a: only, b: null })));
  for (let i = 0; i < parties.length; i++) {
    for (let j = i + 1; j < parties.length; j++) {
      const a = parties[i]!;
      const b = parties[j]!;
      out.push(pairs.code(pairKey(a, b), () => ({ a, b })));
    }
  }
  return out;
}

export function buildEventIndexData(
  events: readonly CrisisEvent[],
  options: EventIndexOptions = {},
): EventIndexData {
  const n = events.length;
  const decimals = options.coordDecimals ?? 3;
  const first = new Int32Array(n);
  const last = new Int32Array(n);
  const cls = new Uint8Array(n);
  const sortDay = new Int32Array(n);
  let dayOrigin = Number.POSITIVE_INFINITY;
  let dayLast = Number.NEGATIVE_INFINITY;
  let spanFrom: string | undefined;
  let spanTo: string | undefined;
  const dayNumber = dayNumbers();
  for (let i = 0; i < n; i++) {
    const { date } = events[i]!;
    const start = dayNumber(date.start);
    const end = date.end !== undefined ? dayNumber(date.end) : start;
    const before = date.precision === 'before';
    first[i] = before ? BEFORE_FIRST_DAY : start;
    last[i] = end;
    cls[i] = dateClass(before, end - start);
    sortDay[i] = before ? end : start;
    if (!before && start < dayOrigin) dayOrigin = start;
    if (!before && end > dayLast) dayLast = end;
    const to = date.end ?? date.start;
    if (!before && (spanFrom === undefined || date.start < spanFrom)) spanFrom = date.start;
    if (spanTo === undefined || to > spanTo) spanTo = to;
  }
  if (dayOrigin === Number.POSITIVE_INFINITY) [dayOrigin, dayLast] = [0, -1];

  const order = positionOrder(cls, sortDay);
  const columns = buildColumns(events, order, first, last, dayOrigin, decimals);
  const { cols, actorNames, actorCodes, variants, places, personPairs, countryPairs, beforeDays } = columns;

  const positions = new Uint32Array(n);
  for (let p = 0; p < n; p++) positions[order[p]!] = p;

  const classes: DateClass[] = [];
  for (let c = 0, p = 0; c < 5; c++) {
    const start = p;
    let maxSpan = 0;
    while (p < n && cls[order[p]!] === c) {
      if (c > 0) maxSpan = Math.max(maxSpan, cols.last[p]! - cols.first[p]!);
      p++;
    }
    classes.push({ start, end: p, maxSpan, before: c === 0 });
  }

  const actorPostings = postings(actorNames.length, n, (p, out) => {
    for (let k = cols.actors.start[p]!; k < cols.actors.start[p + 1]!; k++)
      out(variants[cols.actors.list[k]!]!.actor);
  });
  const categoryPostings = postings(CATEGORY_COUNT, n, (p, out) => out(cols.category[p]!));

  const nv = variants.length;
  const totals = {
    categories: new Uint32Array(CATEGORY_COUNT),
    variants: new Uint32Array(CATEGORY_COUNT * nv),
    variantFirst: new Uint32Array(CATEGORY_COUNT * nv).fill(0xffffffff),
  };
  for (let p = 0; p < n; p++) {
    const c = cols.category[p]!;
    totals.categories[c]! += 1;
    const i = cols.input[p]!;
    for (let k = cols.actors.start[p]!; k < cols.actors.start[p + 1]!; k++) {
      const v = c * nv + cols.actors.list[k]!;
      totals.variants[v]! += 1;
      if (i < totals.variantFirst[v]!) totals.variantFirst[v] = i;
    }
  }

  return {
    events,
    size: n,
    columns: cols,
    positions,
    classes,
    dayOrigin,
    dayLast,
    span: spanTo === undefined ? undefined : { from: (spanFrom ?? spanTo) as IsoDate, to: spanTo as IsoDate },
    actorNames,
    actorCodes,
    variants,
    places,
    personPairs,
    countryPairs,
    beforeDays,
    actorPostings,
    categoryPostings,
    totals,
  };
}

function buildColumns(
  events: readonly CrisisEvent[],
  order: Uint32Array,
  firstIn: Int32Array,
  lastIn: Int32Array,
  dayOrigin: number,
  decimals: number,
) {
  const n = events.length;
  const cols = {
    first: new Int32Array(n),
    last: new Int32Array(n),
    category: new Uint8Array(n),
    place: new Int32Array(n),
    input: order,
    cell: new Int32Array(n),
  };
  const actorIds = new Interner<string>();
  // Actor code -> country -> role -> variant code.
  const variantIds: Array<Map<string, Map<string, number>>> = [];
  const variants: ActorVariant[] = [];
  const placeIds = new Interner<IndexedPlace>();
  // Name -> the places of that name met so far, so placeKey (normalising, rounding) runs once per
  // distinct location rather than once per event.
  const placesNamed = new Map<string, Array<{ loc: NonNullable<CrisisEvent['location']>; code: number }>>();
  const personIds = new Interner<PartyPair>();
  const countryIds = new Interner<PartyPair>();
  const beforeIds = new Interner<IsoDate>();
  const actorStart = new Uint32Array(n + 1);
  const actorList: number[] = [];
  const contactStart = new Uint32Array(n + 1);
  const contactList: number[] = [];
  const seen: string[] = [];

  for (let p = 0; p < n; p++) {
    const i = order[p]!;
    const e = events[i]!;
    const c = CATEGORY_CODE.get(e.category) ?? 0;
    cols.first[p] = firstIn[i]!;
    cols.last[p] = lastIn[i]!;
    cols.category[p] = c;
    if (e.date.precision === 'before') {
      const day = (e.date.end ?? e.date.start) as IsoDate;
      cols.cell[p] = beforeIds.code(day, () => day);
    } else {
      const kind =
        (spansSeveralDays(e.date) ? KIND_SPANS : 0) |
        (e.date.precision === 'approximate' ? KIND_APPROXIMATE : 0);
      cols.cell[p] = ((firstIn[i]! - dayOrigin) * CATEGORY_COUNT + c) * KIND_COUNT + kind;
    }
    const loc = e.location;
    let place = -1;
    if (loc) {
      let same = placesNamed.get(loc.name);
      if (same === undefined) placesNamed.set(loc.name, (same = []));
      for (const k of same) {
        const o = k.loc;
        if (
          o.lat === loc.lat &&
          o.lon === loc.lon &&
          o.precision === loc.precision &&
          o.country === loc.country
        ) {
          place = k.code;
          break;
        }
      }
      if (place < 0) {
        const key = placeKey(loc, decimals);
        same.push({ loc, code: (place = placeIds.code(key.key, () => key)) });
      }
    }
    cols.place[p] = place;

    // countActors counts an actor once per event and reads its first mention's country and role.
    actorStart[p] = actorList.length;
    seen.length = 0;
    for (const a of e.actors) {
      if (seen.includes(a.name)) continue;
      seen.push(a.name);
      const actor = actorIds.code(a.name, () => a.name);
      const country = a.country || undefined;
      const role = a.role || undefined;
      const byCountry = (variantIds[actor] ??= new Map());
      let byRole = byCountry.get(country ?? '');
      if (byRole === undefined) byCountry.set(country ?? '', (byRole = new Map()));
      let v = byRole.get(role ?? '');
      if (v === undefined) {
        byRole.set(role ?? '', (v = variants.length));
        variants.push({
          actor,
          ...(country !== undefined && { country }),
          ...(role !== undefined && { role }),
        });
      }
      actorList.push(v);
    }
    contactStart[p] = contactList.length;
    if (c === CONTACT_CODE) {
      const people = internPairs(contactParties(e), personIds);
      const countries = internPairs(contactCountries(e), countryIds);
      const mode = e.contact ? (MODE_CODE.get(e.contact.mode) ?? -1) + 1 : 0;
      contactList.push(mode, people.length, ...people, ...countries);
    }
  }
  actorStart[n] = actorList.length;
  contactStart[n] = contactList.length;
  return {
    cols: {
      ...cols,
      actors: { start: actorStart, list: Uint32Array.from(actorList) },
      contacts: { start: contactStart, list: Uint32Array.from(contactList) },
    } satisfies EventColumns,
    actorNames: actorIds.values,
    actorCodes: actorIds.codes,
    variants,
    places: placeIds.values,
    personPairs: personIds.values,
    countryPairs: countryIds.values,
    beforeDays: beforeIds.values,
  };
}
