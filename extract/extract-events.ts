/**
 * Article text -> contract events. A pipeline of small stages (STYLE habit 8):
 * dateline -> sentences -> per sentence: actors, places, dates, death tolls -> candidates ->
 * refiners over the article -> events with exact evidence quotes, stable ids and a summary.
 * Pure: no clock, no I/O; the reference date is the publication date.
 */
import { addDays } from '../src/domain/dates.ts';
import type { Actor, CrisisEvent, EventId, IsoDate, Location } from '../src/domain/event.ts';
import type { Candidate, CandidateDate, Span } from './candidate.ts';
import { ActorMemory } from './actor-memory.ts';
import { execAll } from './exec-all.ts';
import { findActors, type ActorMention } from './find-actors.ts';
import { findDates, findYears, MONTHS } from './find-dates.ts';
import { findFatalities } from './find-fatalities.ts';
import { capitalSeat, findPlaces, unSeat, type PlaceMention } from './find-places.ts';
import { stableHash } from './hash.ts';
import { EXTRA_DEMONYMS } from './extra-demonyms.ts';
import { parseDateline, wireDatelineLength } from './parse-dateline.ts';
import type { ExtractResources } from './ports.ts';
import {
  absorbGeneric,
  dropTopics,
  foldStatements,
  inheritAgents,
  strikesFromOneSide,
  inheritDates,
  mergeMentions,
} from './refine-candidates.ts';
import { findCues } from './find-cues.ts';
import { CESSATION_RE, mainDate, sentenceCandidates, type ArticleContext } from './sentence-candidates.ts';
import { splitSentences, type Sentence } from './split-sentences.ts';
import { summarize } from './summarize.ts';
import { tokenize, type Token } from './tokenize.ts';
import { sortSmall } from './small-sort.ts';

export interface ArticleInput {
  /** file name, used as evidence `source` */
  name: string;
  text: string;
  /** publication date; else the dateline; else relative dates stay unresolved */
  published?: IsoDate;
}

export interface ExtractResult {
  events: CrisisEvent[];
  warnings: string[];
  published?: IsoDate;
}

const ABSOLUTE_DATE_RE =
  /\b(?:(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2},? (\d{4})|\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December),? (\d{4})|(\d{4})-\d\d-\d\d)\b/g;

/** With no publication date, the latest full date written in the text stands in (flagged unresolved). */
function standInDate(text: string): IsoDate | undefined {
  let best: IsoDate | undefined;
  for (const m of execAll(ABSOLUTE_DATE_RE, text)) {
    const d = findDates(m[0], '2000-01-01' as IsoDate)[0];
    if (d && (!best || d.date.start > best)) best = d.date.start;
  }
  return best;
}

const VIOLENT = new Set(['attack', 'strike', 'armed_clash']);

/** A place written with an earlier year right after it ("in Kabul in 2021"). */
function pastPlace(
  text: string,
  end: number,
  years: { start: number; year: number }[],
  ref: IsoDate,
): boolean {
  const year = Number(ref.slice(0, 4));
  return years.some(
    (y) => y.year < year && y.start >= end && /^,?\s+(?:in|since)\s+$/.test(text.slice(end, y.start)),
  );
}

function trimSpan(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  return [start, end];
}

