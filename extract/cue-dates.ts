/** Which of a sentence's dates belongs to which cue. */
import type { DateMention } from './find-dates.ts';
import type { CueHit } from './find-cues.ts';
import type { SentenceFacts } from './sentence-candidates.ts';

export /**
 * How far a date is from a cue. A date after its verb belongs to it ("bombed ... on Thursday as
 * fighting spread"); a date before a cue only when it opens the clause ("On Thursday, X said").
 */
type Gap = (d: { start: number; end: number }, h: { start: number; end: number }) => number;
export function gapIn(text: string): Gap {
  // whether a date opens its clause depends on the date alone: read once per date, not once per
  // (date, cue) pair (the cue-ownership rules ask for every pair, several times)
  // (inlined rather than a named closure: under tsx's keepNames each one costs a defineProperty per sentence)
  const opens = new Map<number, boolean>();
  return (d, h) => {
    if (d.start >= h.end) return d.start - h.end;
    // a date that modifies the noun right after it is that event's: "the April 22 attack", "Tuesday's strikes"
    if (/^(?:['’]s)?\s{0,2}$/.test(text.slice(d.end, h.start))) return 0;
    const start = d.start;
    let v = opens.get(start);
    if (v === undefined) {
      const before = text
        .slice(Math.max(0, start - 14), start)
        .replace(/\b(?:early|late|earlier|later|on|in|by)\s*$/i, '');
      opens.set(start, (v = /(?:^|[,;:]\s*)$/.test(before) || start < 14));
    }
    return h.start - d.end + (v ? 5 : 30);
  };
}

export /**
 * Each stated date belongs to the cue nearest to it ("spoke ... earlier today and expressed sympathy
 * for the attack" dates the call, not the attack). A reporting verb owns only the date right after
 * it ("said on Wednesday"), and that date dates only a statement.
 */
function datesOwnedBy(
  h: CueHit,
  facts: SentenceFacts,
  all: CueHit[],
  statement: boolean,
  gap: Gap,
): readonly DateMention[] {
  // the sentence stage asks again for the same cue (its own date, a sibling's, a statement's):
  // memoised for the sentence at hand (its gap function is made once per sentence); sentences are
  // read one after another, so one entry is enough and nothing is kept past the next sentence
  let memo = owned;
  if (!memo || memo.gap !== gap || memo.facts !== facts || memo.all !== all || memo.size !== all.length)
    owned = memo = { gap, facts, all, size: all.length, byHit: new Map() };
  let mine = memo.byHit.get(h);
  if (!mine) memo.byHit.set(h, (mine = [undefined, undefined]));
  const k = statement ? 1 : 0;
  return (mine[k] ??= ownedUncached(h, facts, all, statement, gap));
}

interface OwnedMemo {
  gap: Gap;
  facts: SentenceFacts;
  all: CueHit[];
  size: number;
  /** per cue: [as an event, as a statement] */
  byHit: Map<CueHit, [DateMention[] | undefined, DateMention[] | undefined]>;
}
let owned: OwnedMemo | undefined;

/** A date that closes the sentence's opening clause: "At UN headquarters in New York on Monday, ...". */
export function openingDate(text: string, d: { start: number; end: number }): boolean {
  return /^\s*,/.test(text.slice(d.end, d.end + 3)) && !/[,;]/.test(text.slice(0, d.start));
}

/** A clause telling an earlier act after a cue: "after being shut", "after having struck". */
const PRIOR_ACT_RE = /\bafter (?:being|having|it was|it had been|they were|they had been)\s/i;

function ownedUncached(
  h: CueHit,
  facts: SentenceFacts,
  all: CueHit[],
  statement: boolean,
  gap: Gap,
): DateMention[] {
  return facts.dates.filter((d) => {
    if (d.reporting && !statement) return false;
    if (d.bound) return false; // "closed 24 airports until May 10": the closure is not dated by its end
    // "reopened ..., after being shut for much of Saturday": that day is the earlier act's
    if (d.start >= h.end && PRIOR_ACT_RE.test(facts.sentence.text.slice(h.end, d.start))) return false;
    // a topic takes only a written-out date ("the April 22 attack"), or a day written as its own
    // ("over last Tuesday's attack in Pahalgam")
    if (h.topic && d.relative && !/^['’]s\s+(?:[\w-]+\s+)?$/.test(facts.sentence.text.slice(d.end, h.start)))
      return false;
    if (h.cue.weak)
      return (
        (d.start >= h.end && d.start - h.end < 25) ||
        // "Late on Wednesday, Misri told reporters": the opening clause dates the first verb after it
        (d.end <= h.start &&
          openingDate(facts.sentence.text, d) &&
          !all.some((o) => o.start >= d.end && o.end <= h.start))
      );
    return nearestOf(d, h, facts, all, gap);
  });
}

/** No competing cue is nearer to date `d` than `h`. */
function nearestOf(d: DateMention, h: CueHit, facts: SentenceFacts, all: CueHit[], gap: Gap): boolean {
  const mine = gap(d, h);
  for (const o of all) {
    // topics and cues with a date of their own right beside them ("last month's massacre") do not
    // compete for the other dates of the sentence
    const competes =
      o === h ||
      (o.topic && gap(d, o) === 0) ||
      (!o.cue.weak && !o.topic && !facts.dates.some((d2) => d2 !== d && gap(d2, o) < 12));
    if (competes && !(mine <= gap(d, o))) return false;
  }
  return true;
}
