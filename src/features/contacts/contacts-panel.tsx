/**
 * Diplomatic contacts: who talked to whom (a pair matrix, by person or by country) and each
 * contact with its date, both sides, mode, what was said and its evidence. Actor names toggle the
 * app's actor filter; a matrix cell narrows the list below to that pair (local to this panel).
 */
import { memo, useId, useMemo, useState } from 'react';
import type { ContactPair } from '../../domain/contact-pairs.ts';
import type { CrisisEvent } from '../../domain/event.ts';
import { formatCount } from '../../domain/format-count.ts';
import { ContactList } from './contact-list.tsx';
import { toContactItems, toPairMatrix, type ContactOrder, type MatrixMode } from './contacts-model.ts';
import { PairMatrix, type PairSelection } from './pair-matrix.tsx';
import './contacts.css';

export interface ContactsPanelProps {
  events: readonly CrisisEvent[];
  selectedActors: readonly string[];
  onToggleActor: (name: string) => void;
  onSelectEvent: (id: string) => void;
  /** Called with the article, the evidence index and (for quotes) the quote's span in the article. */
  onOpenSource: (source: string, evidenceIndex: number, span?: { start: number; end: number }) => void;
  /** The contact pairs of `events` in a mode, when the caller can answer them (the app's index). */
  contactPairs?: (mode: MatrixMode) => readonly ContactPair[];
}

export const ContactsPanel = memo(function ContactsPanel({
  events,
  selectedActors,
  onToggleActor,
  onSelectEvent,
  onOpenSource,
  contactPairs,
}: ContactsPanelProps) {
  const [order, setOrder] = useState<ContactOrder>('newest');
  const [matrixMode, setMatrixMode] = useState<MatrixMode>('person');
  const [chosenPair, setChosenPair] = useState<(PairSelection & { mode: MatrixMode }) | null>(null);
  const listTitleId = useId();
  const matrixTitleId = useId();

  const modePairs = useMemo(() => contactPairs?.(matrixMode), [contactPairs, matrixMode]);
  const matrix = useMemo(
    () => toPairMatrix(events, matrixMode, undefined, modePairs),
    [events, matrixMode, modePairs],
  );
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
  const total = useMemo(() => {
    let n = 0;
    for (const e of events) if (e.category === 'diplomatic_contact') n += 1;
    return n;
  }, [events]);

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
            Contacts ({formatCount(items.length)}
            {pair ? ` of ${formatCount(total)}` : ''})
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
        <ContactList
          // A new order or pair starts the list at its top.
          key={`${order} ${pair ? `${pair.a} ${pair.b}` : ''}`}
          items={items}
          labelledBy={listTitleId}
          selectedActors={selectedActors}
          onToggleActor={onToggleActor}
          onSelectEvent={onSelectEvent}
          onOpenSource={onOpenSource}
        />
      </section>
    </div>
  );
});
