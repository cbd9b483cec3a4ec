/**
 * Groups events by the place they happened at, so a map draws one mark per place, not per event.
 *
 * A place is its name plus its coordinates (rounded, so two gazetteer lookups of the same town that
 * differ in the 5th decimal are one place). Areas are kept apart from points: "Kashmir" as a region
 * is never merged into a point of the same name, and a place without coordinates is never given
 * any. Point and district precision share a mark (a district is drawn at its gazetteer centre); the
 * group keeps the coarser of the two so the map never claims more precision than the data has.
 */
import type { Category, CrisisEvent, Location, PlacePrecision } from './event.ts';

/** How a place can be drawn: a mark at a point, an approximate area, or a whole country. */
export type PlaceKind = 'point' | 'region' | 'country';

export interface PlaceGroup {
  /** Stable identity: kind, normalised name and rounded coordinates (or country code). */
  key: string;
  name: string;
  admin1?: string;
  country?: string;
  kind: PlaceKind;
  /** The coarsest precision among the group's events. */
  precision: PlacePrecision;
  lat?: number;
  lon?: number;
  events: CrisisEvent[];
}

export interface PlaceGrouping {
  /** Most events first, then by name. */
  places: PlaceGroup[];
  /** Events with no location at all (a phone call), in input order. */
  noPlace: CrisisEvent[];
}

export interface GroupOptions {
  /** Decimals kept when comparing coordinates; 3 decimals is about 110 m. */
  coordDecimals?: number;
}

const PRECISION_RANK: Record<PlacePrecision, number> = { point: 0, district: 1, region: 2, country: 3 };

export function placeKind(precision: PlacePrecision): PlaceKind {
  switch (precision) {
    case 'point':
    case 'district':
      return 'point';
    case 'region':
      return 'region';
    case 'country':
      return 'country';
    default: {
      const never: never = precision;
      return never;
    }
  }
}

/** Case, spacing and Unicode form do not make two places. */
export function normalisePlaceName(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

export function placeKey(
  location: NonNullable<CrisisEvent['location']>,
  coordDecimals = 3,
  normalise: (name: string) => string = normalisePlaceName,
): { key: string; kind: PlaceKind } {
  const kind = placeKind(location.precision);
  const name = normalise(location.name);
  if (kind === 'country') return { key: `country:${location.country ?? name}`, kind };
  if (location.lat === undefined || location.lon === undefined) return { key: `${kind}:${name}`, kind };
  // Integers, not toFixed strings: cheaper, and -0 prints as "0" so ±0.0001 share a key.
  const scale = 10 ** coordDecimals;
  return {
    key: `${kind}:${name}@${Math.round(location.lat * scale)},${Math.round(location.lon * scale)}`,
    kind,
  };
}

/** A group for the first event seen at a place (shared with the event index's adapter). */
export function newPlaceGroup(key: string, kind: PlaceKind, loc: Location, event: CrisisEvent): PlaceGroup {
  return {
    key,
    name: loc.name,
    ...(loc.admin1 !== undefined && { admin1: loc.admin1 }),
    ...(loc.country !== undefined && { country: loc.country }),
    kind,
    precision: loc.precision,
    ...(loc.lat !== undefined && loc.lon !== undefined && { lat: loc.lat, lon: loc.lon }),
    events: [event],
  };
}

/** Adds an event to its place's group: the coarsest precision wins, missing admin1/country are filled. */
export function addToPlaceGroup(group: PlaceGroup, loc: Location, event: CrisisEvent): void {
  group.events.push(event);
  if (PRECISION_RANK[loc.precision] > PRECISION_RANK[group.precision]) group.precision = loc.precision;
  if (group.admin1 === undefined && loc.admin1 !== undefined) group.admin1 = loc.admin1;
  if (group.country === undefined && loc.country !== undefined) group.country = loc.country;
}

/** Most events first, then by name, then by key. */
export function sortPlaceGroups(groups: PlaceGroup[]): PlaceGroup[] {
  return groups.sort(
    (a, b) =>
      b.events.length - a.events.length ||
      TEXT_ORDER.compare(a.name, b.name) ||
      TEXT_ORDER.compare(a.key, b.key),
  );
}

/** The order of `String.prototype.localeCompare` without arguments, from one collator made once. */
const TEXT_ORDER = new Intl.Collator();

export function groupEventsByPlace(
  events: readonly CrisisEvent[],
  options: GroupOptions = {},
): PlaceGrouping {
  const decimals = options.coordDecimals ?? 3;
  const byKey = new Map<string, PlaceGroup>();
  // Names repeat across events: normalise each distinct spelling once (100,000 events, few places).
  const names = new Map<string, string>();
  const normalise = (name: string) => {
    let n = names.get(name);
    if (n === undefined) {
      n = normalisePlaceName(name);
      names.set(name, n);
    }
    return n;
  };
  const noPlace: CrisisEvent[] = [];
  for (const event of events) {
    const loc = event.location;
    if (!loc) {
      noPlace.push(event);
      continue;
    }
    const { key, kind } = placeKey(loc, decimals, normalise);
    const group = byKey.get(key);
    if (group) addToPlaceGroup(group, loc, event);
    else byKey.set(key, newPlaceGroup(key, kind, loc, event));
  }
  const places = sortPlaceGroups([...byKey.values()]);
  return { places, noPlace };
}

/** Events per category at a place, most first; ties follow the order of `categories`. */
export function countCategories(
  events: readonly CrisisEvent[],
  categories: readonly Category[],
): { category: Category; count: number }[] {
  // A counter per position in `categories` (no Map, no per-event allocation): the map calls this
  // for every place on every filter change, over up to all the events.
  const position = categoryPositions(categories);
  const counts = new Uint32Array(categories.length);
  for (const e of events) {
    const i = position.get(e.category);
    if (i !== undefined) counts[i]! += 1;
  }
  const out: { category: Category; count: number }[] = [];
  categories.forEach((category, i) => {
    const count = counts[i]!;
    if (count > 0) out.push({ category, count });
  });
  // Stable sort: equal counts keep the order of `categories`.
  return out.sort((a, b) => b.count - a.count);
}

const positionsCache = new WeakMap<readonly Category[], ReadonlyMap<Category, number>>();

function categoryPositions(categories: readonly Category[]): ReadonlyMap<Category, number> {
  let p = positionsCache.get(categories);
  if (!p) {
    p = new Map(categories.map((c, i) => [c, i]));
    positionsCache.set(categories, p);
  }
  return p;
}
