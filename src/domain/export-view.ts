/**
 * The current view (the filtered events every panel shows) as files a reader can take away:
 * contract JSON (the dataset format, re-loadable), CSV with one row per event in the spirit of
 * ACLED's columns, and a GeoJSON FeatureCollection of the events that have coordinates.
 * Pure: the export time is a parameter; quoting is papaparse's, not ours.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import Papa from 'papaparse';
import { isQuoteEvidence, type CrisisEvent } from './event.ts';
import type { ViewState } from './view-state.ts';

export interface ExportMeta {
  /** ISO timestamp of the export. */
  exportedAt: string;
  /** The filters the view was exported under. */
  view?: Pick<ViewState, 'from' | 'to' | 'actors' | 'categories'>;
}

/** `{ generator, exportedAt, filters, events }`: parseDataset reads it back like the bundled file. */
export function toContractJson(events: readonly CrisisEvent[], meta: ExportMeta): string {
  const filters = meta.view && {
    ...(meta.view.from && { from: meta.view.from }),
    ...(meta.view.to && { to: meta.view.to }),
    ...(meta.view.actors.length > 0 && { actors: meta.view.actors }),
    ...(meta.view.categories.length > 0 && { categories: meta.view.categories }),
  };
  return `${JSON.stringify({ generator: 'crisis-atlas', exportedAt: meta.exportedAt, ...(filters && { filters }), count: events.length, events }, null, 2)}\n`;
}

export const CSV_COLUMNS = [
  'id',
  'date',
  'end_date',
  'precision',
  'category',
  'place',
  'admin1',
  'country',
  'lat',
  'lon',
  'location_precision',
  'actors',
  'fatalities',
  'contact_mode',
  'summary',
  'source',
  'origin',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** Distinct evidence sources of an event: article file names and cited URLs. */
export function eventSources(e: CrisisEvent): string[] {
  return [...new Set(e.evidence.map((ev) => ev.source))];
}

function origin(e: CrisisEvent): string {
  return (e.origins ?? []).join('; ');
}

export function toCsvRow(e: CrisisEvent): Record<CsvColumn, string | number | null> {
  const loc = e.location ?? undefined;
  return {
    id: e.id,
    date: e.date.start,
    end_date: e.date.end ?? null,
    precision: e.date.precision,
    category: e.category,
    place: loc?.name ?? null,
    admin1: loc?.admin1 ?? null,
    country: loc?.country ?? null,
    lat: loc?.lat ?? null,
    lon: loc?.lon ?? null,
    location_precision: loc?.precision ?? null,
    actors: e.actors.map((a) => a.name).join('; '),
    fatalities: e.fatalities ?? null,
    contact_mode: e.contact?.mode ?? null,
    summary: e.summary,
    source: eventSources(e).join('; '),
    origin: origin(e),
  };
}

/**
 * One row per event. Commas, quotes and line breaks are quoted by papaparse; cells that a
 * spreadsheet would run as a formula (=, +, -, @ first) are escaped with a leading quote.
 */
export function toCsv(events: readonly CrisisEvent[]): string {
  return Papa.unparse(
    { fields: [...CSV_COLUMNS], data: events.map((e) => CSV_COLUMNS.map((c) => toCsvRow(e)[c])) },
    { escapeFormulae: true, newline: '\r\n' },
  );
}

export interface EventFeatureProperties {
  id: string;
  category: CrisisEvent['category'];
  date: string;
  end_date: string | null;
  precision: CrisisEvent['date']['precision'];
  place: string;
  admin1: string | null;
  country: string | null;
  location_precision: string;
  actors: string[];
  fatalities: number | null;
  summary: string;
  sources: string[];
  quotes: string[];
  origins: string[];
}

/** Events with coordinates as Points ([lon, lat]); events with no place or no coordinates are left out. */
export function toGeoJson(events: readonly CrisisEvent[]): FeatureCollection<Point, EventFeatureProperties> {
  const features: Array<Feature<Point, EventFeatureProperties>> = [];
  for (const e of events) {
    const loc = e.location;
    if (!loc || loc.lat === undefined || loc.lon === undefined) continue;
    features.push({
      type: 'Feature',
      id: e.id,
      geometry: { type: 'Point', coordinates: [loc.lon, loc.lat] },
      properties: {
        id: e.id,
        category: e.category,
        date: e.date.start,
        end_date: e.date.end ?? null,
        precision: e.date.precision,
        place: loc.name,
        admin1: loc.admin1 ?? null,
        country: loc.country ?? null,
        location_precision: loc.precision,
        actors: e.actors.map((a) => a.name),
        fatalities: e.fatalities ?? null,
        summary: e.summary,
        sources: eventSources(e),
        quotes: e.evidence.filter(isQuoteEvidence).map((q) => q.quote),
        origins: e.origins ?? [],
      },
    });
  }
  return { type: 'FeatureCollection', features };
}
