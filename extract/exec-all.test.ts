import fc from 'fast-check';
import { execAll } from './exec-all.ts';

const view = (ms: RegExpMatchArray[]) => ms.map((m) => [m.index, [...m]]);

describe('execAll', () => {
  it.each([
    [/\b\w+/g, 'two words'],
    [/x*/g, 'axxb'],
    [/(?:)/gu, 'a😀b'],
    [/(\d)|(z)/gi, '1 Z 2'],
    [/\p{Lu}/gu, 'Ábc Δ'],
  ])('gives what matchAll gives for %s on %j', (re, text) => {
    expect(view(execAll(re, text))).toEqual(view([...text.matchAll(re)]));
    expect(re.lastIndex).toBe(0);
  });

  it('starts from the beginning whatever lastIndex was left at', () => {
    const re = /a/g;
    re.lastIndex = 3;
    expect(execAll(re, 'aaaa')).toHaveLength(4);
  });

  it('refuses a non-global regex', () => {
    expect(() => execAll(/a/, 'a')).toThrow(TypeError);
  });

  it('agrees with matchAll on any text', () => {
    const res = [/\b(1[89]\d\d|20\d\d)\b/g, /a*|b/g, /[^\s\p{L}]|\p{L}+/gu, /(?:)/gu];
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-composite', maxLength: 20 }), fc.nat(3), (text, k) => {
        const re = res[k]!;
        expect(view(execAll(re, text))).toEqual(view([...text.matchAll(re)]));
      }),
    );
  });
});
