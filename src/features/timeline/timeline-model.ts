/**
 * Day counts -> what the chronology chart, its table and its summary sentence show. Pure.
 *
 * Series: one per category and certainty, stacked per day, only those that occur. Exact-day events
 * are solid; events spanning several days are hatched on their first visible day, approximate ones
 * dotted (rules in domain/day-counts.ts); the tooltip and the table of a later day say which spans
 * still run on it. "Before" events are not on the chart: they get their own undated box.
 */
import { CATEGORY_STYLE } from '../../components/category-palette.ts';
import { formatDay, formatDayShort } from '../../domain/dates.ts';
import {
  countByDayAndCategory,
  type DayCounts,
  type BeforeBucket,
  type DayRow,
  type DaySpan,
} from '../../domain/day-counts.ts';
import { CATEGORIES, type Category, type CrisisEvent, type IsoDate } from '../../domain/event.ts';
import { formatCount } from '../../domain/format-count.ts';

export type SeriesKind = 'exact' | 'ranged' | 'approximate';

export interface TimelineSeries {
  /** Data key, e.g. `armed_clash:ranged`. */
  key: string;
  category: Category;
  kind: SeriesKind;
  /** "Armed clash (spans several days)". */
  label: string;
  color: string;
}

/** One day as recharts reads it: `day`, `label`, `total`, `continuing`, plus one number per series key. */
export type TimelineDatum = { day: IsoDate; label: string; total: number; continuing: number } & Record<
  string,
  number | string
>;

export interface DateRange {
  from?: string;
  to?: string;
}

export interface TimelineModel {
  data: TimelineDatum[];
  series: TimelineSeries[];
  /** Categories with at least one placed event in the window, in palette order (legend). */
  categories: Category[];
  /** Table columns: placed or undated categories, in palette order. */
  tableCategories: Category[];
  /** Rows of the visible window (the table's body); rowByDay covers every day. */
  rows: DayRow[];
  rowByDay: Map<string, DayRow>;
  hasRanged: boolean;
  hasApproximate: boolean;
  hasContinuing: boolean;
  /** The brush's position over `data`. */
  brush: { startIndex: number; endIndex: number };
  /** The visible days; undefined when the span is empty. */
  window: { from: IsoDate; to: IsoDate } | undefined;
  placed: number;
  before: BeforeBucket;
  outside: number;
  summary: string;
  /** "27 April – 1 May 2025" for the visible window. */
  windowLabel: string;
  /**
   * More days than bars can show: the chart draws each series as one stepped area instead of one
   * rectangle per day (a year of 20 series is 7,000 SVG elements as bars, 20 as areas), which keeps
   * a filter change on a large dataset quick and looks the same when days are a few pixels wide.
   */
  dense: boolean;
  /**
   * Dense charts only: the days that get an axis label (month starts, thinned to about a dozen),
   * so the axis does not measure hundreds of candidate labels on every render.
   */
  ticks: IsoDate[] | undefined;
}

/** Above this many days on the axis, bars are narrower than ~8 px in a 1,000 px plot: draw areas. */
export const DENSE_DAYS = 120;

const KIND_SUFFIX: Record<SeriesKind, string> = {
  exact: '',
  ranged: ' (spans several days)',
  approximate: ' (approximate date)',
};

export function seriesKey(category: Category, kind: SeriesKind): string {
  return `${category}:${kind}`;
}

/** "22 April". */
function dayMonth(date: string): string {
  return formatDay(date).replace(/ \d+$/, '');
}

