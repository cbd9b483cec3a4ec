/** Legend (categories + how uncertain dates are drawn) and the box of undated "before" events. */
import { useId, useState, type CSSProperties } from 'react';
import { CATEGORY_STYLE } from '../../components/category-palette.ts';
import { formatDay } from '../../domain/dates.ts';
import { CATEGORIES } from '../../domain/event.ts';
import type { TimelineModel } from './timeline-model.ts';
import { formatCount } from '../../domain/format-count.ts';

function swatch(color: string): CSSProperties {
  return { '--swatch': color } as CSSProperties;
}

export function TimelineLegend({ model }: { model: TimelineModel }) {
  return (
    <ul className="timeline__legend" aria-label="Legend">
      {model.categories.map((c) => (
        <li key={c}>
          <span className="timeline__swatch" style={swatch(CATEGORY_STYLE[c].color)} aria-hidden="true" />
          {CATEGORY_STYLE[c].label}
        </li>
      ))}
      {model.hasRanged && (
        <li>
          <span className="timeline__swatch timeline__swatch--ranged" aria-hidden="true" />
          Hatched: spans several days, counted on its first day
        </li>
      )}
      {model.hasApproximate && (
        <li>
          <span className="timeline__swatch timeline__swatch--approximate" aria-hidden="true" />
          Dotted: approximate date
        </li>
      )}
    </ul>
  );
}

export function UndatedBox({ model }: { model: TimelineModel }) {
  const { before } = model;
  const titleId = useId();
  if (before.count === 0 || before.latest === undefined) return null;
  return (
    <aside className="timeline__undated" aria-labelledby={titleId}>
      <h3 id={titleId} className="timeline__undated-title">
        Undated
      </h3>
      <p className="timeline__undated-count">
        <strong>{formatCount(before.count)}</strong> {before.count === 1 ? 'event' : 'events'} on or before{' '}
        {formatDay(before.latest)}
      </p>
      <p className="timeline__undated-note">
        The source gives no date, so {before.count === 1 ? 'it is' : 'they are'} not placed on a day.
      </p>
      <ul className="timeline__undated-list">
        {CATEGORIES.filter((c) => before.byCategory[c] > 0).map((c) => (
          <li key={c}>
            <span className="timeline__swatch" style={swatch(CATEGORY_STYLE[c].color)} aria-hidden="true" />
            {CATEGORY_STYLE[c].label}: {before.byCategory[c]}
          </li>
        ))}
      </ul>
      {before.byDate.length > 1 && <UndatedDates byDate={before.byDate} />}
    </aside>
  );
}

/** Beyond this many "on or before" days, the box lists the latest ones and offers the rest. */
export const UNDATED_DAYS_SHOWN = 5;

function UndatedDates({ byDate }: { byDate: readonly { date: string; count: number }[] }) {
  const [all, setAll] = useState(false);
  const long = byDate.length > UNDATED_DAYS_SHOWN;
  // Shortened to the latest days (still oldest first): the ones nearest the article dates.
  const shown = all || !long ? byDate : byDate.slice(-UNDATED_DAYS_SHOWN);
  return (
    <>
      <ul className="timeline__undated-list">
        {shown.map((d) => (
          <li key={d.date}>
            {d.count} on or before {formatDay(d.date)}
          </li>
        ))}
      </ul>
      {long && (
        <button type="button" className="link-button" aria-expanded={all} onClick={() => setAll((v) => !v)}>
          {all ? 'Show the latest days only' : `Show all ${byDate.length} days`}
        </button>
      )}
    </>
  );
}
