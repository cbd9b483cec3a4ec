/**
 * The dataset Worker: downloads, parses and validates a dataset file and builds its event index off
 * the main thread, so a 50 MB file of 100,000 events does not freeze the page. The valid events
 * travel back in runs (each decoded in a short task), then the problems and the index.
 */
import { buildEventIndexData } from '../domain/event-index-build.ts';
import { eventIndexBuffers } from '../domain/event-index.ts';
import { DatasetLoadError, fetchDatasetText, parseDatasetText } from './load-events.ts';
import { EVENTS_PER_MESSAGE, type DatasetRequest, type DatasetResponse } from './dataset-protocol.ts';

// The project compiles against the DOM lib; the Worker's global is seen through what is used here.
const scope = self as unknown as {
  postMessage(message: DatasetResponse, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<DatasetRequest>) => void): void;
};

scope.addEventListener('message', (event) => {
  const req = event.data;
  if (req?.type !== 'load') return;
  void (async () => {
    try {
      scope.postMessage({ type: 'progress', stage: 'downloading' });
      const text = await fetchDatasetText(req.url, req.path);
      scope.postMessage({ type: 'progress', stage: 'reading' });
      const dataset = parseDatasetText(text, req.path, (checked, total) =>
        scope.postMessage({ type: 'progress', stage: 'checking', checked, total }),
      );
      scope.postMessage({ type: 'progress', stage: 'indexing' });
      const index = buildEventIndexData(dataset.events);
      const { events, problems, total } = dataset;
      for (let i = 0; i < events.length; i += EVENTS_PER_MESSAGE)
        scope.postMessage({ type: 'events', events: events.slice(i, i + EVENTS_PER_MESSAGE) });
      // The index's typed arrays move to the page without a copy.
      scope.postMessage(
        { type: 'done', problems, total, index: { ...index, events: [] } },
        eventIndexBuffers(index),
      );
    } catch (err) {
      scope.postMessage({
        type: 'failed',
        message: err instanceof Error ? err.message : String(err),
        loadError: err instanceof DatasetLoadError,
      });
    }
  })();
});
