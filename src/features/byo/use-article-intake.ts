/**
 * From a file or pasted text to stored events: check the input, ask for a publication date when
 * neither a dateline nor the date field gives one (never today by default), extract in the Worker
 * one article at a time, store, and say what happened in words. Nothing is stored unless the whole
 * article went through; a bad file only produces a message.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { stableHash } from '../../../extract/hash.ts';
import { parseDateline } from '../../../extract/parse-dateline.ts';
import { newArticleId, userArticleSource, type UserArticle } from '../../data/user-articles.ts';
import { formatDay } from '../../domain/dates.ts';
import { isIsoDate, type IsoDate } from '../../domain/event.ts';
import { localDay } from './download.ts';
import type { Recognised } from './extract-article.ts';
import {
  cancelExtraction,
  extractInWorker,
  ExtractionCancelled,
  type ExtractStage,
} from './extract-client.ts';
import { checkPastedText, readArticleFile } from './read-article-file.ts';
import { useShowUserEvents } from './show-user-events.ts';
import { useUserArticleActions } from './use-user-articles.ts';

export interface PendingArticle {
  id: string;
  name: string;
  text: string;
  hash: string;
  published?: IsoDate;
  publishedFrom?: UserArticle['publishedFrom'];
}

export type MessageTone = 'info' | 'success' | 'warning' | 'error';

export interface IntakeMessage {
  id: number;
  tone: MessageTone;
  text: string;
  details?: string[];
}

export type PasteResult = { ok: true } | { ok: false; field: 'text' | 'date'; message: string };

const MAX_MESSAGES = 6;

export function recognisedDetails(r: Recognised | undefined): string[] {
  const list = (xs: string[] | undefined) => (xs && xs.length > 0 ? xs.join(', ') : 'none');
  return [`Dates: ${list(r?.dates)}`, `Places: ${list(r?.places)}`, `Actors: ${list(r?.actors)}`];
}

/** A publication date a reader gave: a real day, not after today. */
export function checkGivenDate(
  value: string,
  today: string = localDay(),
): { ok: true; date: IsoDate } | { ok: false; message: string } {
  if (!isIsoDate(value)) return { ok: false, message: 'Give the date as a full day (YYYY-MM-DD).' };
  if (value > today)
    return {
      ok: false,
      message: `${formatDay(value)} is in the future: give the day the article was published.`,
    };
  return { ok: true, date: value as IsoDate };
}

function isQuotaError(err: unknown): boolean {
  return err instanceof DOMException && err.name === 'QuotaExceededError';
}

