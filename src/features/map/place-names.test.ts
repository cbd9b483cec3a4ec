import { describe, expect, it } from 'vitest';
import {
  clusterAccessibleName,
  eventCount,
  noPlaceSummary,
  placeAccessibleName,
  placeListName,
} from './place-names.ts';

describe('place wording', () => {
  it.each([
    [{ name: 'Kupwara', kind: 'point', eventCount: 2 }, 'Kupwara — 2 events'],
    [{ name: 'Pahalgam', kind: 'point', eventCount: 1 }, 'Pahalgam — 1 event'],
    [
      { name: 'India–Pakistan border', kind: 'region', eventCount: 1 },
      'India–Pakistan border (region) — 1 event',
    ],
    [{ name: 'Pakistan', kind: 'country', eventCount: 2 }, 'Pakistan (country) — 2 events'],
    [{ name: 'Srinagar', kind: 'point', eventCount: 12345 }, 'Srinagar — 12,345 events'],
  ] as const)('names %o "%s"', (place, name) => {
    expect(placeAccessibleName(place)).toBe(name);
  });

  it('lists an area without saying its kind again', () => {
    expect(placeListName({ name: 'Line of Control', eventCount: 3 })).toBe('Line of Control — 3 events');
  });

  it.each([
    [5, 23, 'Cluster of 5 places — 23 events'],
    [2, 2, 'Cluster of 2 places — 2 events'],
  ])('names a cluster of %d places and %d events', (places, events, name) => {
    expect(clusterAccessibleName(places, events)).toBe(name);
  });

  it.each([
    [0, '0 events have no place'],
    [1, '1 event has no place'],
    [3, '3 events have no place'],
  ])('counts %d events without a place', (n, text) => {
    expect(noPlaceSummary(n)).toBe(text);
  });

  it('says 0 events in the plural', () => {
    expect(eventCount(0)).toBe('0 events');
  });
});
