/** Messages between the page and the dataset Worker (src/data/dataset.worker.ts). */
import type { EventIndexData } from '../domain/event-index-layout.ts';
import type { ParsedDataset } from '../domain/parse-dataset.ts';

/** A parsed dataset, with its event index when it was built off the main thread. */
export interface LoadedDataset extends ParsedDataset {
  /** Built over `events` (the very same array); absent when the dataset was loaded on the page. */
  index?: EventIndexData;
}

export interface DatasetRequest {
  type: 'load';
  /** Absolute URL (a Worker resolves relative URLs against its own script, not the page). */
  url: string;
  /** The path as the reader gave it, for messages. */
  path: string;
}

export type LoadStage = 'downloading' | 'reading' | 'checking' | 'indexing';

export interface LoadProgress {
  stage: LoadStage;
  /** Records checked so far and in the file (stage "checking" only). */
  checked?: number;
  total?: number;
}

export type DatasetResponse =
  | ({ type: 'progress' } & LoadProgress)
  | { type: 'done'; dataset: ParsedDataset; index: EventIndexData }
  | { type: 'failed'; message: string; loadError: boolean };
