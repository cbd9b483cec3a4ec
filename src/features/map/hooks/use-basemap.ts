/**
 * Loads the offline basemap lazily: world-atlas countries-50m is split into its own chunk by the
 * bundler and fetched relative to the page (never from an absolute path or another origin), then
 * derived once into a Basemap and shared by every map on the page.
 */
import { useEffect, useState } from 'react';
import type { Topology } from 'topojson-specification';
import { toBasemap, type Basemap } from '../basemap-model.ts';

let pending: Promise<Basemap> | undefined;

export function loadBasemap(): Promise<Basemap> {
  pending ??= import('world-atlas/countries-50m.json')
    .then((m) => toBasemap(m.default as unknown as Topology))
    .catch((err: unknown) => {
      pending = undefined; // let a later mount try again
      throw err;
    });
  return pending;
}

export type BasemapState =
  | { status: 'loading'; basemap: null }
  | { status: 'ready'; basemap: Basemap }
  | { status: 'failed'; basemap: null; message: string };

export function useBasemap(): BasemapState {
  const [state, setState] = useState<BasemapState>({ status: 'loading', basemap: null });
  useEffect(function loadBasemapOnce() {
    let live = true;
    loadBasemap().then(
      (basemap) => live && setState({ status: 'ready', basemap }),
      (err: unknown) =>
        live &&
        setState({
          status: 'failed',
          basemap: null,
          message: err instanceof Error ? err.message : String(err),
        }),
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}
