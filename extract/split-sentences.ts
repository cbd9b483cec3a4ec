/**
 * Sentence splitting with exact character offsets into the article text. Handles abbreviations
 * (Lt Gen., U.S., Dr.), initials, closing quotes after the full stop, and the missing space of
 * `justice."Discussed` (the quote opens the next sentence). Paragraph breaks always end a sentence.
 */
export interface Sentence {
  /** Index of the sentence in the article. */
  index: number;
  /** Index of the paragraph (blank-line or line separated block) it belongs to. */
  paragraph: number;
  start: number;
  end: number;
  text: string;
}

const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'sr',
  'jr',
  'st',
  'lt',
  'gen',
  'col',
  'maj',
  'brig',
  'capt',
  'cpt',
  'sgt',
  'cmdr',
  'adm',
  'gov',
  'sen',
  'rep',
  'rev',
  'hon',
  'pres',
  'no',
  'nos',
  'vol',
  'fig',
  'approx',
  'dept',
  'govt',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'vs',
  'etc',
  'inc',
  'ltd',
  'co',
  'corp',
  'e.g',
  'i.e',
  'u.s',
  'u.k',
  'u.n',
  'u.a.e',
  'a.m',
  'p.m',
  'mt',
  'ft',
  'km',
  'sq',
]);
// Abbreviations that usually stand before a name, so the next capitalised word never starts a sentence.
const BEFORE_NAME = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'lt',
  'gen',
  'col',
  'maj',
  'brig',
  'capt',
  'sgt',
  'adm',
  'gov',
  'sen',
  'rep',
  'st',
  'no',
]);

/** A time zone after "a.m."/"p.m.": "Indian time", "local time", "Pakistan Standard Time", "GMT". */
const TIME_ZONE_AFTER =
  /^(?:[A-Z][a-z]+ (?:[A-Z][a-z]+ )?(?:[Tt]ime|Standard Time)\b|(?:IST|PKT|GMT|UTC|BST|CET|CEST|EST|EDT|ET|PST|PDT|PT|MSK|ICT|AST)\b)/;
const MAY_END = new Set(['etc', 'inc', 'ltd', 'co', 'a.m', 'p.m', 'corp']);

// The scanner compares char codes (charCodeAt gives NaN past the end, which matches nothing):
// a one-character string and a regex test per character cost most of the splitting time.
const NEWLINE = 10;
const DOT = 46;
const DQUOTE = 34; // "
const SQUOTE = 39; // '
const LDQUO = 0x201c; // “
const RDQUO = 0x201d; // ”
/** " “ ‘ ' « */
const isOpenQuote = (c: number): boolean =>
  c === DQUOTE || c === LDQUO || c === 0x2018 || c === SQUOTE || c === 0xab;
/** " ” ’ ' » */
const isCloseQuote = (c: number): boolean =>
  c === DQUOTE || c === RDQUO || c === 0x2019 || c === SQUOTE || c === 0xbb;
/** . ! ? */
const isTerminal = (c: number): boolean => c === DOT || c === 33 || c === 63;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** [A-Z0-9\u00C0-\u00DE] */
function isUpperStart(c: number): boolean {
  return (c >= 65 && c <= 90) || isDigit(c) || (c >= 0xc0 && c <= 0xde);
}

/** The word (letters and inner dots) that ends just before position `dot`. */
function wordBefore(text: string, dot: number): string {
  let i = dot;
  while (i > 0 && (isAsciiLetter(text.charCodeAt(i - 1)) || text.charCodeAt(i - 1) === DOT)) i--;
  return text.slice(i, dot);
}

function isAbbreviation(text: string, dot: number): { abbr: boolean; beforeName: boolean } {
  const w = wordBefore(text, dot).replace(/^\.+/, '');
  if (w === '') return { abbr: false, beforeName: false };
  const lower = w.toLowerCase();
  // "posted on X." names the platform, it is no initial
  if (/^X$/.test(w) && /\b(?:on|via)\s$/.test(text.slice(Math.max(0, dot - 5), dot - 1)))
    return { abbr: false, beforeName: false };
  if (/^[A-Z]$/.test(w)) return { abbr: true, beforeName: true }; // an initial: "S. Jaishankar"
  if (/^([A-Za-z]\.)+[A-Za-z]$/.test(w)) return { abbr: true, beforeName: false }; // U.S, e.g
  return { abbr: ABBREVIATIONS.has(lower), beforeName: BEFORE_NAME.has(lower) };
}

const MAX_QUOTE = 1200;

/** Whitespace test on a char code: the splitter's inner loop, where a regex per character costs most. */
function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 160 ||
    c === 0x2028 ||
    c === 0x2029 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x202f ||
    c === 0x3000
  );
}

/**
 * Spans of double-quoted speech, so that a quotation of several sentences stays one sentence with
 * its attribution ("“... itself. He reiterated ...,” the statement added."). Straight quotes
 * toggle; a quote left open at the end of its paragraph, or longer than MAX_QUOTE, protects nothing.
 */
