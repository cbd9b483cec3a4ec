/** The offline basemap: land, borders, the de facto lines in Kashmir and along the LAC, country names. */
import { memo, useMemo } from 'react';
import { GeoJSON, Marker, Tooltip } from 'react-leaflet';
import type { Basemap } from './basemap-model.ts';
import { visibleCountryLabels } from './country-labels.ts';
import type { MapView } from './hooks/use-map-view.ts';
import { CountryLabelIcon } from './marker-icon.ts';
import { BASEMAP_ATTRIBUTION, BORDER_STYLE, LAC_STYLE, LAND_STYLE, LOC_STYLE, PANES } from './map-styles.ts';

export const LOC_LABEL = 'Line of Control (de facto)';
export const AGPL_LABEL = 'Actual Ground Position Line, Siachen (de facto)';
export const LAC_LABEL = 'Line of Actual Control, India–China (de facto)';

/** Land sits in a pane under the tile pane: street tiles cover it when they load; it shows if they fail. */
export const BasemapLayers = memo(function BasemapLayers({ basemap }: { basemap: Basemap }) {
  const { lines } = basemap;
  return (
    <>
      <GeoJSON data={basemap.land} pane={PANES.land.name} pathOptions={LAND_STYLE} interactive={false} />
      <GeoJSON
        data={lines.otherBorders}
        pane={PANES.lines.name}
        pathOptions={BORDER_STYLE}
        interactive={false}
        attribution={BASEMAP_ATTRIBUTION}
      />
      <GeoJSON data={lines.lineOfActualControl} pane={PANES.lines.name} pathOptions={LAC_STYLE}>
        <Tooltip sticky>{LAC_LABEL}</Tooltip>
      </GeoJSON>
      <GeoJSON data={lines.actualGroundPositionLine} pane={PANES.lines.name} pathOptions={LOC_STYLE}>
        <Tooltip sticky>{AGPL_LABEL}</Tooltip>
      </GeoJSON>
      <GeoJSON data={lines.lineOfControl} pane={PANES.lines.name} pathOptions={LOC_STYLE}>
        <Tooltip sticky>{LOC_LABEL}</Tooltip>
      </GeoJSON>
    </>
  );
});

const labelIcons = new Map<string, CountryLabelIcon>();
function labelIcon(name: string): CountryLabelIcon {
  let icon = labelIcons.get(name);
  if (!icon) {
    icon = new CountryLabelIcon(name);
    labelIcons.set(name, icon);
  }
  return icon;
}

/** Names of the countries big enough on screen to hold them. */
export const CountryNames = memo(function CountryNames({
  basemap,
  view,
}: {
  basemap: Basemap;
  view: MapView;
}) {
  const labels = useMemo(() => visibleCountryLabels(basemap.labels, view, view.zoom), [basemap, view]);
  return (
    <>
      {labels.map((l) => (
        <Marker
          key={l.name}
          position={[l.lat, l.lon]}
          icon={labelIcon(l.name)}
          pane={PANES.labels.name}
          interactive={false}
          keyboard={false}
        />
      ))}
    </>
  );
});
