/**
 * "Your articles": add news articles of your own, see their events in every view (marked as added
 * by you), keep them in this browser, remove them, hide them, and export the current view.
 * Progress and outcomes are announced in one polite live region.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { parseUserArticleSource, userArticleSource, type UserArticle } from '../../data/user-articles.ts';
import type { CrisisEvent } from '../../domain/event.ts';
import type { ViewState } from '../../domain/view-state.ts';
import { AddArticles } from './add-articles.tsx';
import { ArticleList } from './article-list.tsx';
import { DatePrompt } from './date-prompt.tsx';
import { ExportViewButtons } from './export-view-buttons.tsx';
import { MAX_ARTICLE_LABEL } from './read-article-file.ts';
import { useShowUserEvents } from './show-user-events.ts';
import { useArticleIntake } from './use-article-intake.ts';
import { useUserArticleActions, useUserArticles } from './use-user-articles.ts';
import './byo.css';

export interface YourArticlesProps {
  /** The filtered events every view shows: what the export saves. */
  viewEvents: readonly CrisisEvent[];
  view: ViewState;
  onOpenSource: (source: string, evidenceIndex: number, focus?: { start: number; end: number }) => void;
}

const NO_ARTICLES: readonly UserArticle[] = [];

/** Events per user article among the given events. */
function countByArticle(events: readonly CrisisEvent[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of events) {
    if (!e.origins?.includes('user')) continue;
    const ref = e.evidence.map((ev) => parseUserArticleSource(ev.source)).find((r) => r !== undefined);
    if (ref) counts.set(ref.id, (counts.get(ref.id) ?? 0) + 1);
  }
  return counts;
}

const STAGE_NOTE = {
  starting: 'starting the extractor',
  loading: 'loading the place names, first article only',
  extracting: '',
} as const;

export function YourArticles({ viewEvents, view, onOpenSource }: YourArticlesProps) {
  const stored = useUserArticles();
  const articles = stored.data?.articles ?? NO_ARTICLES;
  const intake = useArticleIntake(articles);
  const { remove } = useUserArticleActions();
  const [show, setShow] = useShowUserEvents();
  const [removing, setRemoving] = useState<ReadonlySet<string>>(new Set());
  const inView = useMemo(() => (show ? countByArticle(viewEvents) : undefined), [show, viewEvents]);
  const userInView = useMemo(() => [...(inView?.values() ?? [])].reduce((a, b) => a + b, 0), [inView]);

  const { say } = intake;
  const note = useCallback((text: string, failed = false) => say(failed ? 'error' : 'info', text), [say]);

  const onRemove = useCallback(
    async (a: UserArticle) => {
      setRemoving((s) => new Set(s).add(a.id));
      try {
        await remove(a);
        note(`Removed “${a.name}” and its ${a.eventCount} ${a.eventCount === 1 ? 'event' : 'events'}.`);
      } catch (err) {
        note(`“${a.name}” could not be removed: ${err instanceof Error ? err.message : String(err)}`, true);
      } finally {
        setRemoving((s) => {
          const next = new Set(s);
          next.delete(a.id);
          return next;
        });
      }
    },
    [remove, note],
  );

  // A file dropped next to the drop zone would make the browser open it and leave the page.
  useEffect(function keepStrayDropsOnThePage() {
    const stop = (e: DragEvent) => {
      if (e.dataTransfer && [...e.dataTransfer.types].includes('Files')) e.preventDefault();
    };
    window.addEventListener('dragover', stop);
    window.addEventListener('drop', stop);
    return () => {
      window.removeEventListener('dragover', stop);
      window.removeEventListener('drop', stop);
    };
  }, []);

  const { messages, dismiss } = intake;

  return (
    <div className="byo">
      <p className="byo-intro">
        Add news articles as plain-text files (up to {MAX_ARTICLE_LABEL} each). Their events join every view,
        marked “added by you”. Articles are read in this browser only — nothing is uploaded — and kept here
        until you remove them.
      </p>
      <div className="byo-grid">
        <AddArticles onFiles={(files) => void intake.addFiles(files)} onPaste={intake.addPasted} />
        {/* Right after the ways in, so that on a phone the question and the outcome are in sight. */}
        {intake.needsDate ? (
          <DatePrompt
            key={intake.needsDate.id}
            article={intake.needsDate}
            more={intake.waitingForDate - 1}
            onDate={intake.giveDate}
            onSkip={intake.skipArticle}
          />
        ) : null}

        <div className="byo-status" role="status" aria-live="polite">
          {stored.isError ? (
            <p className="byo-msg byo-msg--error">
              Your stored articles could not be read: {stored.error.message}
            </p>
          ) : null}
          {stored.data && !stored.data.persistent ? (
            <p className="byo-msg byo-msg--warning">
              This browser gives the page no storage: articles you add are kept only until you reload.
            </p>
          ) : null}
          {stored.data && stored.data.skipped > 0 ? (
            <p className="byo-msg byo-msg--warning">
              {stored.data.skipped} stored {stored.data.skipped === 1 ? 'record' : 'records'} could not be
              read and {stored.data.skipped === 1 ? 'is' : 'are'} left out.
            </p>
          ) : null}
          {intake.active ? (
            <p className="byo-progress">
              <span className="byo-spinner" aria-hidden="true" />
              Extracting events from “{intake.active.article.name}”…
              {STAGE_NOTE[intake.active.stage] ? ` (${STAGE_NOTE[intake.active.stage]})` : ''}
              {intake.waiting > 0 ? `; ${intake.waiting} more waiting` : ''}{' '}
              <button type="button" onClick={intake.cancel}>
                Cancel
              </button>
            </p>
          ) : null}
          {messages.length > 0 ? (
            <ul className="byo-messages">
              {messages.map((m) => (
                <li key={m.id} className={`byo-msg byo-msg--${m.tone}`}>
                  <div>
                    <p>{m.text}</p>
                    {m.details ? (
                      <ul className="byo-details">
                        {m.details.map((d) => (
                          <li key={d}>{d}</li>
                        ))}
                      </ul>
                    ) : null}
                  </div>
                  <button
                    type="button"
                    className="byo-dismiss"
                    onClick={() => dismiss(m.id)}
                    aria-label="Dismiss message"
                  >
                    ×
                  </button>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
        <div className="byo-articles">
          <div className="byo-articles-head">
            <h3>Added articles</h3>
            <label className="byo-toggle">
              <input type="checkbox" checked={show} onChange={(e) => setShow(e.target.checked)} />
              Show events from your articles
            </label>
          </div>
          <ArticleList
            articles={articles}
            {...(inView && { inView })}
            removing={removing}
            onView={(a) => onOpenSource(userArticleSource(a.id, a.name), 0)}
            onRemove={(a) => void onRemove(a)}
          />
          {!show && articles.length > 0 ? (
            <p className="byo-meta">Your articles’ events are hidden from every view.</p>
          ) : null}
          {show && articles.length > 0 ? (
            <p className="byo-meta">
              {userInView} of your events {userInView === 1 ? 'is' : 'are'} in the current view.
            </p>
          ) : null}
        </div>
        <ExportViewButtons events={viewEvents} view={view} onDone={note} />
      </div>
    </div>
  );
}
