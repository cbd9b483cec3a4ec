import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { CrisisEvent, EventId, IsoDate } from '../domain/event.ts';
import {
  createIdbUserArticleStore,
  createMemoryUserArticleStore,
  isUserArticleSource,
  newArticleId,
  openUserArticlesDb,
  parseUserArticleSource,
  userArticleSource,
  type NewUserArticle,
  type UserArticleStore,
} from './user-articles.ts';

let dbCount = 0;
const freshIdbStore = () => {
  const name = `test-user-articles-${++dbCount}`;
  return { name, store: createIdbUserArticleStore(() => openUserArticlesDb(name)) };
};

function article(id: string, name: string, text: string, addedAt = '2025-05-09T10:00:00.000Z'): NewUserArticle {
  return {
    id,
    name,
    text,
    published: '2025-05-08' as IsoDate,
    publishedFrom: 'dateline',
    addedAt,
    length: text.length,
    hash: `h-${id}`,
  };
}

function event(articleId: string, n: number, text: string): CrisisEvent {
  const quote = text.slice(0, 10);
  return {
    id: `ev-${articleId}-${n}` as EventId,
    category: 'armed_clash',
    date: { start: '2025-05-07' as IsoDate, precision: 'day' },
    location: { name: 'Rajouri', country: 'IN', lat: 33.38, lon: 74.31, precision: 'point' },
    actors: [{ name: 'Indian Army', country: 'IN' }],
    summary: 'Exchange of fire in Rajouri.',
    evidence: [{ source: userArticleSource(articleId, 'a.txt'), quote, start: 0, end: quote.length }],
    origins: ['article'],
  };
}

describe.each([
  ['IndexedDB (fake)', () => freshIdbStore().store],
  ['memory', () => createMemoryUserArticleStore()],
] as Array<[string, () => UserArticleStore]>)('user article store: %s', (_, makeStore) => {
  it('keeps an added article, its text and its events, marked as the user’s', async () => {
    const store = makeStore();
    const text = 'date 2025-05-08 Firing in Rajouri.';
    const saved = await store.add(article('a1', 'a.txt', text), [event('a1', 1, text), event('a1', 2, text)]);
    expect(saved.eventCount).toBe(2);
    const snap = await store.list();
    expect(snap.articles.map((a) => [a.id, a.name, a.eventCount])).toEqual([['a1', 'a.txt', 2]]);
    expect(snap.events.map((e) => e.id).sort()).toEqual(['ev-a1-1', 'ev-a1-2']);
    expect(snap.events.every((e) => e.origins?.join() === 'user')).toBe(true);
    expect(await store.text('a1')).toBe(text);
  });

  it('removes an article with its text and only its events', async () => {
    const store = makeStore();
    await store.add(article('a1', 'a.txt', 'first text', '2025-05-09T10:00:00.000Z'), [event('a1', 1, 'first text')]);
    await store.add(article('b2', 'b.txt', 'second text', '2025-05-09T11:00:00.000Z'), [event('b2', 1, 'second text')]);
    await store.remove('a1');
    const snap = await store.list();
    expect(snap.articles.map((a) => a.id)).toEqual(['b2']);
    expect(snap.events.map((e) => e.id)).toEqual(['ev-b2-1']);
    expect(await store.text('a1')).toBeUndefined();
  });

  it('lists articles oldest first', async () => {
    const store = makeStore();
    await store.add(article('late', 'late.txt', 'x', '2025-05-10T00:00:00.000Z'), []);
    await store.add(article('early', 'early.txt', 'y', '2025-05-01T00:00:00.000Z'), []);
    expect((await store.list()).articles.map((a) => a.id)).toEqual(['early', 'late']);
  });
});

describe('IndexedDB user article store', () => {
  it('keeps articles across connections (a reload opens the database again)', async () => {
    const { name, store } = freshIdbStore();
    await store.add(article('a1', 'a.txt', 'some text'), [event('a1', 1, 'some text')]);
    const reopened = createIdbUserArticleStore(() => openUserArticlesDb(name));
    const snap = await reopened.list();
    expect(snap.articles).toHaveLength(1);
    expect(snap.events).toHaveLength(1);
    expect(snap.persistent).toBe(true);
  });

  it('leaves out stored events that no longer pass the schema, and counts them', async () => {
    const { name, store } = freshIdbStore();
    await store.add(article('a1', 'a.txt', 'some text'), [event('a1', 1, 'some text')]);
    const db = await openUserArticlesDb(name);
    await db.put('events', { articleId: 'a1', id: 'broken', event: { id: 'broken', category: 'war' } });
    const snap = await store.list();
    expect(snap.events.map((e) => e.id)).toEqual(['ev-a1-1']);
    expect(snap.skipped).toBe(1);
  });
});

describe('user article sources', () => {
  it('round-trips id and name, including names with colons', () => {
    const s = userArticleSource('abc123', 'Report: Rajouri.txt');
    expect(s).toBe('user:abc123:Report: Rajouri.txt');
    expect(parseUserArticleSource(s)).toEqual({ id: 'abc123', name: 'Report: Rajouri.txt' });
    expect(isUserArticleSource(s)).toBe(true);
  });

  it('does not mistake bundled article names or URLs for user articles', () => {
    expect(isUserArticleSource('000_b0e21500dea1cbc0.txt')).toBe(false);
    expect(isUserArticleSource('https://example.org/a.txt')).toBe(false);
  });

  it('makes ids that fit the source pattern', () => {
    const id = newArticleId();
    expect(id).toMatch(/^[a-z0-9]{16}$/);
    expect(newArticleId()).not.toBe(id);
  });
});
