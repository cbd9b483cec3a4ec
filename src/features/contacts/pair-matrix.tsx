/**
 * Who talked to whom, as an accessible table: one row and one numbered column per party, cells
 * count the contacts of a pair. Column headers are numbers (full names for screen readers and on
 * hover) so the matrix stays narrow; it scrolls inside its own box on a phone.
 */
import { useId } from 'react';
import { CountryFlag } from '../../components/country-flag.tsx';
import type { PairMatrix as PairMatrixModel } from './contacts-model.ts';

export interface PairSelection {
  a: string;
  b: string | null;
}

export interface PairMatrixProps {
  matrix: PairMatrixModel;
  selectedActors: readonly string[];
  selectedPair: PairSelection | null;
  onToggleActor: (name: string) => void;
  onSelectPair: (pair: PairSelection | null) => void;
}

function plural(n: number): string {
  return n === 1 ? '1 contact' : `${n} contacts`;
}

export function PairMatrix({
  matrix,
  selectedActors,
  selectedPair,
  onToggleActor,
  onSelectPair,
}: PairMatrixProps) {
  const captionId = useId();
  const { parties, cells, unknown, hasUnknown, mode } = matrix;
  const noun = mode === 'person' ? 'actor' : 'country';
  const isSelected = (a: string, b: string | null) =>
    selectedPair !== null &&
    ((selectedPair.a === a && selectedPair.b === b) ||
      (b !== null && selectedPair.a === b && selectedPair.b === a));

  const cell = (i: number, j: number | null, count: number) => {
    const a = parties[i]?.key ?? '';
    const b = j === null ? null : (parties[j]?.key ?? null);
    if (count === 0) {
      return (
        <td key={j ?? 'unknown'} className="pair-matrix__zero">
          0
        </td>
      );
    }
    const pressed = isSelected(a, b);
    const label =
      b === null
        ? `${plural(count)} of ${a} with no other party named`
        : `${plural(count)} between ${a} and ${b}`;
    return (
      <td key={j ?? 'unknown'}>
        <button
          type="button"
          className="pair-matrix__count"
          aria-pressed={pressed}
          aria-label={label}
          title={label}
          onClick={() => onSelectPair(pressed ? null : { a, b })}
        >
          {count}
        </button>
      </td>
    );
  };

  const title = `Contacts between pairs of ${noun === 'actor' ? 'actors' : 'countries'}`;
  const note =
    matrix.hidden > 0
      ? `The ${parties.length} with most contacts; ${matrix.hidden} more appear in the contacts below.`
      : '';
  return (
    <>
      <p className="pair-matrix__note" aria-hidden="true">
        {note || title}
        {note ? '' : '.'} Column numbers match the row numbers.
      </p>
      <div className="pair-matrix__scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className="pair-matrix">
          <caption id={captionId} className="visually-hidden">
            {title}
            {note ? ` (${note.replace(/\.$/, '')})` : ''}
          </caption>
          <thead>
            <tr>
              <th scope="col" className="pair-matrix__corner">
                <span className="visually-hidden">{noun === 'actor' ? 'Actor' : 'Country'}</span>
              </th>
              {parties.map((p, j) => (
                <th scope="col" key={p.key} title={p.key} className="pair-matrix__colhead">
                  <span aria-hidden="true">{j + 1}</span>
                  <span className="visually-hidden">{p.key}</span>
                </th>
              ))}
              {hasUnknown && (
                <th scope="col" title="Other party not named" className="pair-matrix__colhead">
                  <span aria-hidden="true">?</span>
                  <span className="visually-hidden">Other party not named</span>
                </th>
              )}
              <th scope="col" className="pair-matrix__colhead">
                Total
              </th>
            </tr>
          </thead>
          <tbody>
            {parties.map((p, i) => (
              <tr key={p.key}>
                <th scope="row" className="pair-matrix__rowhead">
                  <span className="pair-matrix__who">
                    <span className="pair-matrix__num" aria-hidden="true">
                      {i + 1}
                    </span>
                    {mode === 'person' ? (
                      <>
                        <button
                          type="button"
                          className="pair-matrix__actor"
                          aria-pressed={selectedActors.includes(p.key)}
                          onClick={() => onToggleActor(p.key)}
                        >
                          {p.key}
                        </button>
                        <CountryFlag code={p.country} />
                      </>
                    ) : (
                      <CountryFlag code={p.key} />
                    )}
                  </span>
                </th>
                {cells[i]?.map((count, j) =>
                  i === j ? (
                    <td key={j} className="pair-matrix__self">
                      <span aria-hidden="true">—</span>
                      <span className="visually-hidden">same {noun}</span>
                    </td>
                  ) : (
                    cell(i, j, count)
                  ),
                )}
                {hasUnknown && cell(i, null, unknown[i] ?? 0)}
                <td className="pair-matrix__total">{p.total}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
