/** A place's events as buttons that open the event's detail, oldest first; long lists show the first ones first. */
import { useMemo, useState } from 'react';
import { categoryLabel } from '../../components/category-palette.ts';
import type { CrisisEvent } from '../../domain/event.ts';
import { CategorySwatch } from './category-swatch.tsx';
import { byEventDate } from './event-order.ts';
import { eventCount } from './place-names.ts';
import { shortDate } from './short-date.ts';

export const EVENT_LIST_LIMIT = 25;

export interface EventButtonsProps {
  events: readonly CrisisEvent[];
  onSelectEvent: (id: string) => void;
  selectedEventId?: string | undefined;
}

export function EventButtons({ events, onSelectEvent, selectedEventId }: EventButtonsProps) {
  const [showAll, setShowAll] = useState(false);
  const sorted = useMemo(() => [...events].sort(byEventDate), [events]);
  const shown = showAll ? sorted : sorted.slice(0, EVENT_LIST_LIMIT);
  return (
    <>
      <ul className="map-events">
        {shown.map((e) => (
          <li key={e.id}>
            <button
              type="button"
              className="map-events__button"
              aria-current={e.id === selectedEventId ? 'true' : undefined}
              onClick={() => onSelectEvent(e.id)}
            >
              <span className="map-events__meta">
                {shortDate(e.date)} · <CategorySwatch category={e.category} size={11} />{' '}
                {categoryLabel(e.category)}
              </span>
              <span className="map-events__summary">{e.summary}</span>
            </button>
          </li>
        ))}
      </ul>
      {shown.length < events.length && (
        <button type="button" className="link-button map-events__more" onClick={() => setShowAll(true)}>
          Show all {eventCount(events.length)}
        </button>
      )}
    </>
  );
}
