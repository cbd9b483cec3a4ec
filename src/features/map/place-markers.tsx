/**
 * The markers in view: places (with their popups) and clusters (which zoom in when opened). Each is
 * a focusable role="button" named like "Kupwara — 2 events"; Enter or Space opens it.
 */
import { memo, useEffect, useMemo, useRef } from 'react';
import { Marker, Popup } from 'react-leaflet';
import type { LeafletEvent, LeafletKeyboardEvent, Marker as LeafletMarker, PopupEvent } from 'leaflet';
import type { MarkerPlace } from './map-model.ts';
import { clusterIcon, placeIcon } from './marker-icon.ts';
import type { ClusterItem, MapItem } from './place-clusters.ts';
import { PlacePopupContent } from './place-popup.tsx';

export interface PlaceMarkersProps {
  items: readonly MapItem[];
  selectedPlaceKey?: string | undefined;
  selectedEventId?: string | undefined;
  onSelectEvent: (id: string) => void;
  onOpenCluster: (item: ClusterItem, byKeyboard: boolean) => void;
  /** A place whose popup should open as soon as its marker is drawn (after "show on the map"). */
  openPlaceKey?: string | undefined;
  onOpened: () => void;
}

export function PlaceMarkers({
  items,
  selectedPlaceKey,
  selectedEventId,
  onSelectEvent,
  onOpenCluster,
  openPlaceKey,
  onOpened,
}: PlaceMarkersProps) {
  return (
    <>
      {items.map((item) =>
        item.type === 'cluster' ? (
          <ClusterMarker key={`cluster:${item.id}`} item={item} onOpen={onOpenCluster} />
        ) : (
          <PlaceMarker
            key={item.place.key}
            place={item.place}
            selected={item.place.key === selectedPlaceKey}
            selectedEventId={item.place.key === selectedPlaceKey ? selectedEventId : undefined}
            onSelectEvent={onSelectEvent}
            open={item.place.key === openPlaceKey}
            onOpened={onOpened}
          />
        ),
      )}
    </>
  );
}

const isActivation = (e: KeyboardEvent) => e.key === ' ' || e.key === 'Spacebar';

/** Keyboard users land in the popup's list; closing it returns them to the marker. */
const placeMarkerHandlers = {
  popupopen(e: PopupEvent) {
    const icon = (e.target as LeafletMarker).getElement();
    if (!icon || document.activeElement !== icon) return;
    // The popup's React content renders after this event; focus it on the next frame.
    window.setTimeout(
      () => e.popup.getElement()?.querySelector<HTMLElement>('.map-popup button')?.focus(),
      0,
    );
  },
  popupclose(e: PopupEvent) {
    const active = document.activeElement;
    const popupEl = e.popup.getElement();
    if (active === null || active === document.body || (popupEl?.contains(active) ?? false)) {
      (e.target as LeafletMarker).getElement()?.focus();
    }
  },
  keydown(e: LeafletKeyboardEvent) {
    // Leaflet itself opens popups on the deprecated `keypress` (keyCode 13 only); handling keydown
    // (and preventing the keypress that would follow) makes Enter dependable and Space work too,
    // as it should on a role="button".
    const key = e.originalEvent;
    if (key.key !== 'Enter' && !isActivation(key)) return;
    key.preventDefault();
    (e.target as LeafletMarker).openPopup();
  },
};

interface PlaceMarkerProps {
  place: MarkerPlace;
  selected: boolean;
  selectedEventId: string | undefined;
  onSelectEvent: (id: string) => void;
  open: boolean;
  onOpened: () => void;
}

const PlaceMarker = memo(function PlaceMarker({
  place,
  selected,
  selectedEventId,
  onSelectEvent,
  open,
  onOpened,
}: PlaceMarkerProps) {
  const icon = useMemo(() => placeIcon(place, selected), [place, selected]);
  const markerRef = useRef<LeafletMarker | null>(null);
  useEffect(
    function openWhenAsked() {
      const marker = markerRef.current;
      if (!open || !marker) return;
      // Focus first: the popupopen handler then moves keyboard focus into the popup's list.
      marker.getElement()?.focus();
      marker.openPopup();
      onOpened();
    },
    [open, onOpened],
  );
  const position = useMemo((): [number, number] => [place.lat, place.lon], [place.lat, place.lon]);
  return (
    <Marker
      ref={markerRef}
      position={position}
      icon={icon}
      keyboard
      riseOnHover
      zIndexOffset={selected ? 1000 : 0}
      eventHandlers={placeMarkerHandlers}
    >
      <Popup maxWidth={300} minWidth={200} maxHeight={300} autoPanPadding={[12, 12]}>
        <PlacePopupContent place={place} onSelectEvent={onSelectEvent} selectedEventId={selectedEventId} />
      </Popup>
    </Marker>
  );
});

interface ClusterMarkerProps {
  item: ClusterItem;
  onOpen: (item: ClusterItem, byKeyboard: boolean) => void;
}

const ClusterMarker = memo(function ClusterMarker({ item, onOpen }: ClusterMarkerProps) {
  const icon = useMemo(() => clusterIcon(item), [item]);
  const position = useMemo((): [number, number] => [item.lat, item.lon], [item.lat, item.lon]);
  const handlers = useMemo(
    () => ({
      click: () => onOpen(item, false),
      keydown: (e: LeafletEvent) => {
        const key = (e as LeafletKeyboardEvent).originalEvent;
        if (key.key !== 'Enter' && !isActivation(key)) return;
        key.preventDefault();
        onOpen(item, true);
      },
    }),
    [item, onOpen],
  );
  return (
    <Marker
      position={position}
      icon={icon}
      keyboard
      riseOnHover
      zIndexOffset={500}
      eventHandlers={handlers}
    />
  );
});