function toEvent(c: Candidate, source: string, text: string): CrisisEvent {
  // distinct spans (the last of equal ones, where the first stood), by start; a candidate has a
  // handful, so a scan beats a Map keyed on a string built per span
  const spans: Span[] = [];
  for (const e of c.evidence) {
    let k = 0;
    while (k < spans.length && (spans[k]!.start !== e.start || spans[k]!.end !== e.end)) k++;
    spans[k] = e;
  }
  sortSmall(spans, (a, b) => a.start - b.start);
  // (loops into literals, not map()/join(): their arrays' shapes deoptimised this hot function)
  const evidence: { source: string; quote: string; start: number; end: number }[] = [];
  for (const e of spans) {
    const [start, end] = trimSpan(text, e.start, e.end);
    evidence.push({ source, quote: text.slice(start, end), start, end });
  }
  let actorNames = '';
  for (let k = 0; k < c.actors.length; k++) actorNames += (k ? ',' : '') + c.actors[k]!.name;
  const date = {
    start: c.date.start,
    ...(c.date.end && c.date.end !== c.date.start ? { end: c.date.end } : {}),
    precision: c.dateUnresolved && c.date.precision === 'day' ? ('approximate' as const) : c.date.precision,
  };
  const first = evidence[0]!;
  const id =
    `ev-${stableHash(`${source}|${first.start}|${first.end}|${c.category}|${c.location?.name ?? ''}|${c.cue.start}|${actorNames}`)}` as EventId;
  return {
    id,
    category: c.category,
    date,
    location: c.location,
    actors: c.actors,
    ...(c.fatalities !== undefined ? { fatalities: c.fatalities } : {}),
    ...(c.category === 'diplomatic_contact' ? { contact: { mode: c.mode ?? 'meeting' } } : {}),
    ...(c.statements.length ? { statements: c.statements } : {}),
    // (the fields summarize reads, not a spread of the whole candidate)
    summary: summarize({
      category: c.category,
      date,
      location: c.location,
      actors: c.actors,
      fatalities: c.fatalities,
      mode: c.mode,
      measure: c.measure,
    }),
    evidence,
    origins: ['article'],
  } as CrisisEvent;
}

/** Whether sentence `s` is a whole line (or, for the first, the rest of the dateline's line). */
function wholeLine(text: string, s: Sentence, bodyStart: number): boolean {
  const lineStart =
    s.start === 0 || text[s.start - 1] === '\n' || (s.index === 0 && !text.slice(bodyStart, s.start).trim());
  return lineStart && (s.end === text.length || text[s.end] === '\n' || text[s.end] === '\r');
}

/**
 * Empties the lines that are not the story's sentences (emptied rather than removed: sentence
 * indexes stay those of the article). The front matter (headline, standfirst bullets such as "• ISPR
 * says 25 drones shot down", a byline: whole lines without a closing stop before the first real
 * paragraph) restates the story in headline grammar; a whole line asking a question is a section
 * heading ("What happened in Pahalgam?"). A wire dateline after the front matter ("NEW DELHI, May 3
 * (Reuters) - India on Saturday ...") names where the report was filed, as at the top of the body.
 */
