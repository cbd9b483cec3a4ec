/** The map's visible box and zoom, updated when a move or zoom ENDS (never per animation frame). */
import { useEffect, useState } from 'react';
import type { LatLngBounds, Map as LeafletMap } from 'leaflet';

export interface Box {
  west: number;
  south: number;
  east: number;
  north: number;
}

/** The box to draw markers in: the view padded on every side, so panning a little shows no gap. */
export interface MapView extends Box {
  zoom: number;
  /** What is actually on screen. */
  visible: Box;
}

function box(b: LatLngBounds): Box {
  return { west: b.getWest(), south: b.getSouth(), east: b.getEast(), north: b.getNorth() };
}

export function readView(map: LeafletMap, pad = 0.25): MapView {
  const b = map.getBounds();
  return { ...box(b.pad(pad)), zoom: map.getZoom(), visible: box(b) };
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
