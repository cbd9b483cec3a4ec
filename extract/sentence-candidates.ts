/**
 * Stage: one sentence -> candidates. Finds cues, drops those that are plans, negated, hypothetical,
 * background history or only the topic of talk, then attaches actors, places, dates and death
 * tolls found in the same sentence.
 */
import type { Actor, ContactMode, IsoDate, Location } from '../src/domain/event.ts';
import type { Candidate, CandidateDate } from './candidate.ts';
import { CUES, IRREALIS_RE, MAY_RE, TOPIC_AFTER_TALK_RE, TOPIC_RE, type Cue } from './cue-lexicon.ts';
import type { ActorMention } from './find-actors.ts';
import type { DateMention, YearMention } from './find-dates.ts';
import type { FatalityMention } from './find-fatalities.ts';
import type { PlaceMention } from './find-places.ts';
import type { Sentence } from './split-sentences.ts';

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
}

interface CueHit {
  cue: Cue;
  start: number;
  end: number;
}

const CLAUSE_BREAK_RE = /[,;:()“”"—]/g;
const PRESENT_RE =
  /\b(?:is|are|am|has|have|continues|continue|continuing|remains?|remain|still|now)\b[^,;.]{0,40}$/i;
const BACKGROUND_RE =
  /\b(?:history|historically|in the past|previous(?:ly)?|since (?:independence|partition)|decades?|wars? of)\b/i;
const MODE_RANK: Record<ContactMode, number> = {
  hotline: 0,
  video: 1,
  visit: 2,
  phone: 3,
  message: 4,
  meeting: 5,
};

function findCues(text: string, blocked: (s: number, e: number) => boolean): CueHit[] {
  const hits: CueHit[] = [];
  for (const cue of CUES) {
    cue.re.lastIndex = 0;
    for (const m of text.matchAll(cue.re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (blocked(start, end)) continue;
      hits.push({ cue, start, end });
    }
  }
  hits.sort((a, b) => b.cue.priority - a.cue.priority || a.start - b.start);
  const kept: CueHit[] = [];
  for (const h of hits) if (!kept.some((k) => h.start < k.end && k.start < h.end)) kept.push(h);
  return kept.sort((a, b) => a.start - b.start);
}

function clauseStart(text: string, pos: number): number {
  let s = 0;
  CLAUSE_BREAK_RE.lastIndex = 0;
  for (const m of text.matchAll(CLAUSE_BREAK_RE)) {
    if (m.index >= pos) break;
    s = m.index + 1;
  }
  return s;
}

function isIrrealis(text: string, h: CueHit): boolean {
  const pre = text.slice(Math.max(clauseStart(text, h.start), h.start - 60), h.start);
  return IRREALIS_RE.test(pre) || MAY_RE.test(pre) || /\bto\s+$/.test(pre);
}

function isBackground(text: string, h: CueHit, facts: SentenceFacts, ctx: ArticleContext): boolean {
  const pubYear = Number(ctx.published.slice(0, 4));
  const near = (s: number, e: number) => Math.abs(s - h.start) < 50 || Math.abs(e - h.end) < 50;
  if (facts.years.some((y) => y.year < pubYear && near(y.start, y.end))) return true;
  return BACKGROUND_RE.test(text.slice(Math.max(0, h.start - 40), h.end + 20));
}

function dedupeActors(list: Actor[]): Actor[] {
  const seen = new Set<string>();
  return list.filter((a) => (seen.has(a.name) ? false : (seen.add(a.name), true)));
}

const isTopic = (h: CueHit): boolean => (h as CueHit & { topic?: boolean }).topic === true;
const gap = (d: { start: number; end: number }, h: CueHit) =>
  d.start >= h.end ? d.start - h.end : h.start - d.end + 5;

/**
 * Date for a cue: each stated date belongs to the cue nearest to it ("spoke ... earlier today and
 * expressed sympathy for the attack" dates the call, not the attack). A report's date ("officials
 * said on Wednesday") dates only a statement.
 */
function dateFor(
  h: CueHit,
  facts: SentenceFacts,
  statement: boolean,
  cues: CueHit[],
): DateMention | undefined | 'future' {
  // a topic of talk takes only a written-out date ("the April 22 attack"), never the talk's "yesterday"
  const usable = facts.dates.filter((d) => (statement || !d.reporting) && !(isTopic(h) && d.relative));
  const mine = usable.filter((d) => cues.every((o) => gap(d, h) <= gap(d, o)));
  if (mine.length === 0) return undefined;
  const best = [...mine].sort((a, b) => gap(a, h) - gap(b, h))[0]!;
  return best.future ? 'future' : best;
}

function defaultDate(text: string, h: CueHit, ctx: ArticleContext): CandidateDate {
  const pre = text.slice(Math.max(0, h.start - 50), h.end);
  return PRESENT_RE.test(pre)
    ? { start: ctx.published, precision: 'approximate' }
    : { start: ctx.published, precision: 'before' };
}

export function sentenceCandidates(facts: SentenceFacts, ctx: ArticleContext): Candidate[] {
  const { sentence } = facts;
  const text = sentence.text;
  const inActor = (s: number, e: number) => facts.actors.some((a) => s < a.end && a.start < e);
  const hits = findCues(text, inActor);
  if (hits.length === 0) return [];
  const abs = (s: number) => sentence.start + s;
  const base = { sentenceIndex: sentence.index, paragraph: sentence.paragraph, statements: [] as string[] };
  const actors = dedupeActors(facts.actors.map((a) => a.actor));

  const live: (CueHit & { topic: boolean })[] = [];
  let talkBefore = -1;
  for (const h of hits) {
    if (isIrrealis(text, h) || isBackground(text, h, facts, ctx)) continue;
    const talk = h.cue.category === 'diplomatic_contact' || h.cue.category === 'statement';
    const pre = text.slice(Math.max(0, h.start - 100), h.start);
    const topic =
      !talk &&
      (TOPIC_RE.test(pre) || (talkBefore >= 0 && TOPIC_AFTER_TALK_RE.test(text.slice(talkBefore, h.start))));
    live.push({ ...h, topic });
    if (talk && talkBefore < 0) talkBefore = h.end;
  }
  // Places belong to the nearest cue on their left (or the first cue when none is on the left).
  // A place written right before a cue is its own ("the Pahalgam attack", "Kupwara firing").
  const eventCues = live.filter(
    (h) => h.cue.category !== 'diplomatic_contact' && h.cue.category !== 'statement',
  );
  const placeOwner = (p: PlaceMention): CueHit | undefined => {
    const adjacent = eventCues.find(
      (h) =>
        h.start >= p.end &&
        /^[\s\p{L}-]{0,25}$/u.test(text.slice(p.end, h.start)) &&
        text.slice(p.end, h.start).split(/\s+/).filter(Boolean).length <= 2,
    );
    if (adjacent) return adjacent;
    let owner: CueHit | undefined;
    for (const h of eventCues) if (h.start <= p.start) owner = h;
    return owner ?? eventCues[0];
  };

  const out: Candidate[] = [];
  const mk = (h: CueHit, extra: Partial<Candidate>, statement = false): Candidate | undefined => {
    const d = dateFor(
      h,
      facts,
      statement,
      live.filter((o) => !o.topic || o === h),
    );
    if (d === 'future') return undefined;
    const date: CandidateDate = d ? d.date : defaultDate(text, h, ctx);
    return {
      category: h.cue.category,
      cue: { start: abs(h.start), end: abs(h.end) },
      ...base,
      date,
      dateStated: d !== undefined,
      dateUnresolved: !ctx.publishedKnown && (d === undefined || d.relative),
      location: null,
      actors,
      topic: false,
      evidence: [{ start: sentence.start, end: sentence.end }],
      ...extra,
    };
  };

  // diplomatic contact: one per sentence, the most telling mode
  const contacts = live.filter((h) => h.cue.category === 'diplomatic_contact');
  let contact: Candidate | undefined;
  if (contacts.length) {
    const best = [...contacts].sort((a, b) => MODE_RANK[a.cue.mode!] - MODE_RANK[b.cue.mode!])[0]!;
    const mode = best.cue.mode!;
    let location: Location | null = null;
    if (mode === 'visit' || mode === 'meeting') {
      const p = facts.places.find(
        (pl) =>
          pl.start > best.start &&
          /\b(?:in|to|at)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, pl.start - 12), pl.start)) &&
          !TOPIC_RE.test(text.slice(best.end, pl.start)),
      );
      if (p) location = p.location;
    }
    const enough =
      actors.length >= 2 ||
      (actors.length === 1 &&
        (/\bcounterpart\b/i.test(text) ||
          (mode === 'visit' && location !== null && location.country !== actors[0]!.country)));
    if (enough) contact = mk(best, { mode, location });
    if (contact) out.push(contact);
  }

  // statements: folded into a contact in the same sentence; a reporting verb only when nothing else happens
  const others = live.filter(
    (h) => h.cue.category !== 'diplomatic_contact' && h.cue.category !== 'statement' && !h.topic,
  );
  const statements = live.filter((h) => h.cue.category === 'statement');
  if (statements.length) {
    const strong = statements.filter((h) => !h.cue.weak);
    const h = strong[0] ?? statements[0]!;
    const firstSaid = statements[0]!;
    const speakerMention =
      [...facts.actors].filter((a) => a.end <= firstSaid.start).pop() ??
      facts.actors.find((a) => a.start >= firstSaid.end && a.start - firstSaid.end < 40);
    const quoted = /^[“"]/.test(text);
    if (contact) {
      contact.statements.push(text);
    } else if (
      speakerMention &&
      (strong.length > 0 || (others.length === 0 && (quoted || speakerMention.kind !== 'force'))) &&
      (strong.length > 0 ? others.every((o) => o.start > h.start) : others.length === 0)
    ) {
      const st = mk(
        h,
        {
          speaker: speakerMention.actor,
          actors: dedupeActors([speakerMention.actor, ...actors]),
          statements: [text],
        },
        true,
      );
      if (st) out.push(st);
    }
  }

  // everything else: per category (per measure type), one candidate per place
  const groups = new Map<string, (CueHit & { topic: boolean })[]>();
  for (const h of live) {
    if (h.cue.category === 'diplomatic_contact' || h.cue.category === 'statement') continue;
    if (
      h.cue.category === 'attack' &&
      h.cue.priority < 5 &&
      live.some((o) => o.cue.category === 'strike' || o.cue.category === 'armed_clash')
    )
      continue;
    const key = `${h.cue.category}:${h.cue.measure ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), h]);
  }
  for (const group of groups.values()) {
    const first = group[0]!;
    const topic = group.every((h) => h.topic);
    let places = facts.places.filter((p) => group.includes(placeOwner(p) as CueHit & { topic: boolean }));
    // a weak "attack" takes the place written right before it ("the Pahalgam attack")
    const fine = places.filter(
      (p) => p.location.precision === 'point' || p.location.precision === 'district',
    );
    if (fine.length) {
      const admins = new Set(fine.map((p) => p.admin1).filter(Boolean));
      places = places.filter(
        (p) =>
          (p.location.precision !== 'region' && p.location.precision !== 'country') ||
          (!admins.has(p.location.name) && p.kind !== 'country' && p.kind !== 'region'),
      );
      places = places.filter((p) => p.location.precision === 'point' || p.location.precision === 'district');
    } else if (places.length > 1) {
      places = [places.find((p) => p.location.precision === 'region') ?? places[0]!];
    }
    if (first.cue.category === 'policy_measure' || first.cue.category === 'agreement')
      places = places.filter((p) => p.location.precision !== 'country');
    const fat = facts.fatalities.find((f) => {
      if (
        first.cue.category !== 'attack' &&
        first.cue.category !== 'strike' &&
        first.cue.category !== 'armed_clash'
      )
        return false;
      const owner = live
        .filter(
          (h) =>
            h.cue.category === 'attack' || h.cue.category === 'strike' || h.cue.category === 'armed_clash',
        )
        .sort((a, b) => Math.abs(a.start - f.start) - Math.abs(b.start - f.start))[0];
      return owner !== undefined && group.includes(owner as CueHit & { topic: boolean });
    });
    const locs: (Location | null)[] = places.length ? places.map((p) => p.location) : [null];
    const seen = new Set<string>();
    for (const location of locs) {
      const key = location?.name ?? '';
      if (seen.has(key)) continue;
      seen.add(key);
      const c = mk(first, {
        location,
        topic,
        ...(first.cue.measure ? { measure: first.cue.measure } : {}),
        ...(fat && locs.length === 1 ? { fatalities: fat.count } : {}),
      });
      if (c) out.push(c);
    }
  }
  return out;
}

/** The date a "previous day" refers to: the last stated date among these candidates. */
export function lastStatedDate(cands: Candidate[], fallback: IsoDate | undefined): IsoDate | undefined {
  const stated = cands.filter((c) => c.dateStated && c.date.precision !== 'before');
  const last = stated[stated.length - 1];
  return last ? (last.date.end ?? last.date.start) : fallback;
}
