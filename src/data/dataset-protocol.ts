/** Messages between the page and the dataset Worker (src/data/dataset.worker.ts). */
import type { EventIndexData } from '../domain/event-index-layout.ts';
import type { CrisisEvent } from '../domain/event.ts';
import type { DataProblem, ParsedDataset } from '../domain/parse-dataset.ts';

/**
 * Events travel in runs of this many: the page decodes each message in one task, and one message
 * of 100,000 events would block it for most of a second.
 */
export const EVENTS_PER_MESSAGE = 5_000;

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
  /** A run of the valid events, in order; the page appends them (see EVENTS_PER_MESSAGE). */
  | { type: 'events'; events: CrisisEvent[] }
  /** The end: problems, the record count and the index (its `events` left empty: the runs are it). */
  | { type: 'done'; problems: DataProblem[]; total: number; index: EventIndexData }
  | { type: 'failed'; message: string; loadError: boolean };