export function useArticleIntake(known: readonly UserArticle[]) {
  const { add } = useUserArticleActions();
  const [show] = useShowUserEvents();
  const [queue, setQueueState] = useState<PendingArticle[]>([]);
  // The queue is read by async steps too: the ref is its source of truth, the state its mirror.
  const queueRef = useRef<PendingArticle[]>([]);
  const setQueue = useCallback((update: (q: PendingArticle[]) => PendingArticle[]) => {
    queueRef.current = update(queueRef.current);
    setQueueState(queueRef.current);
  }, []);
  const [active, setActive] = useState<{ article: PendingArticle; stage: ExtractStage } | null>(null);
  const [messages, setMessages] = useState<IntakeMessage[]>([]);
  const running = useRef(false);
  /** The latest `pump` (below), for handlers created before it. */
  const pumpRef = useRef<() => void>(() => {});
  const seq = useRef(0);
  // The latest values for the async steps below (they outlive the render that started them).
  const latest = useRef({ known, active, show });
  useEffect(() => {
    latest.current = { known, active, show };
  });

  const say = useCallback((tone: MessageTone, text: string, details?: string[]) => {
    const id = ++seq.current;
    setMessages((m) => [{ id, tone, text, ...(details && { details }) }, ...m].slice(0, MAX_MESSAGES));
  }, []);
  const dismiss = useCallback((id: number) => setMessages((m) => m.filter((x) => x.id !== id)), []);

  /** The name under which the same text is already kept or waiting, if it is. */
  const duplicateOf = useCallback(
    (hash: string, alsoPending: readonly PendingArticle[]): string | undefined => {
      const { known: k, active: a } = latest.current;
      const q = queueRef.current;
      return (
        k.find((x) => x.hash === hash)?.name ??
        q.find((x) => x.hash === hash)?.name ??
        alsoPending.find((x) => x.hash === hash)?.name ??
        (a?.article.hash === hash ? a.article.name : undefined)
      );
    },
    [],
  );

  const addFiles = useCallback(
    async (files: readonly File[]) => {
      const pending: PendingArticle[] = [];
      for (const file of files) {
        const read = await readArticleFile(file);
        if (!read.ok) {
          say('error', `${read.message} Nothing was added.`);
          continue;
        }
        const hash = stableHash(read.text);
        const dup = duplicateOf(hash, pending);
        if (dup !== undefined) {
          say('info', `“${read.name}” is already added${dup !== read.name ? ` (as “${dup}”)` : ''}.`);
          continue;
        }
        const published = parseDateline(read.text).published;
        pending.push({
          id: newArticleId(),
          name: read.name,
          text: read.text,
          hash,
          ...(published && { published, publishedFrom: 'dateline' as const }),
        });
      }
      if (pending.length > 0) {
        setQueue((q) => [...q, ...pending]);
        pumpRef.current();
      }
    },
    [say, duplicateOf, setQueue],
  );

  const addPasted = useCallback(
    (input: { title: string; text: string; date: string }): PasteResult => {
      const name = input.title.trim().slice(0, 120) || `Pasted article (${localDay()})`;
      const read = checkPastedText(name, input.text);
      if (!read.ok)
        return {
          ok: false,
          field: 'text',
          message: read.problem === 'empty' ? 'Paste the text of an article first.' : read.message,
        };
      let published: IsoDate | undefined;
      let publishedFrom: UserArticle['publishedFrom'] | undefined;
      if (input.date) {
        const given = checkGivenDate(input.date);
        if (!given.ok) return { ok: false, field: 'date', message: given.message };
        published = given.date;
        publishedFrom = 'field';
      } else {
        published = parseDateline(read.text).published;
        publishedFrom = 'dateline';
      }
      if (!published)
        return {
          ok: false,
          field: 'date',
          message: 'This text has no dateline (“date YYYY-MM-DD” at its start): give its publication date.',
        };
      const hash = stableHash(read.text);
      const dup = duplicateOf(hash, []);
      if (dup !== undefined)
        return { ok: false, field: 'text', message: `This text is already added (as “${dup}”).` };
      setQueue((q) => [...q, { id: newArticleId(), name, text: read.text, hash, published, publishedFrom }]);
      pumpRef.current();
      return { ok: true };
    },
    [duplicateOf, setQueue],
  );

  const giveDate = useCallback(
    (id: string, date: IsoDate) => {
      setQueue((q) =>
        q.map((p) => (p.id === id ? { ...p, published: date, publishedFrom: 'prompt' as const } : p)),
      );
      pumpRef.current();
    },
    [setQueue],
  );

  const skipArticle = useCallback(
    (id: string) => {
      const p = queueRef.current.find((x) => x.id === id);
      setQueue((q) => q.filter((x) => x.id !== id));
      if (p) say('info', `“${p.name}” was not added: it needs a publication date.`);
    },
    [say, setQueue],
  );

  const process = useCallback(
    async (article: PendingArticle & { published: IsoDate }) => {
      const { name, published } = article;
      try {
        const outcome = await extractInWorker(
          { source: userArticleSource(article.id, name), text: article.text, published },
          (stage) => setActive((a) => (a && a.article.id === article.id ? { ...a, stage } : a)),
        );
        if (outcome.events.length === 0) {
          say(
            'warning',
            `No events found in “${name}” — here is what was recognised. Nothing was added.`,
            recognisedDetails(outcome.recognised),
          );
          return;
        }
        await add(
          {
            id: article.id,
            name,
            text: article.text,
            published,
            publishedFrom: article.publishedFrom ?? 'prompt',
            addedAt: new Date().toISOString(),
            length: article.text.length,
            hash: article.hash,
          },
          outcome.events,
        );
        const n = outcome.events.length;
        const parts = [
          `“${name}”: ${n} ${n === 1 ? 'event' : 'events'} added (published ${formatDay(published)}).`,
        ];
        if (outcome.rejected > 0)
          parts.push(
            `${outcome.rejected} extracted ${outcome.rejected === 1 ? 'event was' : 'events were'} invalid and left out.`,
          );
        if (!latest.current.show) parts.push('They are hidden: “Show events from your articles” is off.');
        say('success', parts.join(' '));
      } catch (err) {
        if (err instanceof ExtractionCancelled)
          say('info', `Extraction of “${name}” was cancelled. Nothing was added.`);
        else if (isQuotaError(err))
          say(
            'error',
            `“${name}” could not be stored: this browser’s storage for the site is full. Remove an article and try again.`,
          );
        else
          say(
            'error',
            `“${name}” could not be added: ${err instanceof Error ? err.message : String(err)} Nothing else changed.`,
          );
      }
    },
    [add, say],
  );

  /** Starts the next article that has its date, unless one is running; called after every change. */
  const pump = useCallback(() => {
    if (running.current) return;
    const next = queueRef.current.find(
      (p): p is PendingArticle & { published: IsoDate } => p.published !== undefined,
    );
    if (!next) return;
    running.current = true;
    setQueue((q) => q.filter((p) => p.id !== next.id));
    setActive({ article: next, stage: 'starting' });
    void process(next).finally(() => {
      running.current = false;
      setActive(null);
      pumpRef.current();
    });
  }, [process, setQueue]);
  useEffect(() => {
    pumpRef.current = pump;
  }, [pump]);

  const undated = queue.filter((p) => p.published === undefined);
  return {
    active,
    /** The first article waiting for a publication date. */
    needsDate: undated[0],
    waitingForDate: undated.length,
    waiting: queue.length,
    say,
    messages,
    addFiles,
    addPasted,
    giveDate,
    skipArticle,
    cancel: cancelExtraction,
    dismiss,
  };
}
