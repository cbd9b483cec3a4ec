import { describe, expect, it } from 'vitest';
import type { Category, CrisisEvent, Location } from './event.ts';
import { countCategories, groupEventsByPlace, normalisePlaceName, placeKey } from './place-groups.ts';
import { CATEGORIES } from './event.ts';

let seq = 0;
function ev(location: Location | null, category: Category = 'armed_clash'): CrisisEvent {
  seq += 1;
  return {
    id: `e${seq}`,
    category,
    date: { start: '2025-04-28', precision: 'day' },
    location,
    actors: [],
    summary: `event ${seq}`,
    evidence: [{ source: 'a.txt', quote: 'x', start: 0, end: 1 }],
  } as unknown as CrisisEvent;
}

const kupwara: Location = {
  name: 'Kupwara',
  admin1: 'Jammu and Kashmir',
  country: 'IN',
  lat: 34.53,
  lon: 74.25,
  precision: 'district',
};

describe('placeKey', () => {
  it.each([
    ['rounds coordinates to 3 decimals', { ...kupwara, lat: 34.53004 }, 'point:kupwara@34530,74250'],
    ['ignores case and spacing in the name', { ...kupwara, name: '  KUPWARA ' }, 'point:kupwara@34530,74250'],
    ['treats a point and a district alike', { ...kupwara, precision: 'point' }, 'point:kupwara@34530,74250'],
    ['keeps a region apart', { ...kupwara, precision: 'region' }, 'region:kupwara@34530,74250'],
    [
      'keys a region without coordinates by name',
      { name: 'Line of Control', precision: 'region' },
      'region:line of control',
    ],
    ['keys a country by its code', { name: 'Pakistan', country: 'PK', precision: 'country' }, 'country:PK'],
    ['maps -0 and +0 to one key', { ...kupwara, lat: -0.0001, lon: 0.0001 }, 'point:kupwara@0,0'],
  ] as [string, Location, string][])('%s', (_name, loc, key) => {
    expect(placeKey(loc).key).toBe(key);
  });
});

describe('groupEventsByPlace', () => {
  it('puts two events at the same rounded coordinates in one place', () => {
    const { places } = groupEventsByPlace([ev(kupwara), ev({ ...kupwara, lat: 34.5301, lon: 74.2499 })]);
    expect(places).toHaveLength(1);
    expect(places[0]?.events).toHaveLength(2);
    expect(places[0]?.name).toBe('Kupwara');
  });

  it('keeps places apart when coordinates differ beyond the rounding', () => {
    const { places } = groupEventsByPlace([ev(kupwara), ev({ ...kupwara, lat: 34.6 })]);
    expect(places).toHaveLength(2);
  });

  it('never merges a region into a point of the same name', () => {
    const { places } = groupEventsByPlace([ev(kupwara), ev({ ...kupwara, precision: 'region' })]);
    expect(places.map((p) => p.kind).sort()).toEqual(['point', 'region']);
  });

  it('keeps the coarser precision of a point and a district', () => {
    const { places } = groupEventsByPlace([ev({ ...kupwara, precision: 'point' }), ev(kupwara)]);
    expect(places[0]?.precision).toBe('district');
  });

  it('never gives coordinates to a region that has none', () => {
    const { places } = groupEventsByPlace([ev({ name: 'India–Pakistan border', precision: 'region' })]);
    expect(places[0]).not.toHaveProperty('lat');
    expect(places[0]?.kind).toBe('region');
  });

  it('groups country-level events by country code', () => {
    const { places } = groupEventsByPlace([
      ev({ name: 'Pakistan', country: 'PK', precision: 'country' }),
      ev({ name: 'pakistan', country: 'PK', precision: 'country' }),
    ]);
    expect(places).toHaveLength(1);
    expect(places[0]?.kind).toBe('country');
  });

  it('counts events with no place apart, in input order', () => {
    const a = ev(null, 'diplomatic_contact');
    const b = { ...ev(kupwara), location: undefined } as CrisisEvent;
    const c = ev(null, 'diplomatic_contact');
    const { places, noPlace } = groupEventsByPlace([a, ev(kupwara), b, c]);
    expect(noPlace.map((e) => e.id)).toEqual([a.id, b.id, c.id]);
    expect(places).toHaveLength(1);
  });

  it('orders places by event count, then name', () => {
    const poonch: Location = { ...kupwara, name: 'Poonch', lat: 33.77, lon: 74.09 };
    const akhnoor: Location = { ...kupwara, name: 'Akhnoor', lat: 32.89, lon: 74.74 };
    const { places } = groupEventsByPlace([ev(poonch), ev(kupwara), ev(akhnoor), ev(kupwara)]);
    expect(places.map((p) => p.name)).toEqual(['Kupwara', 'Akhnoor', 'Poonch']);
  });

  it('returns nothing for no events', () => {
    expect(groupEventsByPlace([])).toEqual({ places: [], noPlace: [] });
  });
});

describe('normalisePlaceName', () => {
  it('folds case and whitespace', () => {
    expect(normalisePlaceName(' Line  of\tControl ')).toBe('line of control');
  });
});

describe('countCategories', () => {
  it('orders by count, ties by category order', () => {
    const events = [ev(null, 'strike'), ev(null, 'attack'), ev(null, 'strike'), ev(null, 'armed_clash')];
    expect(countCategories(events, CATEGORIES)).toEqual([
      { category: 'strike', count: 2 },
      { category: 'attack', count: 1 },
      { category: 'armed_clash', count: 1 },
    ]);
  });
});
