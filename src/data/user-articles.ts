/**
 * Articles the reader added in this browser, with the events extracted from them, kept in
 * IndexedDB (via `idb`) so that a reload keeps them. Nothing leaves the browser.
 *
 * Three object stores: `articles` (metadata, listed on every load), `texts` (the article text,
 * read only when the source viewer opens it) and `events` (keyed by [articleId, event id], indexed
 * by article, so that removing an article removes its events in the same transaction). What is
 * read back crosses the event schema again: the store may hold records of an older version.
 *
 * An event's evidence names its article as `user:<id>:<file name>` so that the article query can
 * route it here instead of to the bundled articles.
 */
import { parseUserArticleSource } from '../domain/source-label.ts';
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { EventSchema, IsoDateSchema, type CrisisEvent, type IsoDate } from '../domain/event.ts';

export interface UserArticle {
  id: string;
  /** The file name, or the title given to pasted text. */
  name: string;
  published: IsoDate;
  /** Where the publication date came from. */
  publishedFrom: 'dateline' | 'field' | 'prompt';
  /** ISO timestamp. */
  addedAt: string;
  /** Length of the text in characters. */
  length: number;
  /** Hash of the text, to notice the same article added twice. */
  hash: string;
  eventCount: number;
}

export interface NewUserArticle extends Omit<UserArticle, 'eventCount'> {
  text: string;
}

export interface UserArticlesSnapshot {
  /** Oldest first. */
  articles: UserArticle[];
  /** Every stored event, marked `origins: ['user']`. */
  events: CrisisEvent[];
  /** Stored records that no longer pass the schema (left out, counted). */
  skipped: number;
  /** False when the browser gave no storage: articles then last until the page is reloaded. */
  persistent: boolean;
}

export interface UserArticleStore {
  readonly persistent: boolean;
  list(): Promise<UserArticlesSnapshot>;
  add(article: NewUserArticle, events: readonly CrisisEvent[]): Promise<UserArticle>;
  remove(id: string): Promise<void>;
  text(id: string): Promise<string | undefined>;
}

const MAX_NAME = 200;

/** The evidence `source` of a user article: `user:<id>:<name>`. */
export function userArticleSource(id: string, name: string): string {
  return `user:${id}:${name.slice(0, MAX_NAME)}`;
}

export { parseUserArticleSource };

export function isUserArticleSource(source: string): boolean {
  return parseUserArticleSource(source) !== undefined;
}

/** A short random id. `crypto.getRandomValues` works on plain-http hosts too (randomUUID does not). */
export function newArticleId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return [...bytes].map((b) => b.toString(36).padStart(2, '0')).join('');
}

/** Marks events as the user's (whatever the extractor said) so every view can badge them. */
export function asUserEvents(events: readonly CrisisEvent[]): CrisisEvent[] {
  return events.map((e) => ({ ...e, origins: ['user'] }));
}

function parseStoredEvents(raw: readonly unknown[]): { events: CrisisEvent[]; skipped: number } {
  const events: CrisisEvent[] = [];
  let skipped = 0;
  for (const r of raw) {
    const parsed = EventSchema.safeParse(r);
    if (parsed.success) events.push({ ...parsed.data, origins: ['user'] });
    else skipped++;
  }
  return { events, skipped };
}

function parseStoredArticle(raw: UserArticle): UserArticle | undefined {
  const published = IsoDateSchema.safeParse(raw.published);
  if (!published.success || typeof raw.id !== 'string' || typeof raw.name !== 'string') return undefined;
  return { ...raw, published: published.data };
}

interface UserArticlesDb extends DBSchema {
  articles: { key: string; value: UserArticle };
  texts: { key: string; value: { id: string; text: string } };
  events: { key: [string, string]; value: { articleId: string; id: string; event: unknown }; indexes: { 'by-article': string } };
}

export const DEFAULT_DB_NAME = 'crisis-atlas-user-articles';
const DB_VERSION = 1;

export function openUserArticlesDb(name: string = DEFAULT_DB_NAME): Promise<IDBPDatabase<UserArticlesDb>> {
  return openDB<UserArticlesDb>(name, DB_VERSION, {
    upgrade(db) {
      db.createObjectStore('articles', { keyPath: 'id' });
      db.createObjectStore('texts', { keyPath: 'id' });
      const events = db.createObjectStore('events', { keyPath: ['articleId', 'id'] });
      events.createIndex('by-article', 'articleId');
    },
  });
}

