/** Query options factories: every variable in the key (TanStack Query docs). */
import { queryOptions } from '@tanstack/react-query';
import { loadArticle, loadDataset } from './load-events.ts';

export function datasetQuery(path: string) {
  return queryOptions({
    queryKey: ['dataset', path],
    queryFn: () => loadDataset(path),
    staleTime: Number.POSITIVE_INFINITY,
    // A missing or broken file does not fix itself in a second: show the error panel (with its
    // Retry button) at once instead of hiding it behind automatic retries.
    retry: false,
  });
}

export function articleQuery(source: string) {
  return queryOptions({
    queryKey: ['article', source],
    queryFn: () => loadArticle(source),
    staleTime: Number.POSITIVE_INFINITY,
    retry: 1,
  });
}
