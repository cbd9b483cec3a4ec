/**
 * Article text -> contract events. A pipeline of small stages (STYLE habit 8):
 * dateline -> sentences -> per sentence: actors, places, dates, death tolls -> candidates ->
 * refiners over the article -> events with exact evidence quotes, stable ids and a summary.
 * Pure: no clock, no I/O; the reference date is the publication date.
 */
import { addDays } from '../src/domain/dates.ts';
import type { Actor, CrisisEvent, EventId, IsoDate } from '../src/domain/event.ts';
import type { Candidate, CandidateDate, Span } from './candidate.ts';
import { ActorMemory } from './actor-memory.ts';
import { execAll } from './exec-all.ts';
import { findActors, type ActorMention } from './find-actors.ts';
import { findDates, findYears } from './find-dates.ts';
import { findFatalities } from './find-fatalities.ts';
import { findPlaces } from './find-places.ts';
import { stableHash } from './hash.ts';
import { EXTRA_DEMONYMS } from './extra-demonyms.ts';
import { parseDateline, wireDatelineLength } from './parse-dateline.ts';
import type { ExtractResources } from './ports.ts';
import {
  absorbGeneric,
  dropTopics,
  foldStatements,
  inheritAgents,
  inheritDates,
  mergeMentions,
} from './refine-candidates.ts';
import { findCues } from './find-cues.ts';
import { mainDate, sentenceCandidates, type ArticleContext } from './sentence-candidates.ts';
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

/**
 * How many sentences at the top are front matter: whole lines without a closing stop (a headline,
 * "• ISPR says 25 drones shot down", "Our Staff Reporter"), when a paragraph of real sentences follows.
 */
