/**
 * Whether the events from the reader's own articles are shown: a preference of this browser
 * (localStorage), not part of a shared link. Other tabs follow through the `storage` event.
 */
import { useCallback, useSyncExternalStore } from 'react';

const KEY = 'crisis-atlas:show-user-events';
const CHANGE_EVENT = 'crisis-atlas:show-user-events';

function read(): boolean {
  try {
    return window.localStorage.getItem(KEY) !== 'false';
  } catch {
    return true; // storage blocked: the default, shown
  }
}

let memory: boolean | undefined;

function getSnapshot(): boolean {
  return memory ?? read();
}

function subscribe(onChange: () => void): () => void {
  const onStorage = (e: StorageEvent) => {
    if (e.key === KEY) onChange();
  };
  window.addEventListener('storage', onStorage);
  window.addEventListener(CHANGE_EVENT, onChange);
  return () => {
    window.removeEventListener('storage', onStorage);
    window.removeEventListener(CHANGE_EVENT, onChange);
  };
}

export function setShowUserEvents(show: boolean): void {
  try {
    window.localStorage.setItem(KEY, String(show));
    memory = undefined;
  } catch {
    memory = show; // storage blocked: remember for this page only
  }
  window.dispatchEvent(new Event(CHANGE_EVENT));
}

export function useShowUserEvents(): [boolean, (show: boolean) => void] {
  const show = useSyncExternalStore(subscribe, getSnapshot, () => true);
  const set = useCallback((v: boolean) => setShowUserEvents(v), []);
  return [show, set];
}
