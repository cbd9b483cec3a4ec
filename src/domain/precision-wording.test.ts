import { describe, expect, it } from 'vitest';
import type { EventDate, IsoDate, Location } from './event.ts';
import { describeDate, describePlace, describePlacePrecision, formatRange } from './precision-wording.ts';

const date = (start: string, precision: EventDate['precision'], end?: string): EventDate =>
  ({ start: start as IsoDate, precision, ...(end && { end: end as IsoDate }) }) as EventDate;

describe('precision wording', () => {
  it.each([
    [date('2025-04-30', 'day'), '30 April 2025'],
    [date('2025-04-27', 'range', '2025-04-28'), '27–28 April 2025 — a span of days (e.g. a night)'],
    [date('2025-05-01', 'approximate'), 'around 1 May 2025 — approximate date'],
    [date('2025-05-01', 'before'), 'before 1 May 2025 — date not given in the source'],
  ])('describes %o as "%s"', (d, text) => {
    expect(describeDate(d)).toBe(text);
  });

  it.each([
    ['2025-04-30', '2025-05-01', '30 April – 1 May 2025'],
    ['2024-12-31', '2025-01-01', '31 December 2024 – 1 January 2025'],
  ])('formats ranges across months and years', (a, b, text) => {
    expect(formatRange(a, b)).toBe(text);
  });

  const place = (name: string, precision: Location['precision']): Location =>
    ({ name, precision }) as Location;
  it.each([
    [place('India–Pakistan border', 'region'), 'region — border area'],
    [place('Line of Control', 'region'), 'region — border area'],
    [place('Punjab', 'region'), 'region — approximate area'],
    [place('Kupwara', 'district'), 'district — somewhere in the district'],
    [place('Pakistan', 'country'), 'country — place within the country not given'],
    [null, 'no place — e.g. a phone call'],
  ])('describes the place precision of %o', (loc, text) => {
    expect(describePlacePrecision(loc)).toBe(text);
  });

  it('joins place, admin1 and country', () => {
    expect(
      describePlace({
        name: 'Kupwara',
        admin1: 'Jammu and Kashmir',
        country: 'IN',
        precision: 'district',
        lat: 1,
        lon: 1,
      } as Location),
    ).toBe('Kupwara, Jammu and Kashmir, IN');
  });
});
