/**
 * Stage: one sentence -> candidates. Finds cues, drops those that are plans, negated, hypothetical,
 * background history or only the topic of talk, then attaches actors, places, dates and death
 * tolls found in the same sentence.
 */
import { addDays } from '../src/domain/dates.ts';
import type { Actor, Category, IsoDate, Location } from '../src/domain/event.ts';
import type { Candidate, CandidateDate } from './candidate.ts';
import { datesOwnedBy, gapIn, openingDate, type Gap } from './cue-dates.ts';
import { isBackground, isIrrealis, PASSIVE_CUE_RE, type CueHit, type RawCueHit } from './find-cues.ts';
import { TOPIC_AFTER_TALK_RE, TOPIC_RE } from './cue-lexicon.ts';
import type { ActorMention } from './find-actors.ts';
import type { DateMention, YearMention } from './find-dates.ts';
import type { FatalityMention } from './find-fatalities.ts';
import type { PlaceMention } from './find-places.ts';
import type { Sentence } from './split-sentences.ts';
import { contactSegments } from './contact-segments.ts';
import {
  choosePlaces,
  LIST_JOIN_RE,
  contactParties,
  dedupeActors,
  MODE_RANK,
  subjectStates,
  venueOf,
} from './sentence-parts.ts';
import { sortSmall } from './small-sort.ts';

export interface SentenceFacts {
  sentence: Sentence;
  actors: ActorMention[];
  places: PlaceMention[];
  dates: DateMention[];
  years: YearMention[];
  fatalities: FatalityMention[];
}

export interface ArticleContext {
  published: IsoDate;
  /** false when `published` is a stand-in: relative dates are then unresolved */
  publishedKnown: boolean;
  /** the article's main countries, most named first */
  countries: string[];
  /** the date of the events told so far, for undated events that continue the story */
  narrative?: CandidateDate;
  /** country name for an ISO code */
  countryName: (code: string) => string | undefined;
  /** the armed forces of the country a demonym names ("Pakistani" -> Pakistan Army) */
  forceOf?: (demonym: string) => Actor | undefined;
  /** a country's armed forces as a whole, by its ISO code ("IN" -> Indian Armed Forces) */
  armedForcesOf?: (code: string) => Actor | undefined;
  /** the first actor with a country named in the sentence before: who a sentence-opening "It" is */
  prevSubject?: Actor;
  /** the last person named before this sentence: who "he" or "she" is */
  lastPerson?: Actor;
  /** the first person named in the sentence before: the subject "He" most likely refers to */
  firstPerson?: Actor;
  /** the day of the last attack, strike or clash told with its day: what "the day after the killings" counts from */
  lastViolence?: IsoDate;
  /** the day of the last contact told with its day: what "a day after his stop in New Delhi" counts from */
  lastContact?: IsoDate;
  /** a country's capital, for a statement made in its parliament */
  capitalOf?: (code: string) => Location | null;
}

const PRESENT_RE =
  /\b(?:is|are|am|has|have|continues|continue|continuing|remains?|remain|still|now)\b[^,;.]{0,40}$/i;
