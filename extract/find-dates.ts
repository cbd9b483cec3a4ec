/**
 * Date mentions in a sentence, resolved against the article's publication date (never the clock).
 * chrono-node does the parsing; what it lacks is added in chrono's own terms: a parser for named
 * nights and day ranges ("the night of April 27-28", "6-7 May") and a refiner that puts a bare
 * weekday in the past ("on Tuesday" in a Thursday article is two days earlier, "on Thursday" the
 * same day). Anaphoric days ("the previous day") and vague spans ("last month") are resolved here.
 */
import * as chrono from 'chrono-node';
import { addDays, toDayNumber, weekday } from '../src/domain/dates.ts';
import { isIsoDate, type DatePrecision, type IsoDate } from '../src/domain/event.ts';
import { execAll } from './exec-all.ts';
import { sortSmall } from './small-sort.ts';

export interface DateMention {
  /** Offsets into the sentence text. */
  start: number;
  end: number;
  text: string;
  date: { start: IsoDate; end?: IsoDate; precision: DatePrecision };
  /** Relative to the reference date (weekday, yesterday, last week...). */
  relative: boolean;
  /** The date of a report ("officials said on Wednesday"), not of the event. */
  reporting: boolean;
  /** After the reference date: a plan, not an event. */
  future: boolean;
  /** "overnight": the night before the report's date */
  overnight?: boolean;
  /**
   * A bound of a duration ("closed until May 10", "closed since last week"): not when the act told
   * beside it happened.
   */
  bound?: boolean;
}

export interface YearMention {
  start: number;
  end: number;
  year: number;
}

/** Month names, lower case. */
export const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const MONTH_RE =
  '(Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|Sept?(?:ember|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)';

function monthNumber(word: string): number {
  const w = word.toLowerCase().replace('.', '');
  return MONTHS.findIndex((m) => m.startsWith(w.slice(0, 3))) + 1;
}

