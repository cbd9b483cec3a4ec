/**
 * Stage: the cues of a sentence, and whether each is a plan, a negation, a hypothesis or
 * background history (it then owns its dates but makes no event).
 */
import { CUES, IRREALIS_RE, MAY_RE, possibleCues, type Cue } from './cue-lexicon.ts';
import type { ArticleContext, SentenceFacts } from './sentence-candidates.ts';
import { sortSmall } from './small-sort.ts';

export interface CueHit {
  cue: Cue;
  start: number;
  end: number;
  topic: boolean;
  /** a plan, a negation, a hypothesis or background: owns its dates but makes no event */
  dead: boolean;
  /** a definite noun ("the attack") without a place of its own: the sentence's places are not its */
  placeless?: boolean;
}

export type RawCueHit = Omit<CueHit, 'topic' | 'dead'>;

/** The cues in a sentence, outside actor names; where two overlap the higher priority wins. */
export function findCues(text: string, blocked: (s: number, e: number) => boolean): RawCueHit[] {
  const hits: RawCueHit[] = [];
  for (const i of possibleCues(text)) {
    const cue = CUES[i]!;
    // exec on the shared global regex rather than matchAll, which clones the regex on every call
    const re = cue.re;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (end === start) re.lastIndex++; // as matchAll steps past an empty match
      if (blocked(start, end)) continue;
      hits.push({ cue, start, end });
    }
  }
  sortSmall(hits, (a, b) => b.cue.priority - a.cue.priority || a.start - b.start);
  const kept: RawCueHit[] = [];
  for (const h of hits) if (!kept.some((k) => h.start < k.end && k.start < h.end)) kept.push(h);
  return sortSmall(kept, (a, b) => a.start - b.start);
}

/** A cue told in the passive, starting at its auxiliary: "had been hit", "was shut". */
export const PASSIVE_CUE_RE = /^(?:was|were|had|have|has)\b/i;

const SPACE_OF_RE = / of/i;
const SUMMARY_OPENING_RE =
  /^\W*(?:in the (?:space|course) of|over the (?:past|last)|within) (?:a|an|one|two|three|four|five|six|seven|\d+|few|several) (?:\w+ )?(?:days?|weeks?|hours?|months?)\b/i;
const SPAN_OF_RE = /\b(?:\w+|\d+) (?:days?|weeks?|months?|years?) of\s+(?:[^\s,;:]+\s+){0,2}$/i;
const AGREED_TO_RE =
  /\b(?:agreed|agreeing|decided|vowed|threatened|pledged|promised|offered)\s+(?:[^\s;,]+\s+){0,8}?to\s+$/i;
/** "would be revoked", "will remain closed": a measure's announced effect, not a plan or a hypothesis. */
const ANNOUNCED_RE = /\b(?:would|will)\s+(?:be|remain|stay)\s+(?:\w+ly\s+)?$/i;
/** A journey told as made, before a contact's infinitive ("had gone on to Islamabad the next day to call on"). */
const JOURNEY_RE =
  /\b(?:flew|flown|went|gone|travell?ed|came|rushed|headed|dashed)\b(?!.*\b(?:will|would|is|are|was|were) (?:due|expected|set|scheduled)\b)/i;
/** After an act's word: that it is to stop ("firing would stop from 5pm"). */
const STOP_AFTER_RE =
  /^\s+(?:[\w-]+\s+){0,3}?(?:would|will|should|must|is to|was to|were to) (?:stop|cease|end|halt)\b/i;
const READINESS_RE = /\b(?:readiness|capabilit(?:y|ies)|capable|ability)\b[^.;]{0,40}$/i;
const HABIT_BEFORE_RE =
  /\b(?:repeatedly|regularly|frequently|routinely|often|habitually)\s+(?:\S+\s+)?$|\b(?:has|have|had) long\s+$|\b(?:stage|stages|carry out|carries out|mount|mounts)\s+(?:\S+\s+)?$/i;
