/** Property tests: evidence offsets are always exact, output and ids are deterministic. */
import fc from 'fast-check';
import { extractEvents } from './extract-events.ts';
import { testResources } from './test-resources.ts';

const SENTENCES = [
  'Defence Minister Rajnath Singh spoke to US Defence Secretary Pete Hegseth on Thursday.',
  'Pakistani troops opened fire across the Line of Control in Kupwara on Tuesday night.',
  '“We will respond,” Prime Minister Shehbaz Sharif said. He added more.',
  'India suspended the Indus Waters Treaty, closed the Attari border crossing and cancelled visas.',
  'The Army responded on the night of April 27-28 in areas opposite Kupwara and Poonch districts.',
  'Thai fighter jets bombed Cambodian positions, killing 12 people.',
  '"Discussed the attack with @SecRubio yesterday," Jaishankar posted on X.',
  'They are scheduled to meet next week.',
  'Lt Gen. Rajiv Ghai, the U.S. envoy and Dr. Rao met in New Delhi.',
];

const article = fc.record({
  date: fc.option(
    fc.date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }),
    { nil: undefined },
  ),
  parts: fc.array(
    fc.oneof(
      fc.constantFrom(...SENTENCES),
      fc.string({ maxLength: 40 }),
      fc.constantFrom('\n\n', '\n', ' ', '“', '"', '.', '\u00a0'),
    ),
    { maxLength: 14 },
  ),
});

describe('extractEvents properties', () => {
  it('always quotes its evidence exactly: text.slice(start, end) === quote', async () => {
    const res = await testResources();
    fc.assert(
      fc.property(article, ({ date, parts }) => {
        const text = (date ? `date ${date.toISOString().slice(0, 10)} ` : '') + parts.join(' ');
        for (const e of extractEvents({ name: 'p.txt', text }, res).events) {
          expect(e.evidence.length).toBeGreaterThan(0);
          for (const ev of e.evidence) if ('quote' in ev) expect(text.slice(ev.start, ev.end)).toBe(ev.quote);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic, with unique ids', async () => {
    const res = await testResources();
    fc.assert(
      fc.property(article, ({ parts }) => {
        const text = `date 2025-05-01 ${parts.join(' ')}`;
        const a = extractEvents({ name: 'p.txt', text }, res).events;
        const b = extractEvents({ name: 'p.txt', text }, res).events;
        expect(b).toEqual(a);
        expect(new Set(a.map((e) => e.id)).size).toBe(a.length);
      }),
      { numRuns: 150 },
    );
  });
});
