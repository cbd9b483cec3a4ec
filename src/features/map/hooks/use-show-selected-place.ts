/**
 * Brings the selected event's place into view when the SELECTION changes (not when filters or the
 * user's panning change anything else): pans if it is off-centre, and zooms in if it is hidden in a
 * cluster and a moderate zoom sets it apart.
 */
import { useEffect } from 'react';
import { latLng, type Map as LeafletMap } from 'leaflet';
import type { MapPlace, MarkerPlace } from '../map-model.ts';
import type { PlaceClusters } from '../place-clusters.ts';

/** Selecting an event never zooms in further than this. */
export const SELECT_MAX_ZOOM = 9;

function isMarker(place: MapPlace | undefined): place is MarkerPlace {
  return (
    place !== undefined && place.kind !== 'country' && place.lat !== undefined && place.lon !== undefined
  );
}

export function useShowSelectedPlace(
  map: LeafletMap | null,
  place: MapPlace | undefined,
  clusters: PlaceClusters,
): void {
  const key = place?.key;
  useEffect(
    function showSelectedPlace() {
      if (!map || !isMarker(place)) return;
      const target = latLng(place.lat, place.lon);
      const zoom = map.getZoom();
      const apart = clusters.unclusteredZoom(place, zoom);
      if (apart > zoom && apart <= SELECT_MAX_ZOOM) map.setView(target, apart);
      else if (!map.getBounds().pad(-0.15).contains(target)) map.panTo(target);
    },
    // Keyed on the place's identity: a new filter (new place objects, new clusters) must not move
    // the map again, and neither may re-renders after the reader has panned away.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [map, key],
  );
}
