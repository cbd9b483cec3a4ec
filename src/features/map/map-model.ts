/**
 * events -> what the map draws. Pure: the component only renders this.
 *
 * Each place is drawn as what it is:
 *  - a point or district with coordinates -> a marker;
 *  - a region with coordinates -> a larger, dashed, labelled area marker (never a fake exact point);
 *  - a region without coordinates -> listed under "Areas without a point";
 *  - a country -> its polygon is shaded (listed too, since a shaded country is not keyboard reachable);
 *    a country code the basemap does not know joins the areas without a point;
 *  - no place at all -> counted below the map.
 */
import { CATEGORIES, type Category, type CrisisEvent } from '../../domain/event.ts';
import {
  countCategories,
  groupEventsByPlace,
  type PlaceGrouping,
  type PlaceGroup,
} from '../../domain/place-groups.ts';
import { numericForAlpha2 } from './country-codes.ts';
import { markerRadius, REGION_EXTRA_RADIUS } from './marker-scale.ts';
import { placeAccessibleName } from './place-names.ts';

/** A place group as drawn: its identity and events (place-groups.ts) plus what the map needs. */
export interface MapPlace extends Omit<PlaceGroup, 'events'> {
  /** In input order; lists sort them by date when they are shown (sorting 100,000 up front is waste). */
  events: readonly CrisisEvent[];
  eventCount: number;
  /** Most events first. */
  categories: readonly { category: Category; count: number }[];
  dominant: Category;
  /** "Kupwara — 2 events", "India–Pakistan border (region) — 1 event". */
  label: string;
  /** px; for a region, the radius of its translucent area. */
  radius: number;
}

export type MarkerPlace = MapPlace & { lat: number; lon: number };

export interface MapModel {
  markers: readonly MarkerPlace[];
  areasWithoutPoint: readonly MapPlace[];
  /** Country-level places whose country the basemap can shade (by alpha-2 code). */
  countryAreas: readonly (MapPlace & { country: string })[];
  noPlace: readonly CrisisEvent[];
  /** Categories present, in palette order (for the legend). */
  categories: readonly Category[];
  hasRegionMarkers: boolean;
  maxCount: number;
  totalEvents: number;
  /** [[south, west], [north, east]] of all markers, or null when none has coordinates. */
  bounds: Bounds | null;
  /**
   * Where most events are: the markers' bounds without the outlying places that together hold less
   * than CORE_TRIM of the events on each side (a call's venue in Washington does not zoom the first
   * view out to the whole world). The first view fits this; "Fit to events" fits `bounds`.
   */
  coreBounds: Bounds | null;
}

export type Bounds = [[number, number], [number, number]];

/** Share of events that may fall outside the core bounds on EACH side, per axis. */
export const CORE_TRIM = 0.05;

function toPlace(group: PlaceGroup, maxCount: number): MapPlace {
  const categories = countCategories(group.events, CATEGORIES);
  const eventCount = group.events.length;
  const core = markerRadius(eventCount, maxCount);
  return {
    key: group.key,
    name: group.name,
    ...(group.admin1 !== undefined && { admin1: group.admin1 }),
    ...(group.country !== undefined && { country: group.country }),
    kind: group.kind,
    precision: group.precision,
    ...(group.lat !== undefined && group.lon !== undefined && { lat: group.lat, lon: group.lon }),
    events: group.events,
    eventCount,
    categories,
    dominant: categories[0]?.category ?? 'statement',
    label: placeAccessibleName({ name: group.name, kind: group.kind, eventCount }),
    radius: group.kind === 'region' ? core + REGION_EXTRA_RADIUS : core,
  };
}

function hasCoordinates(p: MapPlace): p is MarkerPlace {
  return p.lat !== undefined && p.lon !== undefined;
}

