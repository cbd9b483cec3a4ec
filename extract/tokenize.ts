import { phraseTrie, type TrieNode } from './phrase-trie.ts';
import { charClass, isAsciiWordChar, SPACE, WORD } from './char-class.ts';

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

const KEEP_DOT_RE =
  /^(?:[A-Za-z]\.|(?:[A-Za-z]\.)+[A-Za-z]?\.?|Lt\.|Gen\.|Col\.|Dr\.|Mr\.|Mrs\.|Ms\.|Maj\.|Brig\.|Capt\.|St\.)$/;
const CAP_RE = /^[\p{Lu}@]/u;
const WORDISH_RE = /[\p{L}\p{N}@]/u;
const LETTER_RE = /^\p{L}/u;

/** Code points joining the parts of one word: - ' ’ . & ("al-Jubeir", "India’s", "U.S", "R&D"). */
function isJoiner(c: number): boolean {
  return c === 45 || c === 39 || c === 0x2019 || c === 46 || c === 38;
}

/** End of the run of letters and digits starting at j. */
function wordRunEnd(s: string, j: number): number {
  while (j < s.length) {
    const cp = s.codePointAt(j)!;
    if (charClass(cp) !== WORD) break;
    j += cp > 0xffff ? 2 : 1;
  }
  return j;
}

/**
 * End of the token starting at i (a non-space), as the regex
 * `@\w+|[\p{L}\p{N}]+(?:[-'’.&][\p{L}\p{N}]+)*\.?|[^\s\p{L}\p{N}]` (unicode mode) would match it:
 * greedy, and nothing after the word part can fail, so a forward scan finds the same end.
 */
function tokenEnd(s: string, i: number, cp: number): number {
  // (reads stay inside the string: charCodeAt past the end gives NaN, a number type the optimised
  // tokenizer had not seen, and a deoptimisation)
  if (cp === 64 && i + 1 < s.length && isAsciiWordChar(s.charCodeAt(i + 1))) {
    let j = i + 2;
    while (j < s.length && isAsciiWordChar(s.charCodeAt(j))) j++;
    return j;
  }
  const width = cp > 0xffff ? 2 : 1;
  if (charClass(cp) !== WORD) return i + width;
  let j = wordRunEnd(s, i + width);
  while (j + 1 < s.length && isJoiner(s.charCodeAt(j))) {
    const next = s.codePointAt(j + 1)!;
    if (charClass(next) !== WORD) break;
    j = wordRunEnd(s, j + 1);
  }
  if (j < s.length && s.charCodeAt(j) === 46) j++;
  return j;
}

/** First code point of `text` is a letter or digit (ASCII fast path). */
function startsWordish(text: string, letterOnly: boolean): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (!letterOnly && c >= 48 && c <= 57);
  return letterOnly ? LETTER_RE.test(text) : charClass(text.codePointAt(0)!) === WORD;
}

/** Length in code units of the first code point. */
const firstWidth = (text: string): number => (text.codePointAt(0)! > 0xffff ? 2 : 1);

export function tokenize(s: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < s.length) {
    const cp = s.codePointAt(i)!;
    if (charClass(cp) === SPACE) {
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    const start = i;
    i = tokenEnd(s, start, cp);
    let text = s.slice(start, i);
    let len = text.length;
    if (len > 1 && text.charCodeAt(len - 1) === 46 && !KEEP_DOT_RE.test(text)) text = text.slice(0, --len);
    let poss = false;
    const last = text.charCodeAt(len - 1);
    const second = len > 1 ? text.charCodeAt(len - 2) : -1;
    // "India's" (a letter or digit first), "countries'" (a letter first): at least one code point before the ending
    if (last === 115 && (second === 39 || second === 0x2019)) {
      if (len >= firstWidth(text) + 2 && startsWordish(text, false)) {
        text = text.slice(0, len - 2);
        poss = true;
      }
    } else if ((last === 39 || last === 0x2019) && second === 115) {
      if (len >= firstWidth(text) + 2 && startsWordish(text, true)) {
        text = text.slice(0, len - 1);
        poss = true;
      }
    }
    const c0 = text.charCodeAt(0);
    // as the regexes /[\p{L}\p{N}@]/u on the first code unit and /^[\p{Lu}@]/u on the first code point
    const punct = c0 < 128 ? !(isAsciiWordChar(c0) && c0 !== 95) && c0 !== 64 : !WORDISH_RE.test(text[0]!);
    const cap = c0 < 128 ? (c0 >= 65 && c0 <= 90) || c0 === 64 : CAP_RE.test(text);
    out.push({ text, lower: text.toLowerCase(), start, end: start + text.length, cap, poss, punct });
  }
  return out;
}

/**
 * The lower-case words of tokens[from, to) joined by single spaces: tokens.slice(from, to).map((t)
 * => t.lower).join(' ') without the two arrays (whose element kinds also differ between optimised
 * and unoptimised code, a deoptimisation in the hot functions that build them).
 */
export function lowerWords(tokens: readonly Token[], from: number, to: number): string {
  const end = Math.min(to, tokens.length);
  let s = from < end ? tokens[from]!.lower : '';
  for (let k = from + 1; k < end; k++) s += ' ' + tokens[k]!.lower;
  return s;
}

/**
 * Longest phrase from `phrases` (lower-case, space-separated) starting at token i; returns its
 * token length. A possessive token ends the phrase; "india's" as a phrase matches "India's" at once.
 */
export function matchPhrase(
  tokens: Token[],
  i: number,
  phrases: ReadonlyMap<string, string>,
  maxLen = 6,
): { len: number; value: string } | undefined {
  return matchTrie(tokens, i, phraseTrie(phrases), maxLen);
}

/** matchPhrase on a phrase map's trie, for callers that hold the trie (no WeakMap lookup per token). */
export function matchTrie(
  tokens: Token[],
  i: number,
  trie: TrieNode,
  maxLen = 6,
): { len: number; value: string } | undefined {
  let node = trie;
  let best: { len: number; value: string } | undefined;
  for (let k = 0; k < maxLen && i + k < tokens.length; k++) {
    const t = tokens[i + k]!;
    if (t.punct && t.text !== '-') break;
    // most tokens end here at k = 0: no phrase starts with that word
    const child = node.next?.get(t.lower);
    if (!child) break;
    if (t.poss) {
      if (child.possValue !== undefined) return { len: k + 1, value: child.possValue };
      if (child.value !== undefined) best = { len: k + 1, value: child.value };
      break;
    }
    if (child.value !== undefined) best = { len: k + 1, value: child.value };
    node = child;
  }
  return best;
}
