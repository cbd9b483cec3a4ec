/** The filtered events as a sortable table; a row's summary button selects the event. */
import { useMemo, useState } from 'react';
import type { CrisisEvent } from '../../domain/event.ts';
import { describeDate } from '../../domain/precision-wording.ts';
import { CATEGORY_STYLE } from '../../components/category-palette.ts';
import { actorsText, sortEvents, type SortDir, type SortKey } from './events-model.ts';

const PAGE = 100;

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

export function EventsList({ events, selectedEventId, onSelectEvent }: EventsListProps) {
  const [sort, setSort] = useState<{ key: SortKey; dir: SortDir }>({ key: 'date', dir: 'asc' });
  const [limit, setLimit] = useState(PAGE);
  const sorted = useMemo(() => sortEvents(events, sort.key, sort.dir), [events, sort]);
  const shown = sorted.slice(0, limit);

  const onSort = (key: SortKey) =>
    setSort((s) => (s.key === key ? { key, dir: s.dir === 'asc' ? 'desc' : 'asc' } : { key, dir: 'asc' }));

  return (
    <div className="events-list">
      <div className="table-scroll">
        <table>
          <caption className="visually-hidden">
            Events matching the filters; column buttons sort the table
          </caption>
          <thead>
            <tr>
              {COLUMNS.map((c) => (
                <th
                  key={c.key}
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
              <th scope="col">Summary</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((e) => (
              <tr key={e.id} className={e.id === selectedEventId ? 'is-selected' : undefined}>
                <td className="nowrap">{describeDate(e.date).split(' — ')[0]}</td>
                <td>
                  <span
                    className="swatch"
                    style={{ background: CATEGORY_STYLE[e.category].color }}
                    aria-hidden="true"
                  />
                  {CATEGORY_STYLE[e.category].label}
                </td>
                <td>{e.location?.name ?? <span className="muted">no place</span>}</td>
                <td>{actorsText(e) || <span className="muted">—</span>}</td>
                <td>
                  <button
                    type="button"
                    className="link-button row-button"
                    aria-current={e.id === selectedEventId ? 'true' : undefined}
                    onClick={() => onSelectEvent(e.id)}
                  >
                    {e.summary}
                  </button>
                  {e.origins?.includes('user') ? <span className="badge">added by you</span> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {sorted.length > shown.length ? (
        <p>
          Showing {shown.length} of {sorted.length}.{' '}
          <button type="button" onClick={() => setLimit((l) => l + PAGE * 5)}>
            Show more
          </button>
        </p>
      ) : null}
    </div>
  );
}
