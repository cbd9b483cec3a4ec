/**
 * Everything the views need for one view state, computed from the dataset in one place so that
 * every panel and every count follows the same filter.
 */
import { countActors, type ActorCount } from '../domain/actor-counts.ts';
import { CATEGORIES, type Category, type CrisisEvent } from '../domain/event.ts';
import { eventMatcher } from '../domain/filter-events.ts';
import type { ViewState } from '../domain/view-state.ts';

export interface Selection {
  filtered: CrisisEvent[];
  /** Actor options: counted under the date and type filters, not the actor filter itself. */
  actorCounts: ActorCount[];
  /** Type options: counted under the date and actor filters, not the type filter itself. */
  categoryCounts: Record<Category, number>;
  span: { from: string; to: string } | undefined;
  selected: CrisisEvent | undefined;
}

export function dataSpan(events: readonly CrisisEvent[]): { from: string; to: string } | undefined {
  let from: string | undefined;
  let to: string | undefined;
  for (const e of events) {
    const end = e.date.end ?? e.date.start;
    // A "before" date bounds only the end: it says nothing about how early the event was.
    if (e.date.precision !== 'before' && (from === undefined || e.date.start < from)) from = e.date.start;
    if (to === undefined || end > to) to = end;
  }
  if (to === undefined) return undefined;
  return { from: from ?? to, to };
}

export function select(events: readonly CrisisEvent[], view: ViewState): Selection {
  const all = eventMatcher(view);
  const noActor = eventMatcher({ ...view, actors: [] });
  const noCategory = eventMatcher({ ...view, categories: [] });
  const filtered: CrisisEvent[] = [];
  const forActors: CrisisEvent[] = [];
  const categoryCounts = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
  for (const e of events) {
    if (all(e)) filtered.push(e);
    if (noActor(e)) forActors.push(e);
    if (noCategory(e)) categoryCounts[e.category] += 1;
  }
  return {
    filtered,
    actorCounts: countActors(forActors),
    categoryCounts,
    span: dataSpan(events),
    selected: view.event !== undefined ? events.find((e) => e.id === view.event) : undefined,
  };
}
