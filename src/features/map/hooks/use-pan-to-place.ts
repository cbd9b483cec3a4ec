/** Brings the selected event's place into view when the selection changes (not on every render). */
import { useEffect } from 'react';
import { latLng, type Map as LeafletMap } from 'leaflet';

export function usePanToPlace(
  map: LeafletMap | null,
  placeKey: string | undefined,
  lat?: number,
  lon?: number,
): void {
  useEffect(
    function panToSelectedPlace() {
      if (!map || placeKey === undefined || lat === undefined || lon === undefined) return;
      const target = latLng(lat, lon);
      // Only pan when the place is outside the inner part of the view: no jump for a visible place.
      if (!map.getBounds().pad(-0.15).contains(target)) map.panTo(target);
    },
    // The coordinates belong to the key; re-running for the same place would fight the user's panning.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [map, placeKey],
  );
}
