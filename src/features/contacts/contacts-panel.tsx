/**
 * Diplomatic contacts: who talked to whom (a pair matrix, by person or by country) and each
 * contact with its date, both sides, mode, what was said and its evidence. Actor names toggle the
 * app's actor filter; a matrix cell narrows the list below to that pair (local to this panel).
 */
import { memo, useId, useMemo, useState } from 'react';
import { CountryFlag } from '../../components/country-flag.tsx';
import { EvidenceList } from '../../components/evidence-list.tsx';
import type { CrisisEvent } from '../../domain/event.ts';
import { ContactModeIcon } from './contact-mode-icon.tsx';
import {
  toContactItems,
  toPairMatrix,
  type ContactItem,
  type ContactOrder,
  type MatrixMode,
} from './contacts-model.ts';
import { PairMatrix, type PairSelection } from './pair-matrix.tsx';
import './contacts.css';

export interface ContactsPanelProps {
  events: readonly CrisisEvent[];
  selectedActors: readonly string[];
  onToggleActor: (name: string) => void;
  onSelectEvent: (id: string) => void;
  /** Called with the article, the evidence index and (for quotes) the quote's span in the article. */
  onOpenSource: (source: string, evidenceIndex: number, span?: { start: number; end: number }) => void;
}

interface ContactCardProps {
  item: ContactItem;
  selectedActors: readonly string[];
  onToggleActor: (name: string) => void;
  onSelectEvent: (id: string) => void;
  onOpenSource: ContactsPanelProps['onOpenSource'];
}

function ContactCard({ item, selectedActors, onToggleActor, onSelectEvent, onOpenSource }: ContactCardProps) {
  return (
    <li className="contact">
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

/**
 * Contacts rendered at first. The crisis has a few dozen, all shown; a dataset with thousands gets
 * them in pages so the panel never renders one card per contact of a huge set at once.
 */
const PAGE = 50;

export const ContactsPanel = memo(function ContactsPanel({
  events,
  selectedActors,
  onToggleActor,
  onSelectEvent,
  onOpenSource,
}: ContactsPanelProps) {
  const [order, setOrder] = useState<ContactOrder>('newest');
  const [matrixMode, setMatrixMode] = useState<MatrixMode>('person');
  const [chosenPair, setChosenPair] = useState<(PairSelection & { mode: MatrixMode }) | null>(null);
  const [shown, setShown] = useState(PAGE);
  const listTitleId = useId();
  const matrixTitleId = useId();

  const matrix = useMemo(() => toPairMatrix(events, matrixMode), [events, matrixMode]);
  // A chosen pair applies while it is still in the matrix (filters elsewhere may remove it).
  const pair = useMemo(() => {
    if (chosenPair === null || chosenPair.mode !== matrixMode) return undefined;
    const i = matrix.parties.findIndex((p) => p.key === chosenPair.a);
    const j = chosenPair.b === null ? null : matrix.parties.findIndex((p) => p.key === chosenPair.b);
    if (i < 0 || j === -1) return undefined;
    return matrix.pairAt(i, j);
  }, [chosenPair, matrix, matrixMode]);
  const items = useMemo(
    () => toContactItems(events, order, pair ? new Set(pair.eventIds) : undefined),
    [events, order, pair],
  );
  const total = useMemo(() => events.filter((e) => e.category === 'diplomatic_contact').length, [events]);

  if (total === 0) {
    return <p className="contacts-empty">No diplomatic contacts match these filters.</p>;
  }

  return (
    <div className="contacts">
      <section className="contacts__section" aria-labelledby={matrixTitleId}>
        <div className="contacts__bar">
          <h3 id={matrixTitleId}>Who talked to whom</h3>
          <div className="contacts__toggle" role="group" aria-label="Count contacts">
            {(['person', 'country'] as const).map((m) => (
              <button key={m} type="button" aria-pressed={matrixMode === m} onClick={() => setMatrixMode(m)}>
                {m === 'person' ? 'By person' : 'By country'}
              </button>
            ))}
          </div>
        </div>
        <PairMatrix
          matrix={matrix}
          selectedActors={selectedActors}
          selectedPair={pair ? { a: pair.a, b: pair.b } : null}
          onToggleActor={onToggleActor}
          onSelectPair={(p) => setChosenPair(p && { ...p, mode: matrixMode })}
        />
      </section>
      <section className="contacts__section" aria-labelledby={listTitleId}>
        <div className="contacts__bar">
          <h3 id={listTitleId}>
            Contacts ({items.length}
            {pair ? ` of ${total}` : ''})
          </h3>
          <div className="contacts__toggle" role="group" aria-label="Order">
            {(['newest', 'oldest'] as const).map((o) => (
              <button key={o} type="button" aria-pressed={order === o} onClick={() => setOrder(o)}>
                {o === 'newest' ? 'Newest first' : 'Oldest first'}
              </button>
            ))}
          </div>
        </div>
        {pair && (
          <p className="contacts__pair-note" role="status">
            Showing contacts between {pair.a} and {pair.b ?? 'no other named party'}.{' '}
            <button type="button" className="link-button" onClick={() => setChosenPair(null)}>
              Show all contacts
            </button>
          </p>
        )}
        <ol className="contacts__list">
          {items.slice(0, shown).map((item) => (
            <ContactCard
              key={item.id}
              item={item}
              selectedActors={selectedActors}
              onToggleActor={onToggleActor}
              onSelectEvent={onSelectEvent}
              onOpenSource={onOpenSource}
            />
          ))}
        </ol>
        {items.length > shown && (
          <p className="contacts__more">
            <button type="button" onClick={() => setShown((n) => n + PAGE)}>
              Show {Math.min(PAGE, items.length - shown)} more
            </button>{' '}
            <button type="button" onClick={() => setShown(items.length)}>
              Show all {items.length}
            </button>{' '}
            <span className="contacts__more-count">
              {shown} of {items.length} shown
            </span>
          </p>
        )}
      </section>
    </div>
  );
});
