/**
 * The dataset edge: raw JSON in, valid events plus a list of problems out. One bad record never
 * hides the others, and every rejected record is reported with its id (or index) and the field.
 */
import { EventSchema, type CrisisEvent } from './event.ts';

export interface DataProblem {
  /** Position of the record in the file's `events` array; -1 for file-level problems. */
  index: number;
  /** The record's id when it had a usable one. */
  id?: string;
  /** Dotted path of the offending field inside the record, e.g. "date.start" ("" = the record). */
  field: string;
  message: string;
}

export interface ParsedDataset {
  events: CrisisEvent[];
  problems: DataProblem[];
  /** Number of records in the file (valid + rejected). */
  total: number;
}

function pathToString(path: readonly PropertyKey[]): string {
  return path
    .map((p) => (typeof p === 'number' ? `[${p}]` : String(p)))
    .join('.')
    .replace(/\.\[/g, '[');
}

function recordId(raw: unknown): string | undefined {
  if (typeof raw === 'object' && raw !== null && 'id' in raw) {
    const id = (raw as { id: unknown }).id;
    if (typeof id === 'string' && id.length > 0) return id.length > 80 ? `${id.slice(0, 80)}…` : id;
  }
  return undefined;
}

/** A short human label for a record: `"kupwara-1" (#3)` or `#3`. */
export function recordLabel(p: Pick<DataProblem, 'index' | 'id'>): string {
  if (p.index < 0) return 'file';
  return p.id !== undefined ? `"${p.id}" (#${p.index})` : `#${p.index}`;
}

/** How often `onProgress` hears from a long parse (records). */
export const PROGRESS_EVERY = 5_000;

/**
 * Parses a dataset file's JSON value: `{ "events": [...] }` (or a bare array of events).
 * `onProgress(checked, total)` is called every PROGRESS_EVERY records and at the end.
 */
export function parseDataset(
  raw: unknown,
  onProgress?: (checked: number, total: number) => void,
): ParsedDataset {
  let records: unknown[];
  if (Array.isArray(raw)) records = raw;
  else if (typeof raw === 'object' && raw !== null && Array.isArray((raw as { events?: unknown }).events)) {
    records = (raw as { events: unknown[] }).events;
  } else {
    return {
      events: [],
      total: 0,
      problems: [
        { index: -1, field: 'events', message: 'the file must be an object with an "events" array' },
      ],
    };
  }

  const events: CrisisEvent[] = [];
  const problems: DataProblem[] = [];
  const firstIndexOfId = new Map<string, number>();
  records.forEach((record, index) => {
    if (onProgress && index > 0 && index % PROGRESS_EVERY === 0) onProgress(index, records.length);
    const id = recordId(record);
    const result = EventSchema.safeParse(record);
    if (!result.success) {
      // One line per field, so "date.start" and "evidence[0].quote" are each named.
      const seen = new Set<string>();
      for (const issue of result.error.issues) {
        const field = pathToString(issue.path);
        const key = `${field}:${issue.message}`;
        if (seen.has(key)) continue;
        seen.add(key);
        problems.push({ index, ...(id !== undefined && { id }), field, message: issue.message });
      }
      return;
    }
    const first = firstIndexOfId.get(result.data.id);
    if (first !== undefined) {
      problems.push({
        index,
        id: result.data.id,
        field: 'id',
        message: `duplicate id (first used by #${first})`,
      });
      return;
    }
    firstIndexOfId.set(result.data.id, index);
    events.push(result.data);
  });
  onProgress?.(records.length, records.length);
  return { events, problems, total: records.length };
}
