/**
 * The Kashmir lines, derived from the basemap itself rather than drawn from invented coordinates.
 *
 * Natural Earth (world-atlas) draws de facto boundaries: the India–Pakistan boundary in its
 * topology is the international border (Rajasthan–Sindh to Punjab), then the Jammu–Sialkot stretch
 * (the "Working Boundary" in Pakistani usage), then the Line of Control up to NJ9842, where the
 * separate "Siachen Glacier" polygon begins.
 *
 * Rule for the southern end of the LoC: the LoC begins at Sangam in the Chhamb sector, at the
 * western tip of the Chicken's Neck salient, where the Jammu–Sialkot boundary (which runs north
 * along ~74.65°E and then west along ~32.77°N, south of the salient) turns north. In the topology
 * that is the WESTERNMOST vertex of the India–Pakistan boundary between 32.7°N and 32.9°N
 * (≈ 74.31°E 32.81°N in countries-50m, 74.45°E 32.77°N in countries-110m). The window is narrow
 * because just north of it the LoC itself bends west again (74.30°E at 32.99°N). Everything north of it is the LoC; everything south is
 * drawn as an ordinary border. If a coarser topology has no vertex in that window the line is cut
 * where it crosses 32.8°N.
 *
 * North of NJ9842 the Siachen Glacier polygon's boundary with Pakistan is the Actual Ground
 * Position Line (Saltoro Ridge); its boundaries with China, and the India–China boundary, are the
 * Line of Actual Control. Its boundary with India-administered Ladakh is not drawn: on the ground
 * it is no line at all.
 */
import { mesh } from 'topojson-client';
import type { GeometryObject, Topology } from 'topojson-specification';
import type { MultiLineString, Position } from 'geojson';

export const INDIA = '356';
export const PAKISTAN = '586';
export const CHINA = '156';
/** Natural Earth's Siachen Glacier polygon has no ISO code; it is identified by name. */
export const SIACHEN = 'Siachen Glacier';

export const LOC_SOUTHERN_WINDOW = { minLat: 32.7, maxLat: 32.9, fallbackLat: 32.8 } as const;

/** An atlas geometry's identity: its ISO 3166-1 numeric id, or its name for the few without one. */
export function atlasCode(g: GeometryObject): string | undefined {
  if (g.id !== undefined) return String(g.id);
  const name = (g.properties as { name?: unknown } | undefined)?.name;
  return typeof name === 'string' ? name : undefined;
}

function isPair(a: GeometryObject, b: GeometryObject, x: string, y: string): boolean {
  const ca = atlasCode(a);
  const cb = atlasCode(b);
  return a !== b && ((ca === x && cb === y) || (ca === y && cb === x));
}

function maxLat(line: readonly Position[]): number {
  return line.reduce((m, p) => Math.max(m, p[1] ?? -90), -90);
}

/** Splits one piece of boundary into its LoC part (north) and its international-border part. */
function splitLine(line: Position[]): { north: Position[] | null; south: Position[] | null } {
  const { minLat, maxLat: maxWindowLat, fallbackLat } = LOC_SOUTHERN_WINDOW;
  let cut = -1;
  line.forEach((p, i) => {
    const [lon, lat] = p as [number, number];
    if (lat >= minLat && lat <= maxWindowLat && (cut < 0 || lon < (line[cut]?.[0] ?? Infinity))) cut = i;
  });
  if (cut < 0) {
    // No vertex near the terminus (a coarse topology): cut where the line crosses the fallback latitude.
    for (let i = 1; i < line.length; i++) {
      const [x0, y0] = line[i - 1] as [number, number];
      const [x1, y1] = line[i] as [number, number];
      if ((y0 - fallbackLat) * (y1 - fallbackLat) < 0) {
        const t = (fallbackLat - y0) / (y1 - y0);
        line = [...line.slice(0, i), [x0 + t * (x1 - x0), fallbackLat], ...line.slice(i)];
        cut = i;
        break;
      }
    }
  }
  if (cut < 0)
    return maxLat(line) > fallbackLat ? { north: line, south: null } : { north: null, south: line };
  const before = line.slice(0, cut + 1);
  const after = line.slice(cut);
  const useful = (part: Position[]) => (part.length >= 2 ? part : null);
  const beforeIsNorth = maxLat(before) > maxLat(after);
  return beforeIsNorth
    ? { north: useful(before), south: useful(after) }
    : { north: useful(after), south: useful(before) };
}

