/** The words the map uses for places, clusters and counts: accessible names and visible text alike. */
import { formatCount } from '../../domain/format-count.ts';
import type { PlaceKind } from '../../domain/place-groups.ts';

/** "1 event", "2 events". */
export function eventCount(n: number): string {
  return `${formatCount(n)} ${n === 1 ? 'event' : 'events'}`;
}

/** "1 place", "5 places". */
export function placeCount(n: number): string {
  return `${formatCount(n)} ${n === 1 ? 'place' : 'places'}`;
}

export interface NamedPlace {
  name: string;
  kind: PlaceKind;
  eventCount: number;
}

/**
 * A marker's accessible name: "Kupwara — 2 events"; an area says what it is,
 * "India–Pakistan border (region) — 1 event", "Pakistan (country) — 2 events".
 */
export function placeAccessibleName(place: NamedPlace): string {
  const kind = place.kind === 'point' ? '' : ` (${place.kind})`;
  return `${place.name}${kind} — ${eventCount(place.eventCount)}`;
}

/** An entry in a list that already says what kind of places it holds: "Line of Control — 3 events". */
export function placeListName(place: Pick<NamedPlace, 'name' | 'eventCount'>): string {
  return `${place.name} — ${eventCount(place.eventCount)}`;
}

/** "Cluster of 5 places — 23 events". */
export function clusterAccessibleName(places: number, events: number): string {
  return `Cluster of ${placeCount(places)} — ${eventCount(events)}`;
}

/** "3 events have no place", "1 event has no place". */
export function noPlaceSummary(n: number): string {
  return `${eventCount(n)} ${n === 1 ? 'has' : 'have'} no place`;
}
