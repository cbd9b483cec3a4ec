/**
 * Saves the current view (the filtered events every panel shows) as contract JSON, CSV or
 * GeoJSON. The export code (and papaparse) is loaded on the first click, not with the page.
 */
import { useId, useMemo, useState } from 'react';
import type { CrisisEvent } from '../../domain/event.ts';
import type { ViewState } from '../../domain/view-state.ts';
import { downloadText, localDay } from './download.ts';

export type ExportFormat = 'json' | 'csv' | 'geojson';

export interface ExportViewButtonsProps {
  events: readonly CrisisEvent[];
  view: ViewState;
  onDone: (message: string, failed?: boolean) => void;
}

const FORMATS: Array<{ format: ExportFormat; label: string; type: string }> = [
  { format: 'json', label: 'JSON', type: 'application/json' },
  { format: 'csv', label: 'CSV', type: 'text/csv;charset=utf-8' },
  { format: 'geojson', label: 'GeoJSON', type: 'application/geo+json' },
];

export function ExportViewButtons({ events, view, onDone }: ExportViewButtonsProps) {
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const titleId = useId();
  const withPoint = useMemo(() => {
    let n = 0;
    for (const e of events) if (e.location?.lat !== undefined) n += 1;
    return n;
  }, [events]);

  const save = async (format: ExportFormat, type: string) => {
    setBusy(format);
    try {
      const { toContractJson, toCsv, toGeoJson } = await import('../../domain/export-view.ts');
      const stem = `crisis-atlas-view-${localDay()}`;
      if (format === 'json') {
        downloadText(
          toContractJson(events, { exportedAt: new Date().toISOString(), view }),
          `${stem}.json`,
          type,
        );
        onDone(`Exported ${events.length} ${events.length === 1 ? 'event' : 'events'} as ${stem}.json.`);
      } else if (format === 'csv') {
        // The byte-order mark makes spreadsheet programs read the file as UTF-8 (names with accents).
        downloadText(`\uFEFF${toCsv(events)}`, `${stem}.csv`, type);
        onDone(`Exported ${events.length} ${events.length === 1 ? 'row' : 'rows'} as ${stem}.csv.`);
      } else {
        const fc = toGeoJson(events);
        downloadText(JSON.stringify(fc), `${stem}.geojson`, type);
        onDone(
          `Exported ${fc.features.length} events with coordinates as ${stem}.geojson (${events.length - fc.features.length} without coordinates left out).`,
        );
      }
    } catch (err) {
      onDone(`The export failed: ${err instanceof Error ? err.message : String(err)}`, true);
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="byo-export" role="group" aria-labelledby={titleId}>
      <h3 id={titleId}>Export this view</h3>
      <p className="byo-meta">
        The {events.length} {events.length === 1 ? 'event' : 'events'} the filters show now ({withPoint} with
        coordinates).
      </p>
      <div className="byo-export-buttons">
        {FORMATS.map(({ format, label, type }) => (
          <button
            key={format}
            type="button"
            disabled={events.length === 0 || busy !== null || (format === 'geojson' && withPoint === 0)}
            onClick={() => void save(format, type)}
          >
            <span className="visually-hidden">Export as </span>
            {label}
          </button>
        ))}
      </div>
    </div>
  );
}
