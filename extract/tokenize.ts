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
  const prefixes = prefixesOf(phrases);
  let text = '';
  let best: { len: number; value: string } | undefined;
  for (let k = 0; k < maxLen && i + k < tokens.length; k++) {
    const t = tokens[i + k]!;
    if (t.punct && t.text !== '-') break;
    text = k === 0 ? t.lower : `${text} ${t.lower}`;
    if (t.poss) {
      const vp = phrases.get(`${text}'s`);
      if (vp !== undefined) return { len: k + 1, value: vp };
    }
    // stop as soon as no phrase starts with these words: most tokens end here at k = 0
    if (!prefixes.has(text)) break;
    const v = phrases.get(text);
    if (v !== undefined) best = { len: k + 1, value: v };
    if (t.poss) break;
  }
  return best;
}

const PREFIXES = new WeakMap<ReadonlyMap<string, string>, Set<string>>();
/** Every word-prefix of every phrase ("prime", "prime minister"), built once per phrase map. */
function prefixesOf(phrases: ReadonlyMap<string, string>): Set<string> {
  let set = PREFIXES.get(phrases);
  if (!set) {
    set = new Set();
    for (const k of phrases.keys()) {
      const words = k.replace(/'s$/, '').split(' ');
      for (let n = 1; n <= words.length; n++) set.add(words.slice(0, n).join(' '));
    }
    PREFIXES.set(phrases, set);
  }
  return set;
}
