/**
 * The page's side of the extraction Worker: one Worker, started on the first article (so the
 * gazetteer is fetched only when someone adds an article) and kept for the next ones; one job at
 * a time. Cancelling terminates the Worker (a long article cannot be interrupted otherwise); the
 * next job starts a fresh one.
 */
import { parseDataset } from '../../domain/parse-dataset.ts';
import type { CrisisEvent, IsoDate } from '../../domain/event.ts';
import type { Recognised } from './extract-article.ts';
import type { ExtractRequest, ExtractResponse } from './extract-protocol.ts';

export interface ExtractOutcome {
  events: CrisisEvent[];
  warnings: string[];
  recognised?: Recognised;
  /** Events the Worker returned that failed the contract schema (left out). */
  rejected: number;
}

export type ExtractStage = 'starting' | 'loading' | 'extracting';

export class ExtractionCancelled extends Error {
  override readonly name = 'ExtractionCancelled';
}

let worker: Worker | undefined;
let jobs = 0;
let current: { job: number; reject: (err: Error) => void } | undefined;

function getWorker(): Worker {
  // Vite bundles the Worker as a same-origin file (the page's CSP allows `worker-src 'self'`).
  worker ??= new Worker(new URL('./extract.worker.ts', import.meta.url), {
    type: 'module',
    name: 'crisis-atlas-extract',
  });
  return worker;
}

export function extractInWorker(
  article: { source: string; text: string; published: IsoDate },
  onStage: (stage: ExtractStage) => void,
): Promise<ExtractOutcome> {
  if (current) return Promise.reject(new Error('Another article is being extracted.'));
  const job = ++jobs;
  onStage('starting');
  return new Promise<ExtractOutcome>((resolve, reject) => {
    let w: Worker;
    try {
      w = getWorker();
    } catch (err) {
      reject(
        new Error(
          `The extractor could not start in this browser (${err instanceof Error ? err.message : String(err)}).`,
        ),
      );
      return;
    }
    const done = () => {
      w.removeEventListener('message', onMessage);
      w.removeEventListener('error', onError);
      current = undefined;
    };
    const onMessage = (event: MessageEvent<ExtractResponse>) => {
      const msg = event.data;
      if (msg.job !== job) return;
      if (msg.type === 'progress') onStage(msg.stage);
      else if (msg.type === 'failed') {
        done();
        reject(new Error(`The extractor failed: ${msg.message}`));
      } else {
        done();
        const parsed = parseDataset(msg.events);
        resolve({
          events: parsed.events,
          warnings: msg.warnings,
          ...(msg.recognised && { recognised: msg.recognised }),
          rejected: parsed.total - parsed.events.length,
        });
      }
    };
    const onError = (event: ErrorEvent) => {
      done();
      // A Worker that failed to load or crashed is of no further use.
      w.terminate();
      worker = undefined;
      reject(new Error(`The extractor stopped: ${event.message || 'it could not be loaded'}.`));
    };
    w.addEventListener('message', onMessage);
    w.addEventListener('error', onError);
    current = { job, reject: (err) => (done(), reject(err)) };
    const request: ExtractRequest = { type: 'extract', job, ...article };
    w.postMessage(request);
  });
}

/** Stops the running extraction, if any. */
export function cancelExtraction(): void {
  if (!current) return;
  worker?.terminate();
  worker = undefined;
  current.reject(new ExtractionCancelled('Extraction cancelled.'));
}
