/**
 * The extraction Worker: the same extract/ pipeline as the corpus build, off the main thread so
 * the page stays responsive. The gazetteer (~10 MB of JSON, 3.7 MB gzipped) is loaded here, on the first article,
 * and kept for the next ones; it never reaches the page's own chunks.
 */
import { loadExtractResources } from '../../../extract/load-resources.ts';
import type { ExtractResources } from '../../../extract/ports.ts';
import { extractArticle } from './extract-article.ts';
import type { ExtractRequest, ExtractResponse } from './extract-protocol.ts';

// The project compiles against the DOM lib; adding the webworker lib would clash with it, so the
// Worker's global is seen through the two members used here.
const scope = self as unknown as {
  postMessage(message: ExtractResponse): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ExtractRequest>) => void): void;
};

let resources: ExtractResources | undefined;

function reply(message: ExtractResponse): void {
  scope.postMessage(message);
}

scope.addEventListener('message', (event) => {
  const req = event.data;
  if (req?.type !== 'extract') return;
  void (async () => {
    try {
      if (!resources) {
        reply({ type: 'progress', job: req.job, stage: 'loading' });
        resources = await loadExtractResources();
      }
      reply({ type: 'progress', job: req.job, stage: 'extracting' });
      const result = extractArticle(
        { source: req.source, text: req.text, published: req.published },
        resources,
      );
      reply({
        type: 'done',
        job: req.job,
        events: result.events,
        warnings: result.warnings,
        ...(result.recognised && { recognised: result.recognised }),
      });
    } catch (err) {
      reply({ type: 'failed', job: req.job, message: err instanceof Error ? err.message : String(err) });
    }
  })();
});
