/**
 * Places the map cannot draw as a point, listed on the panel so they are neither hidden nor faked:
 * regions without coordinates ("Line of Control — 3 events") and shaded countries.
 */
import { memo, useState } from 'react';
import { EventButtons } from './event-buttons.tsx';
import type { MapPlace } from './map-model.ts';
import { placeListName } from './place-names.ts';
import { formatCount } from '../../domain/format-count.ts';

export interface MapAreasProps {
  areasWithoutPoint: readonly MapPlace[];
  countryAreas: readonly MapPlace[];
  selectedPlaceKey?: string | undefined;
  selectedEventId?: string | undefined;
  onSelectEvent: (id: string) => void;
}

/** Longer lists show this many first (they are sorted by event count). */
export const AREA_LIST_LIMIT = 8;

function AreaList({
  title,
  places,
  selectedPlaceKey,
  selectedEventId,
  onSelectEvent,
}: {
  title: string;
  places: readonly MapPlace[];
  selectedPlaceKey?: string | undefined;
  selectedEventId?: string | undefined;
  onSelectEvent: (id: string) => void;
}) {
  const [showAll, setShowAll] = useState(false);
  if (places.length === 0) return null;
  const shown = showAll ? places : places.slice(0, AREA_LIST_LIMIT);
  return (
    <div className="map-areas__group">
      <p className="map-areas__title">{title}</p>
      <ul className="map-areas__list">
        {shown.map((p) => (
          <li key={p.key} className={p.key === selectedPlaceKey ? 'is-selected' : undefined}>
            <details>
              <summary>{placeListName(p)}</summary>
              <EventButtons
                events={p.events}
                onSelectEvent={onSelectEvent}
                selectedEventId={p.key === selectedPlaceKey ? selectedEventId : undefined}
              />
            </details>
          </li>
        ))}
      </ul>
      {shown.length < places.length && (
        <button type="button" className="link-button" onClick={() => setShowAll(true)}>
          Show all {formatCount(places.length)}
        </button>
      )}
    </div>
  );
}

export const MapAreas = memo(function MapAreas({
  areasWithoutPoint,
  countryAreas,
  selectedPlaceKey,
  selectedEventId,
  onSelectEvent,
}: MapAreasProps) {
  if (areasWithoutPoint.length === 0 && countryAreas.length === 0) return null;
  const shared = { selectedPlaceKey, selectedEventId, onSelectEvent };
  return (
    <div className="map-areas">
      <AreaList title="Areas without a point:" places={areasWithoutPoint} {...shared} />
      <AreaList title="Whole countries (shaded on the map):" places={countryAreas} {...shared} />
    </div>
  );
});
