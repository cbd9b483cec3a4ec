/** The map as a table, for screen readers and anyone who prefers text: every place and its count. */
import { memo, useState } from 'react';
import { categoryLabel } from '../../components/category-palette.ts';
import { describePlacePrecision } from '../../domain/precision-wording.ts';
import type { MapModel, MapPlace, MarkerPlace } from './map-model.ts';
import { placeCount } from './place-names.ts';
import { placeWhere } from './place-popup.tsx';
import { formatCount } from '../../domain/format-count.ts';

function rows(model: MapModel): MapPlace[] {
  return [...model.markers, ...model.areasWithoutPoint, ...model.countryAreas].sort(
    (a, b) => b.eventCount - a.eventCount || a.name.localeCompare(b.name),
  );
}

export interface PlacesTableProps {
  model: MapModel;
  /** Zooms the map to a place with a marker and opens its popup. */
  onShowPlace: (place: MarkerPlace) => void;
}

const hasMarker = (p: MapPlace): p is MarkerPlace =>
  p.kind !== 'country' && p.lat !== undefined && p.lon !== undefined;

export const PlacesTable = memo(function PlacesTable({ model, onShowPlace }: PlacesTableProps) {
  const [open, setOpen] = useState(false);
  const count = model.markers.length + model.areasWithoutPoint.length + model.countryAreas.length;
  if (count === 0) return null;
  return (
    <details className="map-table" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Places as a table ({placeCount(count)})</summary>
      {/* Rows are built only when opened: with thousands of places the closed table costs nothing. */}
      {open && (
        // Focusable so keyboard users can scroll it (axe: scrollable-region-focusable).
        <div className="map-table__scroll" tabIndex={0} role="region" aria-label="Places table, scrollable">
          <table>
            <caption className="visually-hidden">Places on the map and their events</caption>
            <thead>
              <tr>
                <th scope="col">Place</th>
                <th scope="col">Precision</th>
                <th scope="col">Events</th>
                <th scope="col">Main category</th>
              </tr>
            </thead>
            <tbody>
              {rows(model).map((p) => {
                const where = placeWhere(p);
                return (
                  <tr key={p.key}>
                    <th scope="row">
                      {hasMarker(p) ? (
                        <button type="button" className="link-button" onClick={() => onShowPlace(p)}>
                          {p.name} <span className="visually-hidden">(show on the map)</span>
                        </button>
                      ) : (
                        p.name
                      )}
                      {where !== '' && <span className="map-table__where">, {where}</span>}
                    </th>
                    <td>{describePlacePrecision({ name: p.name, precision: p.precision })}</td>
                    <td className="map-table__count">{formatCount(p.eventCount)}</td>
                    <td>{categoryLabel(p.dominant)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </details>
  );
});