/** The IndexedDB store. `open` is injectable so tests can run it on fake-indexeddb. */
export function createIdbUserArticleStore(open: () => Promise<IDBPDatabase<UserArticlesDb>> = openUserArticlesDb): UserArticleStore {
  let db: Promise<IDBPDatabase<UserArticlesDb>> | undefined;
  const getDb = () => (db ??= open());
  return {
    persistent: true,
    async list() {
      const d = await getDb();
      const tx = d.transaction(['articles', 'events'], 'readonly');
      const [rawArticles, rawEvents] = await Promise.all([tx.objectStore('articles').getAll(), tx.objectStore('events').getAll()]);
      const articles = rawArticles.map(parseStoredArticle).filter((a): a is UserArticle => a !== undefined);
      const known = new Set(articles.map((a) => a.id));
      const { events, skipped } = parseStoredEvents(rawEvents.filter((r) => known.has(r.articleId)).map((r) => r.event));
      articles.sort((a, b) => (a.addedAt < b.addedAt ? -1 : a.addedAt > b.addedAt ? 1 : 0));
      return { articles, events, skipped: skipped + (rawArticles.length - articles.length), persistent: true };
    },
    async add(article, events) {
      const d = await getDb();
      const { text, ...meta } = article;
      const stored: UserArticle = { ...meta, eventCount: events.length };
      // One transaction: either the article, its text and all its events are kept, or none.
      const tx = d.transaction(['articles', 'texts', 'events'], 'readwrite');
      await Promise.all([
        tx.objectStore('articles').put(stored),
        tx.objectStore('texts').put({ id: article.id, text }),
        ...asUserEvents(events).map((e) => tx.objectStore('events').put({ articleId: article.id, id: e.id, event: e })),
        tx.done,
      ]);
      return stored;
    },
    async remove(id) {
      const d = await getDb();
      const tx = d.transaction(['articles', 'texts', 'events'], 'readwrite');
      const keys = await tx.objectStore('events').index('by-article').getAllKeys(id);
      await Promise.all([
        tx.objectStore('articles').delete(id),
        tx.objectStore('texts').delete(id),
        ...keys.map((k) => tx.objectStore('events').delete(k)),
        tx.done,
      ]);
    },
    async text(id) {
      const d = await getDb();
      return (await d.get('texts', id))?.text;
    },
  };
}

/** The same store in memory: where the browser gives no IndexedDB (articles last until reload). */
export function createMemoryUserArticleStore(): UserArticleStore {
  const articles = new Map<string, UserArticle>();
  const texts = new Map<string, string>();
  const events = new Map<string, CrisisEvent[]>();
  return {
    persistent: false,
    async list() {
      const list = [...articles.values()].sort((a, b) => (a.addedAt < b.addedAt ? -1 : 1));
      return { articles: list, events: list.flatMap((a) => events.get(a.id) ?? []), skipped: 0, persistent: false };
    },
    async add(article, evs) {
      const { text, ...meta } = article;
      const stored: UserArticle = { ...meta, eventCount: evs.length };
      articles.set(article.id, stored);
      texts.set(article.id, text);
      events.set(article.id, asUserEvents(evs));
      return stored;
    },
    async remove(id) {
      articles.delete(id);
      texts.delete(id);
      events.delete(id);
    },
    async text(id) {
      return texts.get(id);
    },
  };
}

let defaultStore: Promise<UserArticleStore> | undefined;

/** The page's store: IndexedDB when the browser allows it (private modes may not), else memory. */
export function getUserArticleStore(): Promise<UserArticleStore> {
  defaultStore ??= (async () => {
    if (typeof indexedDB === 'undefined') return createMemoryUserArticleStore();
    try {
      const db = await openUserArticlesDb();
      return createIdbUserArticleStore(async () => db);
    } catch {
      return createMemoryUserArticleStore();
    }
  })();
  return defaultStore;
}

/** The text of a user article for the source viewer, from this browser's storage. */
export async function loadUserArticleText(source: string): Promise<string> {
  const ref = parseUserArticleSource(source);
  if (!ref) throw new Error(`“${source}” is not an article you added`);
  const text = await (await getUserArticleStore()).text(ref.id);
  if (text === undefined) throw new Error(`The article “${ref.name}” is no longer stored in this browser (it may have been removed).`);
  return text;
}
