/** Word tokens with offsets into the sentence; possessive "'s" is split off into a flag. */
export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** starts with a capital letter (or is an @handle) */
  cap: boolean;
  /** written with a possessive 's: "India's" */
  poss: boolean;
  /** punctuation rather than a word */
  punct: boolean;
}

const TOKEN_RE = /@\w+|[\p{L}\p{N}]+(?:[-'’.&][\p{L}\p{N}]+)*\.?|[^\s\p{L}\p{N}]/gu;
const KEEP_DOT_RE =
  /^(?:[A-Za-z]\.|(?:[A-Za-z]\.)+[A-Za-z]?\.?|Lt\.|Gen\.|Col\.|Dr\.|Mr\.|Mrs\.|Ms\.|Maj\.|Brig\.|Capt\.|St\.)$/;

export function tokenize(s: string): Token[] {
  const out: Token[] = [];
  for (const m of s.matchAll(TOKEN_RE)) {
    let text = m[0];
    let start = m.index;
    if (text.length > 1 && text.endsWith('.') && !KEEP_DOT_RE.test(text)) text = text.slice(0, -1);
    let poss = false;
    if (/^[\p{L}\p{N}].*['’]s$/u.test(text)) {
      text = text.slice(0, -2);
      poss = true;
    } else if (/^[\p{L}].*s['’]$/u.test(text)) {
      text = text.slice(0, -1);
      poss = true;
    }
    const punct = !/[\p{L}\p{N}@]/u.test(text[0] ?? '');
    out.push({
      text,
      lower: text.toLowerCase(),
      start,
      end: start + text.length,
      cap: /^[\p{Lu}@]/u.test(text),
      poss,
      punct,
    });
    start += 0;
  }
  return out;
}

/** Longest phrase from `phrases` (lower-case, space-separated) starting at token i; returns its token length. */
export function matchPhrase(
  tokens: Token[],
  i: number,
  phrases: ReadonlyMap<string, string>,
  maxLen = 6,
): { len: number; value: string } | undefined {
  let text = '';
  let best: { len: number; value: string } | undefined;
  for (let k = 0; k < maxLen && i + k < tokens.length; k++) {
    const t = tokens[i + k]!;
    if (t.punct && t.text !== '-') break;
    text = k === 0 ? t.lower : `${text} ${t.lower}`;
    const v = phrases.get(text);
    if (v !== undefined) best = { len: k + 1, value: v };
    if (t.poss && k < maxLen - 1) {
      const vp = phrases.get(`${text}'s`);
      if (vp !== undefined) best = { len: k + 1, value: vp };
      break;
    }
  }
  return best;
}
