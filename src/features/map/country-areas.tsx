/**
 * Country-level events shade their country: an honest "somewhere in Pakistan", never a fake point.
 * The shading is not clickable: a country-sized click target would open a popup wherever the reader
 * clicks in India or Pakistan. Its events are listed under "Whole countries" below the map instead.
 */
import { memo } from 'react';
import { GeoJSON } from 'react-leaflet';
import type { PathOptions } from 'leaflet';
import { CATEGORY_STYLE } from '../../components/category-palette.ts';
import type { Basemap } from './basemap-model.ts';
import { hatchFill } from './hatch-patterns.tsx';
import type { MapPlace } from './map-model.ts';
import { PANES } from './map-styles.ts';

export interface CountryAreasProps {
  basemap: Basemap;
  areas: readonly (MapPlace & { country: string })[];
  selectedPlaceKey?: string | undefined;
}

export function countryAreaStyle(place: MapPlace, selected: boolean): PathOptions {
  // Hatched in the category colour. No outline unless selected: the borders are drawn already, and
  // an outline in the category colour would run along (and muddle) the dashed Line of Control.
  return {
    stroke: selected,
    color: CATEGORY_STYLE[place.dominant].color,
    weight: 3,
    opacity: 0.9,
    fillColor: hatchFill(place.dominant),
    fillOpacity: selected ? 1 : 0.8,
  };
}

export const CountryAreas = memo(function CountryAreas({
  basemap,
  areas,
  selectedPlaceKey,
}: CountryAreasProps) {
  return (
    <>
      {areas.map((place) => {
        const shape = basemap.countries.get(place.country);
        if (!shape) return null;
        return (
          <GeoJSON
            key={place.key}
            data={shape.geometry}
            pane={PANES.areas.name}
            pathOptions={countryAreaStyle(place, place.key === selectedPlaceKey)}
            interactive={false}
          />
        );
      })}
    </>
  );
});
