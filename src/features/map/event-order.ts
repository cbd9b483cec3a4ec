/** Events oldest first (by first day, then id, so the order is stable). */
import type { CrisisEvent } from '../../domain/event.ts';

export function byEventDate(a: CrisisEvent, b: CrisisEvent): number {
  if (a.date.start !== b.date.start) return a.date.start < b.date.start ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
