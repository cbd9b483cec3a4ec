/** What a place's popup says: where, how precisely, and its events as buttons. All text, no HTML strings. */
import { describePlacePrecision } from '../../domain/precision-wording.ts';
import { countryName } from './country-codes.ts';
import { EventButtons } from './event-buttons.tsx';
import type { MapPlace } from './map-model.ts';
import { eventCount } from './place-names.ts';

export interface PlacePopupContentProps {
  place: MapPlace;
  onSelectEvent: (id: string) => void;
  selectedEventId?: string | undefined;
}

/** "Jammu and Kashmir, India". */
export function placeWhere(place: Pick<MapPlace, 'admin1' | 'country' | 'kind'>): string {
  const parts = [
    place.admin1,
    place.kind === 'country' ? undefined : place.country && countryName(place.country),
  ];
  return parts.filter((p): p is string => p !== undefined && p !== '').join(', ');
}

export function PlacePopupContent({ place, onSelectEvent, selectedEventId }: PlacePopupContentProps) {
  const where = placeWhere(place);
  return (
    <div className="map-popup">
      <p className="map-popup__title">{place.name}</p>
      {where !== '' && <p className="map-popup__where">{where}</p>}
      <p className="map-popup__precision">
        {describePlacePrecision({ name: place.name, precision: place.precision })} ·{' '}
        {eventCount(place.eventCount)}
      </p>
      <EventButtons events={place.events} onSelectEvent={onSelectEvent} selectedEventId={selectedEventId} />
    </div>
  );
}
