/** Country-level events shade their country: an honest "somewhere in Pakistan", never a fake point. */
import { memo } from 'react';
import { GeoJSON, Popup, Tooltip } from 'react-leaflet';
import type { PathOptions } from 'leaflet';
import { CATEGORY_STYLE } from '../../components/category-palette.ts';
import type { Basemap } from './basemap-model.ts';
import type { MapPlace } from './map-model.ts';
import { PANES } from './map-styles.ts';
import { PlacePopupContent } from './place-popup.tsx';

export interface CountryAreasProps {
  basemap: Basemap;
  areas: readonly (MapPlace & { country: string })[];
  selectedPlaceKey?: string | undefined;
  selectedEventId?: string | undefined;
  onSelectEvent: (id: string) => void;
}

export function countryAreaStyle(place: MapPlace, selected: boolean): PathOptions {
  const color = CATEGORY_STYLE[place.dominant].color;
  return {
    color,
    weight: selected ? 3 : 1.5,
    opacity: 0.9,
    dashArray: selected ? undefined : '4 3',
    fillColor: color,
    fillOpacity: selected ? 0.22 : 0.12,
  };
}

export const CountryAreas = memo(function CountryAreas({
  basemap,
  areas,
  selectedPlaceKey,
  selectedEventId,
  onSelectEvent,
}: CountryAreasProps) {
  return (
    <>
      {areas.map((place) => {
        const shape = basemap.countries.get(place.country);
        if (!shape) return null;
        const selected = place.key === selectedPlaceKey;
        return (
          <GeoJSON
            key={place.key}
            data={shape.geometry}
            pane={PANES.areas.name}
            pathOptions={countryAreaStyle(place, selected)}
          >
            <Tooltip sticky>{place.label}</Tooltip>
            <Popup maxWidth={300} minWidth={200} maxHeight={300}>
              <PlacePopupContent
                place={place}
                onSelectEvent={onSelectEvent}
                selectedEventId={selected ? selectedEventId : undefined}
              />
            </Popup>
          </GeoJSON>
        );
      })}
    </>
  );
});
