import type { IsoDate } from '../src/domain/event.ts';
import { findDates } from './find-dates.ts';

const THU = '2025-05-01' as IsoDate; // a Thursday
const first = (s: string, prior?: string) => {
  const d = findDates(s, THU, prior as IsoDate | undefined)[0];
  return (
    d && { ...d.date, ...(d.reporting ? { reporting: true } : {}), ...(d.future ? { future: true } : {}) }
  );
};

describe('findDates against a Thursday publication date', () => {
  it.each([
    ['spoke on Thursday', { start: '2025-05-01', precision: 'day' }],
    ['talked on Tuesday', { start: '2025-04-29', precision: 'day' }],
    ['fired on Friday', { start: '2025-04-25', precision: 'day' }],
    ['late on Wednesday night', { start: '2025-04-30', precision: 'day' }],
    ['last Friday', { start: '2025-04-25', precision: 'day' }],
    ['yesterday', { start: '2025-04-30', precision: 'day' }],
    ['earlier today', { start: '2025-05-01', precision: 'day' }],
    ['on the night of April 27-28', { start: '2025-04-27', end: '2025-04-28', precision: 'range' }],
    ['during the night of 29-30 April 2025', { start: '2025-04-29', end: '2025-04-30', precision: 'range' }],
    [
      'the intervening night of May 6 and 7',
      { start: '2025-05-06', end: '2025-05-07', precision: 'range', future: true },
    ],
    ['last month', { start: '2025-04-30', precision: 'before' }],
    ['last week', { start: '2025-04-27', precision: 'before' }],
    // Monday of the week to the day before: "earlier in the week" is no later than yesterday
    ['earlier this week', { start: '2025-04-28', end: '2025-04-30', precision: 'approximate' }],
    ['earlier in the week', { start: '2025-04-28', end: '2025-04-30', precision: 'approximate' }],
    ['earlier this month', { start: '2025-05-01', precision: 'before' }],
    ['last week', { start: '2025-04-27', precision: 'before' }],
    ['on April 22', { start: '2025-04-22', precision: 'day' }],
    ['on 22 April 2025', { start: '2025-04-22', precision: 'day' }],
    ['on Saturday, May 10', { start: '2025-05-10', precision: 'day', future: true }],
    ['two days ago', { start: '2025-04-29', precision: 'day' }],
    ['next week', { start: '2025-05-08', precision: 'approximate', future: true }],
  ])('reads %j', (text, expected) => {
    expect(first(text)).toEqual(expected);
  });

  it('resolves "the previous day" from the date told just before', () => {
    expect(first('Firing resumed the previous day', '2025-04-28')).toEqual({
      start: '2025-04-27',
      precision: 'day',
    });
  });

  it('marks the date of a report', () => {
    expect(
      findDates('They met on Tuesday, officials said on Wednesday', THU).map((d) => d.reporting),
    ).toEqual([false, true]);
  });

  it.each(['Pakistan may retaliate', 'In May, tension rose', 'the 1999 Kargil war', 'at 1.30 am'])(
    'finds no day in %j',
    (text) => {
      expect(findDates(text, THU)).toEqual([]);
    },
  );
});

// chrono's parsers are chosen by what they find, not by class name (minified in the browser build):
// these pin the choice in Node; tests/browser/byo.test.ts runs the same code from the built bundle.
describe('findDates: the chrono parsers kept and left out', () => {
  it('keeps "N days ago" (read only where "ago" is written)', () => {
    expect(findDates('The attack took place three days ago.', THU).map((d) => d.date.start)).toEqual([
      '2025-04-28',
    ]);
  });

  it.each(['The meeting ended at 1.30 am.', 'Pakistan said it would respond within 24 hours.'])(
    'finds no day in a time of day or a deadline: %j',
    (text) => {
      expect(findDates(text, THU)).toEqual([]);
    },
  );
});
