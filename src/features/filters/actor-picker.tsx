/** Multi-select of actors with search, ordered by event count. Keyboard: Tab into the search, then the checkboxes. */
import { useId, useMemo, useState } from 'react';
import type { ActorCount } from '../../domain/actor-counts.ts';
import { searchActors } from './actor-search.ts';
import { formatCount } from '../../domain/format-count.ts';

const MAX_SHOWN = 60;

export interface ActorPickerProps {
  actors: readonly ActorCount[];
  selected: readonly string[];
  onToggle: (name: string) => void;
}

export function ActorPicker({ actors, selected, onToggle }: ActorPickerProps) {
  const [query, setQuery] = useState('');
  const searchId = useId();
  const matches = useMemo(() => searchActors(actors, query), [actors, query]);
  const selectedSet = new Set(selected);
  // Selected actors stay listed even when the search or the other filters would hide them.
  const missingSelected = selected.filter((name) => !actors.some((a) => a.name === name));

  return (
    <fieldset className="actor-picker">
      <legend>Actors</legend>
      {selected.length > 0 ? (
        <ul className="chips" aria-label="Selected actors">
          {selected.map((name) => (
            <li key={name}>
              <button
                type="button"
                className="chip"
                onClick={() => onToggle(name)}
                aria-label={`Remove actor ${name}`}
              >
                {name} <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <label htmlFor={searchId} className="visually-hidden">
        Search actors
      </label>
      <input
        id={searchId}
        type="search"
        placeholder="Search actors…"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        autoComplete="off"
      />
      <div className="actor-options" role="group" aria-label="Actors by number of events">
        {missingSelected.map((name) => (
          <label key={name} className="option">
            <input type="checkbox" checked onChange={() => onToggle(name)} /> {name}{' '}
            <span className="count">0</span>
          </label>
        ))}
        {matches.slice(0, MAX_SHOWN).map((a) => (
          <label key={a.name} className="option">
            <input type="checkbox" checked={selectedSet.has(a.name)} onChange={() => onToggle(a.name)} />{' '}
            <span className="option-name">{a.name}</span>
            {a.country ? <span className="option-meta"> {a.country}</span> : null}
            <span
              className="count"
              aria-label={`${formatCount(a.count)} ${a.count === 1 ? 'event' : 'events'}`}
            >
              {formatCount(a.count)}
            </span>
          </label>
        ))}
        {matches.length === 0 ? <p className="muted">No actor matches “{query}”.</p> : null}
        {matches.length > MAX_SHOWN ? (
          <p className="muted">{matches.length - MAX_SHOWN} more — type to narrow the list.</p>
        ) : null}
      </div>
    </fieldset>
  );
}
