/**
 * The map of events: an offline basemap (optionally OpenStreetMap tiles, off by default), one marker
 * per place, clusters when places crowd, the Kashmir de facto lines, and text for everything a map
 * cannot say — areas without a point, events without a place, a table of places.
 *
 * events -> toMapModel (pure) -> buildPlaceClusters (once per model) -> items in view (per move end).
 * MapContainer props are fixed at mount; everything imperative lives in the use-* hooks.
 */
import 'leaflet/dist/leaflet.css';
import './map.css';
import { useCallback, useMemo, useState } from 'react';
import { CircleMarker, MapContainer, Pane, TileLayer } from 'react-leaflet';
import type { Map as LeafletMap } from 'leaflet';
import type { PlaceGrouping } from '../../domain/place-groups.ts';
import type { CrisisEvent } from '../../domain/event.ts';
import { BasemapLayers, CountryNames } from './basemap-layers.tsx';
import { CountryAreas } from './country-areas.tsx';
import { HatchPatterns } from './hatch-patterns.tsx';
import { useBasemap } from './hooks/use-basemap.ts';
import { fitToBounds, useFitOnFirstData } from './hooks/use-fit-bounds.ts';
import { useInvalidateOnResize } from './hooks/use-invalidate-on-resize.ts';
import { useMapContainerLabel } from './hooks/use-map-container-label.ts';
import { useMapView } from './hooks/use-map-view.ts';
import { useShowSelectedPlace } from './hooks/use-show-selected-place.ts';
import { MapAreas } from './map-areas.tsx';
import { MapLegend } from './map-legend.tsx';
import { markersOutside, placeOfEvent, toMapModel, type MarkerPlace } from './map-model.ts';
import { OSM_TILES, PANES, SEA_COLOR } from './map-styles.ts';
import { placeIconSize } from './marker-icon.ts';
import { NoPlaceEvents } from './no-place-events.tsx';
import { buildPlaceClusters, toClusterBbox, type ClusterItem } from './place-clusters.ts';
import { PlaceMarkers } from './place-markers.tsx';
import { placeCount } from './place-names.ts';
import { PlacesTable } from './places-table.tsx';

export interface EventMapProps {
  /** Already filtered by the app. */
  events: readonly CrisisEvent[];
  /** Its place is highlighted and brought into view. */
  selectedEventId?: string;
  /** Opens that event's detail (the app handles it). */
  onSelectEvent: (id: string) => void;
  /** Map height in px; default 420. */
  height?: number;
  /** `events` grouped by place, when the caller already has them (the app's event index). */
  placeGrouping?: PlaceGrouping;
}

/** South Asia, before the data has arrived. */
const INITIAL_CENTER: [number, number] = [30.5, 74];
const INITIAL_ZOOM = 5;
const CONTAINER_LABEL =
  'Interactive map of events. Arrow keys pan, plus and minus zoom, Tab moves between markers.';

