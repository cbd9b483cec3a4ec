/** Fitting the map to the events: once, when data first arrives, and on demand ("Fit to events"). */
import { useEffect, useRef } from 'react';
import type { LatLngBoundsExpression, Map as LeafletMap } from 'leaflet';

export const FIT_OPTIONS = { padding: [36, 36] as [number, number], maxZoom: 8 };

export function fitToBounds(map: LeafletMap, bounds: LatLngBoundsExpression, animate = true): void {
  map.fitBounds(bounds, { ...FIT_OPTIONS, animate });
}

export function useFitOnFirstData(map: LeafletMap | null, bounds: LatLngBoundsExpression | null): void {
  const fitted = useRef(false);
  useEffect(
    function fitOnceWhenDataArrives() {
      if (!map || !bounds || fitted.current) return;
      fitted.current = true;
      fitToBounds(map, bounds, false);
    },
    [map, bounds],
  );
}
