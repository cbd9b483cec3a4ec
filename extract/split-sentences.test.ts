import fc from 'fast-check';
import { splitSentences as referenceSplit } from '../tests/extract/reference/split-sentences.ts';
import { splitSentences } from './split-sentences.ts';

const texts = (s: string) => splitSentences(s).map((x) => x.text);

describe('splitSentences', () => {
  it.each([
    [
      'Lt Gen. Rajiv Ghai spoke to reporters. He left.',
      ['Lt Gen. Rajiv Ghai spoke to reporters.', 'He left.'],
    ],
    [
      'Officials met U.S. diplomats on Monday. Talks ended.',
      ['Officials met U.S. diplomats on Monday.', 'Talks ended.'],
    ],
    ['Dr. Rao said it. Then he left.', ['Dr. Rao said it.', 'Then he left.']],
    ['S. Jaishankar spoke. Rubio replied.', ['S. Jaishankar spoke.', 'Rubio replied.']],
    ['The toll was 1.5 times higher. It rose.', ['The toll was 1.5 times higher.', 'It rose.']],
    [
      'He said they must face justice."Discussed the attack," he posted.',
      ['He said they must face justice.', '"Discussed the attack," he posted.'],
    ],
    [
      '“We will respond. We are ready,” the minister said. Then he left.',
      ['“We will respond. We are ready,” the minister said.', 'Then he left.'],
    ],
    ['First paragraph\nSecond paragraph', ['First paragraph', 'Second paragraph']],
    [
      'Omar Abdullah posted on X. Misri later told reporters.',
      ['Omar Abdullah posted on X.', 'Misri later told reporters.'],
    ],
    ['He wrote via X. Then he left.', ['He wrote via X.', 'Then he left.']],
    ['Officials met X. Y. Rao on Monday.', ['Officials met X. Y. Rao on Monday.']],
  ])('splits %j', (input, expected) => {
    expect(texts(input)).toEqual(expected);
  });

  it('gives offsets that slice back to each sentence', () => {
    const t = '  date 2025-05-01 One. Two?  Three!\n\nFour "five." Six';
    for (const s of splitSentences(t)) expect(t.slice(s.start, s.end)).toBe(s.text);
  });

  it('numbers paragraphs', () => {
    expect(splitSentences('A one. A two.\n\nB one.').map((s) => s.paragraph)).toEqual([0, 0, 1]);
  });
});

describe('splitSentences (scanner)', () => {
  it('gives the same sentences as the regex-per-character splitter on any text', () => {
    const piece = fc.constantFrom(
      'He left',
      ' ',
      '  ',
      '\n',
      '\n\n',
      '\t',
      '\u00a0',
      '.',
      '!',
      '?',
      '...',
      '"',
      '“',
      '”',
      '‘',
      '’',
      "'",
      '«',
      '»',
      '(',
      ')',
      '@x',
      '#tag',
      'U.S.',
      'Lt Gen.',
      'Dr.',
      'etc.',
      'a.m.',
      'S.',
      '1.5',
      '3',
      'É',
      'Then',
      'then',
      'x',
      'justice."Discussed',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.nat(3), (parts, from) => {
        const text = parts.join('');
        const f = Math.min(from, text.length);
        expect(splitSentences(text, f)).toEqual(referenceSplit(text, f));
      }),
      { numRuns: 4000 },
    );
  });
});
