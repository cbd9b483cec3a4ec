/**
 * Loads a dataset in a Worker (src/data/dataset.worker.ts) so that parsing and validating a large
 * file never blocks the page; reports progress through load-progress.ts. Where a Worker cannot be
 * started (old browsers, jsdom), it loads on this thread with the same code.
 */
import type { CrisisEvent } from '../domain/event.ts';
import type { DatasetRequest, DatasetResponse, LoadedDataset } from './dataset-protocol.ts';
import { DatasetLoadError, dataUrl, loadDataset } from './load-events.ts';
import { setLoadProgress } from './load-progress.ts';

function startWorker(): Worker | undefined {
  if (typeof Worker === 'undefined') return undefined;
  try {
    // Vite bundles the Worker as a same-origin file (the page's CSP allows `worker-src 'self'`).
    return new Worker(new URL('./dataset.worker.ts', import.meta.url), {
      type: 'module',
      name: 'crisis-atlas-dataset',
    });
  } catch {
    return undefined;
  }
}

export function loadDatasetInWorker(path: string, signal?: AbortSignal): Promise<LoadedDataset> {
  const worker = startWorker();
  if (!worker) return loadDataset(path);
  return new Promise<LoadedDataset>((resolve, reject) => {
    let heard = false;
    const events: CrisisEvent[] = [];
    const finish = () => {
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
      setLoadProgress(path, undefined);
    };
    const onAbort = () => {
      finish();
      reject(new DatasetLoadError(`Loading ${path} was cancelled`, path));
    };
    signal?.addEventListener('abort', onAbort);
    worker.addEventListener('message', (event: MessageEvent<DatasetResponse>) => {
      heard = true;
      const msg = event.data;
      if (msg.type === 'progress') {
        setLoadProgress(path, msg);
      } else if (msg.type === 'events') {
        for (const e of msg.events) events.push(e);
      } else if (msg.type === 'done') {
        finish();
        resolve({ events, problems: msg.problems, total: msg.total, index: { ...msg.index, events } });
      } else {
        finish();
        reject(msg.loadError ? new DatasetLoadError(msg.message, path) : new Error(msg.message));
      }
    });
    worker.addEventListener('error', (event) => {
      finish();
      // A Worker script that could not load at all: fall back to this thread rather than fail.
      if (!heard) loadDataset(path).then(resolve, reject);
      else reject(new Error(`Loading ${path} stopped: ${event.message || 'the loader crashed'}`));
    });
    const request: DatasetRequest = {
      type: 'load',
      url: new URL(dataUrl(path), window.location.href).href,
      path,
    };
    worker.postMessage(request);
  });
}
