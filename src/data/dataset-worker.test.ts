import { EVENTS_PER_MESSAGE, type DatasetRequest, type DatasetResponse } from './dataset-protocol.ts';

/** Runs the Worker module against a stand-in global scope and a stubbed fetch. */
async function runWorker(body: string | Error, status = 200): Promise<DatasetResponse[]> {
  const sent: DatasetResponse[] = [];
  let listener: ((e: { data: DatasetRequest }) => void) | undefined;
  vi.stubGlobal('self', {
    postMessage: (m: DatasetResponse) => sent.push(m),
    addEventListener: (_: string, l: typeof listener) => (listener = l),
  });
  vi.stubGlobal('fetch', async () => {
    if (body instanceof Error) throw body;
    return new Response(body, { status });
  });
  vi.resetModules();
  await import('./dataset.worker.ts');
  listener?.({ data: { type: 'load', url: 'http://x.test/data/e.json', path: 'data/e.json' } });
  await vi.waitFor(() => expect(sent.at(-1)?.type).toMatch(/done|failed/));
  vi.unstubAllGlobals();
  return sent;
}

const event = (id: string) => ({
  id,
  category: 'statement',
  date: { start: '2025-05-01', precision: 'day' },
  actors: [],
  summary: 's',
  evidence: [{ source: 'a.txt', quote: 'q', start: 0, end: 1 }],
});

describe('dataset Worker', () => {
  it('downloads, reads and checks the file, then sends the valid events and the problems', async () => {
    const sent = await runWorker(JSON.stringify({ events: [event('a'), { id: 'b' }, event('c')] }));
    expect(sent.map((m) => (m.type === 'progress' ? m.stage : m.type))).toEqual([
      'downloading',
      'reading',
      'checking',
      'indexing',
      'events',
      'done',
    ]);
    const done = sent.at(-1);
    if (done?.type !== 'done') throw new Error('no result');
    expect(sent.flatMap((m) => (m.type === 'events' ? m.events.map((e) => e.id) : []))).toEqual(['a', 'c']);
    expect(done.index.size).toBe(2);
    expect(done.total).toBe(3);
    expect(done.problems.some((p) => p.id === 'b' && p.index === 1)).toBe(true);
  });

  it(`sends the events in runs of ${EVENTS_PER_MESSAGE}, in order`, async () => {
    const n = EVENTS_PER_MESSAGE + 2;
    const sent = await runWorker(JSON.stringify({ events: Array.from({ length: n }, (_, i) => event(`e${i}`)) }));
    const runs = sent.flatMap((m) => (m.type === 'events' ? [m.events.map((e) => e.id)] : []));
    expect(runs.map((r) => r.length)).toEqual([EVENTS_PER_MESSAGE, 2]);
    expect(runs.flat()).toEqual(Array.from({ length: n }, (_, i) => `e${i}`));
  });

  it('reports a file that is not JSON as a load error naming the file', async () => {
    const last = (await runWorker('{"events": [')).at(-1);
    expect(last).toMatchObject({ type: 'failed', loadError: true });
    expect(last?.type === 'failed' && last.message).toMatch(/data\/e.json is not valid JSON/);
  });

  it('reports an HTTP error and a network failure', async () => {
    expect((await runWorker('nope', 404)).at(-1)).toMatchObject({ type: 'failed', loadError: true });
    const net = (await runWorker(new TypeError('offline'))).at(-1);
    expect(net?.type === 'failed' && net.message).toMatch(/Could not reach data\/e.json: offline/);
  });
});