/** "22 April to 12 May 2025", "on 30 April 2025", "31 December 2024 to 2 January 2025". */
export function describeDays(from: string, to: string, joiner = ' to '): string {
  if (from === to) return formatDay(from);
  if (from.slice(0, 4) !== to.slice(0, 4)) return `${formatDay(from)}${joiner}${formatDay(to)}`;
  return `${dayMonth(from)}${joiner}${formatDay(to)}`;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

function listDays(days: string[]): string {
  const names = days.map(dayMonth);
  if (names.length <= 1) return names.join('');
  if (names.length === 2) return `${names[0]} and ${names[1]}`;
  return `${names[0]} and ${names.length - 1} other days`;
}

/** Notes on how a day's events are dated, for the tooltip and the table. Empty when all exact. */
export function rowNotes(row: DayRow): string[] {
  const notes: string[] = [];
  if (row.ranged > 0) {
    const began = row.clampedStart > 0 ? `, ${row.clampedStart} of them began earlier` : '';
    notes.push(
      `${plural(row.ranged, 'event spans', 'events span')} several days, counted on this day${began}`,
    );
  }
  if (row.approximate > 0)
    notes.push(`${plural(row.approximate, 'event has an', 'events have an')} approximate date`);
  if (row.continuing > 0) {
    notes.push(
      `${plural(row.continuing, 'event', 'events')} from an earlier day still running (counted there)`,
    );
  }
  return notes;
}

export function toTimelineModel(
  events: readonly CrisisEvent[],
  span: DaySpan,
  range: DateRange,
  /** The same numbers computed elsewhere (the app's event index answers them in its one pass). */
  precomputed?: DayCounts,
): TimelineModel {
  const counts = precomputed ?? countByDayAndCategory(events, span, range);
  const { days, rows } = counts;
  const n = days.length;

  const indexOf = (d: string | undefined, fallback: number): number => {
    if (d === undefined || n === 0) return fallback;
    const first = days[0] as string;
    const last = days[n - 1] as string;
    if (d <= first) return 0;
    if (d >= last) return n - 1;
    return days.indexOf(d as IsoDate);
  };
  let startIndex = indexOf(range.from, 0);
  const endIndex = indexOf(range.to, Math.max(0, n - 1));
  if (startIndex > endIndex) startIndex = endIndex;

  const used = new Set<string>();
  for (let i = startIndex; i <= endIndex; i++) {
    const row = rows[i];
    if (!row) continue;
    for (const c of CATEGORIES) {
      const ranged = row.rangedByCategory[c];
      const approx = row.approximateByCategory[c];
      if (row.byCategory[c] - ranged - approx > 0) used.add(seriesKey(c, 'exact'));
      if (ranged > 0) used.add(seriesKey(c, 'ranged'));
      if (approx > 0) used.add(seriesKey(c, 'approximate'));
    }
  }
  const series: TimelineSeries[] = [];
  for (const c of CATEGORIES) {
    for (const kind of ['exact', 'ranged', 'approximate'] as const) {
      const key = seriesKey(c, kind);
      if (!used.has(key)) continue;
      const style = CATEGORY_STYLE[c];
      series.push({
        key,
        category: c,
        kind,
        label: `${style.label}${KIND_SUFFIX[kind]}`,
        color: style.color,
      });
    }
  }
  const categories = CATEGORIES.filter((c) => series.some((s) => s.category === c));

  const data: TimelineDatum[] = rows.map((row) => {
    const d: TimelineDatum = {
      day: row.day,
      label: formatDayShort(row.day),
      total: row.total,
      continuing: row.continuing,
    };
    for (const s of series) {
      const ranged = row.rangedByCategory[s.category];
      const approx = row.approximateByCategory[s.category];
      d[s.key] =
        s.kind === 'ranged'
          ? ranged
          : s.kind === 'approximate'
            ? approx
            : row.byCategory[s.category] - ranged - approx;
    }
    return d;
  });

  const visible = rows.slice(startIndex, endIndex + 1);
  const window = n > 0 ? { from: days[startIndex] as IsoDate, to: days[endIndex] as IsoDate } : undefined;
  const windowLabel = window ? describeDays(window.from, window.to, ' – ') : '';

  return {
    data,
    series,
    categories,
    tableCategories: CATEGORIES.filter((c) => categories.includes(c) || counts.before.byCategory[c] > 0),
    rows: visible,
    rowByDay: new Map(rows.map((r) => [r.day, r])),
    hasRanged: series.some((s) => s.kind === 'ranged'),
    hasApproximate: series.some((s) => s.kind === 'approximate'),
    hasContinuing: visible.some((r) => r.continuing > 0),
    brush: { startIndex, endIndex },
    window,
    placed: visible.reduce((s, r) => s + r.total, 0),
    before: counts.before,
    outside: counts.outside.count,
    summary: summarize(visible, window, counts.before),
    windowLabel,
    dense: data.length > DENSE_DAYS,
    ticks: data.length > DENSE_DAYS ? monthTicks(days) : undefined,
  };
}

function summarize(
  rows: readonly DayRow[],
  window: { from: string; to: string } | undefined,
  before: BeforeBucket,
): string {
  const undated =
    before.count > 0 && before.latest !== undefined
      ? ` ${plural(before.count, 'more event is', 'more events are')} undated (on or before ${formatDay(before.latest)}).`
      : '';
  if (!window) return `No dated events.${undated}`;
  const when =
    window.from === window.to
      ? `on ${formatDay(window.from)}`
      : `from ${describeDays(window.from, window.to)}`;
  const total = rows.reduce((s, r) => s + r.total, 0);
  if (total === 0) return `No dated events ${when}.${undated}`;
  let peak = 0;
  for (const r of rows) peak = Math.max(peak, r.total);
  const peakDays = rows.filter((r) => r.total === peak).map((r) => r.day);
  const ranged = rows.reduce((s, r) => s + r.ranged, 0);
  const spans =
    ranged === 0
      ? ''
      : ranged === 1
        ? '; 1 event spans several days and is counted on its first day'
        : `; ${ranged} events span several days and are counted on their first day`;
  return `Events per day ${when}: ${plural(total, 'event')}, peak of ${peak} on ${listDays(peakDays)}${spans}.${undated}`;
}

/** About this many labels fit under a dense chart at any width we draw it. */
const MAX_MONTH_TICKS = 12;

/** First days of months among `days`, every k-th month so that at most MAX_MONTH_TICKS remain. */
export function monthTicks(days: readonly IsoDate[]): IsoDate[] {
  const starts = days.filter((d) => d.endsWith('-01'));
  const step = Math.max(1, Math.ceil(starts.length / MAX_MONTH_TICKS));
  return starts.filter((_, i) => i % step === 0);
}

/** A month tick's label: "Jan 2025" in January or on the first tick, else "May". */
export function monthTickLabel(day: string, first: boolean): string {
  const month = formatDayShort(day).replace(/^\d+ /, '');
  return first || day.slice(5, 7) === '01' ? `${month} ${day.slice(0, 4)}` : month;
}

/** The date filter a brush position stands for; the full span is no filter at all. */
export function rangeFromBrush(days: readonly string[], startIndex: number, endIndex: number): DateRange {
  const out: DateRange = {};
  if (startIndex > 0 && days[startIndex] !== undefined) out.from = days[startIndex];
  if (endIndex < days.length - 1 && days[endIndex] !== undefined) out.to = days[endIndex];
  return out;
}