export function EventMap({
  events,
  selectedEventId,
  onSelectEvent,
  height = 420,
  placeGrouping,
}: EventMapProps) {
  const model = useMemo(() => toMapModel(events, placeGrouping), [events, placeGrouping]);
  const clusters = useMemo(() => buildPlaceClusters(model.markers, model.maxCount), [model]);
  const [map, setMap] = useState<LeafletMap | null>(null);
  const [showTiles, setShowTiles] = useState(false);
  const [tilesFailing, setTilesFailing] = useState(false);
  const tileHandlers = useMemo(
    () => ({ tileerror: () => setTilesFailing(true), tileload: () => setTilesFailing(false) }),
    [],
  );
  const basemap = useBasemap();
  const view = useMapView(map);
  const items = useMemo(
    () =>
      view ? clusters.items(toClusterBbox(view.west, view.south, view.east, view.north), view.zoom) : [],
    [clusters, view],
  );
  const outside = useMemo(() => (view ? markersOutside(model.markers, view.visible) : 0), [model, view]);
  const selectedPlace = useMemo(() => placeOfEvent(model, selectedEventId), [model, selectedEventId]);

  useFitOnFirstData(map, model.coreBounds);
  useShowSelectedPlace(map, selectedPlace, clusters);
  useInvalidateOnResize(map);
  useMapContainerLabel(map, CONTAINER_LABEL);

  const openCluster = useCallback(
    (item: ClusterItem, byKeyboard: boolean) => {
      if (!map) return;
      if (byKeyboard) map.once('moveend', () => map.getContainer().focus());
      map.setView([item.lat, item.lon], Math.min(clusters.expansionZoom(item.id), map.getMaxZoom()));
    },
    [map, clusters],
  );
  const [openPlaceKey, setOpenPlaceKey] = useState<string | undefined>(undefined);
  const clearOpenPlace = useCallback(() => setOpenPlaceKey(undefined), []);
  const showPlace = useCallback(
    (place: MarkerPlace) => {
      if (!map) return;
      const zoom = Math.max(
        map.getZoom(),
        Math.min(clusters.unclusteredZoom(place, map.getZoom()), map.getMaxZoom()),
      );
      map.getContainer().scrollIntoView?.({ block: 'nearest' }); // absent in jsdom
      map.setView([place.lat, place.lon], zoom, { animate: false });
      setOpenPlaceKey(place.key);
    },
    [map, clusters],
  );
  const fit = useCallback(() => {
    if (map && model.bounds) fitToBounds(map, model.bounds);
  }, [map, model.bounds]);

  const halo =
    selectedPlace?.lat !== undefined && selectedPlace.lon !== undefined && selectedPlace.kind !== 'country'
      ? {
          center: [selectedPlace.lat, selectedPlace.lon] as [number, number],
          radius: placeIconSize(selectedPlace) / 2 + 5,
        }
      : null;

  return (
    <div className="event-map">
      <div className="event-map__toolbar">
        <label className="event-map__tiles">
          <input
            type="checkbox"
            checked={showTiles}
            onChange={(e) => {
              setShowTiles(e.currentTarget.checked);
              setTilesFailing(false);
            }}
          />{' '}
          Street map tiles (OpenStreetMap, online)
        </label>
        <button type="button" className="event-map__fit" onClick={fit} disabled={!map || !model.bounds}>
          Fit to events
        </button>
        {outside > 0 && <span className="event-map__outside">{placeCount(outside)} outside this view</span>}
      </div>
      <div className="event-map__frame" style={{ height }}>
        <HatchPatterns />
        <MapContainer
          ref={setMap}
          className="event-map__leaflet"
          center={INITIAL_CENTER}
          zoom={INITIAL_ZOOM}
          minZoom={2}
          maxZoom={13}
          worldCopyJump={false}
          style={{ height: '100%', width: '100%', background: SEA_COLOR }}
        >
          {showTiles && (
            <TileLayer
              url={OSM_TILES.url}
              attribution={OSM_TILES.attribution}
              maxZoom={OSM_TILES.maxZoom}
              eventHandlers={tileHandlers}
            />
          )}
          <Pane name={PANES.land.name} style={{ zIndex: PANES.land.zIndex }} />
          <Pane name={PANES.areas.name} style={{ zIndex: PANES.areas.zIndex }} />
          <Pane name={PANES.lines.name} style={{ zIndex: PANES.lines.zIndex }} />
          <Pane name={PANES.labels.name} style={{ zIndex: PANES.labels.zIndex, pointerEvents: 'none' }} />
          <Pane name={PANES.halo.name} style={{ zIndex: PANES.halo.zIndex, pointerEvents: 'none' }} />
          {basemap.basemap && (
            <>
              <BasemapLayers basemap={basemap.basemap} />
              {view && !showTiles && <CountryNames basemap={basemap.basemap} view={view} />}
              <CountryAreas
                basemap={basemap.basemap}
                areas={model.countryAreas}
                selectedPlaceKey={selectedPlace?.key}
              />
            </>
          )}
          {halo && (
            <CircleMarker
              center={halo.center}
              radius={halo.radius}
              pane={PANES.halo.name}
              interactive={false}
              pathOptions={{ color: '#111', weight: 3, fill: false, className: 'map-selection-halo' }}
            />
          )}
          <PlaceMarkers
            items={items}
            selectedPlaceKey={selectedPlace?.key}
            selectedEventId={selectedEventId}
            onSelectEvent={onSelectEvent}
            onOpenCluster={openCluster}
            openPlaceKey={openPlaceKey}
            onOpened={clearOpenPlace}
          />
        </MapContainer>
        {basemap.status !== 'ready' && (
          <p className="event-map__notice" role="status">
            {basemap.status === 'loading'
              ? 'Loading the basemap…'
              : `The basemap could not load (${basemap.message}); places are still shown.`}
          </p>
        )}
        {showTiles && tilesFailing && (
          <p className="event-map__notice event-map__notice--tiles" role="status">
            Street map tiles could not load (offline?); the offline basemap is shown.
          </p>
        )}
        {events.length === 0 && (
          <p className="event-map__notice event-map__notice--empty" role="status">
            No events to show on the map.
          </p>
        )}
      </div>
      <MapAreas
        areasWithoutPoint={model.areasWithoutPoint}
        countryAreas={model.countryAreas}
        selectedPlaceKey={selectedPlace?.key}
        selectedEventId={selectedEventId}
        onSelectEvent={onSelectEvent}
      />
      <NoPlaceEvents events={model.noPlace} selectedEventId={selectedEventId} onSelectEvent={onSelectEvent} />
      <MapLegend
        categories={model.categories}
        showRegion={model.hasRegionMarkers || model.areasWithoutPoint.length > 0}
        showCountry={model.countryAreas.length > 0}
      />
      <PlacesTable model={model} onShowPlace={showPlace} />
    </div>
  );
}
