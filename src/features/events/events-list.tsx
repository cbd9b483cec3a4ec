/**
 * The filtered events as a sortable, virtualised table: only the rows in view (plus a few) are in
 * the DOM, so 100,000 events cost about what 30 do. Assistive tech still gets a table: explicit
 * roles (the CSS grid layout would otherwise hide them in some browsers), aria-rowcount on the
 * table and aria-rowindex on each rendered row. A row's summary button selects the event; those
 * buttons are one roving tab stop that the arrow, Page and Home/End keys move.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import {
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
} from 'react';
import { flushSync } from 'react-dom';
import type { CrisisEvent } from '../../domain/event.ts';
import { describeDate } from '../../domain/precision-wording.ts';
import { CATEGORY_STYLE } from '../../components/category-palette.ts';
import { keepEndInView, layoutFallbacks, rangeWith } from '../../components/virtual-layout.ts';
import { actorsText, countText, sameItems, sortEvents, type SortDir, type SortKey } from './events-model.ts';
import { isNavigationKey, nextRowIndex } from './row-navigation.ts';
import './events.css';

/** A one-line row; rows with a longer summary are measured once rendered. */
const ROW_ESTIMATE = 34;
const OVERSCAN = 8;
const estimateRow = () => ROW_ESTIMATE;
const fallbacks = layoutFallbacks<HTMLTableRowElement>(ROW_ESTIMATE);

export interface EventsListProps {
  events: readonly CrisisEvent[];
  selectedEventId?: string;
  onSelectEvent: (id: string) => void;
}

const COLUMNS: Array<{ key: SortKey; label: string }> = [
  { key: 'date', label: 'Date' },
  { key: 'category', label: 'Type' },
  { key: 'place', label: 'Place' },
  { key: 'actors', label: 'Actors' },
];

function rowIndexOf(target: EventTarget): number {
  const row = target instanceof Element ? target.closest<HTMLElement>('tr[data-index]') : null;
  return row ? Number(row.dataset.index) : -1;
}

/** The header's height: rows start below it, and scrolling to a row keeps it clear of the sticky header. */
function useHeight(ref: React.RefObject<HTMLElement | null>, initial: number): number {
  const [height, setHeight] = useState(initial);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      if (el.offsetHeight > 0) setHeight(el.offsetHeight);
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return height;
}

