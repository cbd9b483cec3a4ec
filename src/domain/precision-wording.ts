/** Dates and places in words, saying how precise they are ("before 1 May 2025 — date not given in the source"). */
import { formatDay } from './dates.ts';
import type { EventDate, Location } from './event.ts';

export function describeDate(date: EventDate): string {
  switch (date.precision) {
    case 'day':
      return date.end !== undefined && date.end !== date.start
        ? `${formatDay(date.start)} to ${formatDay(date.end)}`
        : formatDay(date.start);
    case 'range':
      return date.end !== undefined && date.end !== date.start
        ? `${formatRange(date.start, date.end)} — a span of days (e.g. a night)`
        : `${formatDay(date.start)} — a span within the day`;
    case 'approximate':
      return `around ${formatDay(date.start)} — approximate date`;
    case 'before':
      return `before ${formatDay(date.end ?? date.start)} — date not given in the source`;
    default: {
      const unreachable: never = date.precision;
      return unreachable;
    }
  }
}

/** "27–28 April 2025", "30 April – 1 May 2025", "31 December 2024 – 1 January 2025". */
export function formatRange(start: string, end: string): string {
  const [s, e] = [formatDay(start).split(' '), formatDay(end).split(' ')];
  if (s[2] !== e[2]) return `${formatDay(start)} – ${formatDay(end)}`;
  if (s[1] !== e[1]) return `${s[0]} ${s[1]} – ${formatDay(end)}`;
  return `${s[0]}–${formatDay(end)}`;
}

const BORDER_RE = /\b(border|line of control|loc|boundary|frontier)\b/i;

export function describePlacePrecision(location: Location | null | undefined): string {
  if (!location) return 'no place — e.g. a phone call';
  switch (location.precision) {
    case 'point':
      return 'exact place (town or site)';
    case 'district':
      return 'district — somewhere in the district';
    case 'region':
      return BORDER_RE.test(location.name) ? 'region — border area' : 'region — approximate area';
    case 'country':
      return 'country — place within the country not given';
    default: {
      const unreachable: never = location.precision;
      return unreachable;
    }
  }
}

/** "Kupwara, Jammu and Kashmir, IN". */
export function describePlace(location: Location | null | undefined): string {
  if (!location) return 'No place';
  return [location.name, location.admin1, location.country]
    .filter((p) => p !== undefined && p !== '')
    .join(', ');
}
