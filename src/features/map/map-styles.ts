/** Colours and line styles of the basemap and the de facto lines (neutral: no side's claim is drawn). */
import type { PathOptions } from 'leaflet';

export const SEA_COLOR = '#d4e3ec';
export const LAND_STYLE: PathOptions = { stroke: false, fillColor: '#f4f1ea', fillOpacity: 1 };
export const BORDER_STYLE: PathOptions = { color: '#8b8f96', weight: 0.9, opacity: 0.9, fill: false };
export const LOC_STYLE: PathOptions = {
  color: '#3d3d3d',
  weight: 2,
  opacity: 0.9,
  dashArray: '7 5',
  fill: false,
};
export const LAC_STYLE: PathOptions = {
  color: '#3d3d3d',
  weight: 1.6,
  opacity: 0.85,
  dashArray: '2 5',
  fill: false,
};

/** Custom panes, bottom to top: land under Leaflet's tile pane (200), the rest below its markers (600). */
export const PANES = {
  land: { name: 'ca-land', zIndex: 150 },
  areas: { name: 'ca-areas', zIndex: 380 },
  lines: { name: 'ca-lines', zIndex: 390 },
  labels: { name: 'ca-labels', zIndex: 395 },
  halo: { name: 'ca-halo', zIndex: 590 },
} as const;

export const BASEMAP_ATTRIBUTION = 'Basemap: Natural Earth (via world-atlas)';

export const OSM_TILES = {
  url: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
  attribution: '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors',
  maxZoom: 19,
} as const;
