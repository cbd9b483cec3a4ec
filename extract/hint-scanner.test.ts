import fc from 'fast-check';
import { HINTS } from './cue-lexicon.ts';
import { hintScanner } from './hint-scanner.ts';

/** The prefilter as first written: one alternation regex of all hints, longest first, read with matchAll. */
function regexScanner(groups: readonly (readonly string[])[]): (text: string) => number[] {
  const byHint = new Map<string, number[]>();
  groups.forEach((hs, i) => hs.forEach((h) => byHint.set(h, [...(byHint.get(h) ?? []), i])));
  const byMatch = new Map(
    [...byHint.keys()].map((h) => [
      h,
      [...byHint.entries()].filter(([k]) => h.startsWith(k)).flatMap(([, c]) => c),
    ]),
  );
  const escape = (h: string) => h.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
  const re = new RegExp(
    [...byHint.keys()]
      .sort((a, b) => b.length - a.length)
      .map(escape)
      .join('|'),
    'gi',
  );
  return (text) => {
    const found = new Set<number>();
    for (const m of text.matchAll(re)) for (const c of byMatch.get(m[0].toLowerCase()) ?? []) found.add(c);
    return [...found].sort((a, b) => a - b);
  };
}

describe('hintScanner', () => {
  const groups = [['strike', 'air raid'], ['strikes'], ['fir', 'ceasefire'], ['a.b', 'x-y'], ['den']];
  const scan = hintScanner(groups);

  it.each([
    ['Missile STRIKES hit', [0, 1]],
    ['a strike', [0]],
    ['the ceasefire held', [2]], // "ceasefire" is taken whole: "fir" inside it is not seen
    ['they fired', [2]],
    ['an AIR RAID', [0]],
    ['a.b and x-y', [3]],
    ['aXb', []],
    ['president', [4]],
    ['strıke ſtrike', []], // dotless i and long s are not ASCII letters
    ['', []],
  ])('finds the groups in %j', (text, want) => {
    expect(scan(text)).toEqual(want);
  });

  it('rejects hints that are not lower-case ASCII', () => {
    expect(() => hintScanner([['Strike']])).toThrow(/lower-case ASCII/);
    expect(() => hintScanner([['frappé']])).toThrow(/lower-case ASCII/);
  });

  it('agrees with the alternation regex on the cue lexicon and any text', () => {
    const cues = hintScanner(HINTS);
    const oracle = regexScanner(HINTS);
    const piece = fc.oneof(
      fc.constantFrom(...HINTS.flat()).map((h) => (h.length % 2 ? h.toUpperCase() : h)),
      fc.constantFrom(' ', 'ed', 's', 'con', 'ı', 'ſ', 'K', 'é', '.', '-'),
      fc.string({ maxLength: 4 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), (parts) => {
        const text = parts.join('');
        expect(cues(text)).toEqual(oracle(text));
      }),
      { numRuns: 5000 },
    );
  });
});
