/** The days a dataset covers, as the chronology's axis and the header show them. */
import type { CrisisEvent } from './event.ts';

/** From the earliest dated start to the latest end; undefined for no events. */
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
