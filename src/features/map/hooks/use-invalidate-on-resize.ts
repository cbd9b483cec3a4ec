/** Leaflet measures its container once; tell it when the panel is resized (phone rotation, layout). */
import { useEffect } from 'react';
import type { Map as LeafletMap } from 'leaflet';

export function useInvalidateOnResize(map: LeafletMap | null): void {
  useEffect(
    function observeContainerSize() {
      if (!map || typeof ResizeObserver === 'undefined') return;
      const observer = new ResizeObserver(() => map.invalidateSize({ pan: false }));
      observer.observe(map.getContainer());
      return () => observer.disconnect();
    },
    [map],
  );
}
