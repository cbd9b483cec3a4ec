/** Dismissible notices: ignored URL parameters and rejected data records. */
import { useState } from 'react';
import { recordLabel, type DataProblem } from '../domain/parse-dataset.ts';

const MAX_LISTED = 50;

export function UrlNotices({ notices }: { notices: readonly string[] }) {
  const [dismissed, setDismissed] = useState<string>('');
  const key = notices.join('\n');
  if (notices.length === 0 || dismissed === key) return null;
  return (
    <div className="notice notice--info" role="status">
      <div>
        <strong>Some link parameters were ignored.</strong>
        <ul>
          {notices.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      </div>
      <button
        type="button"
        className="notice-close"
        onClick={() => setDismissed(key)}
        aria-label="Dismiss link notice"
      >
        ×
      </button>
    </div>
  );
}

export function DataProblemsNotice({
  problems,
  total,
  path,
}: {
  problems: readonly DataProblem[];
  total: number;
  path: string;
}) {
  const [dismissed, setDismissed] = useState(false);
  if (problems.length === 0 || dismissed) return null;
  const records = new Set(problems.map((p) => p.index)).size;
  return (
    <div className="notice notice--warning" role="alert">
      <div>
        <strong>
          {records === 1 ? '1 record' : `${records} records`} of {total} in {path} could not be used.
        </strong>{' '}
        The other records are shown.
        <details>
          <summary>Show the problems</summary>
          <ul className="problem-list">
            {problems.slice(0, MAX_LISTED).map((p, i) => (
              <li key={`${p.index}:${p.field}:${i}`}>
                Record {recordLabel(p)}
                {p.field ? (
                  <>
                    , field <code>{p.field}</code>
                  </>
                ) : null}
                : {p.message}
              </li>
            ))}
            {problems.length > MAX_LISTED ? <li>…and {problems.length - MAX_LISTED} more.</li> : null}
          </ul>
        </details>
      </div>
      <button
        type="button"
        className="notice-close"
        onClick={() => setDismissed(true)}
        aria-label="Dismiss data problems"
      >
        ×
      </button>
    </div>
  );
}
