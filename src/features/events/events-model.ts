/** Sorting and row text for the events list (pure). */
import { eventDayInterval } from '../../domain/dates.ts';
import type { CrisisEvent } from '../../domain/event.ts';

export const SORT_KEYS = ['date', 'category', 'place', 'actors'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDir = 'asc' | 'desc';

function placeKey(e: CrisisEvent): string {
  return e.location?.name ?? '\uffff'; // events without a place sort last
}

function dateKey(e: CrisisEvent): number {
  // "before X" events are not known to be on X: sort them by their latest possible day, ahead of
  // dated events of that day.
  const { last } = eventDayInterval(e.date);
  return last * 2 + (e.date.precision === 'before' ? 0 : 1);
}

export function sortEvents(events: readonly CrisisEvent[], key: SortKey, dir: SortDir): CrisisEvent[] {
  const sign = dir === 'asc' ? 1 : -1;
  const cmp = (a: CrisisEvent, b: CrisisEvent): number => {
    switch (key) {
      case 'date':
        return dateKey(a) - dateKey(b);
      case 'category':
        return a.category.localeCompare(b.category);
      case 'place':
        return placeKey(a).localeCompare(placeKey(b));
      case 'actors':
        return (a.actors[0]?.name ?? '\uffff').localeCompare(b.actors[0]?.name ?? '\uffff');
      default: {
        const unreachable: never = key;
        return unreachable;
      }
    }
  };
  // Ties fall back to date then id, so the order is stable and the same on every machine.
  return [...events].sort((a, b) => sign * cmp(a, b) || dateKey(a) - dateKey(b) || a.id.localeCompare(b.id));
}

export function actorsText(e: CrisisEvent): string {
  return e.actors.map((a) => a.name).join(', ');
}
