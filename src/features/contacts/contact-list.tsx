/**
 * The contact cards as a virtualised list: only the cards in view (plus a few) are in the DOM, each
 * measured once rendered (cards differ in height, and open evidence makes one taller). A card
 * that holds the focus stays mounted when it scrolls away, so focus is never dropped; Tab past the
 * last card in view scrolls it in, which brings the next ones.
 */
import { useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { keepEndInView, layoutFallbacks, rangeWith } from '../../components/virtual-layout.ts';
import { ContactCard, type ContactCardProps } from './contact-card.tsx';
import type { ContactItem } from './contacts-model.ts';

/** A two-party card with one line said; taller cards are measured. */
const CARD_ESTIMATE = 150;
/** The space between cards, in px (the cards are positioned, so CSS gaps do not apply). */
const GAP = 10;
const OVERSCAN = 3;
const estimateCard = () => CARD_ESTIMATE;
const fallbacks = layoutFallbacks<HTMLLIElement>(CARD_ESTIMATE);

export type ContactListProps = Omit<
  ContactCardProps,
  'item' | 'position' | 'setSize' | 'start' | 'measureRef'
> & {
  items: readonly ContactItem[];
  labelledBy: string;
};

export function ContactList({ items, labelledBy, ...cardProps }: ContactListProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [focusedId, setFocusedId] = useState<string | undefined>();
  const focusedIndex = useMemo(
    () => (focusedId === undefined ? -1 : items.findIndex((i) => i.id === focusedId)),
    [items, focusedId],
  );

  // eslint-disable-next-line react-hooks/incompatible-library -- no React Compiler here; the virtualiser is read afresh on every render
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: estimateCard,
    getItemKey: useCallback((i: number) => items[i]?.id ?? i, [items]),
    gap: GAP,
    overscan: OVERSCAN,
    // React 19 warns when the virtualiser flushes a render from inside a commit (card measuring).
    useFlushSync: false,
    rangeExtractor: useCallback((range: Range) => rangeWith(range, [focusedIndex]), [focusedIndex]),
    ...fallbacks,
  });

  useLayoutEffect(() => keepEndInView(virtualizer), [virtualizer]);

  return (
    <div className="contacts__scroll" ref={scrollRef}>
      <ol
        className="contacts__list"
        aria-labelledby={labelledBy}
        style={{ height: virtualizer.getTotalSize() }}
        onFocus={(ev) => {
          const card = ev.target.closest<HTMLElement>('li.contact');
          const id = card ? items[Number(card.dataset.index)]?.id : undefined;
          if (id !== undefined) setFocusedId(id);
        }}
      >
        {virtualizer.getVirtualItems().map((v) => (
          <ContactCard
            key={v.key}
            item={items[v.index]!}
            position={v.index + 1}
            setSize={items.length}
            start={v.start}
            measureRef={virtualizer.measureElement}
            {...cardProps}
          />
        ))}
      </ol>
    </div>
  );
}
