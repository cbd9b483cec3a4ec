/** The chronology as a real table: the chart's text alternative. */
import { useId } from 'react';
import { CATEGORY_STYLE } from '../../components/category-palette.ts';
import { formatDay, formatDayShort } from '../../domain/dates.ts';
import type { TimelineModel } from './timeline-model.ts';

export function TimelineTable({ model }: { model: TimelineModel }) {
  const { tableCategories: cats, rows, before, hasRanged, hasApproximate, hasContinuing } = model;
  const captionId = useId();
  return (
    <div className="timeline__table-wrap" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="timeline__table">
        <caption id={captionId}>
          Events per day by category, {model.windowLabel}
          {(hasRanged || hasContinuing) && (
            <span className="timeline__table-note">
              . An event spanning several days is counted once, on its first day; “continuing” counts those
              still running from an earlier day, which are not in the total.
            </span>
          )}
        </caption>
        <thead>
          <tr>
            <th scope="col">Day</th>
            {cats.map((c) => (
              <th scope="col" key={c}>
                {CATEGORY_STYLE[c].label}
              </th>
            ))}
            <th scope="col">Total</th>
            {hasRanged && <th scope="col">Multi-day</th>}
            {hasApproximate && <th scope="col">Approximate</th>}
            {hasContinuing && <th scope="col">Continuing</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.day} className={r.total === 0 ? 'timeline__row--empty' : undefined}>
              <th scope="row">
                <time dateTime={r.day} title={formatDay(r.day)}>
                  {formatDayShort(r.day)}
                </time>
              </th>
              {cats.map((c) => (
                <td key={c}>{r.byCategory[c]}</td>
              ))}
              <td className="timeline__total">{r.total}</td>
              {hasRanged && <td>{r.ranged}</td>}
              {hasApproximate && <td>{r.approximate}</td>}
              {hasContinuing && <td>{r.continuing}</td>}
            </tr>
          ))}
        </tbody>
        {before.count > 0 && before.latest !== undefined && (
          <tfoot>
            <tr>
              <th scope="row">Undated: on or before {formatDay(before.latest)}, not placed on a day</th>
              {cats.map((c) => (
                <td key={c}>{before.byCategory[c]}</td>
              ))}
              <td className="timeline__total">{before.count}</td>
              {hasRanged && <td />}
              {hasApproximate && <td />}
              {hasContinuing && <td />}
            </tr>
          </tfoot>
        )}
      </table>
    </div>
  );
}
