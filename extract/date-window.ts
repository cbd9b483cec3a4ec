/** Date intervals for merging: do two candidate dates describe the same day(s)? */
import { toDayNumber } from '../src/domain/dates.ts';
import type { CandidateDate } from './candidate.ts';

export function interval(d: CandidateDate): [number, number] {
  const s = toDayNumber(d.start);
  const e = d.end ? toDayNumber(d.end) : s;
  switch (d.precision) {
    case 'before':
      return [Number.NEGATIVE_INFINITY, e];
    case 'approximate':
      return [s - 1, e + 1];
    default:
      return [s, e];
  }
}

export function datesOverlap(a: CandidateDate, b: CandidateDate): boolean {
  // two named nights that share a day ("April 30-May 1" and "May 1-2") are two nights
  if (a.precision === 'range' && b.precision === 'range' && a.start !== b.start) return false;
  // (indexes, not destructuring: that runs the iterator protocol, and this is called per candidate pair)
  const ia = interval(a);
  const ib = interval(b);
  return ia[0] <= ib[1] && ib[0] <= ia[1];
}

const RANK = { day: 0, range: 1, approximate: 2, before: 3 } as const;

/** The more specific of two compatible dates. */
export function moreSpecific(a: CandidateDate, b: CandidateDate): CandidateDate {
  return RANK[b.precision] < RANK[a.precision] ? b : a;
}