/** The India–Pakistan boundary split at the LoC's southern terminus (see the rule above). */
export function splitIndiaPakistanBoundary(boundary: MultiLineString): {
  lineOfControl: MultiLineString;
  internationalBorder: MultiLineString;
} {
  const loc: Position[][] = [];
  const border: Position[][] = [];
  for (const line of boundary.coordinates) {
    const { north, south } = splitLine(line);
    if (north) loc.push(north);
    if (south) border.push(south);
  }
  return {
    lineOfControl: { type: 'MultiLineString', coordinates: loc },
    internationalBorder: { type: 'MultiLineString', coordinates: border },
  };
}

export interface DeFactoLines {
  /** India–Pakistan, from Sangam to NJ9842. */
  lineOfControl: MultiLineString;
  /** Siachen Glacier–Pakistan (Saltoro Ridge), continuing the LoC north of NJ9842. */
  actualGroundPositionLine: MultiLineString;
  /** India–China and Siachen–China. */
  lineOfActualControl: MultiLineString;
  /** Every other land boundary, including the India–Pakistan international border. */
  otherBorders: MultiLineString;
}

export function deriveDeFactoLines(topology: Topology, objectName = 'countries'): DeFactoLines {
  const object = topology.objects[objectName] as GeometryObject | undefined;
  if (!object) throw new Error(`the topology has no "${objectName}" object`);
  const indiaPakistan = mesh(topology, object, (a, b) => isPair(a, b, INDIA, PAKISTAN));
  const { lineOfControl, internationalBorder } = splitIndiaPakistanBoundary(indiaPakistan);
  const agpl = mesh(topology, object, (a, b) => isPair(a, b, SIACHEN, PAKISTAN));
  const lac = mesh(topology, object, (a, b) => isPair(a, b, INDIA, CHINA) || isPair(a, b, SIACHEN, CHINA));
  const special = new Set([INDIA, PAKISTAN, CHINA, SIACHEN]);
  const others = mesh(topology, object, (a, b) => {
    if (a === b) return false;
    const ca = atlasCode(a);
    const cb = atlasCode(b);
    // Every pair among the four special polygons is drawn above (or deliberately not at all).
    return (
      !(ca !== undefined && cb !== undefined && special.has(ca) && special.has(cb) && ca !== cb) ||
      isPair(a, b, PAKISTAN, CHINA)
    );
  });
  return {
    lineOfControl,
    actualGroundPositionLine: agpl,
    lineOfActualControl: lac,
    otherBorders: {
      type: 'MultiLineString',
      coordinates: [...others.coordinates, ...internationalBorder.coordinates],
    },
  };
}

/** Great-circle length of a multi-line in km (for tests and the legend's honesty, not for drawing). */
export function lengthKm(lines: MultiLineString): number {
  const R = 6371.0088;
  const rad = Math.PI / 180;
  let total = 0;
  for (const line of lines.coordinates) {
    for (let i = 1; i < line.length; i++) {
      const [lon0, lat0] = line[i - 1] as [number, number];
      const [lon1, lat1] = line[i] as [number, number];
      const dLat = (lat1 - lat0) * rad;
      const dLon = (lon1 - lon0) * rad;
      const h =
        Math.sin(dLat / 2) ** 2 + Math.cos(lat0 * rad) * Math.cos(lat1 * rad) * Math.sin(dLon / 2) ** 2;
      total += 2 * R * Math.asin(Math.min(1, Math.sqrt(h)));
    }
  }
  return total;
}
