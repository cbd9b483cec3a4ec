/**
 * The offline basemap, derived from a world-atlas topology once when it has loaded: land as one
 * merged shape (so no hairline seams appear between neighbours), land borders as lines, the
 * Kashmir de facto lines apart so they can be drawn dashed, country shapes by alpha-2 code for
 * shading country-level events, and label anchors.
 */
import { feature, merge } from 'topojson-client';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type {
  GeometryCollection,
  MultiPolygon as TopoMultiPolygon,
  Polygon as TopoPolygon,
  Topology,
} from 'topojson-specification';
import { alpha2ForNumeric } from './country-codes.ts';
import { countryLabel, type CountryLabel } from './country-labels.ts';
import { deriveDeFactoLines, type DeFactoLines } from './de-facto-lines.ts';

export interface CountryShape {
  alpha2: string;
  name: string;
  geometry: Polygon | MultiPolygon;
}

export interface Basemap {
  land: MultiPolygon;
  lines: DeFactoLines;
  /** By ISO alpha-2 code. */
  countries: ReadonlyMap<string, CountryShape>;
  labels: readonly CountryLabel[];
}

type CountryFeature = Feature<Polygon | MultiPolygon | null, { name?: string } | null>;

export function toBasemap(topology: Topology): Basemap {
  const countriesObject = topology.objects.countries as GeometryCollection<{ name?: string }> | undefined;
  if (!countriesObject || countriesObject.type !== 'GeometryCollection') {
    throw new Error('the basemap topology has no "countries" geometry collection');
  }
  const landObject = topology.objects.land;
  const landSource = landObject?.type === 'GeometryCollection' ? landObject : countriesObject;
  const land = merge(topology, landSource.geometries as (TopoPolygon | TopoMultiPolygon)[]);
  const countries = new Map<string, CountryShape>();
  const labels: CountryLabel[] = [];
  const collection = feature(topology, countriesObject);
  for (const f of collection.features as CountryFeature[]) {
    const geometry = f.geometry;
    if (!geometry || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) continue;
    const name = f.properties?.name ?? '';
    const alpha2 = f.id === undefined ? undefined : alpha2ForNumeric(String(f.id));
    if (alpha2 !== undefined) countries.set(alpha2, { alpha2, name, geometry });
    // Only countries with an ISO code are labelled: the unlabelled few are disputed slivers.
    const label = alpha2 !== undefined && name !== '' ? countryLabel(name, geometry) : null;
    if (label) labels.push(label);
  }
  return { land, lines: deriveDeFactoLines(topology), countries, labels };
}
