/**
 * Character classes of the tokenizer, by code point, as the regex classes `\s` and `[\p{L}\p{N}]`
 * (unicode mode) see them: a table for ASCII, a memoised regex test for the rest. Hand-written
 * scanners over char codes replace `matchAll` with unicode property classes on the hot path.
 */
export const SPACE = 0;
export const WORD = 1;
export const OTHER = 2;
export type CharClass = typeof SPACE | typeof WORD | typeof OTHER;

const ASCII: Uint8Array = (() => {
  const t = new Uint8Array(128).fill(OTHER);
  for (let c = 0; c < 128; c++) {
    const ch = String.fromCharCode(c);
    if (/\s/u.test(ch)) t[c] = SPACE;
    else if (/[\p{L}\p{N}]/u.test(ch)) t[c] = WORD;
  }
  return t;
})();

const WIDE = new Map<number, CharClass>();

/** The class of code point `cp` (a lone surrogate is OTHER, as in a unicode regex). */
export function charClass(cp: number): CharClass {
  if (cp < 128) return ASCII[cp] as CharClass;
  let k = WIDE.get(cp);
  if (k === undefined) {
    const ch = String.fromCodePoint(cp);
    k = /\s/u.test(ch) ? SPACE : /[\p{L}\p{N}]/u.test(ch) ? WORD : OTHER;
    WIDE.set(cp, k);
  }
  return k;
}

/** `\w` without the unicode flag: [A-Za-z0-9_]. */
export function isAsciiWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}
