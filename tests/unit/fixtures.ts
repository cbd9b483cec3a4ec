/** Small hand-made events for unit and component tests. */
import { EventSchema, type CrisisEvent } from '../../src/domain/event.ts';

type Input = Partial<Omit<CrisisEvent, 'id'>> & { id: string };

export function makeEvent(input: Input): CrisisEvent {
  return EventSchema.parse({
    category: 'statement',
    date: { start: '2025-05-01', precision: 'day' },
    location: null,
    actors: [],
    summary: `Event ${input.id}.`,
    evidence: [{ source: 'a.txt', quote: 'x', start: 0, end: 1 }],
    ...input,
  });
}

const KUPWARA = {
  name: 'Kupwara',
  admin1: 'Jammu and Kashmir',
  country: 'IN',
  lat: 34.53,
  lon: 74.25,
  precision: 'district',
} as const;
const POONCH = {
  name: 'Poonch',
  admin1: 'Jammu and Kashmir',
  country: 'IN',
  lat: 33.77,
  lon: 74.09,
  precision: 'district',
} as const;
const PAHALGAM = {
  name: 'Pahalgam',
  admin1: 'Jammu and Kashmir',
  country: 'IN',
  lat: 34.01,
  lon: 75.32,
  precision: 'point',
} as const;

export const SEED_LIKE: CrisisEvent[] = [
  makeEvent({
    id: 'hegseth-call',
    category: 'diplomatic_contact',
    date: { start: '2025-05-01', precision: 'day' } as CrisisEvent['date'],
    actors: [
      { name: 'Rajnath Singh', role: 'Defence Minister', country: 'IN' },
      { name: 'Pete Hegseth', role: 'Secretary of Defense', country: 'US' },
    ],
    contact: { mode: 'phone' },
  }),
  makeEvent({
    id: 'pahalgam-attack',
    category: 'attack',
    date: { start: '2025-05-01', precision: 'before' } as CrisisEvent['date'],
    location: PAHALGAM as unknown as CrisisEvent['location'],
    fatalities: 26,
  }),
  makeEvent({
    id: 'dgmo-hotline',
    category: 'diplomatic_contact',
    date: { start: '2025-04-29', precision: 'day' } as CrisisEvent['date'],
    actors: [
      { name: 'Director General of Military Operations (India)', country: 'IN' },
      { name: 'Director General of Military Operations (Pakistan)', country: 'PK' },
    ],
    contact: { mode: 'hotline' },
  }),
  makeEvent({
    id: 'kupwara-firing',
    category: 'armed_clash',
    date: { start: '2025-04-27', end: '2025-04-28', precision: 'range' } as CrisisEvent['date'],
    location: KUPWARA as unknown as CrisisEvent['location'],
    actors: [
      { name: 'Pakistan Army', country: 'PK' },
      { name: 'Indian Army', country: 'IN' },
    ],
  }),
  makeEvent({
    id: 'poonch-firing',
    category: 'armed_clash',
    date: { start: '2025-04-27', end: '2025-04-28', precision: 'range' } as CrisisEvent['date'],
    location: POONCH as unknown as CrisisEvent['location'],
    actors: [
      { name: 'Pakistan Army', country: 'PK' },
      { name: 'Indian Army', country: 'IN' },
    ],
  }),
  makeEvent({
    id: 'rubio-call',
    category: 'diplomatic_contact',
    date: { start: '2025-04-30', precision: 'day' } as CrisisEvent['date'],
    actors: [
      { name: 'S Jaishankar', role: 'External Affairs Minister', country: 'IN' },
      { name: 'Marco Rubio', role: 'Secretary of State', country: 'US' },
    ],
    contact: { mode: 'phone' },
  }),
];
