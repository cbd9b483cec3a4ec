/** Test helper: extract events from one article body (with a dateline) and check each is valid. */
import type { CrisisEvent } from '../src/domain/event.ts';
import { EventSchema } from '../src/domain/event.ts';
import { extractEvents } from './extract-events.ts';
import { testResources } from './test-resources.ts';

export async function runExtract(body: string, published = '2025-05-01'): Promise<CrisisEvent[]> {
  const text = `date ${published} ${body}`;
  const { events } = extractEvents({ name: 't.txt', text }, await testResources());
  for (const e of events) {
    expect(EventSchema.safeParse(e).success).toBe(true);
    for (const ev of e.evidence) if ('quote' in ev) expect(text.slice(ev.start, ev.end)).toBe(ev.quote);
  }
  return events;
}

/** category, place, first day and contact mode of each event, for table assertions */
export const brief = (events: CrisisEvent[]) =>
  events.map((e) => [e.category, e.location?.name ?? null, e.date.start, e.contact?.mode ?? null]);
