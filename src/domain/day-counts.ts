/**
 * Events per day and category over a day span: the data behind the chronology chart and its table.
 *
 * How each event is placed (the honest-dates rule):
 * - Every event is counted exactly once, so the day totals add up to the number of placed events.
 * - `day` and `approximate` events are counted on their start day; approximate ones are also tallied
 *   in `approximate` so the chart can mark them as such.
 * - An event that spans several days (precision `range`, or any `end` after `start`, e.g. the night
 *   of 27–28 April) is counted once, on its first day inside the window, and tallied in `ranged`.
 *   Every later day it covers gets +1 in `continuing` (not in `total`), so a chart can draw it as a
 *   span without counting it twice.
 * - `before` events (the source gives only "on or before 1 May") are never placed on a day: they
 *   go to the `before` bucket with the latest possible day.
 * - Events that do not overlap the window at all are counted in `outside`; a span event that began
 *   before the window but reaches into it is placed on the window's first day (`clampedStart`).
 *
 * Linear in events + days (difference array for spans, each distinct date parsed once), so the
 * chart draws one bar per day and series, never one element per event.
 */
import { CATEGORIES, type Category, type CrisisEvent, type IsoDate } from './event.ts';
import { fromDayNumber, toDayNumber } from './dates.ts';

export interface DaySpan {
  from: string;
  to: string;
}

export type CategoryCounts = Record<Category, number>;

export interface DayRow {
  day: IsoDate;
  /** Events placed on this day (each event once). */
  total: number;
  byCategory: CategoryCounts;
  /** Of `total`: events spanning several days, placed here as their first visible day. */
  ranged: number;
  rangedByCategory: CategoryCounts;
  /** Of `total`: events whose date is approximate. */
  approximate: number;
  approximateByCategory: CategoryCounts;
  /** Of `ranged`: events that began before the window's first day (only ever on the first row). */
  clampedStart: number;
  /** Span events placed on an earlier day that still cover this day (not part of `total`). */
  continuing: number;
}

export interface BeforeBucket {
  count: number;
  /** The latest "on or before" day among them (undefined when count is 0). */
  latest: IsoDate | undefined;
  byCategory: CategoryCounts;
  /** How many undated events share each "on or before" day, oldest first. */
  byDate: Array<{ date: IsoDate; count: number }>;
}

export interface DayCounts {
  days: IsoDate[];
  rows: DayRow[];
  before: BeforeBucket;
  /** Dated events that fall entirely outside the window. */
  outside: { count: number };
  /** Sum of the rows' totals. */
  placed: number;
}

export function emptyCategoryCounts(): CategoryCounts {
  const c = {} as CategoryCounts;
  for (const k of CATEGORIES) c[k] = 0;
  return c;
}

function emptyRow(day: IsoDate): DayRow {
  return {
    day,
    total: 0,
    byCategory: emptyCategoryCounts(),
    ranged: 0,
    rangedByCategory: emptyCategoryCounts(),
    approximate: 0,
    approximateByCategory: emptyCategoryCounts(),
    clampedStart: 0,
    continuing: 0,
  };
}

/** True when an event covers more than one day (the night of 27–28 April). */
export function spansSeveralDays(date: CrisisEvent['date']): boolean {
  if (date.precision === 'before') return false;
  return date.precision === 'range' || (date.end !== undefined && date.end > date.start);
}

/**
 * Count events per day of `span` (every day present, zeros included).
 * `window` (default: the whole span) is the part of the span where events are placed, e.g. the
 * current date filter: a span event that began before it is placed on its first day. Rows outside
 * the window stay zero.
 */
export function countByDayAndCategory(
  events: readonly CrisisEvent[],
  span: DaySpan,
  window: Partial<DaySpan> = {},
): DayCounts {
  const first = toDayNumber(span.from);
  const last = toDayNumber(span.to);
  const n = Math.max(0, last - first + 1);
  const days: IsoDate[] = new Array<IsoDate>(n);
  const rows: DayRow[] = new Array<DayRow>(n);
  for (let i = 0; i < n; i++) {
    const day = fromDayNumber(first + i);
    days[i] = day;
    rows[i] = emptyRow(day);
  }
  const winFirst = Math.max(first, window.from !== undefined ? toDayNumber(window.from) : first);
  const winLast = Math.min(last, window.to !== undefined ? toDayNumber(window.to) : last);

  const before: BeforeBucket = { count: 0, latest: undefined, byCategory: emptyCategoryCounts(), byDate: [] };
  const beforeDates = new Map<string, number>();
  let outside = 0;
  let placed = 0;
  // Dates repeat a lot (a few hundred distinct days for 100,000 events): parse each once.
  const dayCache = new Map<string, number>();
  const dayOf = (d: string): number => {
    let v = dayCache.get(d);
    if (v === undefined) {
      v = toDayNumber(d);
      dayCache.set(d, v);
    }
    return v;
  };
  // continuing[i] accumulates +1 on the day after a span's placed day and -1 after its last day.
  const continuingDiff = new Int32Array(n + 1);

  for (const e of events) {
    const { date, category } = e;
    if (date.precision === 'before') {
      const latest = (date.end ?? date.start) as IsoDate;
      before.count += 1;
      before.byCategory[category] += 1;
      if (before.latest === undefined || latest > before.latest) before.latest = latest;
      beforeDates.set(latest, (beforeDates.get(latest) ?? 0) + 1);
      continue;
    }
    const start = dayOf(date.start);
    const end = date.end !== undefined ? Math.max(start, dayOf(date.end)) : start;
    if (end < winFirst || start > winLast) {
      outside += 1;
      continue;
    }
    const placedDay = Math.max(start, winFirst);
    const i = placedDay - first;
    const row = rows[i];
    if (row === undefined) continue; // unreachable: winFirst..winLast lies inside the span
    row.total += 1;
    row.byCategory[category] += 1;
    placed += 1;
    if (date.precision === 'approximate') {
      row.approximate += 1;
      row.approximateByCategory[category] += 1;
    }
    if (spansSeveralDays(date)) {
      if (date.precision !== 'approximate') {
        row.ranged += 1;
        row.rangedByCategory[category] += 1;
      }
      if (start < winFirst) row.clampedStart += 1;
      const lastCovered = Math.min(end, winLast);
      if (lastCovered > placedDay) {
        continuingDiff[i + 1] = (continuingDiff[i + 1] ?? 0) + 1;
        continuingDiff[lastCovered - first + 1] = (continuingDiff[lastCovered - first + 1] ?? 0) - 1;
      }
    }
  }

  let running = 0;
  for (let i = 0; i < n; i++) {
    running += continuingDiff[i] ?? 0;
    const row = rows[i];
    if (row) row.continuing = running;
  }
  before.byDate = [...beforeDates]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([date, count]) => ({ date: date as IsoDate, count }));

  return { days, rows, before, outside: { count: outside }, placed };
}
