/** The map's visible box and zoom, updated when a move or zoom ENDS (never per animation frame). */
import { useEffect, useState } from 'react';
import type { Map as LeafletMap } from 'leaflet';

export interface MapView {
  west: number;
  south: number;
  east: number;
  north: number;
  zoom: number;
}

/** The view padded by a fraction on every side, so markers just off-screen are ready when panning. */
export function readView(map: LeafletMap, pad = 0.25): MapView {
  const b = map.getBounds().pad(pad);
  return {
    west: b.getWest(),
    south: b.getSouth(),
    east: b.getEast(),
    north: b.getNorth(),
    zoom: map.getZoom(),
  };
}

export function useMapView(map: LeafletMap | null): MapView | null {
  const [view, setView] = useState<MapView | null>(null);
  useEffect(
    function subscribeToViewChanges() {
      if (!map) return;
      const update = () => setView(readView(map));
      map.whenReady(update);
      map.on('moveend zoomend resize', update);
      return () => {
        map.off('moveend zoomend resize', update);
      };
    },
    [map],
  );
  return view;
}
