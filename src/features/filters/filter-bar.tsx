/** Date range, event type and actor filters, with the match count and one reset. */
import { useId } from 'react';
import type { ActorCount } from '../../domain/actor-counts.ts';
import { asIsoDate } from '../../domain/dates.ts';
import { CATEGORIES, type Category } from '../../domain/event.ts';
import type { ViewState } from '../../domain/view-state.ts';
import { CATEGORY_STYLE } from '../../components/category-palette.ts';
import { ActorPicker } from './actor-picker.tsx';
import { formatCount } from '../../domain/format-count.ts';

export interface FilterBarProps {
  view: ViewState;
  span: { from: string; to: string } | undefined;
  actors: readonly ActorCount[];
  categoryCounts: Readonly<Record<Category, number>>;
  onChange: (patch: Partial<ViewState>) => void;
  onReset: () => void;
  canReset: boolean;
}

export function FilterBar({
  view,
  span,
  actors,
  categoryCounts,
  onChange,
  onReset,
  canReset,
}: FilterBarProps) {
  const fromId = useId();
  const toId = useId();
  const toggle = <T,>(list: readonly T[], item: T): T[] =>
    list.includes(item) ? list.filter((x) => x !== item) : [...list, item];

  return (
    <div className="filter-bar">
      <fieldset className="date-filter">
        <legend>Dates</legend>
        <div className="date-inputs">
          <label htmlFor={fromId}>From</label>
          <input
            id={fromId}
            type="date"
            value={view.from ?? ''}
            min={span?.from}
            max={view.to ?? span?.to}
            onChange={(e) => {
              const from = asIsoDate(e.target.value);
              onChange({ from });
            }}
          />
          <label htmlFor={toId}>To</label>
          <input
            id={toId}
            type="date"
            value={view.to ?? ''}
            min={view.from ?? span?.from}
            max={span?.to}
            onChange={(e) => {
              const to = asIsoDate(e.target.value);
              onChange({ to });
            }}
          />
        </div>
      </fieldset>
      <fieldset className="category-filter">
        <legend>Event types</legend>
        <div className="category-options">
          {CATEGORIES.map((c) => (
            <label key={c} className="option category-option">
              <input
                type="checkbox"
                checked={view.categories.includes(c)}
                onChange={() => onChange({ categories: toggle(view.categories, c) })}
              />
              <span className="swatch" style={{ background: CATEGORY_STYLE[c].color }} aria-hidden="true" />
              {CATEGORY_STYLE[c].label}
              <span
                className="count"
                aria-label={`${formatCount(categoryCounts[c])} ${categoryCounts[c] === 1 ? 'event' : 'events'}`}
              >
                {formatCount(categoryCounts[c])}
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <ActorPicker
        actors={actors}
        selected={view.actors}
        onToggle={(name) => onChange({ actors: toggle(view.actors, name) })}
      />
      <div className="filter-actions">
        <button type="button" onClick={onReset} disabled={!canReset}>
          Reset filters
        </button>
      </div>
    </div>
  );
}
