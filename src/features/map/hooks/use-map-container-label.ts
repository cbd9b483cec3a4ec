/** Names the focusable map container and says how to use it from the keyboard. */
import { useEffect } from 'react';
import type { Map as LeafletMap } from 'leaflet';

export function useMapContainerLabel(map: LeafletMap | null, label: string): void {
  useEffect(
    function labelMapContainer() {
      if (!map) return;
      const el = map.getContainer();
      el.setAttribute('role', 'region');
      el.setAttribute('aria-label', label);
    },
    [map, label],
  );
}
