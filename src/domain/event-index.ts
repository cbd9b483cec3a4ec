/**
 * A columnar, indexed event store: the dataset as typed arrays, built once, so that every filter
 * change is answered in one pass over the candidate events instead of a walk over event objects.
 *
 * Layout. Events are stored in "positions", grouped in date classes and sorted by day inside each:
 * class 0 holds the `before` events (sorted by their latest possible day), classes 1-4 the dated
 * events by how many days they may span (0, 1-7, 8-63, 64+), sorted by first day. A date filter
 * therefore picks a contiguous run of positions per class with two binary searches (an event of a
 * class starts at most `maxSpan` days before the filter), and the posting lists (positions of each
 * actor and category, ascending) can be cut to the same runs. `input[p]` maps back to the index
 * of the event in the array given to `createEventIndex`; every answer speaks input indices.
 *
 * The semantics are those of filter-events.ts (facets AND, values OR, overlap of the possible-day
 * interval, `before` = (-inf, start], from > to keeps nothing) and of day-counts.ts, actor-counts.ts,
 * contact-pairs.ts and place-groups.ts; event-index-adapters.ts turns answers into their shapes.
 */
import { buildEventIndexData } from './event-index-build.ts';
import type {
  EventIndexData,
  EventIndexOptions,
  IndexQueryOptions,
  IndexQueryResult,
} from './event-index-layout.ts';
import { queryEventIndex } from './event-index-query.ts';
import type { EventFilter } from './filter-events.ts';
import type { CrisisEvent } from './event.ts';

export interface EventIndex extends EventIndexData {
  /** The matching events and every aggregation for the filter, in one pass (event-index-query.ts). */
  query(filter: EventFilter, options?: IndexQueryOptions): IndexQueryResult;
}

/** Builds the index once per dataset (linear, plus one numeric sort); queries never mutate it. */
export function createEventIndex(
  events: readonly CrisisEvent[],
  options: EventIndexOptions = {},
): EventIndex {
  return eventIndexFromData(buildEventIndexData(events, options));
}

/** An index over data built elsewhere (the dataset Worker builds it off the main thread). */
export function eventIndexFromData(data: EventIndexData): EventIndex {
  return { ...data, query: (filter, queryOptions) => queryEventIndex(data, filter, queryOptions) };
}

/** The typed arrays' buffers of index data, to transfer them from a Worker instead of copying. */
export function eventIndexBuffers(data: EventIndexData): ArrayBuffer[] {
  const { columns: c, actorPostings, categoryPostings, totals } = data;
  const arrays = [
    c.first,
    c.last,
    c.category,
    c.place,
    c.input,
    c.cell,
    c.actors.start,
    c.actors.list,
    c.contacts.start,
    c.contacts.list,
    data.positions,
    actorPostings.start,
    actorPostings.list,
    categoryPostings.start,
    categoryPostings.list,
    totals.categories,
    totals.variants,
    totals.variantFirst,
  ];
  // A buffer may back several views; list each once, and only plain ArrayBuffers can move.
  const buffers = new Set<ArrayBuffer>();
  for (const a of arrays) if (a.buffer instanceof ArrayBuffer) buffers.add(a.buffer);
  return [...buffers];
}
