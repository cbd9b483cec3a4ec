// @vitest-environment jsdom
import { buildEventIndexData } from '../domain/event-index-build.ts';
import type { CrisisEvent } from '../domain/event.ts';
import type { DatasetRequest, DatasetResponse } from './dataset-protocol.ts';
import { loadDatasetInWorker } from './load-dataset-in-worker.ts';
import { DatasetLoadError } from './load-events.ts';
import { getLoadProgress } from './load-progress.ts';

const DATASET = { events: [], problems: [], total: 0 };
const INDEX = buildEventIndexData(DATASET.events);

/** A stand-in Worker whose replies the test scripts; it records requests and termination. */
class FakeWorker extends EventTarget {
  static script: (w: FakeWorker, req: DatasetRequest) => void = () => {};
  static last: FakeWorker | undefined;
  requests: DatasetRequest[] = [];
  terminated = false;
  constructor() {
    super();
    FakeWorker.last = this;
  }
  postMessage(req: DatasetRequest) {
    this.requests.push(req);
    queueMicrotask(() => FakeWorker.script(this, req));
  }
  reply(msg: DatasetResponse) {
    this.dispatchEvent(new MessageEvent('message', { data: msg }));
  }
  fail() {
    this.dispatchEvent(new Event('error'));
  }
  terminate() {
    this.terminated = true;
  }
}

beforeEach(() => {
  vi.stubGlobal('Worker', FakeWorker);
  FakeWorker.last = undefined;
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('loadDatasetInWorker', () => {
  it('asks the Worker for the absolute URL under the base path and resolves with its dataset', async () => {
    const seen: (string | undefined)[] = [];
    FakeWorker.script = (w) => {
      w.reply({ type: 'progress', stage: 'checking', checked: 5000, total: 9000 });
      seen.push(getLoadProgress('data/big.json')?.stage);
      w.reply({ type: 'done', ...DATASET, index: INDEX });
    };
    await expect(loadDatasetInWorker('data/big.json')).resolves.toEqual({ ...DATASET, index: INDEX });
    const worker = FakeWorker.last;
    expect(worker?.requests[0]?.url).toBe(new URL('/data/big.json', window.location.href).href);
    expect(seen).toEqual(['checking']);
    expect(getLoadProgress('data/big.json')).toBeUndefined();
    expect(worker?.terminated).toBe(true);
  });

  it('joins the runs of events in order and gives the index that very array', async () => {
    const a = { id: 'a' } as unknown as CrisisEvent;
    const b = { id: 'b' } as unknown as CrisisEvent;
    const c = { id: 'c' } as unknown as CrisisEvent;
    FakeWorker.script = (w) => {
      w.reply({ type: 'events', events: [a, b] });
      w.reply({ type: 'events', events: [c] });
      w.reply({ type: 'done', problems: [], total: 4, index: INDEX });
    };
    const loaded = await loadDatasetInWorker('data/big.json');
    expect(loaded.events).toEqual([a, b, c]);
    expect(loaded.total).toBe(4);
    expect(loaded.index?.events).toBe(loaded.events);
  });

  it('passes a load failure on as a DatasetLoadError with the Worker’s message', async () => {
    FakeWorker.script = (w) =>
      w.reply({ type: 'failed', message: 'Could not load x.json: the server answered 404', loadError: true });
    const err = await loadDatasetInWorker('x.json').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DatasetLoadError);
    expect(String(err)).toMatch(/answered 404/);
  });

  it('loads on this thread when the Worker script cannot start', async () => {
    FakeWorker.script = (w) => w.fail();
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify({ events: [] })));
    await expect(loadDatasetInWorker('data/events.json')).resolves.toEqual(DATASET);
  });

  it('loads on this thread where there is no Worker at all', async () => {
    vi.stubGlobal('Worker', undefined);
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify({ events: [] })));
    await expect(loadDatasetInWorker('data/events.json')).resolves.toEqual(DATASET);
  });

  it('stops the Worker when the query is cancelled', async () => {
    FakeWorker.script = () => {}; // never answers
    const controller = new AbortController();
    const pending = loadDatasetInWorker('data/events.json', controller.signal);
    controller.abort();
    await expect(pending).rejects.toThrow(/cancelled/);
    expect(FakeWorker.last?.terminated).toBe(true);
  });
});
