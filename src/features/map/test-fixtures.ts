/** Events for the map's tests: points, districts, regions with and without coordinates, countries, calls. */
import type { Category, CrisisEvent, Location } from '../../domain/event.ts';

interface Spec {
  id: string;
  category: Category;
  start: string;
  end?: string;
  location: Location | null;
  summary: string;
}

function event({ id, category, start, end, location, summary }: Spec): CrisisEvent {
  return {
    id,
    category,
    date: { start, ...(end !== undefined && { end }), precision: end !== undefined ? 'range' : 'day' },
    location,
    actors: [],
    summary,
    evidence: [{ source: '000_test.txt', quote: summary, start: 0, end: summary.length }],
  } as unknown as CrisisEvent;
}

const kupwara: Location = {
  name: 'Kupwara',
  admin1: 'Jammu and Kashmir',
  country: 'IN',
  lat: 34.5262,
  lon: 74.2546,
  precision: 'district',
};
const poonch: Location = { ...kupwara, name: 'Poonch', lat: 33.77, lon: 74.0925 };
const pahalgam: Location = { ...kupwara, name: 'Pahalgam', lat: 34.0161, lon: 75.315, precision: 'point' };
const loc: Location = { name: 'Line of Control', precision: 'region' };
const border: Location = { name: 'India–Pakistan border', precision: 'region' };
const neelum: Location = {
  name: 'Neelum Valley',
  country: 'PK',
  lat: 34.59,
  lon: 73.91,
  precision: 'region',
};

export const fixtureEvents: CrisisEvent[] = [
  event({
    id: 'pahalgam',
    category: 'attack',
    start: '2025-04-22',
    location: pahalgam,
    summary: 'Attack on tourists.',
  }),
  event({
    id: 'kupwara-1',
    category: 'armed_clash',
    start: '2025-04-27',
    end: '2025-04-28',
    location: kupwara,
    summary: 'Small-arms fire across the LoC opposite Kupwara.',
  }),
  event({
    id: 'kupwara-2',
    category: 'armed_clash',
    start: '2025-04-29',
    location: kupwara,
    summary: 'Firing again.',
  }),
  event({
    id: 'poonch-1',
    category: 'armed_clash',
    start: '2025-04-27',
    end: '2025-04-28',
    location: poonch,
    summary: 'Firing opposite Poonch.',
  }),
  event({
    id: 'loc-1',
    category: 'armed_clash',
    start: '2025-04-30',
    location: loc,
    summary: 'Ceasefire violation.',
  }),
  event({
    id: 'loc-2',
    category: 'armed_clash',
    start: '2025-05-01',
    location: loc,
    summary: 'Second violation.',
  }),
  event({
    id: 'loc-3',
    category: 'armed_clash',
    start: '2025-05-02',
    location: loc,
    summary: 'Third violation.',
  }),
  event({
    id: 'border-1',
    category: 'military_posture',
    start: '2025-05-01',
    location: border,
    summary: 'Build-up on the border.',
  }),
  event({
    id: 'neelum-1',
    category: 'strike',
    start: '2025-05-07',
    location: neelum,
    summary: 'Strike in the valley.',
  }),
  event({
    id: 'pk-airspace',
    category: 'policy_measure',
    start: '2025-04-24',
    location: { name: 'Pakistan', country: 'PK', precision: 'country' },
    summary: 'Pakistan closes its airspace.',
  }),
  event({
    id: 'call-hegseth',
    category: 'diplomatic_contact',
    start: '2025-05-01',
    location: null,
    summary: 'Singh spoke to Hegseth.',
  }),
  event({
    id: 'call-dgmo',
    category: 'diplomatic_contact',
    start: '2025-04-29',
    location: null,
    summary: 'DGMO hotline.',
  }),
  event({
    id: 'call-rubio',
    category: 'diplomatic_contact',
    start: '2025-04-30',
    location: null,
    summary: 'Rubio call.',
  }),
];