export function EventsList({ events, selectedEventId, onSelectEvent }: EventsListProps) {
  const [sort, setSort] = useState<{ key: SortKey; dir: SortDir }>({ key: 'date', dir: 'asc' });
  // The app sends a new array on every view change, selecting an event included: keep the one we
  // have while it holds the same events, so a click does not re-sort 100,000 of them.
  const [stableEvents, setStableEvents] = useState(events);
  if (stableEvents !== events && !sameItems(stableEvents, events)) setStableEvents(events);
  const sorted = useMemo(() => sortEvents(stableEvents, sort.key, sort.dir), [stableEvents, sort]);

  // The roving tab stop: the row whose button Tab reaches. Focus moves it, and so does a new
  // selection from elsewhere (a map marker), so Tab lands on the selected event.
  const [activeId, setActiveId] = useState(selectedEventId);
  const [seenSelection, setSeenSelection] = useState(selectedEventId);
  if (seenSelection !== selectedEventId) {
    setSeenSelection(selectedEventId);
    if (selectedEventId !== undefined) setActiveId(selectedEventId);
  }
  const activeIndex = useMemo(
    () => Math.max(0, activeId === undefined ? 0 : sorted.findIndex((e) => e.id === activeId)),
    [sorted, activeId],
  );
  const selectedIndex = useMemo(
    () => (selectedEventId === undefined ? -1 : sorted.findIndex((e) => e.id === selectedEventId)),
    [sorted, selectedEventId],
  );

  const scrollRef = useRef<HTMLDivElement>(null);
  const headRef = useRef<HTMLTableSectionElement>(null);
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const headHeight = useHeight(headRef, ROW_ESTIMATE);
  const hintId = useId();

  // eslint-disable-next-line react-hooks/incompatible-library -- no React Compiler here; the virtualiser is read afresh on every render
  const virtualizer = useVirtualizer({
    count: sorted.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: estimateRow,
    getItemKey: useCallback((i: number) => sorted[i]?.id ?? i, [sorted]),
    overscan: OVERSCAN,
    // React 19 warns when the virtualiser flushes a render from inside a commit (row measuring).
    useFlushSync: false,
    paddingStart: headHeight,
    scrollPaddingStart: headHeight,
    // The tab stop's row stays mounted when it scrolls away, so focus is never dropped.
    rangeExtractor: useCallback(
      (range: Parameters<typeof rangeWith>[0]) => rangeWith(range, [activeIndex]),
      [activeIndex],
    ),
    ...fallbacks,
  });

  useLayoutEffect(() => keepEndInView(virtualizer), [virtualizer]);

  // A new selection (a map marker, a link) or a new order brings the selected event into view.
  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, virtualizer]);

  const onSort = (key: SortKey) =>
    setSort((s) => (s.key === key ? { key, dir: s.dir === 'asc' ? 'desc' : 'asc' } : { key, dir: 'asc' }));

  const onKeyDown = (ev: KeyboardEvent<HTMLTableSectionElement>) => {
    if (!isNavigationKey(ev.key) || ev.altKey || ev.ctrlKey || ev.metaKey || ev.shiftKey) return;
    const from = rowIndexOf(ev.target);
    if (from < 0) return;
    ev.preventDefault();
    const box = scrollRef.current?.clientHeight || 640;
    const page = Math.floor((box - headHeight) / ROW_ESTIMATE) - 1;
    const to = nextRowIndex(ev.key, from, sorted.length, page);
    const target = sorted[to];
    if (!target) return;
    // Render the target row (the range keeps the tab stop's row) before scrolling and focusing it.
    flushSync(() => setActiveId(target.id));
    virtualizer.scrollToIndex(to, { align: 'auto' });
    bodyRef.current
      ?.querySelector<HTMLButtonElement>(`tr[data-index="${to}"] .row-button`)
      ?.focus({ preventScroll: true });
  };

  const items = virtualizer.getVirtualItems();
  return (
    <div className="events-list">
      <div className="events-list__bar">
        <p className="events-list__count">{countText(sorted.length, 'event')}</p>
        <p className="events-list__hint" id={hintId}>
          Keys: ↑ ↓ move between events, Page Up / Page Down by a screen, Home / End to the first / last; Tab
          leaves the list.
        </p>
      </div>
      <div className="events-list__scroll" ref={scrollRef}>
        <table
          role="table"
          className="events-table"
          aria-rowcount={sorted.length + 1}
          aria-describedby={hintId}
        >
          <caption className="visually-hidden">
            Events matching the filters; column buttons sort the table
          </caption>
          <thead role="rowgroup" ref={headRef}>
            <tr role="row" aria-rowindex={1}>
              {COLUMNS.map((c) => (
                <th
                  key={c.key}
                  role="columnheader"
                  scope="col"
                  aria-sort={sort.key === c.key ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}
                >
                  <button type="button" className="sort-button" onClick={() => onSort(c.key)}>
                    {c.label}
                    <span aria-hidden="true">
                      {sort.key === c.key ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ''}
                    </span>
                  </button>
                </th>
              ))}
              <th role="columnheader" scope="col">
                Summary
              </th>
            </tr>
          </thead>
          <tbody
            role="rowgroup"
            ref={bodyRef}
            onKeyDown={onKeyDown}
            style={{ height: Math.max(0, virtualizer.getTotalSize() - headHeight) }}
          >
            {items.map((item) => {
              const e = sorted[item.index]!;
              const selected = e.id === selectedEventId;
              return (
                <tr
                  key={item.key}
                  role="row"
                  aria-rowindex={item.index + 2}
                  data-index={item.index}
                  ref={virtualizer.measureElement}
                  className={selected ? 'is-selected' : undefined}
                  style={{ transform: `translateY(${item.start - headHeight}px)` }}
                >
                  <td role="cell">{describeDate(e.date).split(' — ')[0]}</td>
                  <td role="cell">
                    <span
                      className="swatch"
                      style={{ background: CATEGORY_STYLE[e.category].color }}
                      aria-hidden="true"
                    />
                    {CATEGORY_STYLE[e.category].label}
                  </td>
                  <td role="cell">{e.location?.name ?? <span className="muted">no place</span>}</td>
                  <td role="cell">{actorsText(e) || <span className="muted">—</span>}</td>
                  <td role="cell">
                    <button
                      type="button"
                      className="link-button row-button"
                      tabIndex={item.index === activeIndex ? 0 : -1}
                      aria-current={selected ? 'true' : undefined}
                      onFocus={() => setActiveId(e.id)}
                      onClick={() => onSelectEvent(e.id)}
                    >
                      {e.summary}
                    </button>
                    {e.origins?.includes('user') ? <span className="badge">added by you</span> : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
