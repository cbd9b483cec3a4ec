import { describe, expect, it } from 'vitest';
import type { EventDate } from '../../domain/event.ts';
import { shortDate } from './short-date.ts';

describe('shortDate', () => {
  it.each([
    [{ start: '2025-04-22', precision: 'day' }, '22 April 2025'],
    [{ start: '2025-04-27', end: '2025-04-28', precision: 'range' }, '27–28 April 2025'],
    [{ start: '2025-04-27', precision: 'range' }, '27 April 2025'],
    [{ start: '2025-05-01', precision: 'approximate' }, 'around 1 May 2025'],
    [{ start: '2025-05-01', precision: 'before' }, 'before 1 May 2025'],
  ])('writes %j as "%s"', (date, text) => {
    expect(shortDate(date as unknown as EventDate)).toBe(text);
  });
});
