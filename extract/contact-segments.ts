/**
 * Stage helper: the contacts told in one sentence, clause by clause. "X held talks with A in
 * Islamabad on Friday, a day after a stop in New Delhi, where he met B" tells two contacts; "X spoke
 * with A and B" or "X met A, the foreign minister, on Friday" tells one (its parties are split later).
 */
import type { ActorMention } from './find-actors.ts';
import type { CueHit } from './find-cues.ts';
import type { PlaceMention } from './find-places.ts';

export interface ContactSegment {
  /** the contact cues of the clause */
  cues: CueHit[];
  /** the sentence's subject (before the first cue) and the actors named in the clause */
  actors: ActorMention[];
  /** the places up to the next clause's cue */
  places: PlaceMention[];
}

const CLAUSE_BREAK_RE = /[,;]/;
const SEPARATE_RE = /\b(?:separate|second|another|later|subsequent)\b/i;
const OBJECT_PRONOUN_RE = /^\s+(?:him|her)\b/i;
const TALKER = (m: ActorMention) => m.kind === 'person' || m.kind === 'office' || m.kind === 'state';

export function contactSegments(
  text: string,
  cues: CueHit[],
  actors: ActorMention[],
  places: PlaceMention[],
): ContactSegment[] {
  if (cues.length === 0) return [];
  const whole: ContactSegment = { cues, actors, places };
  if (cues.length < 2) return [whole];
  const sorted = [...cues].sort((a, b) => a.start - b.start);
  // a later cue opens a clause of its own when a clause break stands before it and a counterpart not
  // named before follows it
  const starts = [0];
  /** where each clause begins in the text (its cue, or the new speaker before it) */
  const bounds = [0];
  /** the parties of a clause told with an object pronoun: "and Starmer spoke to him" */
  const told = new Map<number, ActorMention[]>();
  for (let k = 1; k < sorted.length; k++) {
    const prev = sorted[k - 1]!;
    const cue = sorted[k]!;
    // (a counterpart may follow a second cue of the same clause: "had gone on to Islamabad the next
    // day to call on Prime Minister Sharif")
    let n = k + 1;
    while (n < sorted.length && !CLAUSE_BREAK_RE.test(text.slice(sorted[n - 1]!.end, sorted[n]!.start))) n++;
    const next = sorted[n]?.start ?? text.length;
    const own = actors.filter((m) => TALKER(m) && m.start >= cue.end && m.start < next);
    const seen = actors.filter((m) => m.end <= cue.start);
    // ... and the clause before it has a counterpart of its own ("was in Islamabad for a visit,
    // during which he held talks with Dar" is one visit)
    const open = sorted[starts[starts.length - 1]!]!;
    const before = actors.some((m) => TALKER(m) && m.start >= open.end && m.start < cue.start);
    const broken = CLAUSE_BREAK_RE.test(text.slice(prev.end, cue.start));
    // ("and in a separate call Doval told Wang": a call of its own, even with a party named before)
    const separate = SEPARATE_RE.test(text.slice(cue.start, cue.end));
    if (
      broken &&
      before &&
      own.length > 0 &&
      (separate || own.every((m) => !seen.some((o) => o.actor.name === m.actor.name)))
    ) {
      starts.push(k);
      bounds.push(cue.start);
      // ... whose parties are its own when it names two ("in a separate call Doval told Wang")
      if (separate && own.length > 1) told.set(k, own);
      continue;
    }
    // "Trump telephoned Modi on Tuesday, and Starmer spoke to him on Friday": a new speaker right
    // before the verb, and "him" or "her" for the last person named before that speaker
    const speaker = seen.filter((m) => m.kind === 'person' && cue.start - m.end <= 2).pop();
    const referent =
      speaker &&
      seen
        .filter((m) => m.kind === 'person' && m.end <= speaker.start && m.actor.name !== speaker.actor.name)
        .pop();
    if (
      broken &&
      speaker &&
      referent &&
      own.length === 0 &&
      OBJECT_PRONOUN_RE.test(text.slice(cue.end, cue.end + 6))
    ) {
      starts.push(k);
      bounds.push(speaker.start);
      told.set(k, [speaker, referent]);
    }
  }
  if (starts.length === 1) return [whole];
  const subjectEnd = sorted[0]!.start;
  const subject = actors.filter((m) => m.end <= subjectEnd);
  return starts.map((from, j) => {
    const to = starts[j + 1] ?? sorted.length;
    const segCues = sorted.slice(from, to);
    const lo = bounds[j]!;
    const hi = to < sorted.length ? bounds[j + 1]! : text.length;
    return {
      cues: segCues,
      actors: told.get(from) ?? [
        ...subject,
        ...actors.filter((m) => m.start >= Math.max(lo, subjectEnd) && m.start < hi),
      ],
      // a clause's place may stand just before its verb ("a stop in New Delhi, where he met")
      places: places.filter((p) => p.start < hi && (j === 0 || p.end > sorted[from - 1]!.end)),
    };
  });
}
