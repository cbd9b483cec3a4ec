/**
 * Builds the event index: date classes and position order, then columns (event-index-columns.ts),
 * posting lists and totals (layout: event-index.ts).
 */
import { toDayNumber } from './dates.ts';
import type { CrisisEvent, IsoDate } from './event.ts';
import { buildColumns } from './event-index-columns.ts';
import {
  BEFORE_FIRST_DAY,
  CATEGORY_COUNT,
  type Csr,
  type DateClass,
  type EventIndexData,
  type EventIndexOptions,
} from './event-index-layout.ts';

/** toDayNumber, memoised: a dataset names the same few hundred days again and again. */
function dayNumbers(): (date: string) => number {
  const memo = new Map<string, number>();
  return (date) => {
    let d = memo.get(date);
    if (d === undefined) memo.set(date, (d = toDayNumber(date)));
    return d;
  };
}

function dateClass(before: boolean, span: number): number {
  if (before) return 0;
  return span <= 0 ? 1 : span <= 7 ? 2 : span <= 63 ? 3 : 4;
}

/** Input indices ordered by (class, sort day, input index). */
function positionOrder(cls: Uint8Array, key: Int32Array): Uint32Array {
  const n = cls.length;
  let min = 0;
  let max = 0;
  for (let i = 0; i < n; i++) {
    if (i === 0 || key[i]! < min) min = key[i]!;
    if (i === 0 || key[i]! > max) max = key[i]!;
  }
  const range = max - min + 1;
  const order = new Uint32Array(n);
  if (5 * range * n < 2 ** 53) {
    // One numeric sort of packed keys (native, no comparator calls); the index keeps ties stable.
    const packed = new Float64Array(n);
    for (let i = 0; i < n; i++) packed[i] = (cls[i]! * range + (key[i]! - min)) * n + i;
    packed.sort();
    for (let j = 0; j < n; j++) order[j] = packed[j]! % n;
    return order;
  }
  for (let i = 0; i < n; i++) order[i] = i;
  return order.sort((a, b) => cls[a]! - cls[b]! || key[a]! - key[b]! || a - b);
}

/** Positions grouped by a code per position (actor or category postings). */
function postings(
  codeCount: number,
  rows: number,
  codesOf: (p: number, out: (c: number) => void) => void,
): Csr {
  const start = new Uint32Array(codeCount + 1);
  for (let p = 0; p < rows; p++) codesOf(p, (c) => (start[c + 1]! += 1));
  for (let c = 0; c < codeCount; c++) start[c + 1]! += start[c]!;
  const fill = start.slice(0, codeCount);
  const list = new Uint32Array(start[codeCount]!);
  for (let p = 0; p < rows; p++) codesOf(p, (c) => (list[fill[c]!++] = p));
  return { start, list };
}

export function buildEventIndexData(
  events: readonly CrisisEvent[],
  options: EventIndexOptions = {},
): EventIndexData {
  const n = events.length;
  const decimals = options.coordDecimals ?? 3;
  const first = new Int32Array(n);
  const last = new Int32Array(n);
  const cls = new Uint8Array(n);
  const sortDay = new Int32Array(n);
  let dayOrigin = Number.POSITIVE_INFINITY;
  let dayLast = Number.NEGATIVE_INFINITY;
  let spanFrom: string | undefined;
  let spanTo: string | undefined;
  const dayNumber = dayNumbers();
  for (let i = 0; i < n; i++) {
    const { date } = events[i]!;
    const start = dayNumber(date.start);
    const end = date.end !== undefined ? dayNumber(date.end) : start;
    const before = date.precision === 'before';
    first[i] = before ? BEFORE_FIRST_DAY : start;
    last[i] = end;
    cls[i] = dateClass(before, end - start);
    sortDay[i] = before ? end : start;
    if (!before && start < dayOrigin) dayOrigin = start;
    if (!before && end > dayLast) dayLast = end;
    const to = date.end ?? date.start;
    if (!before && (spanFrom === undefined || date.start < spanFrom)) spanFrom = date.start;
    if (spanTo === undefined || to > spanTo) spanTo = to;
  }
  if (dayOrigin === Number.POSITIVE_INFINITY) [dayOrigin, dayLast] = [0, -1];

  const order = positionOrder(cls, sortDay);
  const columns = buildColumns(events, order, first, last, dayOrigin, decimals);
  const { cols, actorNames, actorCodes, variants, places, personPairs, countryPairs, beforeDays } = columns;

  const positions = new Uint32Array(n);
  for (let p = 0; p < n; p++) positions[order[p]!] = p;

  const classes: DateClass[] = [];
  for (let c = 0, p = 0; c < 5; c++) {
    const start = p;
    let maxSpan = 0;
    while (p < n && cls[order[p]!] === c) {
      if (c > 0) maxSpan = Math.max(maxSpan, cols.last[p]! - cols.first[p]!);
      p++;
    }
    classes.push({ start, end: p, maxSpan, before: c === 0 });
  }

  const actorPostings = postings(actorNames.length, n, (p, out) => {
    for (let k = cols.actors.start[p]!; k < cols.actors.start[p + 1]!; k++)
      out(variants[cols.actors.list[k]!]!.actor);
  });
  const categoryPostings = postings(CATEGORY_COUNT, n, (p, out) => out(cols.category[p]!));

  const nv = variants.length;
  const totals = {
    categories: new Uint32Array(CATEGORY_COUNT),
    variants: new Uint32Array(CATEGORY_COUNT * nv),
    variantFirst: new Uint32Array(CATEGORY_COUNT * nv).fill(0xffffffff),
  };
  for (let p = 0; p < n; p++) {
    const c = cols.category[p]!;
    totals.categories[c]! += 1;
    const i = cols.input[p]!;
    for (let k = cols.actors.start[p]!; k < cols.actors.start[p + 1]!; k++) {
      const v = c * nv + cols.actors.list[k]!;
      totals.variants[v]! += 1;
      if (i < totals.variantFirst[v]!) totals.variantFirst[v] = i;
    }
  }

  return {
    events,
    size: n,
    columns: cols,
    positions,
    classes,
    dayOrigin,
    dayLast,
    span: spanTo === undefined ? undefined : { from: (spanFrom ?? spanTo) as IsoDate, to: spanTo as IsoDate },
    actorNames,
    actorCodes,
    variants,
    places,
    personPairs,
    countryPairs,
    beforeDays,
    actorPostings,
    categoryPostings,
    totals,
  };
}