export function toMapModel(events: readonly CrisisEvent[], precomputed?: PlaceGrouping): MapModel {
  // The app's event index groups the filtered events by place in its one pass; reuse that.
  const { places, noPlace } = precomputed ?? groupEventsByPlace(events);
  const maxCount = places.reduce((m, p) => (p.kind === 'country' ? m : Math.max(m, p.events.length)), 1);
  const markers: MarkerPlace[] = [];
  const areasWithoutPoint: MapPlace[] = [];
  const countryAreas: (MapPlace & { country: string })[] = [];
  const present = new Set<Category>();
  let south = Infinity; // bounds of all markers
  let west = Infinity;
  let north = -Infinity;
  let east = -Infinity;
  for (const group of places) {
    const place = toPlace(group, maxCount);
    for (const c of place.categories) present.add(c.category);
    if (place.kind === 'country') {
      const country = place.country;
      if (country !== undefined && numericForAlpha2(country) !== undefined)
        countryAreas.push({ ...place, country });
      else areasWithoutPoint.push(place);
    } else if (hasCoordinates(place)) {
      markers.push(place);
      south = Math.min(south, place.lat);
      north = Math.max(north, place.lat);
      west = Math.min(west, place.lon);
      east = Math.max(east, place.lon);
    } else {
      areasWithoutPoint.push(place);
    }
  }
  return {
    markers,
    areasWithoutPoint,
    countryAreas,
    noPlace,
    categories: CATEGORIES.filter((c) => present.has(c)),
    hasRegionMarkers: markers.some((m) => m.kind === 'region'),
    maxCount,
    totalEvents: events.length,
    bounds:
      markers.length > 0
        ? [
            [south, west],
            [north, east],
          ]
        : null,
    coreBounds: coreBounds(markers),
  };
}

/** Weighted quantile range along one axis: the places holding the trimmed share at each end drop out. */
function coreRange(markers: readonly MarkerPlace[], axis: 'lat' | 'lon', trim: number): [number, number] {
  const sorted = [...markers].sort((a, b) => a[axis] - b[axis]);
  let total = 0;
  for (const m of sorted) total += m.eventCount;
  const limit = trim * total;
  // From each end, the first place past which more than the trimmed share of events lies.
  let low = sorted[sorted.length - 1]?.[axis] ?? 0;
  for (let i = 0, cum = 0; i < sorted.length; i++) {
    cum += sorted[i]!.eventCount;
    if (cum > limit) {
      low = sorted[i]![axis];
      break;
    }
  }
  let high = sorted[0]?.[axis] ?? 0;
  for (let i = sorted.length - 1, cum = 0; i >= 0; i--) {
    cum += sorted[i]!.eventCount;
    if (cum > limit) {
      high = sorted[i]![axis];
      break;
    }
  }
  return [low, high];
}

export function coreBounds(markers: readonly MarkerPlace[], trim = CORE_TRIM): Bounds | null {
  if (markers.length === 0) return null;
  const [south, north] = coreRange(markers, 'lat', trim);
  const [west, east] = coreRange(markers, 'lon', trim);
  return [
    [south, west],
    [north, east],
  ];
}

/** How many markers lie outside a view box (to tell the reader that "Fit to events" would show more). */
export function markersOutside(
  markers: readonly MarkerPlace[],
  view: { west: number; south: number; east: number; north: number },
): number {
  const wholeWorld = view.east - view.west >= 360;
  const inLon = (lon: number) =>
    wholeWorld || [-360, 0, 360].some((shift) => lon + shift >= view.west && lon + shift <= view.east);
  return markers.filter((m) => m.lat < view.south || m.lat > view.north || !inLon(m.lon)).length;
}

/** The place that holds an event, wherever it is drawn. */
export function placeOfEvent(model: MapModel, eventId: string | undefined): MapPlace | undefined {
  if (eventId === undefined) return undefined;
  const holds = (p: MapPlace) => p.events.some((e) => e.id === eventId);
  return model.markers.find(holds) ?? model.areasWithoutPoint.find(holds) ?? model.countryAreas.find(holds);
}
