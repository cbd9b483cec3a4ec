/**
 * Fetches a dataset file relative to the app's base URL (never an absolute "/", so the build works
 * under any sub-path) and parses it at the edge. Network and JSON failures become a DatasetLoadError
 * with a message a reader can act on; bad records become problems, not exceptions.
 */
import { parseDataset, type ParsedDataset } from '../domain/parse-dataset.ts';

export const DEFAULT_DATASET = 'data/events.json';

export class DatasetLoadError extends Error {
  override readonly name = 'DatasetLoadError';
  constructor(
    message: string,
    readonly path: string,
  ) {
    super(message);
  }
}

/** Resolves a relative data path against the app's base URL. */
export function dataUrl(path: string, base: string = import.meta.env.BASE_URL): string {
  return `${base.endsWith('/') ? base : `${base}/`}${path}`;
}

/** Fetches a dataset file's text; network and HTTP failures become a DatasetLoadError. */
export async function fetchDatasetText(url: string, path: string, fetchImpl: typeof fetch = fetch): Promise<string> {
  let response: Response;
  try {
    response = await fetchImpl(url);
  } catch (err) {
    throw new DatasetLoadError(`Could not reach ${path}: ${err instanceof Error ? err.message : String(err)}`, path);
  }
  if (!response.ok) {
    throw new DatasetLoadError(`Could not load ${path}: the server answered ${response.status} ${response.statusText}`.trim(), path);
  }
  return response.text();
}

/** JSON text -> events and problems; text that is not JSON becomes a DatasetLoadError. */
export function parseDatasetText(
  text: string,
  path: string,
  onProgress?: (checked: number, total: number) => void,
): ParsedDataset {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new DatasetLoadError(`${path} is not valid JSON (${err instanceof Error ? err.message : String(err)})`, path);
  }
  return parseDataset(json, onProgress);
}

/** Loads and parses a dataset on this thread (tests, and browsers that cannot start a Worker). */
export async function loadDataset(path: string, fetchImpl: typeof fetch = fetch): Promise<ParsedDataset> {
  return parseDatasetText(await fetchDatasetText(dataUrl(path), path, fetchImpl), path);
}

/** Article texts live beside the dataset; only plain file names are accepted as sources. */
export function isArticleSource(source: string): boolean {
  return /^[\w][\w.-]*\.txt$/.test(source);
}

export async function loadArticle(source: string, fetchImpl: typeof fetch = fetch): Promise<string> {
  if (!isArticleSource(source)) throw new DatasetLoadError(`“${source}” is not an article file name`, source);
  const response = await fetchImpl(dataUrl(`data/articles/${source}`));
  if (!response.ok) throw new DatasetLoadError(`Could not load the article ${source} (${response.status})`, source);
  return response.text();
}
