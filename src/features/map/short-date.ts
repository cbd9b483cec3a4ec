/** A compact date for event lists on the map, still honest about precision ("before 1 May 2025"). */
import { formatDay } from '../../domain/dates.ts';
import type { EventDate } from '../../domain/event.ts';
import { formatRange } from '../../domain/precision-wording.ts';

export function shortDate(date: EventDate): string {
  const spans = date.end !== undefined && date.end !== date.start;
  switch (date.precision) {
    case 'day':
    case 'range':
      return spans && date.end !== undefined ? formatRange(date.start, date.end) : formatDay(date.start);
    case 'approximate':
      return `around ${formatDay(date.start)}`;
    case 'before':
      return `before ${formatDay(date.end ?? date.start)}`;
    default: {
      const never: never = date.precision;
      return never;
    }
  }
}
