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

/** Articles whose file names start with one of these prefixes ("x03_", "x04_"). */
const named =
  (...prefixes: string[]) =>
  (f: string) =>
    prefixes.some((p) => f.startsWith(p));
const not =
  (pick: (f: string) => boolean) =>
  (f: string): boolean =>
    !pick(f);

// t01-t13 were the first test set; t14-t22 were written later, blind, and scored before any tuning
const first = (f: string) => Number(/^t(\d+)_/.exec(f)?.[1]) <= 13;

/**
 * Each set with the floor its F1 must reach. Floors sit a little below what was measured (the
 * history is in tests/extract/holdout/README.md): they guard against regressions; raising them
 * means fixing general rules on the dev sets.
 *
 * - t14-t22: blind 0.495; after the fourth round 0.896.
 * - Hold-out 1 (h01-h04), never tuned on sentence by sentence: blind 0.706 / 0.500; after the fifth
 *   round 0.774 / 0.800; after the sixth and seventh rounds 0.941 / 0.800.
 * - Hold-out 2 (x01-x04), written and committed before the extractor ran on them: blind 0.625 /
 *   0.500; the sixth round fixed general rules for its failure classes (a dev set since): 0.760 / 0.615.
 * - Hold-out 3 (y01-y06), written blind by another writer: blind 0.533 / 0.167; the seventh round
 *   fixed general rules for its failure classes (a dev set since): 0.721 / 0.611.
 * - Hold-out 4 (z01-z05), written blind by another writer: blind 0.634 / 0.273, 0.686 / 0.273 at the
 *   end of the seventh round; the eighth round fixed general rules for its failure classes (a dev
 *   set since): 0.852 / 0.476.
 * - Hold-out 5 (w01-w06), written blind by another writer: blind 0.564 / 0.560; a dev set once
 *   hold-out 6 arrived, the eighth round's last rules came from its failure classes: 0.743 / 0.692.
 * - Hold-out 6 (v01-v05), written blind by another writer: blind 0.549 / 0.378, 0.615 / 0.378 at
 *   the end of the eighth round; a dev set once hold-out 7 arrived, the ninth round fixed general
 *   rules for its failure classes: 0.766 / 0.432.
 * - Hold-out 7 (u01-u05), written blind by another writer: blind 0.539 / 0.417, 0.552 / 0.417 at the
 *   end of the ninth round; a dev set once hold-out 8 arrived, the tenth round fixed general rules
 *   for its failure classes: 0.876 / 0.712.
 * - Hold-out 8 (a01-a05), written blind by another writer: blind 0.463 / 0.286, 0.553 / 0.286 after
 *   the tenth round's rules from hold-out 7; a dev set once hold-out 9 arrived: 0.766 / 0.429.
 * - Hold-out 9 (b01-b05), written blind by another writer: blind 0.449 / 0.417; a dev set once
 *   hold-out 10 arrived: 0.860 / 0.571 after the eleventh round.
 * - Hold-out 10 (c01-c05), written blind by another writer: blind 0.623 / 0.400; a dev set in the
 *   twelfth round: 0.790 / 0.857.
 * - Hold-out 11 (d01-d05) and hold-out 12 (e01-e05), written blind by other writers and never tuned
 *   on (their failures are not looked at): hold-out 11 blind 0.563 / 0.100, 0.598 / 0.182 at the end
 *   of the twelfth round; hold-out 12 written after it, 0.696 / 0.235 at its start and 0.688 /
 *   0.235 at its end.
 */
const SETS: { name: string; dir: string; gold: string; pick?: (f: string) => boolean; floor: number }[] = [
  { name: 'the seed article', dir: 'data/articles', gold: join(FIX, 'seed'), floor: 0.95 },
  {
    name: 'our first test articles (t01-t13)',
    dir: 'tests/extract/articles',
    gold: FIX,
    pick: first,
    floor: 0.85,
  },
  {
    name: 'the later dev articles (t14-t22)',
    dir: 'tests/extract/articles',
    gold: FIX,
    pick: not(first),
    floor: 0.85,
  },
  ...holdout('holdout', 'the hold-out articles', 'h01-h03', 'h04', named('h04_'), 0.9, 0.75),
  ...holdout('holdout2', 'the second hold-out', 'x01-x02', 'x03-x04', named('x03_', 'x04_'), 0.72, 0.64),
  ...holdout('holdout3', 'the third hold-out', 'y01-y04', 'y05-y06', named('y05_', 'y06_'), 0.72, 0.55),
  ...holdout('holdout4', 'the fourth hold-out', 'z01-z04', 'z05', named('z05_'), 0.8, 0.4),
  ...holdout('holdout5', 'the fifth hold-out', 'w01-w04', 'w05-w06', named('w05_', 'w06_'), 0.65, 0.6),
  ...holdout('holdout6', 'the sixth hold-out', 'v01-v03', 'v04-v05', named('v04_', 'v05_'), 0.74, 0.4),
  ...holdout('holdout7', 'the seventh hold-out', 'u01-u03', 'u04-u05', named('u04_', 'u05_'), 0.85, 0.68),
  ...holdout('holdout8', 'the eighth hold-out', 'a01-a03', 'a04-a05', named('a04', 'a05'), 0.74, 0.4),
  ...holdout('holdout9', 'the ninth hold-out', 'b01-b03', 'b04-b05', named('b04_', 'b05_'), 0.82, 0.52),
  ...holdout('holdout10', 'the tenth hold-out', 'c01-c03', 'c04-c05', named('c04_', 'c05_'), 0.76, 0.8),
  ...holdout(
    'holdout11',
    'the eleventh (never tuned) hold-out',
    'd01-d03',
    'd04-d05',
    named('d04_', 'd05_'),
    0.58,
    0.16,
  ),
  ...holdout(
    'holdout12',
    'the twelfth (never tuned) hold-out',
    'e01-e03',
    'e04-e05',
    named('e04', 'e05'),
    0.66,
    0.2,
  ),
];

/** A hold-out folder as two sets: its articles about the same crisis and those about other conflicts. */
function holdout(
  folder: string,
  label: string,
  same: string,
  other: string,
  otherConflict: (f: string) => boolean,
  sameFloor: number,
  otherFloor: number,
): typeof SETS {
  const dir = join('tests/extract', folder, 'articles');
  const gold = join('tests/extract', folder, 'fixtures');
  return [
    {
      name: `${label} about the same crisis (${same})`,
      dir,
      gold,
      pick: not(otherConflict),
      floor: sameFloor,
    },
    {
      name: `${label} about other border conflicts (${other})`,
      dir,
      gold,
      pick: otherConflict,
      floor: otherFloor,
    },
  ];
}

describe('extraction quality', () => {
  it.each(SETS)(
    'finds the events of $name with F1 >= $floor',
    async ({ dir, gold: goldDir, pick, floor }) => {
      const { gold, events } = await run(dir, goldDir, pick);
      expect(scoreEvents(gold, events).f1).toBeGreaterThanOrEqual(floor);
    },
  );
});