// ("A former Northern Army commander said the spread of fire ...": a retired voice's reading, not news)
const OPINION_RE =
  /^\W*(?:(?:[A-Z][a-z]+ )?(?:analysts|experts|observers|critics|commentators)\b|some analysts|an? (?:former|retired) [^,.;“”"]{0,60}?\b(?:said|says|told|wrote|argued|noted|believes?)\b)/i;
const DEFINITE_RE = /\b(?:the|these|those|such|its|their)\s+(?:\S+\s+){0,2}$/i;
const NOUN_CUE_RE =
  /^(?:\S+ )?(?:strikes?|attacks?|clash(?:es)?|exchanges|fighting|firing|shelling|violations?|bombings?|airstrikes?|hostilities|fire|dogfights?|aerial (?:engagements?|combat|battles?)|air battles?)$/i;
/** A definite noun in a phrase of time or topic: "two days after the attack", "since the fighting". */
const AFTER_NOUN_RE =
  /\b(?:after|since|before|following|despite|over|about|until|during)\s+the\s+(?:[\w-]+\s+){0,2}$/i;
/** A sentence opening with "He" or "She" before its verb: the person told of just before. */
const SUBJECT_PRONOUN_RE =
  /^\W*(?:(?:[A-Z][a-z]+\s+)(?:[a-z]+\s+){0,2}|[^,.;]{0,60},\s*|(?:On|Later|Earlier|Late|Early|By|That)\s+(?:(?:[A-Z][a-z]+day|on|that|the|same|next|following|day|morning|afternoon|evening|night)\s+){1,3})?(?:[Hh]e|[Ss]he)\s+(?:\w+\s+){0,2}$/;
/** "Shelling was also reported from ...", "Firing also hit ...": one more of what was just told */
const ALSO_RE = /^[^,;]{0,40}\b(?:was|were|has been|had been)?\s*also\b/i;
const AFTER_EVENT_RE = /\b(?:after|following|in the wake of)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}$/i;
const DAYS_AFTER_RE =
  /\b(a|one|two|three|four|five|six|seven|\d+) (days?|weeks?) (after|before)\s+(?:\S+\s+){0,9}$/i;
/** "The day after the killings, ...": a day counted from a violent event told before. */
const DAY_AFTER_EVENT_RE =
  /\b(the|a|one|two|three|four|five|six|seven|\d+) (days?|weeks?) (after|before) (?:the|that|this|those) (?:[\w-]+ )?(?:attacks?|killings?|massacre|bombings?|strikes?|shooting|ambush|clash(?:es)?|shelling|raid)\b/i;
/** The day "N days after/before" an event of day `base` (groups: count, unit, after|before). */
function countedFrom(m: RegExpExecArray | null, base: IsoDate): CandidateDate | undefined {
  if (!m) return undefined;
  const n = daysIn(m[1]!, m[2]!);
  return { start: addDays(base, m[3]!.toLowerCase() === 'after' ? n : -n), precision: 'day' };
}
/** "told Parliament", "addressing the National Assembly": a speech in the country's legislature */
const PARLIAMENT_RE =
  /^(?:told|address(?:ed|ing)|(?:said|spoke|speaking) in) (?:a (?:joint |special )?session of )?(?:the )?(?:Parliament|parliament|Lok Sabha|Rajya Sabha|National Assembly|Senate|Majlis|Knesset|State Duma|Duma|House of Commons|Bundestag|Congress)\b/;
/** "A day after his stop in New Delhi, ...": a day counted from a visit or a talk told before. */
const DAY_AFTER_CONTACT_RE =
  /\b(the|a|one|two|three|four|five|six|seven|\d+) (days?|weeks?) (after|before) (?:his|her|their|its|the|that|this) (?:[\w-]+ )?(?:stop|visit|trip|talks|meeting|call|stay|tour)\b/i;
/** A day written as the attack's own: "last Tuesday's attack", "Sunday's terror attack", "an April 22 attack". */
const DAY_NAMED_BEFORE_RE =
  /(?:\b(?:mon|tues|wednes|thurs|fri|satur|sun)day['’]s|\b(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2})\s+(?:[\w-]+\s+)?$/i;
const CIVILIAN_TARGET_RE =
  /^\s+(?:on|against)\s+(?:\w+\s+){0,2}?(?:tourists|civilians|pilgrims|worshippers|villagers|passengers|students|shoppers|a (?:bus|market|mosque|temple|church|school|hotel))\b/i;
export const CESSATION_RE =
  /\b(?:ceasefire|cease-fire|truce|armistice|cessation|stop|halt|cease|end (?:the )?(?:fighting|hostilities)|withdraw|pull back|disengage|de-escalate|understanding|peace|fire|firing|shots?|hostile|offensive|reduc\w*|troops)\b/i;
const IT_SUBJECT_RE = /^\W*(?:It|They)\s+(?:also\s+|then\s+|later\s+)?$/;
/** Days in "the day", "two days", "a week" (count and unit as written). */
function daysIn(count: string, unit: string): number {
  const c = count.toLowerCase();
  return (c === 'the' ? 1 : (NUMBER_WORDS[c] ?? Number(c))) * (/^week/i.test(unit) ? 7 : 1);
}
const VIOLENT_CUE = new Set<string>(['attack', 'strike', 'armed_clash']);
const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
};

/**
 * The actors of `mentions` (after `first`, if given), in a fresh array built one way: a spread or a
 * map() result here gave the code reading it a second array shape, and a deoptimisation.
 */
function actorsOf(mentions: readonly ActorMention[], first?: Actor): Actor[] {
  const out: Actor[] = [];
  if (first) out.push(first);
  for (const m of mentions) out.push(m.actor);
  return out;
}

/**
 * What the candidate builders read about the sentence at hand. They are module functions taking it
 * rather than closures made per sentence: under tsx (esbuild keepNames) every named closure costs
 * an Object.defineProperty each time it is created.
 */
interface Scope {
  facts: SentenceFacts;
  ctx: ArticleContext;
  text: string;
  all: CueHit[];
  live: CueHit[];
  reporting: DateMention | undefined;
  gap: Gap;
}

/** Text between two verbs that coordinates them: an "and" with no clause boundary or subordinator. */
const COORDINATED_RE =
  /^(?![^]*(?:[;:()]|\b(?:after|before|since|as|when|while|which|who|whom|that|following|amid|because|until|if)\b))[^]*\band\s+(?:also\s+)?$/i;

function dateOf(
  sc: Scope,
  h: CueHit,
  statement: boolean,
  extra: CueHit[] = [],
): { date: CandidateDate; stated: boolean; relative: boolean } | 'future' {
  const { facts, ctx, text, all, live, reporting, gap } = sc;
  // the nearest owned date (the first of the nearest: as a stable sort by gap would give it)
  let best: DateMention | undefined;
  let bestGap = 0;
  for (let k = -1; k < extra.length; k++) {
    const owned =
      k < 0
        ? datesOwnedBy(h, facts, all, statement, gap)
        : datesOwnedBy(extra[k]!, facts, all, extra[k]!.cue.category === 'statement' || extra[k]!.topic, gap);
    for (const x of owned) {
      // "The pilot will be handed over Friday, Khan told parliament": a day ahead in what was said
      // is not the day it was said
      if (statement && x.future && x.end <= h.start) continue;
      // "In Beijing on Tuesday, the spokesman accused Indian troops of crossing on Monday": the
      // opening clause dates the statement; a later day is in what was said
      const g =
        (statement || h.cue.category === 'diplomatic_contact') && openingDate(text, x) && x.end <= h.start
          ? -1
          : gap(x, h);
      if (!best || g < bestGap) {
        best = x;
        bestGap = g;
      }
    }
  }
  if (best) {
    if (best.future) return 'future';
    let date = best.date;
    if (best.overnight && reporting)
      date = { start: addDays(reporting.date.start, -1), end: reporting.date.start, precision: 'range' };
    return { date, stated: true, relative: best.relative };
  }
  // "a day after <the dated event>": count from the other cue's date
  const rel = DAYS_AFTER_RE.exec(text.slice(0, h.start));
  if (rel) {
    const other = live.find(
      (o) => o !== h && o.start < rel.index && datesOwnedBy(o, facts, all, false, gap).length,
    );
    const od = other && datesOwnedBy(other, facts, all, false, gap)[0];
    if (od && !od.future) {
      const n = daysIn(rel[1]!, rel[2]!);
      return {
        date: {
          start: addDays(od.date.start, rel[3]!.toLowerCase() === 'after' ? -n : n),
          precision: 'day',
        },
        stated: true,
        relative: od.relative,
      };
    }
  }
  // "The day after the killings, India put the treaty in abeyance": counted from that event's day
  // ... and "A day after his stop in New Delhi, al-Jubeir was in Islamabad": from the last talk's
  const counted =
    (ctx.lastViolence && !VIOLENT_CUE.has(h.cue.category)
      ? countedFrom(DAY_AFTER_EVENT_RE.exec(text.slice(0, h.start)), ctx.lastViolence)
      : undefined) ??
    (ctx.lastContact
      ? countedFrom(DAY_AFTER_CONTACT_RE.exec(text.slice(0, h.start)), ctx.lastContact)
      : undefined);
  if (counted) return { date: counted, stated: true, relative: true };
  const pre = text.slice(Math.max(0, h.start - 50), h.end);
  // "Brazil has moved troops ..., the ministry said last week": no later than the report
  if (reporting && reporting.date.start < ctx.published && !h.topic)
    return {
      date: { start: reporting.date.end ?? reporting.date.start, precision: 'before' },
      stated: false,
      relative: reporting.relative,
    };
  if (PRESENT_RE.test(pre) && !h.topic)
    return { date: { start: ctx.published, precision: 'approximate' }, stated: false, relative: true };
  // told in the same sentence as a dated event ("bombed ... on Thursday as fighting spread"): that day at the latest
  const sibling = all.find(
    (o) =>
      o !== h &&
      !o.dead &&
      !o.topic &&
      !o.cue.weak &&
      datesOwnedBy(o, facts, all, false, gap).some((d) => !d.future),
  );
  const sd = sibling && datesOwnedBy(sibling, facts, all, false, gap).find((d) => !d.future);
  // "India on Saturday barred ships ... and suspended the mail": a verb coordinated with the dated
  // one shares its day
  if (sd && !h.topic && sibling.end <= h.start && COORDINATED_RE.test(text.slice(sibling.end, h.start)))
    return { date: sd.date, stated: true, relative: sd.relative };
  // "met Ugandan President Yoweri Museveni at a summit on Wednesday": a second cue of the same kind
  // later in the same clause is the same act, and its day is this one's
  if (
    sd &&
    !h.topic &&
    sibling.cue.category === h.cue.category &&
    h.end <= sibling.start &&
    !/[,;:]|\b(?:and|but|after|before|while|when|as)\b/.test(text.slice(h.end, sibling.start))
  )
    return { date: sd.date, stated: true, relative: sd.relative };
  if (sd && !h.topic)
    return {
      date: { start: sd.date.end ?? sd.date.start, precision: 'before' },
      stated: false,
      relative: sd.relative,
    };
  if (reporting)
    return {
      date: { start: reporting.date.start, precision: 'before' },
      stated: false,
      relative: reporting.relative,
    };
  if (ctx.narrative)
    return {
      date: { start: ctx.narrative.end ?? ctx.narrative.start, precision: 'before' },
      stated: false,
      relative: true,
    };
  return { date: { start: ctx.published, precision: 'before' }, stated: false, relative: true };
}

function mk(
  sc: Scope,
  h: CueHit,
  extra: Partial<Candidate>,
  statement = false,
  dateCues: CueHit[] = [],
): Candidate | undefined {
  const d = dateOf(sc, h, statement, dateCues);
  if (d === 'future') return undefined;
  const { sentence } = sc.facts;
  // every candidate has all the fields, optional ones too, in one order: one hidden class, so the
  // stages and refiners that read candidates stay monomorphic (and are not deoptimised as new
  // combinations of optional fields turn up)
  return {
    category: h.cue.category,
    cue: { start: sentence.start + h.start, end: sentence.start + h.end },
    sentenceIndex: sentence.index,
    paragraph: sentence.paragraph,
    statements: [],
    date: d.date,
    dateStated: d.stated,
    dateUnresolved: !sc.ctx.publishedKnown && d.relative,
    location: null,
    actors: extra.actors ?? dedupeActors(actorsOf(sc.facts.actors)),
    topic: false,
    evidence: [{ start: sentence.start, end: sentence.end }],
    speaker: undefined,
    speakerIsState: undefined,
    subjectCountry: undefined,
    mode: undefined,
    measure: undefined,
    passive: undefined,
    also: undefined,
    fatalities: undefined,
    ...extra,
  };
}

export function sentenceCandidates(
  facts: SentenceFacts,
  ctx: ArticleContext,
  found: RawCueHit[],
): Candidate[] {
  const { sentence } = facts;
  const text = sentence.text;
  if (OPINION_RE.test(text) || found.length === 0) return [];
  const gap = gapIn(text);

  const all: CueHit[] = [];
  let talkBefore = -1;
  for (const h of found) {
    const dead = isIrrealis(text, h) || isBackground(text, h, facts, ctx);
    const talk = h.cue.category === 'diplomatic_contact' || h.cue.category === 'statement';
    const pre = text.slice(Math.max(0, h.start - 100), h.start);
    const topic =
      !talk &&
      (TOPIC_RE.test(pre) ||
        (talkBefore >= 0 && TOPIC_AFTER_TALK_RE.test(text.slice(talkBefore, h.start))) ||
        // "barred ships ..., widening its steps after a deadly attack on tourists": the event the
        // main clause answers, told as its cause, is told (and coded) elsewhere
        (NOUN_CUE_RE.test(text.slice(h.start, h.end)) &&
          AFTER_EVENT_RE.test(text.slice(Math.max(0, h.start - 40), h.start)) &&
          all.some((o) => !o.dead && !o.topic && o.end <= h.start)));
    // "the fighting", "the clash": a definite noun refers back to an event told elsewhere
    // "the fighting", "the clash": a definite noun refers back to an event told elsewhere, unless
    // it brings its own place ("the ceasefire violation on the night of April 27-28 in areas opposite Kupwara"),
    // ... or named in the noun phrase itself ("the Pahalgam terror attack")
    const ownDetail = facts.places.some(
      (p) =>
        ((p.start >= h.end &&
          p.start - h.end < 60 &&
          // (not a place of another act told between: "The strikes follow last month's attack near Pahalgam")
          !found.some((o) => o !== h && o.start >= h.end && o.end <= p.start)) ||
          (p.end <= h.start && h.start - p.end < 12)) &&
        (p.location.precision === 'point' || p.location.precision === 'district'),
    );
    const definite =
      !talk &&
      !ownDetail &&
      NOUN_CUE_RE.test(text.slice(h.start, h.end)) &&
      DEFINITE_RE.test(text.slice(Math.max(0, h.start - 40), h.start));
    // "one of the men suspected over the attack, in Kulgam district": a noun in a phrase of time or
    // topic refers back, whatever place follows it (unless it names its own: "after the Pahalgam attack")
    const inPhrase =
      !talk &&
      !facts.places.some((p) => p.end <= h.start && h.start - p.end < 12) &&
      NOUN_CUE_RE.test(text.slice(h.start, h.end)) &&
      AFTER_NOUN_RE.test(text.slice(Math.max(0, h.start - 40), h.start));
    all.push({
      cue: h.cue,
      start: h.start,
      end: h.end,
      topic: topic || definite || inPhrase,
      dead,
      // ("two days after the attack": the noun in a phrase of time, not the subject of its clause)
      ...(inPhrase ? { placeless: true } : {}),
    });
    if (talk && !dead && talkBefore < 0) talkBefore = h.end;
  }
  const live = all.filter((h) => !h.dead);
  const reporting = facts.dates.find((d) => d.reporting && !d.future);

  const sc: Scope = { facts, ctx, text, all, live, reporting, gap };
  const out: Candidate[] = [];

  // diplomatic contact: the most telling mode; one per counterpart ("spoke separately with A and B")
  const contacts = live.filter((h) => h.cue.category === 'diplomatic_contact');
  const statements = live.filter((h) => h.cue.category === 'statement');
  let contactMade: Candidate[] = [];
  /** cues told as what was agreed in a call: part of the call */
  const inCall = new Set<CueHit>();
  // "held talks with Sharif in Islamabad on Friday, a day after a stop in New Delhi, where he met
  // Jaishankar": each clause with its own counterpart is its own contact
  for (const seg of contactSegments(text, contacts, facts.actors, facts.places)) {
    const best = [...seg.cues].sort((a, b) => MODE_RANK[a.cue.mode!] - MODE_RANK[b.cue.mode!])[0]!;
    const mode = best.cue.mode!;
    let location: Location | null = null;
    // (and a note handed over in a place: "handed a note to the Russian embassy in Tbilisi")
    if (
      mode === 'visit' ||
      mode === 'meeting' ||
      (mode === 'message' && /^(?:handed|delivered)\b/.test(text.slice(best.start)))
    ) {
      const p = seg.places.find(
        (pl) =>
          pl.start > best.start &&
          // (a long list of who met may stand between: "met A, B, C and the heads of ... in New Delhi")
          (pl.start - best.end < 90 ||
            (pl.start - best.end < 160 && /\bin\s+$/.test(text.slice(pl.start - 4, pl.start)))) &&
          // ("held consultations on Monday, as envoys from Tehran to Moscow ...": another clause's place)
          !/,\s+(?:as|while|when|after|before|where)\b/.test(text.slice(best.end, pl.start)) &&
          (pl.start - best.end < 3 ||
            /\b(?:in|to|at)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, pl.start - 12), pl.start))),
      );
      const q =
        p ??
        [...seg.places]
          .reverse()
          .find(
            (pl) =>
              pl.end <= best.start &&
              best.start - pl.end < 60 &&
              /\b(?:in|to|at)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, pl.start - 12), pl.start)) &&
              !/[.;]/.test(text.slice(pl.end, best.start)),
          );
      // "In the Pakistani capital on Monday, X held talks with Y during a visit": the opening clause's place
      const opening = seg.places.find(
        (pl) =>
          pl.end <= best.start &&
          /^\W*(?:In|At)\s+$/.test(text.slice(0, pl.start)) &&
          /^[^,;.]{0,30},/.test(text.slice(pl.end)),
      );
      const v = q ?? opening;
      if (v && v.location.precision !== 'country') location = v.location;
    }
    // "visited New Delhi on Thursday and Islamabad on Friday": one visit per place, each with its day
    // ... and "holding talks in Islamabad before travelling on to New Delhi": talks held on the way
    const from = Math.min(
      best.end,
      ...seg.cues.filter((h) => h.cue.mode === 'meeting' && h.start < best.start).map((h) => h.end),
    );
    const stops =
      mode === 'visit' && location
        ? seg.places.filter(
            (pl) =>
              pl.start >= from &&
              pl.start - from < 80 &&
              pl.location.precision !== 'country' &&
              !/[.;]/.test(text.slice(from, pl.start)) &&
              // "visited Islamabad ..., is scheduled to travel to New Delhi": not a stop made
              !all.some((x) => x.dead && x.start > from && x.end <= pl.start) &&
              !/\b(?:scheduled|expected|due|will|plans?|planning|set to)\b/i.test(text.slice(from, pl.start)),
          )
        : [];
    // "Trump phoned him on Tuesday": "him" is the person named in the sentence before
    // ... and "He also briefed his counterparts ... by telephone": "He" is the one who talked
    const pron = /^\s+(?:him|her)\b/i.exec(text.slice(best.end, best.end + 5));
    const subj = pron
      ? null
      : SUBJECT_PRONOUN_RE.exec(text.slice(0, Math.min(...seg.cues.map((c) => c.start))));
    const referent = subj ? ctx.firstPerson : ctx.lastPerson;
    // "Pakistan's National Security Committee met in Islamabad under Sharif": a government meeting
    // with itself, not a diplomatic contact
    const own = seg.actors.filter((a) => !a.possessive);
    const domestic =
      mode === 'meeting' &&
      /^(?:met|meets|meeting)\b/i.test(text.slice(best.start, best.end)) &&
      own.length > 0 &&
      own.every((a) => a.actor.country !== undefined && a.actor.country === own[0]!.actor.country) &&
      // ("On Friday he met Prime Minister Shehbaz Sharif": "he" is the Saudi envoy told before)
      !(subj && referent?.country && referent.country !== own[0]!.actor.country) &&
      !/\bwith\b/i.test(text.slice(best.end, best.end + 40)) &&
      // "met his Chinese counterpart": a foreign party, even one the lexicon cannot name
      !/^\s+(?:his|her|their|its) (?:\S+ )?counterparts?\b/i.test(text.slice(best.end, best.end + 40));
    if (domestic) {
      // ... but a leader meeting the military's chiefs ("met the chiefs of the three services") is
      // a security review: the forces' posture, at the meeting's place
      if (MILITARY_CHIEFS_RE.test(text.slice(best.end))) {
        const c = mk(sc, best, { location, actors: dedupeActors(own.map((a) => a.actor)), mode: 'meeting' });
        if (c) out.push({ ...c, category: 'military_posture' });
      }
      continue;
    }
    const segActors =
      (pron || subj) && referent && !seg.actors.some((a) => a.actor.name === referent.name)
        ? [
            ...(subj ? [{ start: 0, end: 2, actor: referent, kind: 'person' as const }] : []),
            ...seg.actors,
            ...(pron
              ? [
                  {
                    start: best.end + 1,
                    end: best.end + pron[0].length,
                    actor: referent,
                    kind: 'person' as const,
                  },
                ]
              : []),
          ]
        : seg.actors;
    for (const parties of contactParties(text, segActors, best, statements, mode, location)) {
      if (stops.length > 1) {
        for (const stop of stops) {
          const day = facts.dates.find((d) => d.start >= stop.end && d.start - stop.end < 20 && !d.future);
          const c = mk(sc, best, { mode, location: stop.location, actors: parties }, false, statements);
          if (c && day) Object.assign(c, { date: day.date, dateStated: true });
          if (c) contactMade.push(c);
        }
        continue;
      }
      const c = mk(sc, best, { mode, location, actors: parties }, false, statements);
      // "spoke with Munir on Friday, and on Saturday with Jaishankar": the day told after the verb
      // and before a counterpart is that counterpart's
      const other = parties[parties.length - 1];
      const at = other && segActors.find((m) => m.start >= best.end && m.actor.name === other.name);
      const day =
        at &&
        facts.dates
          .filter((d) => d.start >= best.end && d.end <= at.start && !d.future && !d.reporting)
          .pop();
      if (c && day && facts.dates.some((d) => d.start < day.start && d.start >= best.end))
        Object.assign(c, { date: day.date, dateStated: true });
      if (c) contactMade.push(c);
    }
    out.push(...contactMade);
    // "spoke by telephone ..., and the two leaders agreed to hold joint exercises": what they agreed
    // in the call belongs to the call (contract rule 2), unless it is a ceasefire or a truce
    // ... and so does what they agreed to do ("to hold joint exercises" is no exercise yet)
    if (contactMade.length)
      for (const a of live)
        if (
          a.cue.category === 'agreement' &&
          a.start > best.start &&
          !CESSATION_RE.test(text.slice(a.start, a.end + 80))
        )
          for (const o of live)
            if (
              o.start >= a.start &&
              o.cue.category !== 'diplomatic_contact' &&
              o.cue.category !== 'statement'
            )
              inCall.add(o);
    // "the army chief arrived in Srinagar": an officer visiting his own forces
    const officer = seg.actors.find((a) => a.kind === 'person' && MILITARY_ROLE_RE.test(a.actor.role ?? ''));
    if (
      contactMade.length === 0 &&
      mode === 'visit' &&
      location &&
      officer &&
      (!location.country || !officer.actor.country || location.country === officer.actor.country)
    ) {
      const c = mk(sc, best, { location, actors: [officer.actor] });
      if (c) out.push({ ...c, category: 'military_posture' });
    }
  }

  // statements: folded into a contact in the same sentence; a reporting verb only when nothing else is told
  const others = live.filter(
    (h) => h.cue.category !== 'diplomatic_contact' && h.cue.category !== 'statement' && !h.topic,
  );
  if (statements.length) {
    const strong = statements.filter((h) => !h.cue.weak);
    const h = strong[0] ?? statements[0]!;
    const first = statements[0]!;
    // the speaker stands right before the verb ("X's office said", "X, in a speech, condemned") or right after it ("said X")
    const before = lastActorBefore(facts.actors, first.start, false);
    // "X said", "X's office said", "the spokesman, Lt Gen X, told"
    const reach = first.cue.weak ? /^(?:['’]s)?,?[\s\p{L}'’-]{0,25}$/u : /^(?:['’]s)?[^.;:“”"]{0,70}$/u;
    const subject = facts.actors[0];
    // "“...,” he wrote on X": the last person named before
    const pronoun: ActorMention | undefined =
      ctx.lastPerson &&
      /\b(?:he|she)\s+(?:\w+\s+)?$/i.test(text.slice(Math.max(0, first.start - 20), first.start))
        ? { start: first.start, end: first.start, actor: ctx.lastPerson, kind: 'person' }
        : undefined;
    const speaker =
      before && reach.test(text.slice(before.end, first.start))
        ? before
        : subject && subject.start < 5 && /^,[^.;]*,\s*$/.test(text.slice(subject.end, first.start)) // "X, a ... alliance, said"
          ? subject
          : // ("said X" names the speaker after the verb; "blamed Pakistan" names whom it blamed,
            // unless the attribution follows a quote or a clause: "..., warned Sharif")
            ((first.cue.weak ||
            /^said\b/.test(text.slice(first.start, first.end)) ||
            /[,”"]\s*$/.test(text.slice(0, first.start))
              ? facts.actors.find((a) => a.start >= first.end && a.start - first.end < 40)
              : undefined) ??
            // "Addressing a rally in Madhubani, in Bihar, on Thursday, Modi said": the subject after an opening clause
            (first.start < 3 && /^\w+ing\b/.test(text.slice(first.start, first.end))
              ? facts.actors.find(
                  (a) =>
                    a.start >= first.end && a.start - first.end < 140 && /,\s*$/.test(text.slice(0, a.start)),
                )
              : undefined) ??
            pronoun);
    // "Rubio is expected to call ..., an official said": the report of a plan is not a statement
    // ... and "an official said Islamabad planned to brief ambassadors" is the report of a plan too
    const planned =
      /\b(?:expected|scheduled|plans?|planning|will|would|set to|likely)\b/i.test(
        text.slice(0, first.start),
      ) ||
      (first.cue.weak && PLAN_AFTER_RE.test(text.slice(first.end, first.end + 140)));
    const quoted = /^[“"]/.test(text);
    // nothing else happens in the sentence: dead cues (plans, denials) and topics do not count
    let weakOk =
      others.length === 0 &&
      contacts.length === 0 &&
      speaker !== undefined &&
      // a plain "said" is a statement when it quotes someone, or when a person, a state or an office speaks
      // ... or a government's body ("the NSC said")
      (quoted || speaker.kind === 'person' || speaker.kind === 'state' || speaker.kind === 'office') &&
      !planned &&
      // "the defence ministry said nine of its troops were killed": a casualty report of fighting told elsewhere
      (speaker.kind === 'person' || !CASUALTY_AFTER_RE.test(text.slice(first.end, first.end + 120))) &&
      (quoted || speaker.kind !== 'force');
    // "India accuses Pakistan of backing militants, a charge Islamabad denies": a standing position, not an event
    // ... whatever day the sentence gives something else ("blames Pakistan for the April 22 attack")
    const habitual =
      HABITUAL_RE.test(text.slice(h.start, h.end)) &&
      !datesOwnedBy(h, facts, all, true, gap).some((d) => !d.future);
    const strongOk = strong.length > 0 && others.every((o) => o.start > h.start) && !habitual;
    if (habitual) weakOk = false;
    // said on another day than the contact ("welcomed the truce on Monday" after a visit on Thursday): its own event
    const ownDay =
      strong.length > 0 &&
      datesOwnedBy(h, facts, all, true, gap).some((d) =>
        contactMade.every((c) => c.date.start !== d.date.start),
      );
    // "Trump wrote on social media that India and Pakistan had agreed to a ceasefire": the post is
    // evidence of the agreement (as a post reporting a call is of the call), not a statement of its own
    const reportsAgreement =
      ANNOUNCE_RE.test(text.slice(h.start, h.end)) &&
      others.some((o) => o.cue.category === 'agreement' && o.start > h.end);
    // ... but a leader of a third country announcing others' truce ("Trump wrote that India and
    // Pakistan had agreed") makes a public statement of his own too
    // (the announcer opens the sentence: "Trump had pre-empted both governments by announcing ...")
    const announcer =
      speaker?.kind === 'person'
        ? speaker
        : subject?.kind === 'person' && subject.start < 5
          ? subject
          : undefined;
    const thirdParty = reportsAgreement && !!announcer && outsider(announcer, facts.actors, h.end, ctx);
    // "Modi had told a meeting of the defence minister ... and the three service chiefs that ...": a
    // security review with the military's chiefs, the forces' posture (as when he "met" them)
    const chiefsMet =
      speaker?.kind === 'person' &&
      TOLD_MEETING_RE.test(text.slice(first.start, first.start + 30)) &&
      MILITARY_CHIEFS_RE.test(text.slice(first.end));
    if (chiefsMet) {
      const c = mk(sc, first, { actors: dedupeActors(actorsOf(facts.actors)), mode: 'meeting' }, true);
      if (c) out.push({ ...c, category: 'military_posture', statements: [text] });
    } else if (contactMade.length && !ownDay) {
      for (const c of contactMade) c.statements.push(text);
    } else if (speaker && (strongOk || weakOk) && (!reportsAgreement || thirdParty)) {
      const by = thirdParty ? announcer! : speaker;
      const st = mk(
        sc,
        h,
        {
          speaker: by.actor,
          speakerIsState: by.kind === 'state',
          actors: dedupeActors(actorsOf(facts.actors, by.actor)),
          statements: [text],
        },
        true,
        statements,
      );
      if (st) {
        const venue = venueOf(text, facts.places, speaker.start, first.start, h.end);
        if (venue) st.location = venue;
        // "Defence Minister Rajnath Singh told Parliament": a legislature sits in its country's capital
        else if (
          by.actor.country &&
          ctx.capitalOf &&
          PARLIAMENT_RE.test(text.slice(first.start, first.start + 60))
        ) {
          const seat = ctx.capitalOf(by.actor.country);
          if (seat) st.location = seat;
        }
        out.push(st);
      }
    }
  }
  contactMade = [];
  // "Trump had already announced the truce on his Truth Social platform": a third country's leader
  // announcing others' truce makes a statement as well as being evidence of the truce
  if (!out.some((c) => c.category === 'statement'))
    for (const h of live) {
      if (h.cue.category !== 'agreement' || h.topic || !/^announced\b/.test(text.slice(h.start, h.end)))
        continue;
      const by = lastActorBefore(facts.actors, h.start, true);
      if (
        by?.kind !== 'person' ||
        /[.;:]/.test(text.slice(by.end, h.start)) ||
        !outsider(by, facts.actors, h.end, ctx)
      )
        continue;
      const st = mk(sc, h, { speaker: by.actor, actors: [by.actor], statements: [text] }, true);
      if (st) out.push({ ...st, category: 'statement' });
      break;
    }

  // everything else: per category (per measure type), one candidate per place
  const groups = new Map<string, CueHit[]>();
  const groupList: CueHit[][] = []; // groups' values in insertion order, without a Map iterator
  const forceActor = facts.actors.some((a) => a.kind === 'force' || a.kind === 'state');
  for (const h of live) {
    if (h.cue.category === 'diplomatic_contact' || h.cue.category === 'statement' || inCall.has(h)) continue;
    let category: Category = h.cue.category;
    // (an attack on tourists, worshippers or a bus is violence against civilians, whoever is named)
    if (
      category === 'attack' &&
      h.cue.priority < 5 &&
      !h.topic &&
      !CIVILIAN_TARGET_RE.test(text.slice(h.end, h.end + 50)) &&
      // "over last Tuesday's attack in Pahalgam": an attack known by its day is the attack of the story
      !DAY_NAMED_BEFORE_RE.test(text.slice(Math.max(0, h.start - 30), h.start))
    ) {
      // a bare "attack" by a state's forces is a strike or a clash, not a terror attack
      // ... and beside a strike or a clash it is that same strike or clash
      // ("The strikes follow last month's attack, in which gunmen killed 26": the gunmen's attack first)
      const other =
        live.find((o) => o !== h && o.cue.category === 'attack' && o.cue.priority >= 5) ??
        live.find((o) => o !== h && (o.cue.category === 'strike' || o.cue.category === 'armed_clash'));
      if (other) category = other.cue.category;
      else if (
        forceActor ||
        /\b(?:Indian|Pakistani|[A-Z][a-z]+i|[A-Z][a-z]+an)\s+$/.test(text.slice(0, h.start))
      ) {
        category = /\b(?:drones?|missiles?|rockets?|jets?|air)\b/i.test(text)
          ? 'strike'
          : /\b(?:positions|posts|troops|soldiers|border)\b/i.test(text)
            ? 'armed_clash'
            : 'strike';
      }
    }
    // "Pakistani troops targeted BSF positions": ground troops aiming at posts exchange fire, with no
    // weapon of a strike in the sentence
    if (
      category === 'strike' &&
      GENERIC_STRIKE_RE.test(text.slice(h.start, h.end)) &&
      GROUND_BEFORE_RE.test(text.slice(Math.max(0, h.start - 40), h.start)) &&
      !STRIKE_WEAPON_RE.test(text)
    )
      category = 'armed_clash';
    const hh = category === h.cue.category ? h : { ...h, cue: { ...h.cue, category } };
    // each measure verb is its own measure ("banned imports ... and barred ships")
    const key =
      category === 'policy_measure' ? `${category}:${h.start}` : `${category}:${h.cue.measure ?? ''}`;
    const same = groups.get(key);
    if (same) same.push(hh);
    else {
      const group = [hh];
      groups.set(key, group);
      groupList.push(group);
    }
  }
  const eventCues: CueHit[] = [];
  for (const group of groupList) for (const h of group) eventCues.push(h);
  sortSmall(eventCues, (a, b) => a.start - b.start);
  for (const group of groupList) {
    // ("On Tuesday night the firing reached the border, when troops targeted posts": the act, not
    // the noun that refers to it, is dated and has the actors)
    const first = group.find((h) => !h.topic) ?? group[0]!;
    const category = first.cue.category;
    const places = choosePlaces(
      (pos) =>
        live.some(
          (t) =>
            (t.cue.category === 'diplomatic_contact' || (t.cue.category === 'statement' && !t.cue.weak)) &&
            t.end <= pos,
        ),
      text,
      facts.places,
      group,
      eventCues,
      category,
      (from, to) =>
        live.some(
          (t) =>
            (t.cue.category === 'diplomatic_contact' || t.cue.category === 'statement') &&
            t.start >= from &&
            t.end <= to,
        ),
    );
    const fat = violent(category)
      ? facts.fatalities.find((f) => {
          const owner = eventCues
            .filter((h) => violent(h.cue.category))
            .sort((a, b) => Math.abs(a.start - f.start) - Math.abs(b.start - f.start))[0];
          return owner !== undefined && group.includes(owner);
        })
      : undefined;
    // Who fights is a force, a group or a state, not a person; and in a sentence that reports a
    // call or a statement, the people and states named are the talkers, not the fighters
    // ("Singh discussed the Pahalgam attack with Hegseth").
    const talks = live.filter(
      (t) => t.cue.category === 'diplomatic_contact' || t.cue.category === 'statement',
    );
    // (a trailing attribution, "..., the army said", reports the event: its subject still acted)
    // (... and the actor's own naming of the target, "sites that it described as camps", is no talk)
    const talk =
      violent(category) &&
      talks.some(
        (t) =>
          !(t.cue.weak && t.start > first.end) &&
          !(t.start > first.end && FRAMING_RE.test(text.slice(first.end, t.start))),
      );
    // "camps run by Lashkar-e-Taiba had been hit": in the passive, only "by X" after the verb acted
    const passive = category === 'strike' && PASSIVE_CUE_RE.test(text.slice(first.start, first.end));
    const actors =
      category === 'policy_measure' || category === 'agreement'
        ? subjectStates(facts.actors, first.start, ctx.countryName)
        : fighters(facts, text, category, first, talks, talk, passive);
    // "It closed Pakistani airspace to Indian airlines": "it" is the subject of the sentence before
    const itState =
      category === 'policy_measure' &&
      ctx.prevSubject?.country &&
      IT_SUBJECT_RE.test(text.slice(0, first.start))
        ? ctx.countryName(ctx.prevSubject.country)
        : undefined;
    if (itState && !actors.some((a) => a.name === itState))
      actors.unshift({ name: itState, country: ctx.prevSubject!.country! });
    // ("The committee closed the airspace ... It also suspended visas": "it" is the committee too)
    if (itState && ctx.prevSubject!.name !== itState && !actors.some((a) => a.name === ctx.prevSubject!.name))
      actors.unshift(ctx.prevSubject!);
    // "gunmen killed 26 people": attackers left unnamed are nobody the text names
    const unnamed = category === 'attack' && UNNAMED_ATTACKERS_RE.test(text.slice(first.start, first.end));
    if (unnamed) actors.splice(0, actors.length, ...actors.filter((a) => !a.country));
    // "Pakistan had moved additional artillery": a state's posture is its forces'
    if (category === 'military_posture' && ctx.forceOf && !facts.actors.some((a) => a.kind === 'force')) {
      const state = facts.actors.find((a) => a.kind === 'state' && a.end <= first.start && !a.possessive);
      const name = state && ctx.countryName(state.actor.country ?? '');
      const force = name ? ctx.forceOf(name) : undefined;
      if (force && !actors.some((a) => a.name === force.name)) actors.push(force);
    }
    // "troops of the two sides traded fire": an exchange of fire is between the states' forces
    if (category === 'armed_clash' && ctx.forceOf) {
      for (const a of [...actors]) {
        if (!a.country || actors.some((f) => f !== a && f.country === a.country && f.name !== a.name))
          continue;
        const name = a.name === ctx.countryName(a.country) ? a.name : undefined;
        const force = name ? ctx.forceOf(name) : undefined;
        if (force && !actors.some((f) => f.name === force.name)) actors.push(force);
      }
    }
    // "missiles fired by Pakistan", "India struck nine sites": a state strikes through its armed
    // forces (all of them: missiles and jets are not the army's alone)
    if (category === 'strike' && ctx.armedForcesOf) {
      for (const a of [...actors]) {
        if (!a.country || a.name !== ctx.countryName(a.country)) continue;
        if (actors.some((f) => f !== a && f.country === a.country)) continue;
        const force = ctx.armedForcesOf(a.country);
        if (force) actors.push(force);
      }
    }
    // "a Pakistani shell hit his house", "Thai jets bombed": the weapon's country fought
    if (actors.length === 0 && violent(category) && ctx.forceOf && !unnamed) {
      const m = DEMONYM_WEAPON_RE.exec(text);
      const force = m ? ctx.forceOf(m[1]!) : undefined;
      if (force) actors.push(force);
    }
    const locs: (Location | null)[] = [];
    // "briefed envoys in Islamabad two days after the attack": not an attack in Islamabad (only a
    // place inside the noun phrase or right after it is its own: "since the Pahalgam attack", "after
    // the April 22 attack near Pahalgam")
    const placeless = group.every((h) => h.placeless);
    for (const p of places)
      if (
        !placeless ||
        (p.end <= first.start && first.start - p.end < 12) ||
        // (... and "the April 22 attack on tourists at Pahalgam": its target between)
        (p.start >= first.end &&
          /^\s+(?:on\s+(?:[\w-]+\s+){1,4}?)?(?:in|near|at)\s+(?:the\s+)?$/.test(
            text.slice(first.end, p.start),
          ))
      )
        locs.push(p.location);
    if (locs.length === 0) locs.push(null);
    // ("near the districts of Dashkesan, Kalbajar and Lachin", "in Bajaur and in Kurram")
    const listed = new Set<string>();
    for (let q = 1; q < places.length; q++)
      if (LIST_JOIN_RE.test(text.slice(places[q - 1]!.end, places[q]!.start))) {
        listed.add(places[q - 1]!.location.name);
        listed.add(places[q]!.location.name);
      }
    const seen = new Set<string>();
    for (const location of locs) {
      const key = location?.name ?? '';
      if (seen.has(key)) continue;
      seen.add(key);
      // who acted: for a strike the country written right before it ("Thai jets bombed", "India fired"),
      // for a measure the nearest actor before it
      const lastBefore = lastActorBefore(facts.actors, first.start, true);
      const subjectCountry = itState
        ? ctx.prevSubject!.country
        : category !== 'strike' || (lastBefore && first.start - lastBefore.end < 25)
          ? lastBefore?.actor.country
          : undefined;
      const c = mk(
        sc,
        first,
        {
          location,
          actors,
          ...(subjectCountry ? { subjectCountry } : {}),
          topic: group.every((h) => h.topic),
          ...(first.cue.measure ? { measure: first.cue.measure } : {}),
          ...(category === 'policy_measure' &&
          PASSIVE_BEFORE.test(text.slice(Math.max(0, first.start - 30), first.start))
            ? { passive: true }
            : {}),
          ...(fat && locs.length === 1 ? { fatalities: fat.count } : {}),
          ...(location && listed.has(location.name) ? { listed: true } : {}),
          // ... and "the strikes landed on Bahawalpur": the strikes told just before
          ...(actors.length === 0 &&
          ((category === 'armed_clash' && ALSO_RE.test(text)) ||
            (violent(category) &&
              NOUN_CUE_RE.test(text.slice(first.start, first.end)) &&
              DEFINITE_RE.test(text.slice(Math.max(0, first.start - 40), first.start))))
            ? { also: true }
            : {}),
        },
        false,
        // an agreement told through its announcement takes the announcement's day; an act told
        // with a noun that has the date ("an April 22 attack ..., in which gunmen killed 26") takes it
        category === 'agreement'
          ? statements.filter((t) => t.end <= first.start && ANNOUNCE_RE.test(text.slice(t.start, t.end)))
          : violent(category)
            ? group.filter(
                (h) =>
                  h !== first &&
                  // ("Drones were sighted and explosions heard over Srinagar on Saturday": the
                  // same act told twice, its day beside the second verb)
                  (h.topic || !datesOwnedBy(first, facts, all, false, gap).some((d) => !d.future)),
              )
            : [],
      );
      if (c) out.push(c);
    }
  }
  return out;
}

/**
 * Whether `who` is of a third country to a truce told after offset `from`: not one of the parties
 * named there, or, when none is named ("the two countries had agreed"), not one of the story's two sides.
 */
function outsider(who: ActorMention, actors: ActorMention[], from: number, ctx: ArticleContext): boolean {
  const country = who.actor.country;
  if (!country) return false;
  const parties = actors.filter((a) => a.start >= from && a.actor.country).map((a) => a.actor.country);
  return parties.length
    ? !parties.includes(country)
    : ctx.countries.length >= 2 && !ctx.countries.slice(0, 2).includes(country);
}

/** The last actor that ends by `pos` (with a country, if asked). */
function lastActorBefore(
  actors: ActorMention[],
  pos: number,
  withCountry: boolean,
): ActorMention | undefined {
  for (let k = actors.length - 1; k >= 0; k--) {
    const a = actors[k]!;
    if (a.end <= pos && (!withCountry || a.actor.country)) return a;
  }
  return undefined;
}

const violent = (c: string): boolean => c === 'attack' || c === 'strike' || c === 'armed_clash';

/** Who acted in an event group: its sentence's actors less the talkers, targets and sources. */
function fighters(
  facts: SentenceFacts,
  text: string,
  category: Category,
  first: CueHit,
  talks: CueHit[],
  talk: boolean,
  passive: boolean,
): Actor[] {
  const out: Actor[] = [];
  for (const a of facts.actors) {
    if (violent(category) && a.kind === 'person') continue;
    // an attack is an armed group's: a state named beside it ("tensions with India over the attack")
    // did not carry it out (a state's own attack is read as a strike or a clash)
    if (category === 'attack' && a.kind === 'state') continue;
    if (
      talk &&
      a.kind !== 'force' &&
      a.kind !== 'organisation' &&
      !reportedAgent(a, facts, text, first, talks)
    )
      continue;
    if (isTarget(a, text, category, first, passive) || isSource(a, text, first, talks)) continue;
    // "tensions between India and Pakistan after the attack": a relation, not who attacked
    if (violent(category) && BETWEEN_BEFORE.test(text.slice(Math.max(0, a.start - 40), a.start))) continue;
    out.push(a.actor);
  }
  return dedupeActors(out);
}

// ... except who a report says acted: "Pakistan said India had fired missiles", and who
// announced its own act: "Pakistan announced retaliatory strikes"
function reportedAgent(
  a: ActorMention,
  facts: SentenceFacts,
  text: string,
  first: CueHit,
  talks: CueHit[],
): boolean {
  return talks.some(
    (t) =>
      t.cue.weak &&
      ((t.end <= a.start && a.end <= first.start) ||
        (a.end <= t.start &&
          t.start - a.end < 25 &&
          t.end <= first.start &&
          first.start - t.end < 30 &&
          !/\bthat\b|,/.test(text.slice(t.end, first.start)) &&
          !facts.actors.some((o) => o.start >= t.end && o.end <= first.start)) ||
        // "Pakistan then said it had launched an operation ... and struck": "it" is the speaker
        (a.end <= t.start &&
          t.start - a.end < 25 &&
          t.end <= first.start &&
          SPEAKER_IT_RE.test(text.slice(t.end, first.start)) &&
          !facts.actors.some((o) => o.start >= t.end && o.end <= first.start))),
  );
}

/** "..., the Israeli military said": who reports it, not who did it */
function isSource(a: ActorMention, text: string, first: CueHit, talks: CueHit[]): boolean {
  return (
    a.start > first.end &&
    talks.some((t) => t.cue.weak && a.end <= t.start && t.start - a.end < 6) &&
    /,\s*(?:\S+\s+){0,4}$/.test(text.slice(Math.max(0, a.start - 40), a.start))
  );
}

/**
 * the target of a strike is not its author: "strikes against Indian military targets"; in the
 * passive ("camps run by Lashkar-e-Taiba had been hit") only "by X" after the verb acted
 */
function isTarget(
  a: ActorMention,
  text: string,
  category: Category,
  first: CueHit,
  passive: boolean,
): boolean {
  return (
    ((category === 'strike' || category === 'attack') &&
      a.start > first.start &&
      TARGET_BEFORE.test(text.slice(Math.max(0, a.start - 30), a.start))) ||
    (passive && (a.start < first.start || !firstAgent(text.slice(first.end, a.start))))
  );
}

/**
 * The words between a passive verb and an actor end with the verb's "by", and no other "by" comes
 * before it: "targeted by Pakistani drones, ... engaged by Indian forces" -- only the first acted.
 */
function firstAgent(between: string): boolean {
  const m = /\bby\s+(?:\S+\s+){0,2}$/.exec(between);
  return m !== null && !/\bby\b/i.test(between.slice(0, m.index));
}

const DEMONYM_WEAPON_RE =
  /\b([A-Z][a-z]+(?:i|an|ese|ish))\s+(?:artillery\s+)?(?:shells?|shelling|artillery|mortars?|missiles?|drones?|rockets?|jets|warplanes|aircraft|troops|soldiers|forces|gunfire)\b/;
/** "were declared persona non grata", "was shut": a measure whose author is not in the sentence */
const PASSIVE_BEFORE = /\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?(?:\w+(?:ed|en)\s+)?$/i;
/** The military's chiefs met by a leader: "the chiefs of the Army, Navy and Air Force", "the service chiefs". */
/** "told a meeting of", "told a high-level meeting with" */
const TOLD_MEETING_RE = /^told an? (?:[\w-]+ ){0,2}meeting (?:of|with)\b/i;
const MILITARY_CHIEFS_RE =
  /^[^.;]{0,160}?\b(?:(?:chiefs|heads) of (?:the )?(?:three )?(?:army|armed (?:forces|services)|services|defen[cs]e staff)|(?:service|military|armed forces|army|navy|air force) chiefs|Chief of Defen[cs]e Staff|Chief of Army Staff|army chief)\b/i;
const MILITARY_ROLE_RE =
  /\b(?:General|Chief of Army Staff|Chief of Defence Staff|Marshal|Admiral|Commander|Brigadier|Colonel)\b/;
/** Text right before the target of a strike: "against Indian military targets", "at Pakistani posts". */
const TARGET_BEFORE =
  /\b(?:against|on|at|targeting|targeted|into|hit|struck|shot down|downed|destroyed|intercepted|neutrali[sz]ed)\s+(?:\S+\s+){0,2}$/i;
const GENERIC_STRIKE_RE = /^(?:targeted|struck|attacked|hit)$/i;
const GROUND_BEFORE_RE = /\b(?:troops|soldiers|posts|border guards|infantry)\s+(?:\S+\s+)?$/i;
const STRIKE_WEAPON_RE =
  /\b(?:air|missiles?|drones?|rockets?|jets?|warplanes?|aircraft|bombs?|shells?|artillery|mortars?|airstrikes?)\b/i;
const UNNAMED_ATTACKERS_RE = /^(?:gunmen|militants|terrorists|attackers|assailants|insurgents)\b/i;
/** Speech cues that only pass news on: a post, an announcement, a plain "said". */
const ANNOUNCE_RE =
  /^(?:wrote on|written on|writing on|posting on|said|says|posted|tweeted|announced|announcing|stated|told)\b/i;
/** A relative clause naming what was hit: "struck nine sites that it described as", "which they called". */
const FRAMING_RE =
  /\b(?:that|which|what)\s+(?:it|they|he|she|[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)\s+(?:had\s+|has\s+)?$/;
/** After a reporting verb, the speaker resumed as the subject: "said it had launched ... and struck". */
const SPEAKER_IT_RE = /^\s+(?:that\s+)?(?:it|they)\s+(?:had|has|have)\s[^.;“”"]{0,120}$/i;
/** A plan reported by a plain "said": "said Islamabad planned to brief ambassadors". */
const CASUALTY_AFTER_RE =
  /^[^.;]{0,80}?\b(?:(?:were|was|had been|have been|has been) (?:killed|wounded|injured)|died)\b/i;
// ("claimed ... India planned to take military action": an accusation of hostile intent is what was said)
const PLAN_AFTER_RE =
  /^[^.;]{0,90}?\b(?:planned|plans|was planning|intends|intended|is due to|are due to|was due to|expected to|scheduled to|(?:would|will) (?:meet|convene|hold|visit|travel|address|wait|decide|consider))\b(?! (?:to )?(?:take military action|attack|strike|invade|launch (?:an? )?(?:attack|strike|offensive|operation)))/i;
/** Present-tense speech verbs that tell a standing position ("accuses", "denies"), not a statement made. */
const HABITUAL_RE = /^(?:accuses|denies|blames|rejects|insists|says|maintains)$/i;

/** Text right before an actor named as one side of a relation: "between X and" / "between". */
const BETWEEN_BEFORE = /\bbetween\s+(?:[\w'’-]+\s+){0,3}?(?:and\s+)?$/i;

/** The date later undated events continue from: that of the sentence's main (first) event with a stated day or range. */
export function mainDate(cands: Candidate[]): CandidateDate | undefined {
  const stated = cands.filter(
    (c) => c.dateStated && (c.date.precision === 'day' || c.date.precision === 'range'),
  );
  return stated.sort((a, b) => a.cue.start - b.cue.start)[0]?.date;
}
