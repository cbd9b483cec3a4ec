import fc from 'fast-check';
import { buildPhraseTrie } from './phrase-trie.ts';
import { matchPhrase, tokenize, type Token } from './tokenize.ts';

/** matchPhrase as first written, over a set of string prefixes: the trie walk must agree with it. */
function stringMatchPhrase(
  tokens: Token[],
  i: number,
  phrases: ReadonlyMap<string, string>,
  maxLen = 6,
): { len: number; value: string } | undefined {
  const prefixes = new Set<string>();
  for (const k of phrases.keys()) {
    const words = k.replace(/'s$/, '').split(' ');
    for (let n = 1; n <= words.length; n++) prefixes.add(words.slice(0, n).join(' '));
  }
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
    if (!prefixes.has(text)) break;
    const v = phrases.get(text);
    if (v !== undefined) best = { len: k + 1, value: v };
    if (t.poss) break;
  }
  return best;
}

const PHRASES = new Map([
  ['prime minister', 'Prime Minister'],
  ['prime minister of india', 'PM India'],
  ['minister', 'Minister'],
  ['india', 'India'],
  ["india's", 'India (possessive)'],
  ['chief of army staff', 'COAS'],
  ['vice-president', 'VP'],
  ['line of control', 'LoC'],
  ['a - b', 'dash'],
]);

describe('phrase trie', () => {
  it.each([
    ['Prime Minister Modi', 0, { len: 2, value: 'Prime Minister' }],
    ['prime minister of India said', 0, { len: 4, value: 'PM India' }],
    ['Prime Minister of Pakistan', 0, { len: 2, value: 'Prime Minister' }],
    ["India's army", 0, { len: 1, value: 'India (possessive)' }],
    ['India army', 0, { len: 1, value: 'India' }],
    ["Prime Minister's office", 0, { len: 2, value: 'Prime Minister' }],
    ['Prime, Minister', 0, undefined],
    ['the Vice-President', 1, { len: 1, value: 'VP' }],
    ['A - B', 0, { len: 3, value: 'dash' }],
    ['Chief of Army', 0, undefined],
    ['Chief of Army Staff Munir', 0, { len: 4, value: 'COAS' }],
    ['Line of Control', 0, { len: 3, value: 'LoC' }],
  ])('matches %j at token %i', (s, i, want) => {
    expect(matchPhrase(tokenize(s), i, PHRASES)).toEqual(want);
  });

  it('stops at maxLen tokens', () => {
    expect(matchPhrase(tokenize('prime minister of india'), 0, PHRASES, 3)).toEqual({
      len: 2,
      value: 'Prime Minister',
    });
  });

  it('has a node for every word-prefix, and values only where a phrase ends', () => {
    const root = buildPhraseTrie(PHRASES);
    const prime = root.next?.get('prime');
    expect(prime?.value).toBeUndefined();
    expect(prime?.next?.get('minister')?.value).toBe('Prime Minister');
    expect(root.next?.get('india')?.possValue).toBe('India (possessive)');
  });

  it('agrees with the string-prefix matcher on any phrases and text', () => {
    const word = fc.constantFrom('a', 'b', 'of', 'the', "a's", "b's", 'x-y', '-', ',', "A'S");
    const phrase = fc.array(word, { minLength: 1, maxLength: 4 }).map((w) => w.join(' ').toLowerCase());
    fc.assert(
      fc.property(
        fc.array(fc.tuple(phrase, fc.string({ maxLength: 3 })), { maxLength: 8 }),
        fc.array(word, { maxLength: 8 }),
        fc.nat(7),
        fc.integer({ min: 1, max: 6 }),
        (entries, words, i, maxLen) => {
          const phrases = new Map(entries);
          const tokens = tokenize(words.join(' '));
          expect(matchPhrase(tokens, i, phrases, maxLen)).toEqual(
            stringMatchPhrase(tokens, i, phrases, maxLen),
          );
        },
      ),
      { numRuns: 5000 },
    );
  });
});