function quoteSpans(text: string, from: number): number[] {
  // as [start, end) pairs in text order; the regex jumps to the quotes and line breaks, the only
  // characters that matter here (a loop over every character cost more than the splitting)
  const spans: number[] = [];
  let open = -1;
  QUOTE_OR_BREAK_RE.lastIndex = from;
  for (let m = QUOTE_OR_BREAK_RE.exec(text); m; m = QUOTE_OR_BREAK_RE.exec(text)) {
    const i = m.index;
    const ch = text.charCodeAt(i);
    if (ch === NEWLINE) {
      open = -1;
      continue;
    }
    const opens = ch === LDQUO || (ch === DQUOTE && open < 0);
    const closes = ch === RDQUO || (ch === DQUOTE && open >= 0);
    if (closes && open >= 0) {
      if (i - open <= MAX_QUOTE && i > open + 1) spans.push(open + 1, i);
      open = -1;
    } else if (opens) {
      open = i;
    }
  }
  return spans;
}
const BREAK_OR_TERMINAL_RE = /[\n.!?]/g;
const QUOTE_OR_BREAK_RE = /["\u201c\u201d\n]/g;

/** Split `text` (whole article) into sentences between `from` and the end. */
export function splitSentences(text: string, from = 0): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  let segStart = from;
  const push = (s: number, e: number): void => {
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) out.push({ index: out.length, paragraph, start: s, end: e, text: text.slice(s, e) });
  };
  const quoted = quoteSpans(text, from);
  let qs = 0; // the first quote span that does not end before i (i only moves forward)
  let i = from;
  while (i < text.length) {
    // jump to the next line break or . ! ?: every other character only moves on by one
    BREAK_OR_TERMINAL_RE.lastIndex = i;
    const next = BREAK_OR_TERMINAL_RE.exec(text);
    if (!next) break;
    i = next.index;
    const ch = text.charCodeAt(i);
    if (ch === NEWLINE) {
      push(segStart, i);
      // a blank line or a single line break both end the paragraph (wire copy uses either)
      let j = i;
      while (j < text.length && isSpace(text.charCodeAt(j))) j++;
      if (out.length > 0 && out[out.length - 1]!.paragraph === paragraph) paragraph++;
      segStart = j;
      i = j;
      continue;
    }
    while (qs < quoted.length && quoted[qs + 1]! <= i) qs += 2;
    if (isTerminal(ch) && qs < quoted.length && quoted[qs]! <= i) {
      i++;
      continue;
    }
    if (isTerminal(ch)) {
      let j = i + 1;
      while (j < text.length && isTerminal(text.charCodeAt(j))) j++;
      if (ch === DOT) {
        const { abbr, beforeName } = isAbbreviation(text, i);
        // Titles and initials precede a name; acronyms (U.S.) and months mostly sit mid-sentence. Only
        // words like "etc." or "a.m." may end a sentence, and then only before a capitalised word.
        if (
          beforeName ||
          (abbr &&
            !(
              MAY_END.has(wordBefore(text, i).toLowerCase()) &&
              isSpace(text.charCodeAt(j)) &&
              isUpperStart(text.charCodeAt(j + 1)) &&
              // "at 3:35 p.m. Indian time on Saturday", "5 p.m. IST": a time zone goes on
              !TIME_ZONE_AFTER.test(text.slice(j + 1, j + 40))
            ))
        ) {
          i = j;
          continue;
        }
        if (isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(j))) {
          i = j; // a decimal: 1.5
          continue;
        }
      }
      // closing quotes and brackets that belong to this sentence
      let k = j;
      while (k < text.length && (isCloseQuote(text.charCodeAt(k)) || text.charCodeAt(k) === 41)) {
        // a straight quote directly followed by a letter opens the next sentence: justice."Discussed
        const q = text.charCodeAt(k);
        if ((q === DQUOTE || q === SQUOTE) && isAsciiLetter(text.charCodeAt(k + 1))) break;
        k++;
      }
      const after = text.charCodeAt(k);
      if (k >= text.length || isSpace(after)) {
        // need a sentence-like start after the whitespace
        let m = k;
        while (m < text.length && (text.charCodeAt(m) === 32 || text.charCodeAt(m) === 9)) m++;
        const first = text.charCodeAt(m);
        if (
          m >= text.length ||
          first === NEWLINE ||
          isUpperStart(first) ||
          isOpenQuote(first) ||
          first === 40 || // (
          first === 64 || // @
          first === 35 // #
        ) {
          push(segStart, k);
          segStart = k;
          i = k;
          continue;
        }
      } else if (isOpenQuote(after) && isAsciiLetter(text.charCodeAt(k + 1))) {
        push(segStart, k);
        segStart = k;
        i = k;
        continue;
      }
      i = j;
      continue;
    }
    i++;
  }
  push(segStart, text.length);
  return out;
}
