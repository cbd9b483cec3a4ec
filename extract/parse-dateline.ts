/**
 * The article dateline: a first token `date YYYY-MM-DD` (leading whitespace allowed) gives the
 * publication date. The body starts after it, so its words never reach the extraction stages.
 */
import { asIsoDate } from '../src/domain/dates.ts';
import type { IsoDate } from '../src/domain/event.ts';

export interface Dateline {
  published: IsoDate | undefined;
  /** Offset where the article body starts (after the dateline, or 0). */
  bodyStart: number;
}

const DATELINE_RE = /^\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*/;

export function parseDateline(text: string): Dateline {
  const m = DATELINE_RE.exec(text);
  if (!m) return { published: undefined, bodyStart: 0 };
  const published = asIsoDate(m[1] ?? '');
  return { published, bodyStart: published ? m[0].length : 0 };
}
