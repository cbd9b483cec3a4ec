/** Query options factories: every variable in the key (TanStack Query docs). */
import { queryOptions } from '@tanstack/react-query';
import { loadDatasetInWorker } from './load-dataset-in-worker.ts';
import { loadArticle } from './load-events.ts';
import { getUserArticleStore, isUserArticleSource, loadUserArticleText } from './user-articles.ts';

export function datasetQuery(path: string) {
  return queryOptions({
    queryKey: ['dataset', path],
    // Parsed and checked in a Worker: a large file does not freeze the page.
    queryFn: ({ signal }) => loadDatasetInWorker(path, signal),
    staleTime: Number.POSITIVE_INFINITY,
    // A missing or broken file does not fix itself in a second: show the error panel (with its
    // Retry button) at once instead of hiding it behind automatic retries.
    retry: false,
  });
}

export function articleQuery(source: string) {
  return queryOptions({
    queryKey: ['article', source],
    // An article the reader added (`user:<id>:<name>`) is read from this browser's storage.
    queryFn: () => (isUserArticleSource(source) ? loadUserArticleText(source) : loadArticle(source)),
    staleTime: Number.POSITIVE_INFINITY,
    retry: (failures) => failures < 1 && !isUserArticleSource(source),
  });
}

/** The reader's own articles and their events, from IndexedDB (src/data/user-articles.ts). */
export const USER_ARTICLES_KEY = ['user-articles'] as const;

export function userArticlesQuery() {
  return queryOptions({
    queryKey: USER_ARTICLES_KEY,
    queryFn: async () => (await getUserArticleStore()).list(),
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
}
