/** Sorting and row text for the events list (pure). */
import { eventDayInterval } from '../../domain/dates.ts';
import type { CrisisEvent } from '../../domain/event.ts';
import { formatCount } from '../../domain/format-count.ts';

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
  // Keys are computed once per event, not once per comparison: with 100,000 events a sort makes
  // about 1.7 million comparisons, and parsing dates inside each one dominated a filter change.
  const n = events.length;
  const dates = new Float64Array(n);
  const texts: string[] = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    const e = events[i]!;
    dates[i] = dateKey(e);
    switch (key) {
      case 'date':
        texts[i] = '';
        break;
      case 'category':
        texts[i] = e.category;
        break;
      case 'place':
        texts[i] = placeKey(e);
        break;
      case 'actors':
        texts[i] = e.actors[0]?.name ?? '\uffff';
        break;
      default: {
        const unreachable: never = key;
        return unreachable;
      }
    }
  }
  const order = Array.from({ length: n }, (_, i) => i);
  const collator = new Intl.Collator('en');
  order.sort((a, b) => {
    const primary = key === 'date' ? dates[a]! - dates[b]! : collator.compare(texts[a]!, texts[b]!);
    // Ties fall back to date then id, so the order is stable and the same on every machine.
    return sign * primary || dates[a]! - dates[b]! || events[a]!.id.localeCompare(events[b]!.id);
  });
  return order.map((i) => events[i]!);
}

export function actorsText(e: CrisisEvent): string {
  return e.actors.map((a) => a.name).join(', ');
}

/**
 * Whether two lists hold the same events in the same order. The app hands the list a new array on
 * every view change (selecting an event included); this lets it keep its sorted copy instead of
 * re-sorting 100,000 events because of a click.
 */
export function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** "1 event", "12,345 events". */
export function countText(n: number, noun: string): string {
  return `${formatCount(n)} ${noun}${n === 1 ? '' : 's'}`;
}