function dropHeadings(text: string, sentences: Sentence[], bodyStart: number): void {
  let front = 0;
  while (
    front < Math.min(sentences.length, 8) &&
    wholeLine(text, sentences[front]!, bodyStart) &&
    !/[.!?:"”’)]$/.test(sentences[front]!.text.trimEnd())
  )
    front++;
  if (front === sentences.length) front = 0; // nothing but such lines: keep them
  const empty = (s: Sentence): Sentence => ({ ...s, end: s.start, text: '' });
  for (let k = 0; k < sentences.length; k++) {
    const s = sentences[k]!;
    if (k < front || ((s.text.endsWith('?') || SUBHEAD_RE.test(s.text)) && wholeLine(text, s, bodyStart)))
      sentences[k] = empty(s);
  }
  const s = sentences[front];
  const skip = front > 0 && s ? wireDatelineLength(s.text) : 0;
  if (skip > 0) sentences[front] = { ...s!, start: s!.start + skip, text: s!.text.slice(skip) };
}

/**
 * A subheading in the body: a short line without a closing stop ("Firing along LoC", "Reactions
 * abroad"), or a live blog's timestamped entry title ("21:40 | UAE calls for dialogue"). It labels
 * the paragraphs under it; what it names is told there.
 */
const SUBHEAD_RE = /^(?:\d{1,2}[:.]\d{2}\b.*|(?:\S+\s+){0,9}\S+)$(?<![.!:"”’)])/;

/** What a settlement is made of: "six principles for ending the conflict", "a peace plan". */
const SETTLEMENT_RE =
  /\b(?:principles|plan|framework|roadmap|deal|accord|treaty|settlement|conflict|peace|war)\b/i;

/** A capitalised name right after a verb or a preposition of place ("seized Heglig", "in the Yangtse area"). */
const UNLISTED_PLACE_RE =
  /\b(?:(?:seized|captured|recaptured|retook|overran|shelled|bombed|occupied|withdr[ae]wn? from|pulled out of|retreated from|advanced on|entered)(?: the (?:town|village|oilfield|area|region|district) of)?|(?:in|near|around|at) the(?= [A-Z][a-z]+ (?:area|sector|region|valley|oilfield|oil field|pass|heights)\b)|(?:near|around|outside) the (?:town|village|oilfield|area) of|\bnear|\bon the (?:island|islet|hill|ridge) of)\s+([A-Z][a-z]{3,}(?:[- ][A-Z][a-z]{3,})?)\b(?!['’]s)(?! (?:said|says|had|has|was|is|and [A-Z]))/g;
/** Capitalised words that are not places after those verbs. */
const NOT_PLACES = new Set([
  ...MONTHS,
  'parliament',
  'congress',
  'assembly',
  'council',
  'government',
  'capital',
  'army',
  'forces',
  'police',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'north',
  'south',
  'east',
  'west',
  'northern',
  'southern',
  'eastern',
  'western',
  'president',
  'prime',
  'minister',
  'general',
  'control',
]);

function unlistedPlace(
  text: string,
  actors: readonly ActorMention[],
  places: ExtractResources['places'],
): Location | undefined {
  for (const m of execAll(UNLISTED_PLACE_RE, text)) {
    const name = m[1]!;
    const start = m.index + m[0].length - name.length;
    if (NOT_PLACES.has(name.split(/[- ]/)[0]!.toLowerCase())) continue;
    if (actors.some((a) => a.start < start + name.length && start < a.end)) continue;
    if (places.has(name) || places.country(name)) continue;
    return { name, precision: 'region' };
  }
  return undefined;
}

const FINE = new Set(['point', 'district']);
/** "a summit here on Friday", "talks held here": the place of the wire dateline */
const HERE_RE = /(?<=[a-z,] )here\b(?!\s+(?:is|are|was|were|to|and now)\b)/;
/** "Pakistan's High Commission in New Delhi": the city of a diplomatic mission. */
const MISSION_BEFORE_RE = /\b(?:[Hh]igh [Cc]ommission|[Ee]mbassy|[Cc]onsulate|[Mm]ission)\s+in\s+$/;
/** "announced ... in New Delhi", "at Attari": a place told as where something was done */
const AT_BEFORE_RE = /\b(?:in|at)\s+(?:the\s+)?$/i;
/** ... unless it is where violence happened ("the attack in Pahalgam") */
const VIOLENCE_BEFORE_RE =
  /\b(?:attacks?|strikes?|killings?|massacre|shelling|firing|fighting|clash(?:es)?|bombings?|blasts?)\b[^,;.]{0,30}$/i;

/** Where a measure told with no place of its own was taken (see the loop that calls it). */
function measureVenue(
  text: string,
  places: readonly PlaceMention[],
  allPlaces: () => PlaceMention[],
): Location | undefined {
  if (MISSION_RE.test(text)) {
    const mission = allPlaces().find(
      (p) =>
        FINE.has(p.location.precision) &&
        MISSION_BEFORE_RE.test(text.slice(Math.max(0, p.start - 30), p.start)),
    );
    if (mission) return mission.location;
  }
  const venues = places.filter(
    (p) =>
      FINE.has(p.location.precision) &&
      AT_BEFORE_RE.test(text.slice(Math.max(0, p.start - 8), p.start)) &&
      !VIOLENCE_BEFORE_RE.test(text.slice(Math.max(0, p.start - 50), p.start)),
  );
  return venues.length === 1 ? venues[0]!.location : undefined;
}
const MISSION_RE = /\b(?:[Hh]igh [Cc]ommission|[Ee]mbassy|[Cc]onsulate|[Mm]ission) in [A-Z]/;

interface Meeting {
  date: CandidateDate;
  location: Location;
  /** the body that met ("National Security Committee (Pakistan)") */
  body: string | undefined;
}

/** A short sentence that only lays the blame: "Indian officials blamed Pakistan.", "Seoul blamed the North." */
const BLAMED_RE = /^[^,;:.]{2,60}?\b(?:blamed|blames|held|holds)\s+/;
/** ... and what may follow whom it blames */
const BLAMED_REST_RE =
  /^\s*(?:responsible\s*)?(?:for\s+(?:it|them|the\s+(?:attack|strikes?|shelling|drones?|explosions?|blasts?|barrage|raid))\s*)?(?:responsible\s*)?[.!]?\s*$/;
/** A report's list of places: "It listed the Naushera and Sunderbani sectors", "The army named Uri". */
const LISTED_RE =
  /^\W*(?:It|They|The (?:army|military|ministry|statement|officials?|spokesm[ae]n|police|report))\s+(?:also\s+)?(?:listed|named|cited|identified|mentioned)\b/;
/** "after the meeting", "The committee ...", "It also ...": told as the meeting's outcome. */
const MEETING_REF_RE =
  /\b(?:after|at|following|during) the meeting\b|^\W*(?:The|That) (?:committee|council|cabinet|body|meeting)\b|^\W*It (?:also |then )?[a-z]+ed\b/;
const SUMMIT_RE = /\bsummit\b/i;
/** "the summit", "the Rio Group summit", "the Arab League summit": a summit already told */
const SUMMIT_REF_RE = /\b(?:the|this|that) (?:[A-Z][\w-]* ){0,4}summit\b/;
const MEETING_HELD_RE = /\bmeeting of\b|['’]s meeting\b|\b(?:met|convened)\b/;

/**
 * A government body's meeting told with its day and its place ("Thursday's meeting of the NSC ... in
 * Islamabad"), in a sentence MEETING_HELD_RE has found.
 */
function meetingHeld(
  facts: {
    dates: { date: CandidateDate; future: boolean; reporting: boolean }[];
    places: { location: Location }[];
  },
  actors: readonly ActorMention[],
): Meeting | undefined {
  const day = facts.dates.find((d) => !d.future && !d.reporting && d.date.precision === 'day');
  const place = facts.places.find((p) => p.location.precision === 'point');
  const body = actors.find((a) => a.kind === 'organisation' || a.kind === 'office');
  if (!day || !place || !body) return undefined;
  return { date: day.date, location: place.location, body: body.actor.name };
}

function lastPersonIn(mentions: readonly ActorMention[]): Actor | undefined {
  for (let j = mentions.length - 1; j >= 0; j--)
    if (mentions[j]!.kind === 'person') return mentions[j]!.actor;
  return undefined;
}

export function extractEvents(article: ArticleInput, res: ExtractResources): ExtractResult {
  const warnings: string[] = [];
  const { text, name } = article;
  const dateline = parseDateline(text);
  const published = article.published ?? dateline.published;
  let ref = published;
  if (!ref) {
    ref = standInDate(text);
    warnings.push(
      ref
        ? `${name}: no publication date (dateline or sidecar); relative dates are unresolved and marked approximate around ${ref}, the latest date written in the text`
        : `${name}: no publication date (dateline or sidecar) and no full date in the text; events whose date cannot be resolved are left out`,
    );
  }
  if (!ref) return { events: [], warnings };
  const ctx: ArticleContext = {
    published: ref,
    publishedKnown: published !== undefined,
    countries: [],
    countryName: (code) => res.places.country(code)?.name,
    capitalOf: (code) => capitalSeat(res.places, code),
    forceOf: (demonym) => {
      const c = res.places.country(EXTRA_DEMONYMS.get(demonym.toLowerCase()) ?? demonym);
      if (!c) return undefined;
      return res.actors.resolve(`${demonym} army`) ?? { name: `${c.name} Armed Forces`, country: c.code };
    },
    armedForcesOf: (code) => {
      const c = res.places.country(code);
      if (!c) return undefined;
      const name = `${c.demonym ?? c.name} Armed Forces`;
      const known = res.actors.resolve(name);
      return known?.country === c.code ? known : { name, country: c.code };
    },
  };

  const sentences = splitSentences(text, dateline.bodyStart);
  const filed = dateline.filedFrom;
  const here = filed
    ? findPlaces(filed, tokenize(filed), res.places, [], () => false, []).find(
        (p) => p.start === 0 && p.end === filed.length && FINE.has(p.location.precision),
      )?.location
    : undefined;
  const written = sentences.map((s) => s.text);
  dropHeadings(text, sentences, dateline.bodyStart);
  const memory = new ActorMemory();
  // the headline names the article's countries ("India and Pakistan pull back ...") although it
  // makes no event: "the two armies" in the first paragraph are theirs
  for (let k = 0; k < sentences.length && k < 8; k++)
    if (sentences[k]!.text === '' && written[k]) findActors(written[k]!, res, memory);
  // first pass over actors so that the article's countries are known before places are looked up
  // (loops into literals, not map(): the arrays map() makes differ in shape between optimised and
  // unoptimised code, and deoptimised the per-sentence step that reads them)
  const tokenized: Token[][] = [];
  for (const s of sentences) tokenized.push(tokenize(s.text));
  const actorMentions: ActorMention[][] = [];
  for (let k = 0; k < sentences.length; k++)
    actorMentions.push(findActors(sentences[k]!.text, res, memory, tokenized[k]));
  ctx.countries = memory.topCountries().slice(0, 4);

  let cands: Candidate[] = [];
  // A sentence that goes on about the strike or clash told just before, at places of its own:
  // - "Nine people were killed in a village near Saravan, officials said.": a death toll with its own
  //   place tells of that act at that place;
  // - "Pakistani posts opened fire overnight, the army said. It listed the Uri and Kupwara sectors":
  //   the places a report lists for the act are that act's places.
  const followUps = (s: (typeof sentences)[number], k: number): Candidate[] => {
    const last = cands[cands.length - 1];
    if (!last || !VIOLENT.has(last.category) || last.sentenceIndex < k - 2) return [];
    const fat = findFatalities(s.text)[0];
    const listed = !fat && last.sentenceIndex >= k - 1 && LISTED_RE.test(s.text);
    if (!fat && !listed) return [];
    const fine = findPlaces(s.text, tokenized[k]!, res.places, ctx.countries, () => false, []).filter(
      (p) => p.location.precision === 'point' || p.location.precision === 'district',
    );
    const elsewhere = fine.filter((p) => p.location.name !== last.location?.name);
    const at = (cue: { start: number; end: number }, location: Location): Candidate => ({
      ...last,
      cue: { start: s.start + cue.start, end: s.start + cue.end },
      sentenceIndex: k,
      paragraph: s.paragraph,
      dateStated: false,
      location,
      statements: [],
      topic: false,
      evidence: [{ start: s.start, end: s.end }],
    });
    if (fat)
      return fine.length === 1 && elsewhere.length === 1
        ? [{ ...at(fat, fine[0]!.location), fatalities: fat.count }]
        : [];
    // ("sectors of Rajouri district", "the Akhnoor sector near Jammu": what holds or neighbours them)
    return elsewhere
      .filter((p) => !/\b(?:of|near)\s+(?:the\s+)?$/i.test(s.text.slice(Math.max(0, p.start - 12), p.start)))
      .map((p) => at(p, p.location));
  };
  // "Explosions echoed across Srinagar as air defence guns opened up on drones. Indian officials
  // blamed Pakistan.": whom the next sentence blames for an act told with no one behind it did it
  // (through its armed forces, as a state strikes)
  const blameFollowUp = (text: string, actors: ActorMention[], k: number): void => {
    const last = cands[cands.length - 1];
    if (!last || last.sentenceIndex !== k - 1 || !VIOLENT.has(last.category) || last.actors.length) return;
    const m = BLAMED_RE.exec(text);
    if (!m) return;
    const at = m[0].length;
    const blamed = actors.find(
      (a) =>
        a.kind === 'state' &&
        (a.start === at || (a.start === at + 4 && /^the\s/i.test(text.slice(at)))) &&
        BLAMED_REST_RE.test(text.slice(a.end)) &&
        (/^(?:blame|blames|blamed)$/.test(text.slice(m[0].trimEnd().lastIndexOf(' ') + 1, at).trim()) ||
          /\bresponsible\b/.test(text.slice(a.end))),
    );
    const state = blamed?.actor.country ? blamed.actor : undefined;
    if (!state) return;
    const force = ctx.armedForcesOf?.(state.country!);
    last.actors = force ? [state, force] : [state];
  };
  // The story's current day: what an undated event that continues it happened on or before.
  let narrative: CandidateDate | undefined;
  let meeting: (Meeting & { index: number }) | undefined;
  /** the last diplomatic contact told */
  let talk: Candidate | undefined;
  /** the last summit told with its day and its place, for "the summit adopted a declaration" after it */
  let summit: { date: CandidateDate; location: Location; index: number } | undefined;
  const afterTalk = new Map<Candidate, { talk: Candidate; text: string }>();
  sentences.forEach((s, k) => {
    ctx.narrative = narrative;
    // "he" is someone named in the sentence just before ("..., a spokesman said. He said ..." is not)
    ctx.lastPerson = k > 0 ? lastPersonIn(actorMentions[k - 1]!) : undefined;
    // (the last sentence that names a person, up to three back: "At a Kremlin meeting ..., he said
    // ... Hours later he received Sarkozy")
    ctx.firstPerson = undefined;
    for (let j = k - 1; j >= Math.max(0, k - 3) && !ctx.firstPerson; j--)
      ctx.firstPerson = actorMentions[j]!.find((m) => m.kind === 'person')?.actor;
    // (the subject opens its sentence: "Pakistan's National Security Committee ... met", not "The
    // committee declared the advisers at the Indian High Commission ...")
    ctx.prevSubject =
      k > 0 ? actorMentions[k - 1]!.find((m) => m.actor.country && m.start < 12)?.actor : undefined;
    const prior = narrative ? (narrative.end ?? narrative.start) : undefined;
    const actors = actorMentions[k]!;
    blameFollowUp(s.text, actors, k);
    // a cue starting inside an actor's name is part of the name ("Military Operations"); one that
    // only overlaps it ("shot down 25 Indian drones") is not
    const cues = findCues(s.text, (a) => actors.some((m) => a >= m.start && a < m.end));
    if (cues.length === 0) {
      // nothing happens here, but "Pakistan hit back on Thursday." still moves the story's day
      const dates = findDates(s.text, ref, prior, narrative?.start);
      const d = dates.find(
        (m) => !m.reporting && !m.future && (m.date.precision === 'day' || m.date.precision === 'range'),
      );
      if (d) narrative = d.date;
      if (MEETING_HELD_RE.test(s.text)) {
        const held = meetingHeld(
          {
            dates,
            places: findPlaces(s.text, tokenized[k]!, res.places, ctx.countries, () => false, []),
          },
          actors,
        );
        if (held) meeting = { ...held, index: k };
      }
      cands.push(...followUps(s, k));
      return;
    }
    const sides: string[] = [];
    for (const m of actors) if (m.actor.country) sides.push(m.actor.country);
    // (an inline arrow: a named closure per sentence costs a defineProperty under tsx's keepNames)
    const places = findPlaces(
      s.text,
      tokenized[k]!,
      res.places,
      ctx.countries,
      (a, b) => actors.some((m) => a < m.end && m.start < b),
      sides,
    );
    const years = findYears(s.text);
    const facts = {
      sentence: s,
      actors,
      // "since the Taliban returned to power in Kabul in 2021": a place of past history is no event's
      places: years.length ? places.filter((p) => !pastPlace(s.text, p.end, years, ref)) : places,
      dates: findDates(s.text, ref, prior, narrative?.start),
      years,
      fatalities: findFatalities(s.text),
    };
    const found = sentenceCandidates(facts, ctx, cues);
    // fighting or a deployment at a place the gazetteer does not have ("seized Heglig", "in the
    // Yangtse area"): the place by its name only, with no coordinates (precision region)
    for (const c of found)
      if (!c.location && (VIOLENT.has(c.category) || c.category === 'military_posture')) {
        const named = unlistedPlace(s.text, actors, res.places);
        if (named) c.location = named;
      }
    // a measure with no place of its own: a diplomat's mission is where the expulsion is, and
    // where the decision was announced ("announced its package in New Delhi") is its place
    for (const c of found)
      if (c.category === 'policy_measure' && !c.location) {
        const at = measureVenue(s.text, facts.places, () =>
          findPlaces(s.text, tokenized[k]!, res.places, ctx.countries, () => false, []),
        );
        if (at) c.location = at;
      }
    // "at a regional summit here on Friday": "here" is where the wire report was filed
    if (here && HERE_RE.test(s.text))
      for (const c of found)
        if (!c.location && (c.category === 'diplomatic_contact' || c.category === 'agreement'))
          c.location = here;
    // the Security Council meets at the UN's seat, New York, unless the text says otherwise
    for (const c of found)
      if (
        c.category === 'diplomatic_contact' &&
        !c.location &&
        c.mode === 'meeting' &&
        c.actors.some((a) => a.name === 'UN Security Council')
      )
        c.location = unSeat(res.places);
    if (cues.every((c) => c.cue.weak) && !found.some((c) => VIOLENT.has(c.category))) {
      found.push(...followUps(s, k));
    }
    // "Thursday's meeting of the NSC at the Prime Minister's House in Islamabad ... The committee
    // closed the airspace ... In a statement issued after the meeting, the NSC said ...": what the
    // meeting decided and what was said after it take its day and its place
    if (meeting && k - meeting.index <= 6)
      for (const c of found)
        if (
          (c.category === 'policy_measure' || c.category === 'statement') &&
          !c.dateStated &&
          (MEETING_REF_RE.test(s.text) || c.actors.some((a) => a.name === meeting!.body))
        ) {
          c.date = meeting.date;
          c.dateStated = true;
          if (!c.location) c.location = meeting.location;
        }
    // "... at a regional summit here on Friday. Leaders attending the summit adopted a declaration ...":
    // what the summit agreed or said takes its day and its place
    if (summit && k - summit.index <= 6 && SUMMIT_REF_RE.test(s.text))
      for (const c of found)
        if ((c.category === 'agreement' || c.category === 'statement') && !c.dateStated) {
          c.date = summit.date;
          c.dateStated = true;
          if (!c.location) c.location = summit.location;
        }
    // "... came on the hotline yesterday evening. ... Ghai and Abdullah agreed that neither side
    // would fire a single shot": an agreement told in the sentences right after a talk (read below)
    if (talk && k - talk.sentenceIndex <= 2 && talk.paragraph === s.paragraph)
      for (const a of found)
        if (a.category === 'agreement' && !a.dateStated) afterTalk.set(a, { talk, text: s.text });
    const atSummit = SUMMIT_RE.test(s.text)
      ? found.find(
          (c) =>
            c.category === 'diplomatic_contact' && c.dateStated && c.date.precision === 'day' && c.location,
        )
      : undefined;
    if (atSummit) summit = { date: atSummit.date, location: atSummit.location!, index: k };
    const newTalk = found.find((c) => c.category === 'diplomatic_contact' && c.actors.length > 1);
    if (newTalk) talk = newTalk;
    const held = MEETING_HELD_RE.test(s.text) ? meetingHeld(facts, actors) : undefined;
    if (held) meeting = { ...held, index: k };
    cands.push(...found);
    for (const c of found)
      if (VIOLENT.has(c.category) && c.dateStated && c.date.precision === 'day')
        ctx.lastViolence = c.date.start;
      else if (c.category === 'diplomatic_contact' && c.dateStated && c.date.precision === 'day')
        ctx.lastContact = c.date.start;
    // "Cambodia said on Thursday it was downgrading ...": the day of a report moves the story's day too
    // ... but not back to an old event the sentence only refers to ("a response to the April 22 attack")
    // ... nor to an old event it names in passing ("told a briefing on Sunday that ... the strikes of
    // May 7"): a day the sentence opens with is its day
    const opening = found.length
      ? facts.dates.find((d) => d.start < 4 && !d.future && !d.bound && d.date.precision === 'day')?.date
      : undefined;
    const main = opening ?? mainDate(found);
    const base = narrative?.start ?? ref;
    narrative =
      // ... unless the sentence tells only that old day, as its time ("The crisis began on April 22,
      // when ...", not "a response to the April 22 attack"): then "The following day" counts from it
      (main &&
      (main.start >= addDays(base, -3) ||
        (found.every((c) => c.dateStated && c.date.start === main.start) &&
          facts.dates.some(
            (d) =>
              d.date.start === main.start &&
              // ... or a day counted back in years ("Fifty years ago today"): the story is set then
              ((!d.relative && /\bon\s+$/i.test(s.text.slice(0, d.start))) ||
                /\byears\s+ago\b/i.test(d.text)),
          )))
        ? main
        : undefined) ??
      (found.length
        ? facts.dates.find((d) => d.reporting && !d.future && d.date.precision === 'day')?.date
        : undefined) ??
      narrative;
  });

  // ... was said in the talk (contract rule 2), unless it is the truce itself: a truce agreed with no
  // other truce struck before it in the story
  if (afterTalk.size)
    cands = cands.filter((a) => {
      const at = afterTalk.get(a);
      if (
        !at ||
        // "agreed on six principles for ending the conflict": a settlement is an agreement of its own
        SETTLEMENT_RE.test(at.text) ||
        (CESSATION_RE.test(at.text) &&
          !cands.some((o) => o.category === 'agreement' && o.dateStated && o.date.start < at.talk.date.start))
      )
        return true;
      at.talk.evidence.push(...a.evidence);
      for (const p of a.actors)
        if (p.role !== undefined && !at.talk.actors.some((x) => x.name === p.name)) at.talk.actors.push(p);
      return false;
    });
  cands = inheritDates(cands);
  cands = inheritAgents(cands);
  cands = strikesFromOneSide(cands);
  cands = absorbGeneric(cands);
  cands = foldStatements(cands);
  cands = mergeMentions(cands);
  cands = dropTopics(cands, text);
  if (!published && cands.some((c) => c.dateUnresolved))
    warnings.push(
      `${name}: ${cands.filter((c) => c.dateUnresolved).length} event(s) have unresolved relative dates`,
    );

  const events = cands.map((c) => toEvent(c, name, text));
  return { events, warnings, ...(published ? { published } : {}) };
}
