/**
 * The reader's own articles for the page: the stored snapshot (react-query over IndexedDB), the
 * events to merge into the dataset (none while hidden by the toggle) and the add/remove actions,
 * which refresh the snapshot so every view follows — in this tab and, through a BroadcastChannel,
 * in the other tabs of the dashboard open in this browser.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo } from 'react';
import { articleQuery, USER_ARTICLES_KEY, userArticlesQuery } from '../../data/events-query.ts';
import {
  getUserArticleStore,
  userArticleSource,
  type NewUserArticle,
  type UserArticle,
} from '../../data/user-articles.ts';
import type { CrisisEvent } from '../../domain/event.ts';
import { useShowUserEvents } from './show-user-events.ts';

const NONE: readonly CrisisEvent[] = [];

const CHANNEL = 'crisis-atlas:user-articles';

/** Tells the other tabs that the stored articles changed (they re-read them). */
function announceChange(): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage('changed');
  channel.close();
}

export function useUserArticles() {
  const client = useQueryClient();
  useEffect(
    function followOtherTabs() {
      if (typeof BroadcastChannel === 'undefined') return;
      const channel = new BroadcastChannel(CHANNEL);
      channel.onmessage = () => void client.invalidateQueries({ queryKey: USER_ARTICLES_KEY });
      return () => channel.close();
    },
    [client],
  );
  return useQuery(userArticlesQuery());
}

/** The events to show from the reader's articles, and whether the stored ones have been read yet. */
export function useUserEvents(): { events: readonly CrisisEvent[]; ready: boolean } {
  const query = useUserArticles();
  const [show] = useShowUserEvents();
  const events = show && query.data ? query.data.events : NONE;
  const ready = !query.isPending;
  return useMemo(() => ({ events, ready }), [events, ready]);
}

/** The dataset's events followed by the reader's (the same array when there are none). */
export function withUserEvents(
  base: readonly CrisisEvent[],
  user: readonly CrisisEvent[],
): readonly CrisisEvent[] {
  return user.length === 0 ? base : [...base, ...user];
}

export function useUserArticleActions() {
  const client = useQueryClient();
  const add = useCallback(
    async (article: NewUserArticle, events: readonly CrisisEvent[]): Promise<UserArticle> => {
      const saved = await (await getUserArticleStore()).add(article, events);
      announceChange();
      await client.invalidateQueries({ queryKey: USER_ARTICLES_KEY });
      return saved;
    },
    [client],
  );
  const remove = useCallback(
    async (article: UserArticle): Promise<void> => {
      await (await getUserArticleStore()).remove(article.id);
      announceChange();
      client.removeQueries({ queryKey: articleQuery(userArticleSource(article.id, article.name)).queryKey });
      await client.invalidateQueries({ queryKey: USER_ARTICLES_KEY });
    },
    [client],
  );
  return { add, remove };
}
