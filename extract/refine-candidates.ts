/**
 * Refiners: candidates -> candidates, over the whole article (STYLE habit 8).
 *  - inheritDates: an undated mention next to a dated one of the same kind takes its date
 *  - absorbGeneric: "the Army responded to firing across the LoC" followed by the specific nights
 *    and places becomes evidence of those specific events
 *  - foldStatements: what a participant said around a contact belongs to the contact (rule 2)
 *  - mergeMentions: the same event mentioned again is one event with several quotes (rules 1, 3)
 *  - inheritAgents: a strike or a measure told without its author ("Other camps were struck in
 *    Kotli", "The advisers were declared persona non grata") has the author of the one told before
 *  - dropTopics: a topic of talk that matched no event is not an event
 */
import type { Actor } from '../src/domain/event.ts';
import type { Candidate } from './candidate.ts';
import { datesOverlap, moreSpecific } from './date-window.ts';

const fine = (c: Candidate) => c.location?.precision === 'point' || c.location?.precision === 'district';
const near = (a: Candidate, b: Candidate, sentences: number) =>
  a.paragraph === b.paragraph || Math.abs(a.sentenceIndex - b.sentenceIndex) <= sentences;

function unionActors(a: Actor[], b: Actor[]): Actor[] {
  const out = [...a];
  for (const x of b) if (!out.some((y) => y.name === x.name)) out.push(x);
  return out;
}

function absorb(into: Candidate, from: Candidate): void {
  into.evidence = [...into.evidence, ...from.evidence];
  into.actors = unionActors(into.actors, from.actors);
  into.statements = [...into.statements, ...from.statements.filter((s) => !into.statements.includes(s))];
  if (into.fatalities === undefined && from.fatalities !== undefined) into.fatalities = from.fatalities;
  if (from.dateStated && !into.dateStated) {
    into.date = from.date;
    into.dateStated = true;
    into.dateUnresolved = from.dateUnresolved;
  } else if (from.dateStated && into.dateStated) {
    into.date = moreSpecific(into.date, from.date);
  }
  if (!into.location && from.location) into.location = from.location;
  if (from.mode && into.mode && into.mode === 'meeting' && from.mode !== 'meeting') into.mode = from.mode;
  into.topic = into.topic && from.topic;
}

export function inheritDates(cands: Candidate[]): Candidate[] {
  for (const c of cands) {
    if (c.dateStated || c.category === 'statement' || c.category === 'diplomatic_contact') continue;
    const donor = cands
      .filter(
        (d) =>
          d !== c &&
          d.dateStated &&
          d.category === c.category &&
          d.paragraph === c.paragraph &&
          d.sentenceIndex < c.sentenceIndex &&
          d.date.precision !== 'before',
      )
      .pop();
    if (donor && fine(c)) {
      c.date = donor.date;
      c.dateStated = true;
      c.dateUnresolved = donor.dateUnresolved;
    }
  }
  return cands;
}

/** Different acting countries ("Thai jets bombed", "Cambodian rockets struck") are different events. */
const sameSide = (a: Candidate, b: Candidate) =>
  (a.category !== 'strike' && a.category !== 'policy_measure') ||
  !a.subjectCountry ||
  !b.subjectCountry ||
  a.subjectCountry === b.subjectCountry;

/**
 * A mention without a precise place ("strikes on nine sites in Pakistan", "firing across the LoC")
 * next to the same kind of event at named places is a summary of those events: it becomes their
 * evidence (and gives them its date and actors) instead of an event of its own.
 */
