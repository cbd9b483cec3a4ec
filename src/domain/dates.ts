/**
 * Calendar-day arithmetic on ISO dates (YYYY-MM-DD), in UTC so that a day is a day wherever the
 * page is opened. No `Date.now()` here: every function takes its reference date as a parameter.
 */
import { isIsoDate, type EventDate, type IsoDate } from './event.ts';

const MS_PER_DAY = 86_400_000;

/** toDayNumber's answers by date string (bounded like ISO_OF_DAY below): the same dates recur. */
const DAY_OF_ISO = new Map<string, number>();

/** Days since 1970-01-01 for an ISO date; the integer key used for day buckets and ranges. */
export function toDayNumber(date: string): number {
  let day = DAY_OF_ISO.get(date);
  if (day === undefined) {
    const y = Number(date.slice(0, 4));
    const m = Number(date.slice(5, 7));
    const d = Number(date.slice(8, 10));
    day = Math.round(Date.UTC(y, m - 1, d) / MS_PER_DAY);
    if (DAY_OF_ISO.size < ISO_OF_DAY_MAX) DAY_OF_ISO.set(date, day);
  }
  return day;
}

/**
 * fromDayNumber's answers by day number: the extractor turns the same few thousand days into ISO
 * strings again and again, and a Date plus toISOString costs far more than a Map lookup. Bounded
 * so that a caller sweeping huge ranges cannot grow it without end.
 */
const ISO_OF_DAY = new Map<number, IsoDate>();
const ISO_OF_DAY_MAX = 50_000;

export function fromDayNumber(day: number): IsoDate {
  let iso = ISO_OF_DAY.get(day);
  if (iso === undefined) {
    iso = new Date(day * MS_PER_DAY).toISOString().slice(0, 10) as IsoDate;
    if (ISO_OF_DAY.size < ISO_OF_DAY_MAX) ISO_OF_DAY.set(day, iso);
  }
  return iso;
}

export function addDays(date: string, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Narrow a string to an IsoDate, or undefined when it is not a real calendar day. */
export function asIsoDate(s: string): IsoDate | undefined {
  return isIsoDate(s) ? (s as IsoDate) : undefined;
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: string): number {
  return (((toDayNumber(date) + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

/**
 * The inclusive day interval an event may have happened in, as day numbers.
 * `before` means "on or before start": its earliest day is unknown (-Infinity).
 */
export function eventDayInterval(date: EventDate): { first: number; last: number } {
  const start = toDayNumber(date.start);
  const end = date.end !== undefined ? toDayNumber(date.end) : start;
  if (date.precision === 'before') return { first: Number.NEGATIVE_INFINITY, last: end };
  return { first: start, last: end };
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "1 May 2025". */
export function formatDay(date: string): string {
  const m = Number(date.slice(5, 7));
  return `${Number(date.slice(8, 10))} ${MONTHS[m - 1] ?? '?'} ${date.slice(0, 4)}`;
}

/** "1 May", for compact axis labels. */
export function formatDayShort(date: string): string {
  const m = Number(date.slice(5, 7));
  return `${Number(date.slice(8, 10))} ${(MONTHS[m - 1] ?? '?').slice(0, 3)}`;
}
