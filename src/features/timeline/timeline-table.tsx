/** The chronology as a real table: the chart's text alternative. */
import { useId } from 'react';
import { CATEGORY_STYLE } from '../../components/category-palette.ts';
import { formatDay } from '../../domain/dates.ts';
import { rowNotes, type TimelineModel } from './timeline-model.ts';

export function TimelineTable({ model }: { model: TimelineModel }) {
  const { tableCategories: cats, rows, before } = model;
  const captionId = useId();
  return (
    <div className="timeline__table-wrap" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="timeline__table">
        <caption id={captionId}>Events per day by category, {model.windowLabel}</caption>
        <thead>
          <tr>
            <th scope="col">Day</th>
            {cats.map((c) => (
              <th scope="col" key={c}>
                {CATEGORY_STYLE[c].label}
              </th>
            ))}
            <th scope="col">Total</th>
            <th scope="col">How dated</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.day} className={r.total === 0 ? 'timeline__row--empty' : undefined}>
              <th scope="row">{formatDay(r.day)}</th>
              {cats.map((c) => (
                <td key={c}>{r.byCategory[c]}</td>
              ))}
              <td>{r.total}</td>
              <td>{rowNotes(r).join('; ')}</td>
            </tr>
          ))}
        </tbody>
        {before.count > 0 && before.latest !== undefined && (
          <tfoot>
            <tr>
              <th scope="row">Undated (on or before {formatDay(before.latest)})</th>
              {cats.map((c) => (
                <td key={c}>{before.byCategory[c]}</td>
              ))}
              <td>{before.count}</td>
              <td>Date not given in the source; not placed on a day</td>
            </tr>
          </tfoot>
        )}
      </table>
    </div>
  );
}