export function absorbGeneric(cands: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of cands) {
    if (
      c.category === 'diplomatic_contact' ||
      c.category === 'statement' ||
      c.category === 'policy_measure' ||
      c.category === 'agreement' ||
      fine(c) ||
      c.topic
    ) {
      out.push(c);
      continue;
    }
    let targets = cands.filter(
      (d) =>
        d !== c &&
        d.category === c.category &&
        fine(d) &&
        near(c, d, 2) &&
        Math.abs(c.sentenceIndex - d.sentenceIndex) <= 2 &&
        datesOverlap(c.date, d.date) &&
        sameSide(c, d),
    );
    if (targets.length === 0 && !c.location && !c.dateStated) {
      // "the soldiers died in hand-to-hand fighting" right after the clash in the Galwan Valley
      targets = cands
        .filter(
          (d) =>
            d !== c &&
            d.category === c.category &&
            d.location &&
            Math.abs(c.sentenceIndex - d.sentenceIndex) <= 2 &&
            datesOverlap(c.date, d.date) &&
            sameSide(c, d),
        )
        .slice(0, 1);
    }
    if (targets.length === 0 && !c.location && !c.dateStated) {
      // a bare, undated mention ("the attack") of an event told elsewhere in the article with its place
      const same = cands.filter(
        (d) =>
          d !== c && d.category === c.category && fine(d) && datesOverlap(c.date, d.date) && sameSide(c, d),
      );
      const nearest = same.sort(
        (a, b) => Math.abs(a.sentenceIndex - c.sentenceIndex) - Math.abs(b.sentenceIndex - c.sentenceIndex),
      )[0];
      if (nearest) targets = [nearest];
    }
    const exact = (x: Candidate) => x.date.precision === 'day' || x.date.precision === 'range';
    if (
      targets.length === 0 &&
      c.dateStated &&
      exact(c) &&
      (!c.location || c.location.precision === 'region') &&
      (c.category === 'armed_clash' || c.category === 'strike' || c.category === 'attack')
    ) {
      // the lead's "firing along the LoC for an eighth night", told again place by place further down
      targets = cands.filter(
        (d) =>
          d !== c &&
          d.category === c.category &&
          fine(d) &&
          d.date.precision !== 'approximate' &&
          datesOverlap(c.date, d.date) &&
          sameSide(c, d),
      );
    }
    // "near the districts of Dashkesan, Kalbajar and Lachin": a province listed beside towns that
    // are not in it is a place of its own, not their summary
    const region =
      c.listed && c.location?.precision === 'region' && c.location.country ? c.location : undefined;
    if (
      region &&
      targets.some((d) => d.sentenceIndex === c.sentenceIndex) &&
      targets.every(
        (d) =>
          d.sentenceIndex === c.sentenceIndex &&
          d.location?.admin1 !== region.name &&
          d.location?.admin1 !== region.admin1 &&
          !(d.location?.admin1 ?? '').includes(region.name),
      )
    )
      targets = [];
    if (targets.length === 0) {
      out.push(c);
      continue;
    }
    for (const t of targets) absorb(t, { ...c, evidence: [...c.evidence], statements: [...c.statements] });
  }
  return out;
}

function sameParty(a: Actor, b: Actor): boolean {
  return a.name === b.name;
}

const SOCIAL_RE = /\b(?:on X|on Twitter|on Facebook|on Telegram|on social media|in a post|posted|tweeted)\b/i;
const PUBLIC_RE =
  /\b(?:told (?:reporters|journalists|the press|the media|parliament|lawmakers|a rally)|(?:news|press) conference|in a (?:speech|televised|national address)|in an address)\b/i;
const CONTACT_WORDS_RE =
  /\b(?:spoke|spoken|speak|call|called|calls|talk|talks|talked|discussed|conversation|met|meeting|counterpart)\b/i;

export function foldStatements(cands: Candidate[]): Candidate[] {
  // (and a security review held as a meeting: "Modi told them the forces were free to respond")
  const contacts = cands.filter(
    (c) => c.category === 'diplomatic_contact' || (c.category === 'military_posture' && c.mode === 'meeting'),
  );
  return cands.filter((s) => {
    if (s.category !== 'statement' || !s.speaker) return true;
    const speaker = s.speaker;
    // a post that does not tell of the call ("Rubio said on X he was monitoring") is a statement of its own
    if (SOCIAL_RE.test(s.statements.join(' ')) && !CONTACT_WORDS_RE.test(s.statements.join(' '))) return true;
    // said to the press or the public ("told reporters in Bangkok", "in a televised address"): not said in the talk
    if (PUBLIC_RE.test(s.statements.join(' ')) && !CONTACT_WORDS_RE.test(s.statements.join(' '))) return true;
    const host = contacts
      .filter(
        (c) =>
          near(s, c, 1) &&
          Math.abs(s.sentenceIndex - c.sentenceIndex) <= 3 &&
          (!s.dateStated || datesOverlap(s.date, c.date)),
      )
      .filter((c) =>
        c.actors.some(
          (a) =>
            sameParty(a, speaker) ||
            // "India warned Pakistan ..." right after the DGMOs' call: a side of the call, in the same paragraph
            (speaker.country !== undefined &&
              a.country === speaker.country &&
              !speaker.role &&
              // ... and no other state speaks with it ("Qatar and Saudi Arabia called on both sides")
              s.actors.every((x) => !x.country || c.actors.some((y) => y.country === x.country)) &&
              s.paragraph === c.paragraph &&
              Math.abs(s.sentenceIndex - c.sentenceIndex) <= 1),
        ),
      )
      .sort(
        (a, b) => Math.abs(a.sentenceIndex - s.sentenceIndex) - Math.abs(b.sentenceIndex - s.sentenceIndex),
      )[0];
    if (!host) return true;
    host.statements.push(...s.statements.filter((x) => !host.statements.includes(x)));
    host.evidence.push(...s.evidence);
    return false;
  });
}

