/**
 * A dropped or chosen file -> article text, or a reason a reader can act on. Checked before
 * anything is stored or extracted, so bad input never touches what is already there:
 * too large (checked on the size, before reading), empty, binary (NUL bytes or control
 * characters), not UTF-8 (TextDecoder with `fatal`). Line endings become "\n" so that evidence
 * offsets are counted on the same text that is stored and shown.
 */

/** 1 MB per article: a long news report is 10–50 kB; extraction takes ~25 s at this size here. */
export const MAX_ARTICLE_BYTES = 1024 * 1024;
export const MAX_ARTICLE_LABEL = '1 MB';

export type ArticleProblem = 'too-large' | 'empty' | 'binary' | 'not-utf8';

export type ReadArticle =
  | { ok: true; name: string; text: string }
  | { ok: false; name: string; problem: ArticleProblem; message: string };

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${Math.round(n / 1024)} kB`;
  return `${n} bytes`;
}

function fail(name: string, problem: ArticleProblem, size = 0): ReadArticle {
  const quoted = `“${name}”`;
  const message = ((): string => {
    switch (problem) {
      case 'too-large':
        return `${quoted} is ${formatBytes(size)}; the limit is ${MAX_ARTICLE_LABEL} per article. Split it into smaller files and add them one by one.`;
      case 'empty':
        return `${quoted} is empty: there is no text to read.`;
      case 'binary':
        return `${quoted} is not a plain-text file (it contains binary data). Save the article as plain text (.txt) and add it again.`;
      case 'not-utf8':
        return `${quoted} is not UTF-8 text. Save it as UTF-8 plain text and add it again.`;
      default: {
        const never: never = problem;
        return never;
      }
    }
  })();
  return { ok: false, name, problem, message };
}

/** Control characters other than tab, line feed, form feed and carriage return. */
// eslint-disable-next-line no-control-regex -- looking for control characters is the point
const CONTROL_RE = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/g;

export function normalizeArticleText(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/** True when the text holds nothing but white space and, at most, a dateline. */
export function isBlankArticle(text: string): boolean {
  return text.replace(/^\s*date\s+\d{4}-\d{2}-\d{2}\b/, '').trim().length === 0;
}

export function decodeArticleBytes(name: string, bytes: Uint8Array): ReadArticle {
  if (bytes.length > MAX_ARTICLE_BYTES) return fail(name, 'too-large', bytes.length);
  if (bytes.includes(0)) return fail(name, 'binary');
  let text: string;
  try {
    // BOM stripped (ignoreBOM false); invalid sequences throw instead of becoming U+FFFD.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail(name, 'not-utf8');
  }
  // A few stray control characters happen in copied text; many mean a binary format.
  const controls = text.match(CONTROL_RE)?.length ?? 0;
  if (controls > 8 && controls > text.length / 1000) return fail(name, 'binary');
  text = normalizeArticleText(text.replace(CONTROL_RE, ' '));
  if (isBlankArticle(text)) return fail(name, 'empty');
  return { ok: true, name, text };
}

export async function readArticleFile(file: File): Promise<ReadArticle> {
  // Refuse a huge file on its size, before reading it into memory.
  if (file.size > MAX_ARTICLE_BYTES) return fail(file.name, 'too-large', file.size);
  if (file.size === 0) return fail(file.name, 'empty');
  return decodeArticleBytes(file.name, new Uint8Array(await file.arrayBuffer()));
}

/** Pasted text goes through the same checks (its size counted in UTF-8 bytes). */
export function checkPastedText(name: string, text: string): ReadArticle {
  const size = new TextEncoder().encode(text).length;
  if (size > MAX_ARTICLE_BYTES) return fail(name, 'too-large', size);
  const clean = normalizeArticleText(text.replace(CONTROL_RE, ' '));
  if (isBlankArticle(clean)) return fail(name, 'empty');
  return { ok: true, name, text: clean };
}