const TREND_BEFORE_RE = /\b(?:stepped up|intensified|escalated|ramped up|increased)\s+(?:its\s+|their\s+)?$/i;
const TREND_SPAN_RE = /\b(?:this year|in recent (?:days|weeks|months|years)|over the (?:past|last)|since)\b/i;
const BACKGROUND_RE =
  /\b(?:history|historically|in the past|since (?:independence|partition)|decades?|wars? of|wars)\b/i;
/** , ; : ( ) “ ” " — */
function isClauseBreak(c: number): boolean {
  return (
    c === 44 ||
    c === 59 ||
    c === 58 ||
    c === 40 ||
    c === 41 ||
    c === 0x201c ||
    c === 0x201d ||
    c === 34 ||
    c === 0x2014
  );
}
/** Start of the clause that `pos` is in, looking back no further than `limit`. */
function clauseStart(text: string, pos: number, limit: number): number {
  for (let i = pos - 1; i >= limit; i--) if (isClauseBreak(text.charCodeAt(i))) return i + 1;
  return limit;
}

const VIOLENT_KINDS = new Set(['armed_clash', 'strike', 'attack']);
/** "a halt to hostilities", "an end to the fighting", "a pause in the shelling" */
const HALT_TO_RE =
  /\b(?:halt|end|stop|cessation|pause|suspension|lull|break)\s+(?:to|of|in)\s+(?:the\s+|all\s+)?(?:[\w-]+\s+)?$/i;
