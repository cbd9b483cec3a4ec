import { describe, expect, it } from 'vitest';
import type { MultiPolygon } from 'geojson';
import {
  boxPixels,
  countryLabel,
  labelFits,
  visibleCountryLabels,
  type CountryLabel,
} from './country-labels.ts';

const square = (x: number, y: number, size: number) => [
  [
    [x, y],
    [x + size, y],
    [x + size, y + size],
    [x, y + size],
    [x, y],
  ],
];

describe('countryLabel', () => {
  it('anchors the label at the centre of the largest polygon, ignoring islands', () => {
    const geometry: MultiPolygon = {
      type: 'MultiPolygon',
      coordinates: [square(90, 10, 1), square(70, 10, 20)],
    };
    const label = countryLabel('India', geometry);
    expect(label?.lon).toBeCloseTo(80);
    expect(label?.lat).toBeCloseTo(20);
    expect(label).toMatchObject({ west: 70, east: 90, south: 10, north: 30 });
  });

  it('gives no label to an empty geometry', () => {
    expect(countryLabel('Nowhere', { type: 'MultiPolygon', coordinates: [] })).toBeNull();
  });
});

const label = (name: string, lon: number, lat: number, span: number): CountryLabel => ({
  name,
  lon,
  lat,
  west: lon - span / 2,
  east: lon + span / 2,
  south: lat - span / 2,
  north: lat + span / 2,
});

describe('labels by zoom', () => {
  it('measures a 360° box as 256 px wide at zoom 0', () => {
    expect(boxPixels({ west: -180, east: 180, south: 0, north: 0 }, 0).width).toBeCloseTo(256);
  });

  it.each([
    ['India', 20, 3, true],
    ['India', 20, 1, false],
    ['Bhutan', 3, 4, false],
    ['Bhutan', 3, 6, true],
  ] as const)('%s spanning %d° fits at zoom %d: %s', (name, span, zoom, fits) => {
    expect(labelFits(label(name, 80, 25, span), zoom)).toBe(fits);
  });

  it('shows only labels whose anchor is in view', () => {
    const labels = [label('India', 80, 22, 25), label('Brazil', -52, -10, 30)];
    const view = { west: 60, east: 100, south: 5, north: 40 };
    expect(visibleCountryLabels(labels, view, 4).map((l) => l.name)).toEqual(['India']);
  });
});