function sameEvent(a: Candidate, b: Candidate): boolean {
  if (a.category !== b.category || !datesOverlap(a.date, b.date) || !sameSide(a, b)) return false;
  if ((a.location?.name ?? null) !== (b.location?.name ?? null)) {
    // a mention without a place may be the same event as one with a place (contacts, measures)
    if (a.location && b.location) return false;
    if (
      a.category !== 'diplomatic_contact' &&
      a.category !== 'policy_measure' &&
      a.category !== 'agreement' &&
      a.category !== 'statement'
    )
      return false;
  }
  const shared = a.actors.filter((x) => b.actors.some((y) => y.name === x.name)).length;
  switch (a.category) {
    case 'diplomatic_contact': {
      // one visit per place and day: "held talks with Dar and called on Sharif" in Islamabad
      if (a.mode === 'visit' && b.mode === 'visit' && a.location && a.location.name === b.location?.name)
        return shared > 0;
      const smaller = Math.min(a.actors.length, b.actors.length);
      return shared >= Math.min(2, smaller) && shared > 0;
    }
    case 'statement':
      // "India accused Pakistan of breaching the truce" in the lead, and "Misri told reporters ...
      // repeated violations" further down: the state's statement is its official's, that day
      return (
        a.speaker?.name === b.speaker?.name ||
        (a.speakerIsState === true &&
          !b.speakerIsState &&
          !!b.speaker &&
          b.speaker.country === a.speaker?.country) ||
        (b.speakerIsState === true &&
          !a.speakerIsState &&
          !!a.speaker &&
          a.speaker.country === b.speaker?.country)
      );
    case 'policy_measure':
      if (a.subjectCountry && b.subjectCountry && a.subjectCountry !== b.subjectCountry) return false;
      if (a.sentenceIndex === b.sentenceIndex) return false; // two measure verbs in one sentence are two measures
      return a.measure === b.measure && (shared > 0 || a.actors.length === 0 || b.actors.length === 0);
    default:
      return true;
  }
}

const placeWords = (c: Candidate): string[] =>
  (c.location?.name ?? '')
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length > 2 && w !== 'district');

/**
 * "for the first time since the Pahalgam terror attack" and, later, "... killed when terrorists opened
 * fire at the Baisaran meadow near Pahalgam on April 22": an undated attack named by its place is a
 * mention of the dated attack at that place (rule 3). Its sentence's other actors (the troops who
 * fired) are not the attack's.
 */
function mentionOfAttack(a: Candidate, b: Candidate): Candidate | undefined {
  if (a.category !== 'attack' || b.category !== 'attack' || !a.location || !b.location) return undefined;
  const [undated, dated] =
    !a.dateStated && b.dateStated ? [a, b] : !b.dateStated && a.dateStated ? [b, a] : [];
  if (!undated || !dated || undated.date.precision !== 'before' || !datesOverlap(undated.date, dated.date))
    return undefined;
  const words = placeWords(dated);
  return placeWords(undated).some((w) => words.includes(w)) ? undated : undefined;
}

