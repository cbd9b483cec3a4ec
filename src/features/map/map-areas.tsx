/**
 * Places the map cannot draw as a point, listed on the panel so they are neither hidden nor faked:
 * regions without coordinates ("Line of Control — 3 events") and shaded countries.
 */
import { memo } from 'react';
import { EventButtons } from './event-buttons.tsx';
import type { MapPlace } from './map-model.ts';
import { placeListName } from './place-names.ts';

export interface MapAreasProps {
  areasWithoutPoint: readonly MapPlace[];
  countryAreas: readonly MapPlace[];
  selectedPlaceKey?: string | undefined;
  selectedEventId?: string | undefined;
  onSelectEvent: (id: string) => void;
}

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
  if (places.length === 0) return null;
  return (
    <div className="map-areas__group">
      <p className="map-areas__title">{title}</p>
      <ul className="map-areas__list">
        {places.map((p) => (
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
