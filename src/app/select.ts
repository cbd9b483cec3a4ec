/**
 * Everything the views need for one view state, answered by the columnar event index in one pass
 * (src/domain/event-index.ts), so that every panel and every count follows the same filter and a
 * filter change stays fast on large datasets.
 */
import type { ActorCount } from '../domain/actor-counts.ts';
import type { ContactPair } from '../domain/contact-pairs.ts';
import type { DayCounts } from '../domain/day-counts.ts';
import type { Category, CrisisEvent } from '../domain/event.ts';
import { createEventIndex, eventIndexFromData, type EventIndex } from '../domain/event-index.ts';
import type { EventIndexData } from '../domain/event-index-layout.ts';
import {
  indexedEvents,
  toActorCounts,
  toCategoryCounts,
  toContactPairs,
  toDayCounts,
  toPlaceGrouping,
} from '../domain/event-index-adapters.ts';
import type { PlaceGrouping } from '../domain/place-groups.ts';
import type { ViewState } from '../domain/view-state.ts';

export interface Selection {
  filtered: CrisisEvent[];
  /** Actor options: counted under the date and type filters, not the actor filter itself. */
  actorCounts: ActorCount[];
  /** Type options: counted under the date and actor filters, not the type filter itself. */
  categoryCounts: Record<Category, number>;
  span: { from: string; to: string } | undefined;
  selected: CrisisEvent | undefined;
  /** Per-day counts for the chronology (over `span`, placed within the date filter). */
  dayCounts: DayCounts | undefined;
  /** The filtered events by place, for the map. */
  placeGrouping: PlaceGrouping;
  /** Who was in contact with whom among the filtered events, by person or by country (on first ask). */
  contactPairs: (by: 'person' | 'country') => ContactPair[];
}

export interface Selector {
  index: EventIndex;
  span: { from: string; to: string } | undefined;
  select: (view: ViewState) => Selection;
}

/**
 * Builds the index once per dataset (or takes `prebuilt`, when it was built over this very array of
 * events, e.g. by the dataset Worker); `select` is then called on every view change.
 */
export function createSelector(events: readonly CrisisEvent[], prebuilt?: EventIndexData): Selector {
  const index = prebuilt?.events === events ? eventIndexFromData(prebuilt) : createEventIndex(events);
  // The index computed the span as domain/data-span.ts does; the id lookup is built on the first selection.
  const span = index.span;
  let byId: Map<string, CrisisEvent> | undefined;
  const eventById = (id: string) => {
    if (!byId) {
      byId = new Map();
      for (const e of events) if (!byId.has(e.id)) byId.set(e.id, e);
    }
    return byId.get(id);
  };
  return {
    index,
    span,
    select(view) {
      const window = { ...(view.from && { from: view.from }), ...(view.to && { to: view.to }) };
      const result = index.query(view, { ...(span && { span }), window });
      const pairs: Partial<Record<'person' | 'country', ContactPair[]>> = {};
      return {
        filtered: indexedEvents(index, result),
        actorCounts: toActorCounts(index, result),
        categoryCounts: toCategoryCounts(result),
        span,
        selected: view.event !== undefined ? eventById(view.event) : undefined,
        dayCounts: span ? toDayCounts(index, result) : undefined,
        placeGrouping: toPlaceGrouping(index, result),
        // The panel shows one grouping at a time: pair the other only if the reader switches.
        contactPairs: (by) => (pairs[by] ??= toContactPairs(index, result, by)),
      };
    },
  };
}

/** One-off selection (tests, scripts): builds a throwaway index. */
export function select(events: readonly CrisisEvent[], view: ViewState): Selection {
  return createSelector(events).select(view);
}
