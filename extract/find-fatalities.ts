/**
 * Death tolls as the text states them, in digits or words: "26 people killed", "the deaths of the
 * 26 people", "killing at least 12", "three soldiers were killed". Injuries do not count; a number
 * of people that is not said to have died does not count.
 */
import { execAll } from './exec-all.ts';
import { sortSmall } from './small-sort.ts';

export interface FatalityMention {
  start: number;
  end: number;
  count: number;
}

const WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
}; // prettier-ignore

const NUM =
  '(\\d{1,5}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a hundred)';
const WHO =
  '(?:people|persons|civilians|tourists|soldiers|troops|militants|terrorists|personnel|villagers|residents|children|women|men|others|security personnel|jawans|policemen|police officers|Indians|Pakistanis|Thais|Cambodians|of them)';
const DEATH =
  '(?:killed|dead|died|lost their lives|were killed|have been killed|had been killed|were left dead|perished|slain)';

const PATTERNS: RegExp[] = [
  new RegExp(
    `\\b(?:killing|killed|kills|claimed the lives of|left|leaving)\\s+(?:at least |some |nearly |around |about |more than |over |all )?${NUM}\\b(?:\\s+(?:\\w+\\s+)?${WHO})?(?!\\s+(?:injured|wounded))`,
    'gi',
  ),
  new RegExp(
    // "nine people, among them four children, were killed", "13 people, four of them children and one a
    // soldier, have been killed": an aside may stand before the verb
    `\\b(?:at least |some |nearly |around |about |more than |over )?${NUM}\\s+(?:\\w+\\s+){0,2}${WHO}(?:,\\s+(?:among them|including|most of them|many of them|(?:\\w+ )?of them)\\s[^,.;]{1,60},)?\\s+(?:were\\s+|have been\\s+|had been\\s+)?${DEATH}`,
    'gi',
  ),
  new RegExp(`\\b(?:deaths?|killing) of (?:the |at least |some )?${NUM}\\b`, 'gi'),
  new RegExp(`\\bdeath toll (?:\\w+ ){0,3}(?:to|of|at) (?:at least )?${NUM}\\b`, 'gi'),
  new RegExp(`\\b${NUM} (?:dead|killed|deaths|fatalities)\\b`, 'gi'),
];

function toNumber(s: string): number | undefined {
  const w = s.toLowerCase().trim();
  if (/^\d+$/.test(w)) return Number(w);
  if (w === 'a hundred') return 100;
  const parts = w.split(/[- ]/);
  let n = 0;
  for (const p of parts) {
    const v = WORDS[p];
    if (v === undefined) return undefined;
    n += v;
  }
  return n;
}

export function findFatalities(sentence: string): FatalityMention[] {
  if (!/\b(?:kill|dead|death|died|lives|slain|perish)/i.test(sentence)) return [];
  const out: FatalityMention[] = [];
  for (const re of PATTERNS) {
    for (const m of execAll(re, sentence)) {
      const raw = m.slice(1).find((g) => g !== undefined);
      const count = raw === undefined ? undefined : toNumber(raw);
      if (count === undefined || count === 0) continue;
      const start = m.index;
      const end = start + m[0].length;
      if (out.some((f) => start < f.end && f.start < end)) continue;
      out.push({ start, end, count });
    }
  }
  return sortSmall(out, (a, b) => a.start - b.start);
}
