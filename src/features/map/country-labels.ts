/**
 * Where to write a country's name, and which names fit at the current zoom: a name is shown when its
 * country's main landmass is wide and tall enough on screen to hold it, and its anchor is in view.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';

export interface CountryLabel {
  name: string;
  lat: number;
  lon: number;
  /** Bounding box of the main landmass, degrees. */
  west: number;
  south: number;
  east: number;
  north: number;
}

export interface ViewBox {
  west: number;
  south: number;
  east: number;
  north: number;
}

/** Twice the signed planar area and the centroid of a ring (shoelace formula). */
function ringCentroid(ring: readonly Position[]): { area2: number; lon: number; lat: number } {
  let a = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [x0, y0] = ring[j] as [number, number];
    const [x1, y1] = ring[i] as [number, number];
    const f = x0 * y1 - x1 * y0;
    a += f;
    cx += (x0 + x1) * f;
    cy += (y0 + y1) * f;
  }
  if (a === 0) {
    const [x, y] = (ring[0] ?? [0, 0]) as [number, number];
    return { area2: 0, lon: x, lat: y };
  }
  return { area2: a, lon: cx / (3 * a), lat: cy / (3 * a) };
}

/** The label anchor: centroid of the largest polygon's outer ring (India's mainland, not its islands). */
export function countryLabel(name: string, geometry: Polygon | MultiPolygon): CountryLabel | null {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let best: { area: number; ring: Position[] } | null = null;
  for (const polygon of polygons) {
    const outer = polygon[0];
    if (!outer || outer.length < 3) continue;
    const area = Math.abs(ringCentroid(outer).area2);
    if (!best || area > best.area) best = { area, ring: outer };
  }
  if (!best) return null;
  const c = ringCentroid(best.ring);
  const lons = best.ring.map((p) => p[0] ?? 0);
  const lats = best.ring.map((p) => p[1] ?? 0);
  return {
    name,
    lon: c.lon,
    lat: c.lat,
    west: Math.min(...lons),
    east: Math.max(...lons),
    south: Math.min(...lats),
    north: Math.max(...lats),
  };
}

const mercatorY = (lat: number) =>
  Math.log(Math.tan(Math.PI / 4 + (Math.max(-85, Math.min(85, lat)) * Math.PI) / 360));

/** Screen size in px of a box at a Web Mercator zoom level. */
export function boxPixels(box: ViewBox, zoom: number): { width: number; height: number } {
  const world = 256 * 2 ** zoom;
  return {
    width: (world * (box.east - box.west)) / 360,
    height: (world * (mercatorY(box.north) - mercatorY(box.south))) / (2 * Math.PI),
  };
}

/** About 7 px per character at the label's font size, plus some room. */
export function labelFits(label: CountryLabel, zoom: number): boolean {
  const { width, height } = boxPixels(label, zoom);
  return width >= label.name.length * 7 + 16 && height >= 24;
}

export function visibleCountryLabels(
  labels: readonly CountryLabel[],
  view: ViewBox,
  zoom: number,
): CountryLabel[] {
  return labels.filter(
    (l) =>
      l.lat >= view.south &&
      l.lat <= view.north &&
      l.lon >= view.west &&
      l.lon <= view.east &&
      labelFits(l, zoom),
  );
}
