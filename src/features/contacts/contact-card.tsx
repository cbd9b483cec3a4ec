/** One diplomatic contact as a card: both sides, mode, date, what was said, evidence, details. */
import { CountryFlag } from '../../components/country-flag.tsx';
import { EvidenceList } from '../../components/evidence-list.tsx';
import { ContactModeIcon } from './contact-mode-icon.tsx';
import type { ContactItem } from './contacts-model.ts';

export interface ContactCardProps {
  item: ContactItem;
  selectedActors: readonly string[];
  onToggleActor: (name: string) => void;
  onSelectEvent: (id: string) => void;
  onOpenSource: (source: string, evidenceIndex: number, span?: { start: number; end: number }) => void;
  /** Where the card sits in the whole list (1-based) and the list's length, for assistive tech. */
  position: number;
  setSize: number;
  /** Its offset in the virtualised list, in px. */
  start: number;
  measureRef: (el: HTMLLIElement | null) => void;
}

export function ContactCard({
  item,
  selectedActors,
  onToggleActor,
  onSelectEvent,
  onOpenSource,
  position,
  setSize,
  start,
  measureRef,
}: ContactCardProps) {
  return (
    <li
      className="contact"
      ref={measureRef}
      data-index={position - 1}
      aria-posinset={position}
      aria-setsize={setSize}
      style={{ transform: `translateY(${start}px)` }}
    >
      <p className="contact__head">
        <span className="contact__mode">
          <ContactModeIcon mode={item.mode} />
          {item.modeLabel}
        </span>
        <span className="contact__date">{item.dateText}</span>
      </p>
      <ul className="contact__parties" aria-label="Sides">
        {item.parties.map((p, i) => (
          <li key={p.name} className="contact__party">
            {i > 0 && (
              <span className="contact__with">
                <span aria-hidden="true">↔</span>
                <span className="visually-hidden">with</span>{' '}
              </span>
            )}
            <button
              type="button"
              className="actor-toggle"
              aria-pressed={selectedActors.includes(p.name)}
              onClick={() => onToggleActor(p.name)}
            >
              {p.name}
            </button>
            {p.role && <span className="contact__role">{p.role}</span>}
            <CountryFlag code={p.country} />
          </li>
        ))}
        {item.parties.length === 1 && (
          <li className="contact__party contact__party--unknown">
            <span aria-hidden="true">↔</span> other party not named
          </li>
        )}
      </ul>
      {item.saidIsSummary ? (
        <p className="contact__said">{item.said[0]}</p>
      ) : (
        <ul className="contact__said contact__said--statements" aria-label="What was said">
          {item.said.map((s, i) => (
            <li key={i}>{s}</li>
          ))}
        </ul>
      )}
      <details className="contact__evidence">
        <summary>
          Evidence ({item.evidence.length} {item.evidence.length === 1 ? 'source' : 'sources'})
        </summary>
        <EvidenceList evidence={item.evidence} onOpenSource={onOpenSource} />
      </details>
      <button type="button" className="link-button contact__details" onClick={() => onSelectEvent(item.id)}>
        Event details
        <span className="visually-hidden">
          : {item.modeLabel}, {item.dateText}
        </span>
      </button>
    </li>
  );
}
