/**
 * An article in a modal dialog with every evidence quote that cites it highlighted; the chosen
 * quote is scrolled into view and focused. The article is rendered as text, never as HTML.
 */
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useRef } from 'react';
import { articleQuery } from '../../data/events-query.ts';
import { isQuoteEvidence, type CrisisEvent } from '../../domain/event.ts';
import { sourceLabel } from '../../domain/source-label.ts';
import { segmentText, type Highlight } from './source-model.ts';

export interface SourceViewerProps {
  source: string;
  /** The quote to bring into view. */
  focus?: { start: number; end: number };
  /** Every event of the dataset (not only the filtered ones), to highlight all quotes from this source. */
  events: readonly CrisisEvent[];
  onClose: () => void;
  onSelectEvent: (id: string) => void;
}

export function SourceViewer({ source, focus, events, onClose, onSelectEvent }: SourceViewerProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const article = useQuery(articleQuery(source));

  const { highlights, quotes, eventOfKey } = useMemo(() => {
    const hs: Highlight[] = [];
    const qs = new Map<string, string>();
    const owner = new Map<string, string>();
    for (const e of events) {
      e.evidence.forEach((ev, i) => {
        if (!isQuoteEvidence(ev) || ev.source !== source) return;
        const key = `${e.id}#${i}`;
        hs.push({ start: ev.start, end: ev.end, key, label: e.summary });
        qs.set(key, ev.quote);
        owner.set(key, e.id);
      });
    }
    return { highlights: hs, quotes: qs, eventOfKey: owner };
  }, [events, source]);

  const segmented = useMemo(
    () => (article.data !== undefined ? segmentText(article.data, highlights, quotes) : undefined),
    [article.data, highlights, quotes],
  );

  useEffect(function openAsModal() {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  useEffect(
    function scrollToFocusedQuote() {
      if (!segmented || !focus) return;
      const mark = dialogRef.current?.querySelector<HTMLElement>(`mark[data-start="${focus.start}"]`);
      if (mark) {
        mark.scrollIntoView({ block: 'center' });
        mark.focus({ preventScroll: true });
      }
    },
    [segmented, focus],
  );

  return (
    <dialog ref={dialogRef} className="source-viewer" aria-labelledby="source-viewer-title" onClose={onClose}>
      <header className="source-viewer-header">
        <h2 id="source-viewer-title">Source: {sourceLabel(source)}</h2>
        <button type="button" onClick={() => dialogRef.current?.close()} aria-label="Close source viewer">
          ×
        </button>
      </header>
      {article.isPending ? <p>Loading the article…</p> : null}
      {article.isError ? (
        <div role="alert" className="panel-error">
          <p>{article.error.message}</p>
          <button type="button" onClick={() => void article.refetch()}>
            Retry
          </button>
        </div>
      ) : null}
      {segmented ? (
        <>
          <p className="muted">
            {highlights.length} evidence {highlights.length === 1 ? 'quote' : 'quotes'} highlighted. Select a
            highlight to open its event.
          </p>
          {segmented.invalid.length > 0 ? (
            <p role="alert" className="notice notice--warning">
              {segmented.invalid.length} evidence{' '}
              {segmented.invalid.length === 1 ? 'quote does' : 'quotes do'} not match this text at the given
              offsets and {segmented.invalid.length === 1 ? 'is' : 'are'} not highlighted.
            </p>
          ) : null}
          <div className="article-text">
            {segmented.segments.map((s) =>
              s.keys.length === 0 ? (
                <span key={s.start}>{s.text}</span>
              ) : (
                <mark
                  key={s.start}
                  data-start={s.start}
                  className={focus && s.start >= focus.start && s.end <= focus.end ? 'is-focused' : undefined}
                  tabIndex={0}
                  role="button"
                  aria-label={`Evidence: ${s.text}`}
                  onClick={() => {
                    const id = eventOfKey.get(s.keys[0]!);
                    if (id) onSelectEvent(id);
                  }}
                  onKeyDown={(ev) => {
                    if (ev.key !== 'Enter' && ev.key !== ' ') return;
                    ev.preventDefault();
                    const id = eventOfKey.get(s.keys[0]!);
                    if (id) onSelectEvent(id);
                  }}
                >
                  {s.text}
                </mark>
              ),
            )}
          </div>
        </>
      ) : null}
    </dialog>
  );
}