export function isIrrealis(text: string, h: RawCueHit): boolean {
  const pre = text.slice(clauseStart(text, h.start, Math.max(0, h.start - 60)), h.start);
  // a bare infinitive is a purpose for a contact ("arrived to meet") but not for an act ("used drones to shell")
  // "to demonstrate readiness" for long-range strikes: a capability, even across a closing quote
  // (both regexes run only where their key words are written: they are on every cue's path)
  const wide = text.slice(Math.max(0, h.start - 80), h.start);
  return (
    (/readiness|capab|abilit/i.test(wide) && READINESS_RE.test(wide.slice(-60).replace(/[“”"]/g, ''))) ||
    // "agreed on Friday to a ceasefire and to withdraw troops": part of what was agreed or decided
    // ... but a measure decided is the measure: "had decided to hold the treaty in abeyance"
    (h.cue.category !== 'agreement' &&
      /\bto\s+$/.test(wide) &&
      AGREED_TO_RE.test(wide) &&
      !(h.cue.category === 'policy_measure' && /\bdecided\s+(?:[^\s.;,]+\s+){0,8}?to\s+$/i.test(wide))) ||
    // "no Pakistani military facilities had been targeted": a passive cue denied before its auxiliary
    (PASSIVE_CUE_RE.test(text.slice(h.start, h.end)) && /\b(?:no|none of)\s+(?:\S+\s+){0,4}$/i.test(pre)) ||
    // "said that if Pakistani citizens were targeted": a condition in the cue's own clause
    /\b(?:if|unless)\b[^,;:.“”"]*$/i.test(pre) ||
    // "visas would be revoked from April 27": a measure announced with a later effect is the measure
    (IRREALIS_RE.test(pre) && !(h.cue.category === 'policy_measure' && ANNOUNCED_RE.test(pre))) ||
    MAY_RE.test(pre) ||
    // "in future talks", "a proposed meeting": a contact not yet held
    (h.cue.category === 'diplomatic_contact' &&
      /\b(?:future|proposed|planned|possible|potential|prospective)\s+$/i.test(pre)) ||
    // "agreed that all firing would stop": an act told only as what is to end
    (h.cue.category !== 'agreement' && STOP_AFTER_RE.test(text.slice(h.end, h.end + 40))) ||
    // "a complete halt to hostilities", "an end to the fighting": the same, told as a noun
    (VIOLENT_KINDS.has(h.cue.category) && HALT_TO_RE.test(pre)) ||
    // ... unless a journey made for it is told: "had flown into New Delhi on Thursday to meet Jaishankar"
    (h.cue.category === 'diplomatic_contact' && /\bto\s+$/.test(pre) && !JOURNEY_RE.test(pre))
  );
}

/** (module-level, not a closure per cue: under tsx's keepNames each named closure costs a defineProperty) */
function earlierYearNear(facts: SentenceFacts, h: { start: number; end: number }, pubYear: number): boolean {
  for (const y of facts.years)
    if (y.year < pubYear && ((y.start < h.start && h.start - y.end < 120) || Math.abs(y.start - h.end) < 50))
      return true;
  return false;
}
function datesCurrent(facts: SentenceFacts, pubYear: number): boolean {
  const year = String(pubYear);
  for (const d of facts.dates) if (!d.reporting && (d.relative || d.date.start.startsWith(year))) return true;
  return false;
}

export function isBackground(
  text: string,
  h: { start: number; end: number },
  facts: SentenceFacts,
  ctx: ArticleContext,
): boolean {
  const pubYear = Number(ctx.published.slice(0, 4));
  // a story told years back ("Fifty years ago today ... On the morning of 2 March 1969"): its own
  // year is the story's time, not background
  const storyYear = ctx.narrative ? Number(ctx.narrative.start.slice(0, 4)) : pubYear;
  const storyTime =
    storyYear <= pubYear - 2 && facts.years.length > 0 && facts.years.every((y) => y.year === storyYear);
  // an earlier year close before the cue ("since 2019, when ... a suicide bombing") or right after it,
  // unless the sentence also dates something in the story's own time
  if (!storyTime && earlierYearNear(facts, h, pubYear) && !datesCurrent(facts, pubYear)) return true;
  if (
    !storyTime &&
    facts.years.some(
      (y) => y.year < pubYear && (Math.abs(y.start - h.start) < 50 || Math.abs(y.end - h.end) < 50),
    )
  )
    return true;
  // "ending five days of fighting": a span summed up, not an event of one day (the regex backtracks
  // over every word, so it runs only where " of" is written)
  const before = text.slice(Math.max(0, h.start - 40), h.start);
  if (SPACE_OF_RE.test(before) && SPAN_OF_RE.test(before)) return true;
  // "In the space of two days the neighbours have thrown out ...": a summary of events told one by one
  if (SUMMARY_OPENING_RE.test(text)) return true;
  // "have fought two of their three wars": wars as a whole are history
  if (/^\s+(?:\S+\s+){0,5}wars?\b/i.test(text.slice(h.end, h.end + 60))) return true;
  // "Colombia has been fighting leftist insurgents for more than four decades": a long war, not an event
  if (
    /\b(?:has|have|had) been\s+$/i.test(text.slice(Math.max(0, h.start - 12), h.start)) &&
    /^[^.;]{0,60}?\bfor (?:more than |over |nearly |almost |about |some )?(?:\w+|\d+) (?:years|decades)\b/i.test(
      text.slice(h.end),
    )
  )
    return true;
  // "at a time when its forces were deploying in Bosnia": the backdrop of a clause, not news
  if (/\bat a time when\b[^.;]*$/i.test(text.slice(0, h.start))) return true;
  // "has repeatedly targeted", "militants who stage attacks across it": what happens again and again
  // ... unless told of a day or a night ("spoke repeatedly by telephone ... through the night of Tuesday")
  if (
    HABIT_BEFORE_RE.test(before) &&
    !facts.dates.some(
      (d) =>
        !d.future && !d.bound && !d.reporting && (d.date.precision === 'day' || d.date.precision === 'range'),
    )
  )
    return true;
  // "which has stepped up attacks in the northwest this year": a trend, not an event
  if (TREND_BEFORE_RE.test(before) && TREND_SPAN_RE.test(text.slice(h.end, h.end + 80))) return true;
  return BACKGROUND_RE.test(text.slice(Math.max(0, h.start - 40), h.end + 20));
}
