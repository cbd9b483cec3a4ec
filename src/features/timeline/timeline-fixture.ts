/** Test events for the chronology: the seed article's events (gold) plus a few later days. */
import { EventSchema, type Category, type CrisisEvent, type DatePrecision } from '../../domain/event.ts';

let seq = 0;
export function fixtureEvent(
  category: Category,
  start: string,
  precision: DatePrecision = 'day',
  end?: string,
): CrisisEvent {
  seq += 1;
  return EventSchema.parse({
    id: `t${seq}`,
    category,
    date: { start, precision, ...(end !== undefined && { end }) },
    actors: [],
    summary: `${category} on ${start}`,
    evidence: [{ source: 'a.txt', quote: 'x', start: 0, end: 1 }],
  });
}

export const TIMELINE_SPAN = { from: '2025-04-27', to: '2025-05-03' };

export function timelineFixture(): CrisisEvent[] {
  return [
    fixtureEvent('diplomatic_contact', '2025-05-01'), // Rajnath Singh – Pete Hegseth
    fixtureEvent('attack', '2025-05-01', 'before'), // Pahalgam, "before" the article
    fixtureEvent('military_posture', '2025-05-01', 'approximate'),
    fixtureEvent('diplomatic_contact', '2025-04-29'), // DGMO hotline
    fixtureEvent('armed_clash', '2025-04-27', 'range', '2025-04-28'), // Kupwara
    fixtureEvent('armed_clash', '2025-04-27', 'range', '2025-04-28'), // Poonch
    fixtureEvent('diplomatic_contact', '2025-04-30'), // Jaishankar – Rubio
    fixtureEvent('strike', '2025-05-03'),
    fixtureEvent('strike', '2025-05-03'),
    fixtureEvent('statement', '2025-05-03'),
  ];
}
