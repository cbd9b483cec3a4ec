/**
 * The event index's columns in position order: day cells, categories, places, actor variants and
 * contact pairs, with the codes they use (layout: event-index.ts).
 */
import { contactCountries, contactParties } from './contact-pairs.ts';
import { spansSeveralDays } from './day-counts.ts';
import { CATEGORIES, CONTACT_MODES, type CrisisEvent, type IsoDate } from './event.ts';
import {
  CATEGORY_COUNT,
  CONTACT_CODE,
  KIND_APPROXIMATE,
  KIND_COUNT,
  KIND_SPANS,
  type ActorVariant,
  type EventColumns,
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

/** Fills the columns for the events in position order (`order[p]` = input index). */
export function buildColumns(
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
