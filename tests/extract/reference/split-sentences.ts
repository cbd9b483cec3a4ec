/**
 * splitSentences as it was before the char-code scanner (commit e9a1a7c), kept as the oracle of
 * extract/split-sentences.test.ts: the optimised splitter must give the same sentences on any text.
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

const MAY_END = new Set(['etc', 'inc', 'ltd', 'co', 'a.m', 'p.m', 'corp']);

const OPEN_QUOTES = '"“‘\'«';
const CLOSE_QUOTES = '"”’\'»';
const TERMINALS = '.!?';

function isUpperStart(ch: string | undefined): boolean {
  return ch !== undefined && /[A-Z0-9\u00C0-\u00DE]/.test(ch);
}

/** The word (letters and inner dots) that ends just before position `dot`. */
function wordBefore(text: string, dot: number): string {
  let i = dot;
  while (i > 0 && /[A-Za-z.]/.test(text[i - 1] ?? '')) i--;
  return text.slice(i, dot);
}

function isAbbreviation(text: string, dot: number): { abbr: boolean; beforeName: boolean } {
  const w = wordBefore(text, dot).replace(/^\.+/, '');
  if (w === '') return { abbr: false, beforeName: false };
  const lower = w.toLowerCase();
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
function quoteSpans(text: string, from: number): Uint8Array {
  const inside = new Uint8Array(text.length);
  let open = -1;
  for (let i = from; i <= text.length; i++) {
    const ch = text[i];
    if (ch === undefined || ch === '\n') {
      open = -1;
      continue;
    }
    const opens = ch === '“' || (ch === '"' && open < 0);
    const closes = ch === '”' || (ch === '"' && open >= 0);
    if (closes && open >= 0) {
      if (i - open <= MAX_QUOTE) inside.fill(1, open + 1, i);
      open = -1;
    } else if (opens) {
      open = i;
    }
  }
  return inside;
}

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
  let i = from;
  while (i < text.length) {
    const ch = text[i] ?? '';
    if (ch === '\n') {
      push(segStart, i);
      // a blank line or a single line break both end the paragraph (wire copy uses either)
      let j = i;
      while (j < text.length && isSpace(text.charCodeAt(j))) j++;
      if (out.length > 0 && out[out.length - 1]!.paragraph === paragraph) paragraph++;
      segStart = j;
      i = j;
      continue;
    }
    if (TERMINALS.includes(ch) && quoted[i] === 1) {
      i++;
      continue;
    }
    if (TERMINALS.includes(ch)) {
      let j = i + 1;
      while (j < text.length && TERMINALS.includes(text[j] ?? '')) j++;
      if (ch === '.') {
        const { abbr, beforeName } = isAbbreviation(text, i);
        // Titles and initials precede a name; acronyms (U.S.) and months mostly sit mid-sentence. Only
        // words like "etc." or "a.m." may end a sentence, and then only before a capitalised word.
        if (
          beforeName ||
          (abbr &&
            !(
              MAY_END.has(wordBefore(text, i).toLowerCase()) &&
              isSpace(text.charCodeAt(j)) &&
              isUpperStart(text[j + 1])
            ))
        ) {
          i = j;
          continue;
        }
        const next = text[j];
        if (/[0-9]/.test(text[i - 1] ?? '') && /[0-9]/.test(next ?? '')) {
          i = j; // a decimal: 1.5
          continue;
        }
      }
      // closing quotes and brackets that belong to this sentence
      let k = j;
      while (k < text.length && (CLOSE_QUOTES.includes(text[k] ?? '') || text[k] === ')')) {
        // a straight quote directly followed by a letter opens the next sentence: justice."Discussed
        if ((text[k] === '"' || text[k] === "'") && /[A-Za-z]/.test(text[k + 1] ?? '')) break;
        k++;
      }
      const after = text[k];
      if (after === undefined || isSpace(after.charCodeAt(0))) {
        // need a sentence-like start after the whitespace
        let m = k;
        while (m < text.length && (text[m] === ' ' || text[m] === '\t')) m++;
        const first = text[m];
        if (
          first === undefined ||
          first === '\n' ||
          isUpperStart(first) ||
          OPEN_QUOTES.includes(first) ||
          first === '(' ||
          first === '@' ||
          first === '#'
        ) {
          push(segStart, k);
          segStart = k;
          i = k;
          continue;
        }
      } else if (OPEN_QUOTES.includes(after) && /[A-Za-z]/.test(text[k + 1] ?? '')) {
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
