/**
 * The one filter every view shares. Facets combine with AND, values within a facet with OR.
 * A date filter keeps an event whose possible days overlap it; a `before` event may have happened
 * on any day up to its start, so it overlaps every range that begins on or before that day.
 */
import { eventDayInterval, toDayNumber } from './dates.ts';
import type { CrisisEvent } from './event.ts';
import type { ViewState } from './view-state.ts';

export type EventFilter = Pick<ViewState, 'from' | 'to' | 'actors' | 'categories'>;

/** A predicate for the filter, built once so that the set lookups are not redone per event. */
export function eventMatcher(filter: EventFilter): (e: CrisisEvent) => boolean {
  const from = filter.from !== undefined ? toDayNumber(filter.from) : Number.NEGATIVE_INFINITY;
  const to = filter.to !== undefined ? toDayNumber(filter.to) : Number.POSITIVE_INFINITY;
  const actors = filter.actors.length > 0 ? new Set(filter.actors) : undefined;
  const categories = filter.categories.length > 0 ? new Set<string>(filter.categories) : undefined;
  return (e) => {
    if (categories !== undefined && !categories.has(e.category)) return false;
    if (actors !== undefined && !e.actors.some((a) => actors.has(a.name))) return false;
    if (filter.from !== undefined || filter.to !== undefined) {
      const { first, last } = eventDayInterval(e.date);
      // An empty range (from after to) keeps nothing.
      if (last < from || first > to || from > to) return false;
    }
    return true;
  };
}

export function filterEvents(events: readonly CrisisEvent[], filter: EventFilter): CrisisEvent[] {
  return events.filter(eventMatcher(filter));
}
