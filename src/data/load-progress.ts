/**
 * How far the dataset load has got, per dataset path, for the "Loading events…" message. A tiny
 * external store (read with useSyncExternalStore): progress is UI state, not query data.
 */
import { formatCount } from '../domain/format-count.ts';
import type { LoadProgress } from './dataset-protocol.ts';

const progress = new Map<string, LoadProgress>();
const listeners = new Set<() => void>();

export function setLoadProgress(path: string, value: LoadProgress | undefined): void {
  if (value === undefined) progress.delete(path);
  else progress.set(path, value);
  for (const l of listeners) l();
}

export function getLoadProgress(path: string): LoadProgress | undefined {
  return progress.get(path);
}

export function subscribeLoadProgress(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** "Checking 45,000 of 100,000 events…", "Downloading…". */
export function describeLoadProgress(p: LoadProgress | undefined): string {
  if (!p) return 'Loading events…';
  switch (p.stage) {
    case 'downloading':
      return 'Downloading the events…';
    case 'reading':
      return 'Reading the events file…';
    case 'indexing':
      return 'Indexing the events…';
    case 'checking':
      return p.checked !== undefined && p.total !== undefined
        ? `Checking ${formatCount(p.checked)} of ${formatCount(p.total)} events…`
        : 'Checking the events…';
    default: {
      const never: never = p.stage;
      return never;
    }
  }
}
