import { describe, expect, it } from 'vitest';
import type { MultiLineString, Position } from 'geojson';
import type { Topology } from 'topojson-specification';
import countries50m from 'world-atlas/countries-50m.json';
import countries110m from 'world-atlas/countries-110m.json';
import { deriveDeFactoLines, lengthKm, splitIndiaPakistanBoundary } from './de-facto-lines.ts';

const multi = (...lines: Position[][]): MultiLineString => ({ type: 'MultiLineString', coordinates: lines });

function distanceKm(a: Position, b: Position): number {
  return lengthKm(multi([a, b]));
}

function nearestKm(lines: MultiLineString, p: Position): number {
  return Math.min(...lines.coordinates.flat().map((q) => distanceKm(p, q)));
}

describe('splitIndiaPakistanBoundary', () => {
  it.each([
    {
      name: 'cuts at the westernmost vertex between 32.7°N and 32.9°N and keeps the north as the LoC',
      line: [
        [77, 35],
        [74.3, 33],
        [74.31, 32.81],
        [74.66, 32.76],
        [75.3, 32.3],
      ],
      loc: [
        [
          [77, 35],
          [74.3, 33],
          [74.31, 32.81],
        ],
      ],
      border: [
        [
          [74.31, 32.81],
          [74.66, 32.76],
          [75.3, 32.3],
        ],
      ],
    },
    {
      name: 'works whichever way the line runs',
      line: [
        [75.3, 32.3],
        [74.66, 32.76],
        [74.31, 32.81],
        [77, 35],
      ],
      loc: [
        [
          [74.31, 32.81],
          [77, 35],
        ],
      ],
      border: [
        [
          [75.3, 32.3],
          [74.66, 32.76],
          [74.31, 32.81],
        ],
      ],
    },
    {
      name: 'cuts at 32.8°N when no vertex lies in the window',
      line: [
        [75, 33.2],
        [75, 32.4],
      ],
      loc: [
        [
          [75, 33.2],
          [75, 32.8],
        ],
      ],
      border: [
        [
          [75, 32.8],
          [75, 32.4],
        ],
      ],
    },
    {
      name: 'keeps a piece wholly in the north',
      line: [
        [75, 34],
        [76, 35],
      ],
      loc: [
        [
          [75, 34],
          [76, 35],
        ],
      ],
      border: [],
    },
    {
      name: 'drops a piece wholly in the south',
      line: [
        [70, 25],
        [71, 27],
      ],
      loc: [],
      border: [
        [
          [70, 25],
          [71, 27],
        ],
      ],
    },
  ])('$name', ({ line, loc, border }) => {
    const split = splitIndiaPakistanBoundary(multi(line));
    expect(split.lineOfControl.coordinates).toEqual(loc);
    expect(split.internationalBorder.coordinates).toEqual(border);
  });
});

describe('deriveDeFactoLines on world-atlas countries-50m', () => {
  const lines = deriveDeFactoLines(countries50m as unknown as Topology);
  const loc = lines.lineOfControl;
  const ends = loc.coordinates.flatMap((l) => [l[0], l[l.length - 1]]) as Position[];

  it('is one unbroken line', () => {
    expect(loc.coordinates).toHaveLength(1);
  });

  it('ends in the north where the Siachen Glacier polygon begins (NJ9842), joined by the AGPL', () => {
    const north = ends.reduce((a, b) => ((b[1] ?? 0) > (a[1] ?? 0) ? b : a));
    expect(north[0]).toBeCloseTo(77.05, 1);
    expect(north[1]).toBeCloseTo(35.11, 1);
    const agplEnds = lines.actualGroundPositionLine.coordinates.flatMap((l) => [l[0], l[l.length - 1]]);
    expect(agplEnds).toContainEqual(north);
  });

  it('begins in the south at the Chhamb sector, near 74.3°E 32.8°N', () => {
    const south = ends.reduce((a, b) => ((b[1] ?? 0) < (a[1] ?? 0) ? b : a));
    expect(south[0]).toBeCloseTo(74.31, 1);
    expect(south[1]).toBeGreaterThan(32.7);
    expect(south[1]).toBeLessThan(32.9);
  });

  it('has a length close to the LoC (about 740 km on the ground; the generalised line is shorter)', () => {
    expect(lengthKm(loc)).toBeGreaterThan(550);
    expect(lengthKm(loc)).toBeLessThan(800);
  });

  it('runs past Poonch and Uri and far from Lahore', () => {
    expect(nearestKm(loc, [74.09, 33.77])).toBeLessThan(15); // Poonch
    expect(nearestKm(loc, [74.03, 34.08])).toBeLessThan(15); // Uri
    expect(nearestKm(loc, [74.35, 31.55])).toBeGreaterThan(100); // Lahore: the international border
  });

  it('hands the Punjab and Sindh border to the ordinary borders', () => {
    const wagah: Position = [74.57, 31.6];
    expect(nearestKm(lines.otherBorders, wagah)).toBeLessThan(15);
    expect(loc.coordinates.flat().every((p) => (p[1] ?? 0) >= 32.7)).toBe(true);
  });

  it('draws the India–China line of actual control, including Aksai Chin and the eastern sector', () => {
    const lac = lines.lineOfActualControl.coordinates.flat();
    expect(lac.some(([lon, lat]) => (lon ?? 0) < 80 && (lat ?? 0) > 34)).toBe(true); // western sector
    expect(lac.some(([lon]) => (lon ?? 0) > 93)).toBe(true); // eastern sector
  });
});

describe('deriveDeFactoLines on the coarser countries-110m', () => {
  it('still finds an LoC starting between 32.7°N and 32.9°N', () => {
    const { lineOfControl } = deriveDeFactoLines(countries110m as unknown as Topology);
    const lats = lineOfControl.coordinates.flat().map((p) => p[1] ?? 0);
    expect(Math.min(...lats)).toBeGreaterThanOrEqual(32.7);
    expect(Math.max(...lats)).toBeGreaterThan(35);
  });
});

describe('lengthKm', () => {
  it('measures one degree of latitude as about 111 km', () => {
    expect(
      lengthKm(
        multi([
          [0, 0],
          [0, 1],
        ]),
      ),
    ).toBeCloseTo(111.2, 0);
  });
});
