/**
 * Names the focusable map container and says how to use it from the keyboard. A group, not a
 * region: the app already wraps the map in a region named "Map", and a second region whose name
 * contains "map" would make `getByRole('region', { name: 'Map' })` ambiguous.
 */
import { useEffect } from 'react';
import type { Map as LeafletMap } from 'leaflet';

export function useMapContainerLabel(map: LeafletMap | null, label: string): void {
  useEffect(
    function labelMapContainer() {
      if (!map) return;
      const el = map.getContainer();
      el.setAttribute('role', 'group');
      el.setAttribute('aria-label', label);
    },
    [map, label],
  );
}
