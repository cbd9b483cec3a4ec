import { describe, expect, it } from 'vitest';
import { DatasetLoadError, dataUrl, isArticleSource, loadDataset } from './load-events.ts';

const respond = (body: string, status = 200): typeof fetch =>
  (async () => new Response(body, { status })) as typeof fetch;

describe('loadDataset', () => {
  it('resolves paths against a sub-path base, never the site root', () => {
    expect(dataUrl('data/events.json', '/some/sub/path/')).toBe('/some/sub/path/data/events.json');
    expect(dataUrl('data/events.json', './')).toBe('./data/events.json');
  });

  it('parses a file and reports bad records', async () => {
    const r = await loadDataset('d.json', respond(JSON.stringify({ events: [{ id: 'x' }] })));
    expect(r.events).toEqual([]);
    expect(r.problems.length).toBeGreaterThan(0);
  });

  it('turns a 404 into a clear error naming the file', async () => {
    await expect(loadDataset('data/missing.json', respond('nope', 404))).rejects.toThrow(
      /Could not load data\/missing.json: the server answered 404/,
    );
  });

  it('turns invalid JSON into a clear error', async () => {
    await expect(loadDataset('d.json', respond('{"events": ['))).rejects.toBeInstanceOf(DatasetLoadError);
    await expect(loadDataset('d.json', respond('{"events": ['))).rejects.toThrow(/not valid JSON/);
  });

  it('turns a network failure into a clear error', async () => {
    const failing = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    await expect(loadDataset('d.json', failing)).rejects.toThrow(/Could not reach d.json: Failed to fetch/);
  });

  it('accepts only plain article file names', () => {
    expect(isArticleSource('000_b0e21500dea1cbc0.txt')).toBe(true);
    expect(isArticleSource('../secret.txt')).toBe(false);
    expect(isArticleSource('https://x/a.txt')).toBe(false);
  });
});
