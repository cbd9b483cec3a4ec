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

  // The hold-out articles (tests/extract/holdout/README.md) were never tuned on. Measured once at
  // the end of the quality round: same crisis 0.774 (blind 0.706), other conflict 0.600 (blind
  // 0.500); after the fifth round h04 0.800 (M23 named as a group). Floors sit a little below
  // what was measured, not at the bar: they guard against regressions, and raising them
  // means fixing general rules on the dev set.
  const HOLD = 'tests/extract/holdout';
  const otherConflict = (f: string) => f.startsWith('h04_');

  it('finds the events of the hold-out articles about the same crisis (h01-h03) with F1 >= 0.74', async () => {
    const { gold, events } = await run(
      join(HOLD, 'articles'),
      join(HOLD, 'fixtures'),
      (f) => !otherConflict(f),
    );
    expect(scoreEvents(gold, events).f1).toBeGreaterThanOrEqual(0.74);
  });

  it('finds the events of the hold-out article about another border conflict (h04) with F1 >= 0.75', async () => {
    const { gold, events } = await run(join(HOLD, 'articles'), join(HOLD, 'fixtures'), otherConflict);
    expect(scoreEvents(gold, events).f1).toBeGreaterThanOrEqual(0.75);
  });

  // Hold-out 2 (x01-x04), written and committed before the extractor ran on them, never tuned on.
  // Blind: same crisis 0.625, other conflicts 0.500; after the fifth round 0.625 and 0.491.
  const HOLD2 = 'tests/extract/holdout2';
  const otherConflict2 = (f: string) => f.startsWith('x03_') || f.startsWith('x04_');

  it('finds the events of the second hold-out about the same crisis (x01-x02) with F1 >= 0.58', async () => {
    const { gold, events } = await run(
      join(HOLD2, 'articles'),
      join(HOLD2, 'fixtures'),
      (f) => !otherConflict2(f),
    );
    expect(scoreEvents(gold, events).f1).toBeGreaterThanOrEqual(0.58);
  });

  it('finds the events of the second hold-out about other border conflicts (x03-x04) with F1 >= 0.45', async () => {
    const { gold, events } = await run(join(HOLD2, 'articles'), join(HOLD2, 'fixtures'), otherConflict2);
    expect(scoreEvents(gold, events).f1).toBeGreaterThanOrEqual(0.45);
  });
});
