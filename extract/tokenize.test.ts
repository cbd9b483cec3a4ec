import fc from 'fast-check';
import { tokenize, type Token } from './tokenize.ts';

/** The tokenizer as it was first written with one regex: the scanner must agree with it exactly. */
function regexTokenize(s: string): Token[] {
  const TOKEN_RE = /@\w+|[\p{L}\p{N}]+(?:[-'’.&][\p{L}\p{N}]+)*\.?|[^\s\p{L}\p{N}]/gu;
  const KEEP_DOT_RE =
    /^(?:[A-Za-z]\.|(?:[A-Za-z]\.)+[A-Za-z]?\.?|Lt\.|Gen\.|Col\.|Dr\.|Mr\.|Mrs\.|Ms\.|Maj\.|Brig\.|Capt\.|St\.)$/;
  const out: Token[] = [];
  for (const m of s.matchAll(TOKEN_RE)) {
    let text = m[0];
    const start = m.index;
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
  }
  return out;
}

const same = (s: string): void => {
  expect(tokenize(s)).toEqual(regexTokenize(s));
};

describe('tokenize', () => {
  it.each([
    "India's army and the countries' borders",
    'Lt. Gen. Rajiv Ghai met U.S. officials, e.g. Dr. Rao.',
    '@SecRubio @_x @ @é hi@there',
    'al-Jubeir R&D 1.5 km… “quoted” ‘single’ – dash—em',
    'Ábhinav Çelik ŞEHİR 東京 Москва’s 𝐀bc 😀s 9’s 7s’',
    "INDIA'S s' 's ’s x.'s a.b.c. Co.",
    'trailing dot. ..  .x x. \u00a0nbsp\u2028line\ufeffbom',
  ])('agrees with the regex tokenizer on %j', (s) => same(s));

  it('splits off a possessive into a flag, keeping offsets into the sentence', () => {
    const [t] = tokenize("Pakistan's");
    expect(t).toMatchObject({ text: 'Pakistan', lower: 'pakistan', start: 0, end: 8, poss: true, cap: true });
  });

  it('agrees with the regex tokenizer on any text', () => {
    const pieces = fc.constantFrom(
      'a',
      'Z',
      's',
      '1',
      '_',
      '@',
      '.',
      "'",
      '’',
      '-',
      '&',
      ',',
      ' ',
      '\n',
      '\u00a0',
      'é',
      'Ş',
      'İ',
      '東',
      '😀',
      '𝐀',
      '\ud800',
      'Lt',
      'Gen',
      'U.S',
      "'s",
      's’',
      'ſ',
      'K',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), (parts) => same(parts.join(''))),
      { numRuns: 3000 },
    );
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), same), { numRuns: 2000 });
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 40 }), same), { numRuns: 2000 });
  });
});
