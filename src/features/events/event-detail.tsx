/** One event in full: what, when and where (with their precision in words), who, and the evidence. */
import type { CrisisEvent } from '../../domain/event.ts';
import { describeDate, describePlace, describePlacePrecision } from '../../domain/precision-wording.ts';
import { CATEGORY_STYLE } from '../../components/category-palette.ts';
import { CountryFlag } from '../../components/country-flag.tsx';
import { EvidenceList } from '../../components/evidence-list.tsx';

export interface EventDetailProps {
  event: CrisisEvent;
  onClose: () => void;
  onOpenSource: (source: string, evidenceIndex: number, span: { start: number; end: number }) => void;
  onToggleActor: (name: string) => void;
}

const ORIGIN_TEXT = {
  article: 'extracted from an article',
  curated: 'coded from the fact sheet',
  user: 'added by you',
};

export function EventDetail({ event, onClose, onOpenSource, onToggleActor }: EventDetailProps) {
  const style = CATEGORY_STYLE[event.category];
  return (
    <article className="event-detail" aria-labelledby="event-detail-title">
      <header className="event-detail-header">
        <p className="event-detail-category">
          <span className="swatch" style={{ background: style.color }} aria-hidden="true" />
          {style.label}
          {event.contact ? ` · ${event.contact.mode}` : null}
        </p>
        <button type="button" className="notice-close" onClick={onClose} aria-label="Close event detail">
          ×
        </button>
      </header>
      <h3 id="event-detail-title" tabIndex={-1}>
        {event.summary}
      </h3>
      <dl className="facts">
        <dt>When</dt>
        <dd>{describeDate(event.date)}</dd>
        <dt>Where</dt>
        <dd>
          {describePlace(event.location)}
          <span className="muted"> ({describePlacePrecision(event.location)})</span>
        </dd>
        {event.actors.length > 0 ? (
          <>
            <dt>Actors</dt>
            <dd>
              <ul className="actor-list">
                {event.actors.map((a) => (
                  <li key={a.name}>
                    <button type="button" className="link-button" onClick={() => onToggleActor(a.name)}>
                      {a.name}
                    </button>
                    {a.role ? <span className="muted">, {a.role}</span> : null}{' '}
                    <CountryFlag code={a.country} />
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
        {event.fatalities !== undefined ? (
          <>
            <dt>Fatalities</dt>
            <dd>
              {event.fatalities}
              {event.claims ? (
                <span className="muted"> — as claimed by {event.claims}</span>
              ) : (
                <span className="muted"> — as stated in the source</span>
              )}
            </dd>
          </>
        ) : null}
        {event.statements && event.statements.length > 0 ? (
          <>
            <dt>What was said</dt>
            <dd>
              <ul>
                {event.statements.map((s) => (
                  <li key={s}>{s}</li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
        {event.origins && event.origins.length > 0 ? (
          <>
            <dt>Origin</dt>
            <dd>{event.origins.map((o) => ORIGIN_TEXT[o]).join('; ')}</dd>
          </>
        ) : null}
      </dl>
      <h4>Evidence ({event.evidence.length})</h4>
      <EvidenceList evidence={event.evidence} onOpenSource={onOpenSource} />
    </article>
  );
}