function frontMatter(text: string, sentences: readonly Sentence[], bodyStart: number): number {
  let k = 0;
  while (k < sentences.length && k < 8) {
    const s = sentences[k]!;
    // (a headline may share the dateline's line: "date 2025-04-25 India and Pakistan: what we know")
    const lineStart =
      s.start === 0 || text[s.start - 1] === '\n' || (k === 0 && !text.slice(bodyStart, s.start).trim());
    const lineEnd = s.end === text.length || text[s.end] === '\n' || text[s.end] === '\r';
    if (!lineStart || !lineEnd || /[.!?:"”’)]$/.test(s.text.trimEnd())) break;
    k++;
  }
  return k < sentences.length ? k : 0;
}

/** New York, where the UN Security Council sits (from the gazetteer, like any other place). */
function unSeat(res: ExtractResources): CrisisEvent['location'] {
  const p = res.places.lookup('New York');
  return p?.lat !== undefined && p.lon !== undefined
    ? { name: 'New York', country: p.country ?? 'US', lat: p.lat, lon: p.lon, precision: 'point' }
    : null;
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
    forceOf: (demonym) => {
      const c = res.places.country(EXTRA_DEMONYMS.get(demonym.toLowerCase()) ?? demonym);
      if (!c) return undefined;
      return res.actors.resolve(`${demonym} army`) ?? { name: `${c.name} Armed Forces`, country: c.code };
    },
  };

  const sentences = splitSentences(text, dateline.bodyStart);
  // The front matter (headline, standfirst bullets, byline: lines with no closing stop before the
  // first real paragraph) restates the story in headline grammar; the body tells it. A wire dateline
  // after it ("NEW DELHI, May 3 (Reuters) - India on Saturday ...") names where the report was filed,
  // as it does at the top of the body.
  const front = frontMatter(text, sentences, dateline.bodyStart);
  // a whole line asking a question is a section heading ("What happened in Pahalgam?")
  for (let k = front; k < sentences.length; k++) {
    const s = sentences[k]!;
    if (
      s.text.endsWith('?') &&
      (s.start === 0 || text[s.start - 1] === '\n') &&
      (s.end === text.length || text[s.end] === '\n' || text[s.end] === '\r')
    )
      sentences[k] = { ...s, end: s.start, text: '' };
  }
  if (front > 0) {
    // (emptied rather than removed: sentence indexes stay those of the article)
    for (let k = 0; k < front; k++) sentences[k] = { ...sentences[k]!, end: sentences[k]!.start, text: '' };
    const s = sentences[front]!;
    const skip = wireDatelineLength(s.text);
    if (skip > 0) sentences[front] = { ...s, start: s.start + skip, text: s.text.slice(skip) };
  }
  const memory = new ActorMemory();
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
  // "Nine people were killed in a village near Saravan, officials said." right after a strike or a
  // clash: a death toll with its own place tells of that act at that place
  const tollAt = (s: (typeof sentences)[number], k: number): Candidate | undefined => {
    const last = cands[cands.length - 1];
    if (!last || !VIOLENT.has(last.category) || last.sentenceIndex < k - 2) return undefined;
    const fat = findFatalities(s.text)[0];
    if (!fat) return undefined;
    const fine = findPlaces(s.text, tokenized[k]!, res.places, ctx.countries, () => false, []).filter(
      (p) => p.location.precision === 'point' || p.location.precision === 'district',
    );
    if (fine.length !== 1 || fine[0]!.location.name === last.location?.name) return undefined;
    return {
      ...last,
      cue: { start: s.start + fat.start, end: s.start + fat.end },
      sentenceIndex: k,
      paragraph: s.paragraph,
      dateStated: false,
      location: fine[0]!.location,
      fatalities: fat.count,
      statements: [],
      topic: false,
      evidence: [{ start: s.start, end: s.end }],
    };
  };
  // The story's current day: what an undated event that continues it happened on or before.
  let narrative: CandidateDate | undefined;
  sentences.forEach((s, k) => {
    ctx.narrative = narrative;
    // "he" is someone named in the sentence just before ("..., a spokesman said. He said ..." is not)
    ctx.lastPerson = k > 0 ? lastPersonIn(actorMentions[k - 1]!) : undefined;
    // (the subject opens its sentence: "Pakistan's National Security Committee ... met", not "The
    // committee declared the advisers at the Indian High Commission ...")
    ctx.prevSubject =
      k > 0 ? actorMentions[k - 1]!.find((m) => m.actor.country && m.start < 12)?.actor : undefined;
    const prior = narrative ? (narrative.end ?? narrative.start) : undefined;
    const actors = actorMentions[k]!;
    // a cue starting inside an actor's name is part of the name ("Military Operations"); one that
    // only overlaps it ("shot down 25 Indian drones") is not
    const cues = findCues(s.text, (a) => actors.some((m) => a >= m.start && a < m.end));
    if (cues.length === 0) {
      // nothing happens here, but "Pakistan hit back on Thursday." still moves the story's day
      const d = findDates(s.text, ref, prior, narrative?.start).find(
        (m) => !m.reporting && !m.future && (m.date.precision === 'day' || m.date.precision === 'range'),
      );
      if (d) narrative = d.date;
      const toll = tollAt(s, k);
      if (toll) cands.push(toll);
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
    // the Security Council meets at the UN's seat, New York, unless the text says otherwise
    for (const c of found)
      if (
        c.category === 'diplomatic_contact' &&
        !c.location &&
        c.mode === 'meeting' &&
        c.actors.some((a) => a.name === 'UN Security Council')
      )
        c.location = unSeat(res) ?? null;
    if (cues.every((c) => c.cue.weak) && !found.some((c) => VIOLENT.has(c.category))) {
      const toll = tollAt(s, k);
      if (toll) found.push(toll);
    }
    cands.push(...found);
    for (const c of found)
      if (VIOLENT.has(c.category) && c.dateStated && c.date.precision === 'day')
        ctx.lastViolence = c.date.start;
    // "Cambodia said on Thursday it was downgrading ...": the day of a report moves the story's day too
    // ... but not back to an old event the sentence only refers to ("a response to the April 22 attack")
    const main = mainDate(found);
    const base = narrative?.start ?? ref;
    narrative =
      (main && main.start >= addDays(base, -3) ? main : undefined) ??
      (found.length
        ? facts.dates.find((d) => d.reporting && !d.future && d.date.precision === 'day')?.date
        : undefined) ??
      narrative;
  });

  cands = inheritDates(cands);
  cands = inheritAgents(cands);
  cands = absorbGeneric(cands);
  cands = foldStatements(cands);
  cands = mergeMentions(cands);
  cands = dropTopics(cands);
  if (!published && cands.some((c) => c.dateUnresolved))
    warnings.push(
      `${name}: ${cands.filter((c) => c.dateUnresolved).length} event(s) have unresolved relative dates`,
    );

  const events = cands.map((c) => toEvent(c, name, text));
  return { events, warnings, ...(published ? { published } : {}) };
}
