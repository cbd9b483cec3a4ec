/**
 * Golden tests: the extractor on the seed article and on our own test articles, scored with the
 * contract's rules (tests/extract/score-events.ts mirrors shared/tools/score-extraction.mjs).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractEvents } from '../extract/extract-events.ts';
import { loadExtractResources } from '../extract/load-resources.ts';
import { scoreEvents, type GoldFile } from '../tests/extract/score-events.ts';
import { readArticle } from './read-articles.ts';

const FIX = 'tests/extract/fixtures';

async function run(dir: string, goldDir: string, only: (file: string) => boolean = () => true) {
  const res = await loadExtractResources();
  const gold = readdirSync(goldDir)
    .filter((f) => f.endsWith('.events.json') && only(f))
    .map((f) => JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as GoldFile);
  const events = gold.flatMap((g) => {
    const a = readArticle(join(dir, g.article), []);
    if (!a) throw new Error(`cannot read ${g.article}`);
    const r = extractEvents(
      { name: a.name, text: a.text, ...(a.published ? { published: a.published } : {}) },
      res,
    );
    for (const e of r.events)
      for (const ev of e.evidence) if ('quote' in ev) expect(a.text.slice(ev.start, ev.end)).toBe(ev.quote);
    return r.events;
  });
  return { gold, events };
}

describe('extraction quality', () => {
  it('finds the seed article events with F1 >= 0.95', async () => {
    const { gold, events } = await run('data/articles', join(FIX, 'seed'));
    const s = scoreEvents(gold, events);
    expect(s.f1).toBeGreaterThanOrEqual(0.95);
  });

  // t01-t13 were the first test set; t14-t22 were written later, blind, and scored before any tuning
  const first = (f: string) => Number(/^t(\d+)_/.exec(f)?.[1]) <= 13;

  it('finds the events of our first test articles (t01-t13) with F1 >= 0.85', async () => {
    const { gold, events } = await run('tests/extract/articles', FIX, first);
    const s = scoreEvents(gold, events);
    expect(s.f1).toBeGreaterThanOrEqual(0.85);
  });

  // blind F1 before any tuning was 0.495; after four rounds of general fixes 0.896
  it('finds the events of the later dev articles (t14-t22) with F1 >= 0.85', async () => {
    const { gold, events } = await run('tests/extract/articles', FIX, (f) => !first(f));
    const s = scoreEvents(gold, events);
    expect(s.f1).toBeGreaterThanOrEqual(0.85);
  });

  // The hold-out articles (tests/extract/holdout/README.md) were never tuned on sentence by
  // sentence. Blind: same crisis 0.706, other conflict 0.500; after the fifth round 0.774 / 0.800;
  // after the sixth and seventh rounds (general rules from hold-out 2 and 3) 0.941 / 0.800. Floors
  // sit a little below what was measured: they guard against regressions.
  const HOLD = 'tests/extract/holdout';
  const otherConflict = (f: string) => f.startsWith('h04_');

  it('finds the events of the hold-out articles about the same crisis (h01-h03) with F1 >= 0.9', async () => {
    const { gold, events } = await run(
      join(HOLD, 'articles'),
      join(HOLD, 'fixtures'),
      (f) => !otherConflict(f),
    );
    expect(scoreEvents(gold, events).f1).toBeGreaterThanOrEqual(0.9);
  });

  it('finds the events of the hold-out article about another border conflict (h04) with F1 >= 0.75', async () => {
    const { gold, events } = await run(join(HOLD, 'articles'), join(HOLD, 'fixtures'), otherConflict);
    expect(scoreEvents(gold, events).f1).toBeGreaterThanOrEqual(0.75);
  });

  // Hold-out 2 (x01-x04), written and committed before the extractor ran on them. Blind: same
  // crisis 0.625, other conflicts 0.500; after the fifth round 0.625 and 0.491. The sixth round
  // fixed general rules for its failure classes (so it is a dev set now): 0.760 and 0.615.
  const HOLD2 = 'tests/extract/holdout2';
  const otherConflict2 = (f: string) => f.startsWith('x03_') || f.startsWith('x04_');

  it('finds the events of the second hold-out about the same crisis (x01-x02) with F1 >= 0.72', async () => {
    const { gold, events } = await run(
      join(HOLD2, 'articles'),
      join(HOLD2, 'fixtures'),
      (f) => !otherConflict2(f),
    );
    expect(scoreEvents(gold, events).f1).toBeGreaterThanOrEqual(0.72);
  });

  it('finds the events of the second hold-out about other border conflicts (x03-x04) with F1 >= 0.58', async () => {
    const { gold, events } = await run(join(HOLD2, 'articles'), join(HOLD2, 'fixtures'), otherConflict2);
    expect(scoreEvents(gold, events).f1).toBeGreaterThanOrEqual(0.58);
  });

  // Hold-out 3 (y01-y06), written blind by another writer (tests/extract/holdout3/README.md).
  // Blind: same crisis 0.533, other conflicts 0.167. The seventh round fixed general rules for its
  // failure classes, with new phrasings as table tests: 0.703 and 0.611 (a dev set now).
  const HOLD3 = 'tests/extract/holdout3';
  const otherConflict3 = (f: string) => f.startsWith('y05_') || f.startsWith('y06_');

  it('finds the events of the third hold-out about the same crisis (y01-y04) with F1 >= 0.66', async () => {
    const { gold, events } = await run(
      join(HOLD3, 'articles'),
      join(HOLD3, 'fixtures'),
      (f) => !otherConflict3(f),
    );
    expect(scoreEvents(gold, events).f1).toBeGreaterThanOrEqual(0.66);
  });

  it('finds the events of the third hold-out about other border conflicts (y05-y06) with F1 >= 0.55', async () => {
    const { gold, events } = await run(join(HOLD3, 'articles'), join(HOLD3, 'fixtures'), otherConflict3);
    expect(scoreEvents(gold, events).f1).toBeGreaterThanOrEqual(0.55);
  });

  // Hold-out 4 (z01-z05), written blind by another writer and never tuned on (its failures were not
  // looked at): blind 0.634 / 0.273, at the end of the session 0.686 / 0.273. A regression guard.
  const HOLD4 = 'tests/extract/holdout4';
  const otherConflict4 = (f: string) => f.startsWith('z05_');

  it('finds the events of the fourth (never tuned) hold-out about the same crisis (z01-z04) with F1 >= 0.64', async () => {
    const { gold, events } = await run(
      join(HOLD4, 'articles'),
      join(HOLD4, 'fixtures'),
      (f) => !otherConflict4(f),
    );
    expect(scoreEvents(gold, events).f1).toBeGreaterThanOrEqual(0.64);
  });

  it('finds the events of the fourth hold-out about another border conflict (z05) with F1 >= 0.2', async () => {
    const { gold, events } = await run(join(HOLD4, 'articles'), join(HOLD4, 'fixtures'), otherConflict4);
    expect(scoreEvents(gold, events).f1).toBeGreaterThanOrEqual(0.2);
  });
});