function iso(y: number, m: number, d: number): IsoDate {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` as IsoDate;
}

function refParts(ref: Date): { y: number; m: number; d: number } {
  return { y: ref.getUTCFullYear(), m: ref.getUTCMonth() + 1, d: ref.getUTCDate() };
}

/** The year for a day-and-month without one: the reference year, or the previous one when that lands far in the future. */
function impliedYear(ref: Date, m: number, d: number): number {
  const r = refParts(ref);
  const days = toDayNumber(iso(r.y, m, d)) - toDayNumber(iso(r.y, r.m, r.d));
  return days > 60 ? r.y - 1 : r.y;
}

/** "the night of April 27-28", "April 27-28", "6-7 May", "the intervening night of May 6 and 7". */
const nightRangeParser: chrono.Parser = {
  pattern: () =>
    new RegExp(
      `(?:(?:the\\s+)?(?:intervening\\s+)?night\\s+of\\s+)?(?:${MONTH_RE}\\s+(\\d{1,2})\\s*(?:-|–|and|to)\\s*(\\d{1,2})|(\\d{1,2})\\s*(?:-|–|and|to)\\s*(\\d{1,2})\\s+${MONTH_RE})(?:,?\\s+(\\d{4}))?\\b`,
      'i',
    ),
  extract: (context, match) => {
    const month = monthNumber(match[1] ?? match[7] ?? '');
    const d1 = Number(match[2] ?? match[5]);
    const d2 = Number(match[3] ?? match[6]);
    if (month < 1 || !(d1 >= 1 && d1 <= 31 && d2 > d1 && d2 <= 31)) return null;
    const year = match[8] ? Number(match[8]) : impliedYear(context.refDate, month, d1);
    return context.createParsingResult(
      match.index ?? 0,
      match[0],
      { year, month, day: d1 },
      { year, month, day: d2 },
    );
  },
};

/** A bare weekday in a news report is the most recent one: never after the publication day. */
const pastWeekdayRefiner: chrono.Refiner = {
  refine: (context, results) => {
    for (const r of results) {
      if (!r.start.isCertain('weekday') || r.start.isCertain('day')) continue;
      if (/\b(next|coming|following)\b/i.test(r.text)) continue;
      const ref = toDayNumber(context.refDate.toISOString().slice(0, 10));
      const got = toDayNumber(isoOf(r.start));
      if (got > ref) {
        const shifted = addDays(isoOf(r.start), -7);
        r.start.imply('year', Number(shifted.slice(0, 4)));
        r.start.imply('month', Number(shifted.slice(5, 7)));
        r.start.imply('day', Number(shifted.slice(8, 10)));
      }
    }
    return results;
  },
};

function isoOf(c: chrono.ParsingComponents | chrono.ParsedComponents): IsoDate {
  return iso(c.get('year') ?? 0, c.get('month') ?? 1, c.get('day') ?? 1);
}

// Times of day ("at 1.30 am"), deadlines ("within 24 hours"), "later", times of day in words and
// "the end of the month" are never an event's day: leaving their parsers out saves most of chrono's
// work on news text. Parsers are picked by what they find, not by class name: the production
// bundle minifies class names, and a name test would silently keep them (or throw) in the browser.
const REF_FOR_PROBES = new Date(Date.UTC(2025, 4, 1));
type ChronoParser = (typeof chrono.casual.parsers)[number];
function findsAlone(p: ChronoParser, probe: string): boolean {
  return new chrono.Chrono({ parsers: [p], refiners: [] }).parse(probe, REF_FOR_PROBES).length > 0;
}
/** The one parser (not yet picked) that finds `probe` on its own; throws when chrono changed. */
function pick(parsers: ChronoParser[], probe: string, picked: ChronoParser[]): ChronoParser {
  const hits = parsers.filter((p) => !picked.includes(p) && findsAlone(p, probe));
  if (hits.length !== 1) throw new Error(`chrono: expected one parser for "${probe}", found ${hits.length}`);
  return hits[0]!;
}
const UNUSED_PROBES = ['at 1.30 am', 'within 24 hours', '3 days later', 'this morning', 'end of the month'];
const parser = chrono.casual.clone();
const unused: ChronoParser[] = [];
for (const probe of UNUSED_PROBES) unused.push(pick(parser.parsers, probe, unused));
parser.parsers = parser.parsers.filter((p) => !unused.includes(p));
parser.parsers.unshift(nightRangeParser);
parser.refiners.push(pastWeekdayRefiner);
/**
 * The same parser without "two days ago": that parser's regex backtracks through every word of
 * the text (~40% of chrono's time here), and it can only match where "ago", "before" or
 * "earlier" is written. A text without them gets the same results from this one (a parser that
 * finds nothing adds nothing; the others do not depend on it).
 */
const AGO_WORD_RE = /ago|before|earlier/i;
const agoParser = pick(parser.parsers, '3 days ago', [nightRangeParser as ChronoParser]);
const parserNoAgo = parser.clone();
parserNoAgo.parsers = parser.parsers.filter((p) => p !== agoParser);

/** Cheap test run before chrono: a sentence without any of these words has no date for chrono to find. */
export const DATE_CUE_RE =
  /\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|\b(?:yesterday|today|tonight|overnight|(?:straight|consecutive|successive|running) night|this (?:morning|afternoon|evening|week|month)|last (?:week|month|night|year)|earlier (?:this|in the)|(?:previous|following|next) (?:day|night|morning|week)|day (?:before|after|earlier|later)|(?:same|that) (?:day|night|evening|morning|afternoon)|recent (?:days|weeks)|(?:a|one|two|three|four|five|six|\d+) (?:days?|weeks?) ago|years ago)\b|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d|\b(?:January|February|March|April|June|July|August|September|October|November|December)\b(?<=(?:(?:early|mid|late)[- ]|\bin )[A-Z][a-z]+)|\b\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|\b\d{4}-\d\d-\d\d\b/i;

const REPORTING_BEFORE_RE =
  /\b(?:said|says|told|tell|reported|reports|announced|added|stated|confirmed|claimed|posted|tweeted|wrote|statement|briefing|briefed|news conference|press conference|reporters|told reporters)(?:\s+\w+){0,2}\s*,?\s*$/i;

/** "Fifty years ago today", "25 years ago": counted back from the publication date. */
const YEARS_AGO_RE =
  /(?<![\w-])(\d{1,3}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|a hundred)\s+years\s+ago(\s+today)?\b/i;
const UNITS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TENS: Readonly<Record<string, number>> = {
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  'a hundred': 100,
};
/** "fifty", "twenty-five", "12" as a number. */
function yearsNumber(w: string): number | undefined {
  if (/^\d+$/.test(w)) return Number(w);
  if (TENS[w.toLowerCase()] !== undefined) return TENS[w.toLowerCase()];
  const [tens, unit] = w.toLowerCase().split(/[- ](?=[a-z]+$)/);
  if (unit === undefined) return TENS[w.toLowerCase()] ?? (UNITS.indexOf(w.toLowerCase()) || undefined);
  const t = TENS[tens!];
  const u = UNITS.indexOf(unit);
  return t !== undefined && u > 0 ? t + u : undefined;
}
const VAGUE: {
  re: RegExp;
  resolve: (ref: IsoDate) => { start: IsoDate; end?: IsoDate; precision: DatePrecision };
}[] = [
  {
    re: /\blast month\b/i,
    resolve: (ref) => ({ start: addDays(ref, -Number(ref.slice(8, 10))), precision: 'before' }),
  },
  {
    // the Sunday that ended last week (weeks start on Monday)
    re: /\blast week\b/i,
    resolve: (ref) => ({
      start: addDays(ref, -(weekday(ref) === 0 ? 7 : weekday(ref))),
      precision: 'before',
    }),
  },
  {
    // from the Monday of the reference week to the day before it
    re: /\bearlier (?:this|in the) week\b/i,
    resolve: (ref) => {
      const monday = addDays(ref, -((weekday(ref) + 6) % 7));
      const end = addDays(ref, -1);
      return end > monday
        ? { start: monday, end, precision: 'approximate' }
        : { start: ref, precision: 'before' };
    },
  },
  {
    re: /\bearlier (?:this|in the) month\b/i,
    resolve: (ref) => {
      const first = addDays(ref, 1 - Number(ref.slice(8, 10)));
      const end = addDays(ref, -1);
      return end > first
        ? { start: first, end, precision: 'approximate' }
        : { start: ref, precision: 'before' };
    },
  },
  {
    re: /\bin recent (?:days|weeks)\b|\brecently\b/i,
    resolve: (ref) => ({ start: ref, precision: 'before' }),
  },
  { re: /\bthis week\b/i, resolve: (ref) => ({ start: ref, precision: 'approximate' }) },
  // a plan's time: only needed to tell that it lies ahead
  {
    re: /\bnext (?:week|month)\b/i,
    resolve: (ref) => ({ start: addDays(ref, 7), precision: 'approximate' }),
  },
];

/** Words that make the date after them a duration's bound: "until May 10", "since last week". */
const BOUND_BEFORE_RE =
  /\b(?:until|till|through|up to|since|(?:with effect |effective )?from)\s+(?:the\s+)?(?:end\s+of\s+)?$/i;

/** An event's noun right after a date: "the April 22 attack", "the May 7 strikes". */
const EVENT_NOUN_AFTER_RE =
  /^\s+(?:[\w-]+\s+){0,2}?(?:attacks?|massacre|strikes?|airstrikes?|bombings?|killings?|clash(?:es)?|ambush|assault|raids?|shelling)\b/i;

const ANAPHORIC_RE =
  /\b(?:the (previous|following|next) (?:day|night)|(?:a|one) day (earlier|later)|the day (before|after)|(the same|that) (?:day|night|evening|morning|afternoon)|(?:[Ee]arlier|[Ll]ater) (in the day))\b/i;

/** Adds a date mention unless it overlaps one already read (module-level: no closure per sentence). */
function addMention(
  out: DateMention[],
  sentence: string,
  ref: IsoDate,
  start: number,
  end: number,
  date: DateMention['date'],
  relative: boolean,
): void {
  for (const m of out) if (start < m.end && m.start < end) return;
  const before = sentence.slice(Math.max(0, start - 60), start);
  const last = date.end ?? date.start;
  out.push({
    start,
    end,
    text: sentence.slice(start, end),
    date,
    relative,
    reporting: REPORTING_BEFORE_RE.test(before),
    // ("since the April 22 attack": the attack's day, not the start of a span)
    ...(BOUND_BEFORE_RE.test(before) && !EVENT_NOUN_AFTER_RE.test(sentence.slice(end, end + 30))
      ? { bound: true }
      : {}),
    future:
      toDayNumber(date.precision === 'before' ? date.start : last) > toDayNumber(ref) &&
      date.precision !== 'before',
  });
}

/**
 * Dates in `sentence`. `ref` is the publication date; `prior` the date of the event told just
 * before, for "the previous day".
 */
export function findDates(
  sentence: string,
  ref: IsoDate,
  prior?: IsoDate,
  /** the first day of the event told just before, when it was a night or a span ("the night of May 1-2") */
  priorStart?: IsoDate,
): DateMention[] {
  if (!DATE_CUE_RE.test(sentence)) return [];
  const out: DateMention[] = [];

  // "for an eighth straight night": the night before the report, like "overnight"
  const night =
    /\bovernight\b|\b(?:a|an|the) (?:\w+ )?(?:straight|consecutive|successive|running) night\b/i.exec(
      sentence,
    );
  if (night) {
    addMention(
      out,
      sentence,
      ref,
      night.index,
      night.index + night[0].length,
      { start: addDays(ref, -1), end: ref, precision: 'range' },
      true,
    );
    out[out.length - 1]!.overnight = true;
  }
  // "Fifty years ago today": that day so many years before; "30 years ago": some time in that year
  const ago = YEARS_AGO_RE.exec(sentence);
  if (ago) {
    const n = yearsNumber(ago[1]!);
    const y = Number(ref.slice(0, 4)) - (n ?? 0);
    const day = iso(y, Number(ref.slice(5, 7)), Number(ref.slice(8, 10)));
    if (n && isIsoDate(day))
      addMention(
        out,
        sentence,
        ref,
        ago.index,
        ago.index + ago[0].length,
        ago[2]
          ? { start: day, precision: 'day' }
          : { start: iso(y, 1, 1), end: iso(y, 12, 31), precision: 'range' },
        true,
      );
  }
  for (const v of VAGUE) {
    const m = v.re.exec(sentence);
    if (m) addMention(out, sentence, ref, m.index, m.index + m[0].length, v.resolve(ref), true);
  }

  // a story told years back ("On the morning of 2 March 1969 ... On 13 August"): a date written
  // without its year is in the year the story is in, not in the year before the article
  const storyYear =
    prior && Number(prior.slice(0, 4)) <= Number(ref.slice(0, 4)) - 2 ? Number(prior.slice(0, 4)) : undefined;
  fastDates(sentence, ref, out, storyYear);
  const instant = new Date(`${ref}T12:00:00Z`);
  for (const r of parseWindows(sentence, instant, out)) {
    if (
      !r.start.isCertain('day') &&
      !r.start.isCertain('weekday') &&
      !r.start.isCertain('month') &&
      !/\b(?:yesterday|today|tonight)\b/i.test(r.text)
    )
      continue;
    // "may" the modal verb is not the month
    if (/^may$/i.test(r.text.trim()) || (/\bmay\b/.test(r.text) && !r.start.isCertain('day'))) continue;
    const hasDay =
      r.start.isCertain('day') ||
      r.start.isCertain('weekday') ||
      r.tags().has('result/relativeDate') ||
      /\b(?:yesterday|today|tonight)\b/i.test(r.text);
    // relative unless the month is written out (chrono also makes "yesterday" certain)
    const relative = !MONTH_WORD_RE.test(r.text) && !/\d{4}-\d\d/.test(r.text);
    let start = isoOf(r.start);
    // (... and in the story's year when the year is not written)
    if (storyYear !== undefined && !r.start.isCertain('year') && r.start.isCertain('day') && !relative)
      start = iso(storyYear, r.start.get('month') ?? 1, r.start.get('day') ?? 1);
    let date: DateMention['date'];
    if (r.end && (r.end.isCertain('day') || r.end.isCertain('weekday'))) {
      const end = isoOf(r.end);
      date = end > start ? { start, end, precision: 'range' } : { start, precision: 'day' };
    } else if (hasDay) {
      date = { start, precision: 'day' };
    } else if (r.start.isCertain('month')) {
      const m = r.start.get('month') ?? 1;
      let y = r.start.get('year') ?? 0;
      // "captured Fada in January" (in a September report): the last January, unless told as ahead
      // ("talks will resume in January") or in an old story's year
      if (!r.start.isCertain('year')) {
        const refYear = Number(ref.slice(0, 4));
        if (storyYear !== undefined) y = storyYear;
        else if (!FUTURE_BEFORE_RE.test(sentence.slice(0, r.index)) && !/\bnext\b/i.test(r.text))
          y = m <= Number(ref.slice(5, 7)) ? refYear : refYear - 1;
      }
      let endDay = addDays(iso(m === 12 ? y + 1 : y, m === 12 ? 1 : m + 1, 1), -1);
      // (the month of the report, told in the past: up to the report's day)
      if (iso(y, m, 1) <= ref && endDay > ref && !FUTURE_BEFORE_RE.test(sentence.slice(0, r.index)))
        endDay = ref;
      date = { start: iso(y, m, 1), end: endDay, precision: 'range' };
    } else {
      continue;
    }
    addMention(out, sentence, ref, r.index, r.index + r.text.length, date, relative);
  }
  const ana = ANAPHORIC_RE.exec(sentence);
  // "flew into New Delhi on Thursday ..., and went on to Islamabad the next day": the day told
  // before it in the same sentence, else the event told just before
  const here = ana
    ? out.filter((m) => m.end <= ana.index && !m.future && !m.bound && m.date.precision !== 'before').pop()
    : undefined;
  if (here) {
    prior = here.date.end ?? here.date.start;
    priorStart = here.date.start;
  }
  if (ana && prior) {
    const back = ana[1] === 'previous' || ana[2] === 'earlier' || ana[3] === 'before';
    // "the same day", "that evening": the day of the event told just before
    // ... and "earlier in the day", "later in the day"
    const same = ana[4] !== undefined || ana[5] !== undefined;
    const first = priorStart ?? prior;
    // after the night of May 1-2, "the previous night" is the night of April 30-May 1
    const night = /\bnight\b/i.test(ana[0]) && first !== prior && !same;
    addMention(
      out,
      sentence,
      ref,
      ana.index,
      ana.index + ana[0].length,
      night
        ? back
          ? { start: addDays(first, -1), end: first, precision: 'range' }
          : { start: prior, end: addDays(prior, 1), precision: 'range' }
        : { start: same ? prior : back ? addDays(first, -1) : addDays(prior, 1), precision: 'day' },
      true,
    );
  }
  return sortSmall(out, (a, b) => a.start - b.start);
}

const SELF_RESOLVED_RE =
  /^(?:day (?:before|after|earlier|later)|(?:previous|following|next) (?:day|night|morning|week)|recent (?:days|weeks)|this (?:week|month)|earlier (?:this|in the)|last (?:week|month))$/i;
/** MONTH_RE on its own, to tell a written-out date from a relative one (built once, not per result). */
const MONTH_WORD_RE = new RegExp(MONTH_RE, 'i');
const CUE_GLOBAL_RE = new RegExp(DATE_CUE_RE.source, 'gi');
const WINDOW_BEFORE = 30;
const WINDOW_AFTER = 16;

/**
 * chrono over short windows around the date cues instead of the whole sentence: the same results
 * (a date expression is short and starts near its cue) at a fraction of the cost.
 */
function parseWindows(
  sentence: string,
  instant: Date,
  done: readonly { start: number; end: number }[],
): chrono.ParsedResult[] {
  const spans: [number, number][] = [];
  for (const m of execAll(CUE_GLOBAL_RE, sentence)) {
    if (done.some((d) => m.index >= d.start && m.index < d.end)) continue; // already read by the fast path
    if (SELF_RESOLVED_RE.test(m[0])) continue; // "the day before", "in recent days": read by the rules above, not chrono
    let s = Math.max(0, m.index - WINDOW_BEFORE);
    const e = Math.min(sentence.length, m.index + m[0].length + WINDOW_AFTER);
    while (s > 0 && /\S/.test(sentence[s - 1] ?? '')) s--; // never cut a word
    const last = spans[spans.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else spans.push([s, e]);
  }
  const out: chrono.ParsedResult[] = [];
  for (const [s, e0] of spans) {
    let e = e0;
    while (e < sentence.length && /\S/.test(sentence[e] ?? '')) e++;
    const window = sentence.slice(s, e);
    const chosen = AGO_WORD_RE.test(window) ? parser : parserNoAgo;
    for (const r of chosen.parse(window, { instant, timezone: 0 })) {
      (r as { index: number }).index += s;
      if (!out.some((o) => o.index === r.index)) out.push(r);
    }
  }
  return out;
}

/** The future tense in the clause before a weekday ("will be handed over", "is due to arrive"). */
const FUTURE_BEFORE_RE =
  /\b(?:will|shall|(?:is|are) (?:due|set|scheduled|expected|to)|plans? to|(?:is|are) going to)\b[^.;,!?“”"]{0,60}$/i;
const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const FAST_RE = new RegExp(
  `\\b(?:(?:late |early )?on |late |early )?(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?: (?:night|morning|evening|afternoon))?\\b|\\b(yesterday|today)\\b|\\b${MONTH_RE} (\\d{1,2})(?:st|nd|rd|th)?(?:,? (\\d{4}))?\\b|\\b(\\d{1,2}) ${MONTH_RE}(?:,? (\\d{4}))?\\b`,
  'g',
);
/** What makes a date expression more than its plain form: ranges, "last/next", a date after a weekday. */
const FAST_BEFORE_RE = /(?:last|next|this|coming|following|night of|\d\s*[-–]|\d and)\s*$/i;
const FAST_AFTER_RE =
  /^(?:\s*[-–]\s*\d|\s+(?:and|to) \d|,?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|\d)|\s+(?:next|last) )/;

/**
 * The plain, most frequent forms ("on Tuesday", "yesterday", "May 7", "7 May 2025") read directly,
 * with the same rules as the chrono refiners above; anything more (ranges, "last Friday", "two
 * days ago") is left to chrono.
 */
function fastDates(sentence: string, ref: IsoDate, out: DateMention[], storyYear?: number): void {
  const refDate = new Date(`${ref}T12:00:00Z`);
  for (const m of execAll(FAST_RE, sentence)) {
    const start = m.index;
    const end = start + m[0].length;
    if (
      FAST_BEFORE_RE.test(sentence.slice(Math.max(0, start - 12), start)) ||
      FAST_AFTER_RE.test(sentence.slice(end, end + 6))
    )
      continue;
    if (m[1]) {
      const want = WEEKDAYS.indexOf(m[1].slice(0, 3).toLowerCase());
      // "the pilot will be handed over Friday": a weekday in the future tense lies ahead
      const ahead = FUTURE_BEFORE_RE.test(sentence.slice(Math.max(0, start - 70), start));
      const back = (weekday(ref) - want + 7) % 7;
      const days = ahead ? (want - weekday(ref) + 7) % 7 || 7 : -back;
      addMention(out, sentence, ref, start, end, { start: addDays(ref, days), precision: 'day' }, true);
    } else if (m[2]) {
      addMention(
        out,
        sentence,
        ref,
        start,
        end,
        { start: m[2].toLowerCase() === 'yesterday' ? addDays(ref, -1) : ref, precision: 'day' },
        true,
      );
    } else {
      const month = monthNumber(m[3] ?? m[7] ?? '');
      const day = Number(m[4] ?? m[6]);
      if (month < 1 || day < 1 || day > 31) continue;
      if ((m[3] ?? m[7]) === 'May' && !m[4] && !m[6]) continue;
      const year = (m[5] ?? m[8]) ? Number(m[5] ?? m[8]) : (storyYear ?? impliedYear(refDate, month, day));
      const date = iso(year, month, day);
      if (!isIsoDate(date)) continue;
      addMention(out, sentence, ref, start, end, { start: date, precision: 'day' }, false);
    }
  }
}

/** After "the 1960": the name of a treaty ("Indus Waters Treaty", "treaty"), which the year is part of. */
const TREATY_AFTER_RE =
  /^\s(?:(?:[A-Z][\w'’-]*\s){0,4}(?:Treaty|Agreement|Accord|Pact|Convention|Charter|Declaration)\b|(?:treaty|pact|accord|convention|charter)\b)/;
const YEAR_RE = /\b(1[89]\d\d|20\d\d)\b/g;

/** Four-digit years in the sentence, to tell background history ("the 1999 Kargil war") from news. */
export function findYears(sentence: string): YearMention[] {
  const out: YearMention[] = [];
  for (const m of execAll(YEAR_RE, sentence)) {
    const end = m.index + m[0].length;
    // "the 1960 Indus Waters Treaty", "the 1972 Simla Agreement", "the 1960 treaty": part of a name, not a time
    if (
      /\bthe\s$/i.test(sentence.slice(Math.max(0, m.index - 4), m.index)) &&
      TREATY_AFTER_RE.test(sentence.slice(end, end + 60))
    )
      continue;
    // "the Indus Waters Treaty of 1960": part of the treaty's name
    if (
      /\b(?:Treaty|Agreement|Accord|Pact|Convention|Charter|Declaration|Act) of\s$/.test(
        sentence.slice(Math.max(0, m.index - 20), m.index),
      )
    )
      continue;
    // "Mirage 2000 jets", "the Su 2000": a model number after a capitalised name (not a month)
    const prev = /([A-Z][a-z]+)[\s-]$/.exec(sentence.slice(Math.max(0, m.index - 20), m.index));
    if (
      prev &&
      !MONTHS.includes(prev[1]!.toLowerCase() as never) &&
      !/^(?:The|A|An|In|Since|By|Until|Before|After|From|Of|On|At|For|This|That|Its|Their|His|Her|Early|Late|Mid|Summer|Winter|Spring|Autumn|Fall)$/.test(
        prev[1]!,
      )
    )
      continue;
    out.push({ start: m.index, end, year: Number(m[0]) });
  }
  return out;
}
