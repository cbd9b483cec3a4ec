/**
 * The view lives in the query string. Discrete changes push a history entry (so Back undoes them);
 * continuous ones (dragging the brush) replace it. Back/forward re-read the URL.
 */
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { parseViewState, serializeViewState, type ParsedView, type ViewState } from '../domain/view-state.ts';

const NAVIGATE_EVENT = 'crisis-atlas:navigate';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATE_EVENT, onChange);
  };
}

const getSearch = () => window.location.search;

export type ViewUpdate = Partial<ViewState> | ((current: ViewState) => ViewState);

export interface UseViewState extends ParsedView {
  setView: (update: ViewUpdate, opts?: { replace?: boolean }) => void;
}

export function useViewState(): UseViewState {
  const search = useSyncExternalStore(subscribe, getSearch, getSearch);
  const parsed = useMemo(() => parseViewState(search), [search]);

  const setView = useCallback((update: ViewUpdate, opts?: { replace?: boolean }) => {
    const current = parseViewState(window.location.search).view;
    const next = typeof update === 'function' ? update(current) : { ...current, ...update };
    const qs = serializeViewState(next);
    const url = `${window.location.pathname}${qs ? `?${qs}` : ''}${window.location.hash}`;
    if (`?${qs}` === window.location.search || (qs === '' && window.location.search === '')) return;
    if (opts?.replace) window.history.replaceState(null, '', url);
    else window.history.pushState(null, '', url);
    window.dispatchEvent(new Event(NAVIGATE_EVENT));
  }, []);

  return { ...parsed, setView };
}
