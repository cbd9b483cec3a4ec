/**
 * Clustering over PLACES (not events), with supercluster: 100,000 events at a few thousand places
 * cluster in milliseconds, and the index is rebuilt only when the filtered places change. Queries
 * run on move/zoom end only.
 */
import Supercluster from 'supercluster';
import type { BBox } from 'geojson';
import { CATEGORIES } from '../../domain/event.ts';
import type { MarkerPlace } from './map-model.ts';
import { clusterRadius } from './marker-scale.ts';
import { clusterAccessibleName } from './place-names.ts';

/**
 * Markers closer than this many px cluster (at least a cluster icon's diameter, so clusters never
 * overlap); from maxZoom + 1 on nothing clusters (places stay apart).
 */
export const CLUSTER_OPTIONS = { radius: 56, maxZoom: 11 } as const;

interface PointProps {
  index: number;
  events: number;
}
interface ClusterProps {
  events: number;
  /** Events per category, in CATEGORIES order (for the cluster's composition ring). */
  byCategory: number[];
}

export interface ClusterItem {
  type: 'cluster';
  id: number;
  lat: number;
  lon: number;
  places: number;
  events: number;
  /** Events per category, in CATEGORIES order. */
  byCategory: readonly number[];
  /** "Cluster of 5 places — 23 events". */
  label: string;
  radius: number;
}

export type MapItem = { type: 'place'; place: MarkerPlace } | ClusterItem;

export interface PlaceClusters {
  items(bbox: BBox, zoom: number): MapItem[];
  /** The zoom at which a cluster falls apart. */
  expansionZoom(clusterId: number): number;
  /** The lowest zoom, from `fromZoom` up, at which this place is drawn on its own (not in a cluster). */
  unclusteredZoom(place: MarkerPlace, fromZoom: number): number;
}

const wrapLon = (lon: number) => ((((lon + 180) % 360) + 360) % 360) - 180;

/** Leaflet's view bounds (which may run past ±180° when the world is panned) as a supercluster bbox. */
export function toClusterBbox(west: number, south: number, east: number, north: number): BBox {
  const s = Math.max(-90, south);
  const n = Math.min(90, north);
  if (east - west >= 360) return [-180, s, 180, n];
  const w = wrapLon(west);
  const e = wrapLon(east);
  // An east edge that wrapped exactly onto -180 is the antimeridian seen from the west.
  return [w, s, e === -180 && east > west ? 180 : e, n];
}

export function buildPlaceClusters(markers: readonly MarkerPlace[], maxCount: number): PlaceClusters {
  const index = new Supercluster<PointProps, ClusterProps>({
    radius: CLUSTER_OPTIONS.radius,
    // supercluster measures the radius against 512-px tiles by default; Leaflet's tiles are 256 px.
    extent: 256,
    maxZoom: CLUSTER_OPTIONS.maxZoom,
    map: (p) => {
      const byCategory = CATEGORIES.map(() => 0);
      for (const c of markers[p.index]?.categories ?? [])
        byCategory[CATEGORIES.indexOf(c.category)] = c.count;
      return { events: p.events, byCategory };
    },
    reduce: (acc, p) => {
      acc.events += p.events;
      acc.byCategory = acc.byCategory.map((n, i) => n + (p.byCategory[i] ?? 0));
    },
  });
  index.load(
    markers.map((m, i) => ({
      type: 'Feature' as const,
      geometry: { type: 'Point' as const, coordinates: [m.lon, m.lat] },
      properties: { index: i, events: m.eventCount },
    })),
  );
  return {
    items(bbox, zoom) {
      const z = Math.max(0, Math.min(Math.floor(zoom), CLUSTER_OPTIONS.maxZoom + 1));
      return index.getClusters(bbox, z).flatMap((f): MapItem[] => {
        const [lon = 0, lat = 0] = f.geometry.coordinates;
        if ('cluster' in f.properties && f.properties.cluster) {
          const { cluster_id: id, point_count: places, events, byCategory } = f.properties;
          return [
            {
              type: 'cluster',
              id,
              lat,
              lon,
              places,
              events,
              byCategory,
              label: clusterAccessibleName(places, events),
              radius: clusterRadius(events, maxCount),
            },
          ];
        }
        const place = markers[(f.properties as PointProps).index];
        return place ? [{ type: 'place', place }] : [];
      });
    },
    expansionZoom: (clusterId) => index.getClusterExpansionZoom(clusterId),
    unclusteredZoom(place, fromZoom) {
      // A tiny box around the place: at each zoom it holds either the place itself or its cluster.
      const d = 1e-6;
      const box: BBox = [place.lon - d, place.lat - d, place.lon + d, place.lat + d];
      const top = CLUSTER_OPTIONS.maxZoom + 1;
      for (let z = Math.max(0, Math.floor(fromZoom)); z < top; z++) {
        const alone = index
          .getClusters(box, z)
          .some((f) => !('cluster' in f.properties) && markers[(f.properties as PointProps).index] === place);
        if (alone) return z;
      }
      return top;
    },
  };
}
