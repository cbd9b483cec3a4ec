/**
 * The `all` plan (no filter, the dashboard's first view): every event matches and both facets
 * come from the index's totals, so the walk is a plain loop with no test per event.
 */
import { CELL_DAY_SHIFT, KIND_SPANS, type DateClass, type EventIndexData } from './event-index-layout.ts';
import type { Run } from './event-index-walk.ts';

/**
 * Counts every dated event of positions lo..hi-1 of a class into the day cells and the places.
 * Only when `r.unclamped` (the window holds every dated day); otherwise use `walk`.
 */
export function walkAll(ix: EventIndexData, r: Run, lo: number, hi: number, cls: DateClass): void {
  const { last, cell, place } = ix.columns;
  const { cells, continuing } = r.days;
  const placeCounts = r.places.counts;
  const { cellShift } = r;
  const originRow = ix.dayOrigin - r.spanFirst + 1;
  const firstRow = 1 - r.spanFirst;
  for (let p = lo; p < hi; p++) {
    placeCounts[place[p]! + 1]!++;
    cells[cell[p]! + cellShift]!++;
  }
  // Only a class whose events span days has "continuing" days (day-counts.ts).
  if (cls.maxSpan > 0) {
    for (let p = lo; p < hi; p++) {
      const cb = cell[p]!;
      if ((cb & KIND_SPANS) === 0) continue;
      const s = (cb >>> CELL_DAY_SHIFT) + originRow;
      const e = last[p]! + firstRow;
      if (e > s) {
        continuing[s]!++;
        continuing[e]!--;
      }
    }
  }
  r.matched += hi - lo;
  r.days.placed += hi - lo;
}

/** Counts the person and country pairs of the contact event at position `p` (shared by both walks). */
export function countContact(ix: EventIndexData, r: Run, p: number): void {
  const { start, list } = ix.columns.contacts;
  const { personCounts, personModes, countryCounts, countryModes } = r.contacts;
  let k = start[p]!;
  const m = list[k]!;
  const bit = m === 0 ? 0 : 1 << (m - 1);
  const people = k + 2 + list[k + 1]!;
  for (k += 2; k < people; k++) {
    const q = list[k]!;
    personCounts[q]!++;
    personModes[q]! |= bit;
  }
  for (const ke = start[p + 1]!; k < ke; k++) {
    const q = list[k]!;
    countryCounts[q]!++;
    countryModes[q]! |= bit;
  }
}

/** Contact pairs of the contact events list[lo..hi-1], all matching (the `all` plan). */
export function walkContacts(ix: EventIndexData, r: Run, list: Uint32Array, lo: number, hi: number): void {
  for (let j = lo; j < hi; j++) countContact(ix, r, list[j]!);
}
