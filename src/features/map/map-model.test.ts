import { describe, expect, it } from 'vitest';
import type { CrisisEvent } from '../../domain/event.ts';
import { coreBounds, markersOutside, placeOfEvent, toMapModel } from './map-model.ts';
import { MARKER_RADIUS } from './marker-scale.ts';
import { fixtureEvents } from './test-fixtures.ts';

describe('toMapModel', () => {
  const model = toMapModel(fixtureEvents);

  it('draws one marker per place with coordinates, named with its count', () => {
    expect(model.markers.map((m) => m.label).sort()).toEqual([
      'Kupwara — 2 events',
      'Neelum Valley (region) — 1 event',
      'Pahalgam — 1 event',
      'Poonch — 1 event',
    ]);
  });

  it('lists regions without coordinates instead of inventing a point', () => {
    expect(model.areasWithoutPoint.map((p) => [p.name, p.eventCount])).toEqual([
      ['Line of Control', 3],
      ['India–Pakistan border', 1],
    ]);
    expect(model.areasWithoutPoint.every((p) => p.lat === undefined)).toBe(true);
  });

  it('shades a country-level place by its code', () => {
    expect(model.countryAreas.map((p) => p.country)).toEqual(['PK']);
  });

  it('lists a country the basemap cannot shade with the areas', () => {
    const odd = {
      ...fixtureEvents[9],
      id: 'odd',
      location: { name: 'Atlantis', country: 'XX', precision: 'country' },
    } as CrisisEvent;
    const m = toMapModel([odd]);
    expect(m.countryAreas).toEqual([]);
    expect(m.areasWithoutPoint.map((p) => p.name)).toEqual(['Atlantis']);
  });

  it('counts the events with no place', () => {
    expect(model.noPlace.map((e) => e.id)).toEqual(['call-hegseth', 'call-dgmo', 'call-rubio']);
  });

  it('draws a region with coordinates larger than a point with as many events', () => {
    const neelum = model.markers.find((m) => m.name === 'Neelum Valley');
    const pahalgam = model.markers.find((m) => m.name === 'Pahalgam');
    expect(neelum?.kind).toBe('region');
    expect(neelum?.radius).toBeGreaterThan(pahalgam?.radius ?? Infinity);
    expect(pahalgam?.radius).toBe(MARKER_RADIUS.min);
  });

  it('colours a place by its dominant category', () => {
    const kupwara = model.markers.find((m) => m.name === 'Kupwara');
    expect(kupwara?.dominant).toBe('armed_clash');
    expect(kupwara?.events.map((e) => e.id).sort()).toEqual(['kupwara-1', 'kupwara-2']);
  });

  it('lists the categories drawn on the map in palette order (not those of events without a place)', () => {
    expect(model.categories).toEqual([
      'attack',
      'armed_clash',
      'strike',
      'military_posture',
      'policy_measure',
    ]);
  });

  it('bounds the markers only', () => {
    expect(model.bounds).toEqual([
      [33.77, 73.91],
      [34.59, 75.315],
    ]);
  });

  it('fits the first view to where most events are, leaving out a far-off venue', () => {
    const far = {
      ...fixtureEvents[0],
      id: 'washington',
      location: { name: 'Washington', country: 'US', lat: 38.9, lon: -77.04, precision: 'point' },
    } as CrisisEvent;
    // 25 events in Kashmir and one in Washington: Washington holds under 5% of the events.
    const copies = [1, 2, 3, 4, 5].flatMap((k) =>
      fixtureEvents.map((e) => ({ ...e, id: `${e.id}-${k}` }) as CrisisEvent),
    );
    const crowded = [...copies, far];
    const m = toMapModel(crowded);
    expect(m.bounds?.[0][1]).toBe(-77.04);
    expect(m.coreBounds).toEqual([
      [33.77, 73.91],
      [34.59, 75.315],
    ]);
  });

  it('keeps every place in the core when none is a small outlier', () => {
    const pair = [
      fixtureEvents[0],
      { ...fixtureEvents[0], id: 'w', location: { name: 'W', lat: 38.9, lon: -77, precision: 'point' } },
    ] as CrisisEvent[];
    expect(coreBounds(toMapModel(pair).markers)).toEqual([
      [34.0161, -77],
      [38.9, 75.315],
    ]);
  });

  it.each([
    [{ west: 73, south: 33, east: 76, north: 35 }, 0],
    [{ west: 74, south: 33, east: 76, north: 35 }, 1],
    [{ west: 0, south: 0, east: 10, north: 10 }, 4],
    [{ west: -300, south: 33, east: 100, north: 35 }, 0],
    [{ west: 433, south: 33, east: 436, north: 35 }, 0],
  ])('counts the markers outside %j: %d', (view, n) => {
    expect(markersOutside(model.markers, view)).toBe(n);
  });

  it('has no bounds and no markers for no events', () => {
    const empty = toMapModel([]);
    expect(empty.bounds).toBeNull();
    expect(empty.markers).toEqual([]);
    expect(empty.totalEvents).toBe(0);
  });

  it.each([
    ['kupwara-2', 'Kupwara'],
    ['loc-3', 'Line of Control'],
    ['pk-airspace', 'Pakistan'],
    ['call-rubio', undefined],
    [undefined, undefined],
  ])('finds the place of event %s', (id, name) => {
    expect(placeOfEvent(model, id)?.name).toBe(name);
  });
});
