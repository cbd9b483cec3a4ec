/**
 * The article dateline: a first token `date YYYY-MM-DD` (leading whitespace allowed) gives the
 * publication date. The body starts after it, so its words never reach the extraction stages.
 * A wire-service dateline that opens the body ("NEW DELHI, May 3 (Reuters) -", "SRINAGAR (AP) —",
 * "BEIJING/ISLAMABAD -", "ISLAMABAD:") names where the report was filed, not where anything happened: the
 * body starts after it too.
 */
import { asIsoDate } from '../src/domain/dates.ts';
import type { IsoDate } from '../src/domain/event.ts';

export interface Dateline {
  published: IsoDate | undefined;
  /** Offset where the article body starts (after the dateline, or 0). */
  bodyStart: number;
  /** The first place of a wire dateline, as a name ("SANTO DOMINGO" -> "Santo Domingo"): what "here" is. */
  filedFrom?: string;
}

const DATELINE_RE = /^\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*/;

// An upper-case place (or several joined by "/"), optional ", Country" / ", May 3" parts, an optional
// "(Reuters)", then a dash. Upper case is required so that a sentence opening is never taken.
const CAPS = String.raw`[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+)*`;
const WIRE_RE = new RegExp(
  String.raw`^\s*${CAPS}(?:\s*/\s*${CAPS})*(?:,\s*(?:[A-Z][\w.'’]*(?: [\w.'’]+){0,4}|\d{4}))*\s*(?:\([^()\n]{1,40}\))?\s*(?:--|[-—–]|:)\s*`,
);

/** Length of a wire dateline at the start of `body`, or 0. */
export function wireDatelineLength(body: string): number {
  const m = WIRE_RE.exec(body);
  // a real body follows: a capital letter or a quote opening the first sentence
  return m && /^[A-Z“"‘']/.test(body.slice(m[0].length)) ? m[0].length : 0;
}

export function parseDateline(text: string): Dateline {
  const m = DATELINE_RE.exec(text);
  const published = m ? asIsoDate(m[1] ?? '') : undefined;
  const start = m && published ? m[0].length : 0;
  const wire = wireDatelineLength(text.slice(start));
  const first = wire ? /^\s*([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+)*)/.exec(text.slice(start)) : null;
  const filedFrom = first?.[1]
    ?.toLowerCase()
    .replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
  return { published, bodyStart: start + wire, ...(filedFrom ? { filedFrom } : {}) };
}