export function mergeMentions(cands: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of cands) {
    const k = out.findIndex((o) => mentionOfAttack(o, c));
    if (k < 0) {
      const target = out.find((o) => sameEvent(o, c));
      if (target) absorb(target, c);
      else out.push(c);
      continue;
    }
    // the dated telling stands, with the mention's quotes
    const dated = mentionOfAttack(out[k]!, c) === c ? out[k]! : c;
    const mention = dated === c ? out[k]! : c;
    dated.evidence = [...dated.evidence, ...mention.evidence];
    out[k] = dated;
  }
  return out;
}

/**
 * "After dark, drones appeared over Srinagar": a strike told with no one behind it, on a country
 * the story's other strikes on that country all come from one side, is that side's.
 */
export function strikesFromOneSide(cands: Candidate[]): Candidate[] {
  for (const c of cands) {
    const target = c.location?.country;
    if (c.category !== 'strike' || c.topic || c.actors.length > 0 || !target) continue;
    const from = cands.filter(
      (d) =>
        d !== c &&
        d.category === 'strike' &&
        !d.topic &&
        d.location?.country === target &&
        d.actors.some((a) => a.country !== target),
    );
    // (a group with no country is a side of its own: "Abkhaz rebels fired rockets at Zugdidi")
    const sides = new Set(
      from.flatMap((d) => d.actors.filter((a) => a.country !== target).map((a) => a.country ?? a.name)),
    );
    if (sides.size !== 1) continue;
    c.actors = from[0]!.actors.filter((a) => a.country && a.country !== target).map((a) => ({ ...a }));
  }
  return cands;
}

export function inheritAgents(cands: Candidate[]): Candidate[] {
  const agentful = new Set(['strike', 'attack', 'policy_measure']);
  // the story's lead: its first paragraph that tells an event (after a headline, the second)
  let lead = Infinity;
  for (const c of cands) if (c.paragraph < lead) lead = c.paragraph;
  cands.forEach((c, k) => {
    if (!(agentful.has(c.category) || c.also) || c.topic || (c.actors.length > 0 && !c.passive)) return;
    const donor = cands
      .slice(0, k)
      .filter(
        (d) =>
          d.category === c.category &&
          d.actors.length > 0 &&
          !d.topic &&
          !d.passive &&
          // (an undated attack named in passing takes the actors of the sentence it is named in:
          // no donor for the attack told with its day)
          !(c.category === 'attack' && c.dateStated && !d.dateStated) &&
          // the author is told in the same passage, or in the story's lead
          (Math.abs(c.paragraph - d.paragraph) <= (c.category === 'policy_measure' || c.also ? 1 : 0) ||
            d.paragraph === 0 ||
            d.paragraph === lead),
      )
      .pop();
    if (!donor) return;
    c.actors = unionActors(donor.actors, c.actors);
    if (donor.subjectCountry && (!c.subjectCountry || c.passive)) c.subjectCountry = donor.subjectCountry;
  });
  return cands;
}

export function dropTopics(cands: Candidate[], text: string): Candidate[] {
  // what was only talked about ("briefed him on the response to the Pahalgam attack") is not an
  // event here, unless it is an attack named with its day and place ("condemned the April 22 attack
  // in Pahalgam"): a past event the report tells of, like any background event
  // ... or an attack known by its place that the report tells of nowhere else ("conveyed his
  // condolences over the Pahalgam terror attack"): the crisis's own attack, before the report
  return cands.filter(
    (c) =>
      !c.topic ||
      (c.category === 'attack' &&
        fine(c) &&
        (c.dateStated ||
          (namedIn(text, c) &&
            !cands.some(
              (o) =>
                o !== c &&
                o.category === 'attack' &&
                (!o.topic || o.dateStated) &&
                o.location?.name === c.location?.name,
            )))),
  );
}

/** The place is part of the noun: "the Pahalgam terror attack", "the attack in Pahalgam". */
function namedIn(text: string, c: Candidate): boolean {
  const name = c.location?.name.split(',')[0];
  if (!name) return false;
  const before = text.slice(Math.max(0, c.cue.start - 40), c.cue.start);
  const after = text.slice(c.cue.end, c.cue.end + 40);
  const i = before.lastIndexOf(name);
  return (
    (i >= 0 && /^(?:['’]s)?\s+(?:[\w-]+\s+){0,2}$/.test(before.slice(i + name.length))) ||
    after.startsWith(` in ${name}`) ||
    after.startsWith(` at ${name}`) ||
    after.startsWith(` near ${name}`)
  );
}
