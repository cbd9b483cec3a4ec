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
  return (d, h) => {
    if (d.start >= h.end) return d.start - h.end;
    // a date that modifies the noun right after it is that event's: "the April 22 attack", "Tuesday's strikes"
    if (/^(?:['’]s)?\s{0,2}$/.test(text.slice(d.end, h.start))) return 0;
    const before = text
      .slice(Math.max(0, d.start - 14), d.start)
      .replace(/\b(?:early|late|earlier|later|on|in|by)\s*$/i, '');
    const opensClause = /(?:^|[,;:]\s*)$/.test(before) || d.start < 14;
    return h.start - d.end + (opensClause ? 5 : 30);
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
): DateMention[] {
  // topics and cues with a date of their own right beside them ("last month's massacre") do not
  // compete for the other dates of the sentence
  const competitors = (d: DateMention) =>
    all.filter(
      (o) => o === h || (!o.cue.weak && !o.topic && !facts.dates.some((d2) => d2 !== d && gap(d2, o) < 12)),
    );
  return facts.dates.filter((d) => {
    if (d.reporting && !statement) return false;
    if (h.topic && d.relative) return false; // a topic takes only a written-out date ("the April 22 attack")
    if (h.cue.weak) return d.start >= h.end && d.start - h.end < 25;
    return competitors(d).every((o) => gap(d, h) <= gap(d, o));
  });
}
