/** Events with no place at all (a phone call): counted under the map and listed on demand. */
import { memo } from 'react';
import type { CrisisEvent } from '../../domain/event.ts';
import { EventButtons } from './event-buttons.tsx';
import { noPlaceSummary } from './place-names.ts';

export interface NoPlaceEventsProps {
  events: readonly CrisisEvent[];
  selectedEventId?: string | undefined;
  onSelectEvent: (id: string) => void;
}

export const NoPlaceEvents = memo(function NoPlaceEvents({
  events,
  selectedEventId,
  onSelectEvent,
}: NoPlaceEventsProps) {
  if (events.length === 0) return null;
  return (
    <details className="map-no-place">
      <summary>{noPlaceSummary(events.length)}</summary>
      <EventButtons events={events} onSelectEvent={onSelectEvent} selectedEventId={selectedEventId} />
    </details>
  );
});
