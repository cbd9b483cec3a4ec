/**
 * The evidence behind an event. Article quotes open the source viewer (the app decides how);
 * cited URLs show the publisher's domain and open in a new tab. Everything is rendered as text.
 */
import { isQuoteEvidence, type Evidence } from '../domain/event.ts';
import { sourceLabel } from '../domain/source-label.ts';

export interface EvidenceListProps {
  evidence: readonly Evidence[];
  /** Called with the article file name, the index of the evidence entry and its span, to scroll to it. */
  onOpenSource: (source: string, evidenceIndex: number, span: { start: number; end: number }) => void;
}

/** "www.example.com/path" -> "example.com"; an unparsable URL is shown as written. */
export function publisherDomain(url: string): string {
  try {
    return new URL(url).hostname.replace(/^(www|m|amp)\./, '');
  } catch {
    return url;
  }
}

export function EvidenceList({ evidence, onOpenSource }: EvidenceListProps) {
  return (
    <ul className="evidence-list">
      {evidence.map((e, i) =>
        isQuoteEvidence(e) ? (
          <li key={`${e.source}:${e.start}`} className="evidence evidence--quote">
            <blockquote>“{e.quote}”</blockquote>
            <button
              type="button"
              className="link-button"
              onClick={() => onOpenSource(e.source, i, { start: e.start, end: e.end })}
            >
              Open source <span className="visually-hidden">{sourceLabel(e.source)}</span>
            </button>{' '}
            <span className="evidence-source">{sourceLabel(e.source)}</span>
          </li>
        ) : (
          <li key={`${e.source}:${i}`} className="evidence evidence--citation">
            <p className="evidence-note">{e.note}</p>
            <a href={e.source} target="_blank" rel="noopener noreferrer">
              {publisherDomain(e.source)}
              <span className="visually-hidden"> (opens in a new tab)</span>
            </a>
          </li>
        ),
      )}
    </ul>
  );
}
