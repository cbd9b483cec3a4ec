/** Helpers of the sentence stage: who took part in a contact, which places an event owns, who acted. */
import type { Actor, ContactMode, Location } from '../src/domain/event.ts';
import type { ActorMention } from './find-actors.ts';
import type { PlaceMention } from './find-places.ts';
import { PASSIVE_CUE_RE, type CueHit } from './find-cues.ts';

const LANDMARK_RE =
  /^\s*(?:(?:district|districts|sector|town|village|city|area|province|airbase|air base|base|cantonment|camp)\s+)?(?:near|outside|close to|of|in)\s+(?:the\s+)?$/i;

const TOPIC_PAIR_BEFORE =
  /\b(?:tensions?|conflict|dispute|relations|fighting|hostilities|crisis|standoff|war)\s+between\s+(?:[\w'’-]+\s+){0,3}?(?:and\s+)?$/i;

export const MODE_RANK: Record<ContactMode, number> = {
  hotline: 0,
  video: 1,
  visit: 2,
  phone: 3,
  message: 4,
  meeting: 5,
};

/** The mentions' actors, in a fresh array built by a loop (a map() result has another shape). */
function actorsIn(mentions: readonly ActorMention[]): Actor[] {
  const out: Actor[] = [];
  for (const m of mentions) out.push(m.actor);
  return out;
}

/** The first actor of each name. (A loop, not filter(): an empty filter() result has another array
 * shape than a full one, and the code reading these lists was deoptimised for it.) */
export function dedupeActors(list: Actor[]): Actor[] {
  const seen = new Set<string>();
  const out: Actor[] = [];
  for (const a of list)
    if (!seen.has(a.name)) {
      seen.add(a.name);
      out.push(a);
    }
  return out;
}

/** Two parties from different sides: different countries, or one without a country (the UN). */
function twoSides(actors: Actor[]): boolean {
  if (actors.length < 2) return false;
  const countries = new Set(actors.map((a) => a.country ?? `?${a.name}`));
  return countries.size >= 2;
}

/**
 * The parties of a contact, as one list per conversation: "A spoke to B" is one; "A spoke
 * separately with B and C", "A spoke to B, C and D" are one per counterpart. The source of the
 * report ("..., the State Department said") is not a party.
 */
export function contactParties(
  text: string,
  mentions: ActorMention[],
  cue: CueHit,
  statements: CueHit[],
  mode: ContactMode,
  location: Location | null,
): Actor[][] {
  const attribution = statements.filter((s) => s.cue.weak && s.start > cue.end).pop();
  // "..., according to a State Department readout": the source, not a party
  // ("According to the State Department, Rubio spoke ...": only the phrase up to its comma is the source)
  const according = /\baccording to\b/i.exec(text);
  const sourceEnd = according
    ? according.index < cue.start
      ? Math.min(cue.start, according.index + (/^[^,;]*/.exec(text.slice(according.index))?.[0].length ?? 0))
      : text.length
    : -1;
  const usable = mentions
    .filter((m) => !(according && m.start > according.index && m.start < sourceEnd))
    // "consultations on the tensions between India and Pakistan": the topic, not the parties
    .filter((m) => !TOPIC_PAIR_BEFORE.test(text.slice(Math.max(0, m.start - 60), m.start)))
    .filter(
      (m) =>
        !(
          attribution &&
          m.start > cue.end &&
          m.start > attribution.start - 60 &&
          /,\s*(?:\S+\s+){0,6}$/.test(text.slice(0, m.start)) &&
          m.end <= attribution.start + 1 &&
          m.kind !== 'person'
        ),
    );
  const people = usable.filter(
    (m) =>
      m.kind !== 'state' ||
      !usable.some((o) => o !== m && o.kind !== 'state' && o.actor.country === m.actor.country),
  );
  // not an actor inside a relative clause ("Anwar Ibrahim, who chairs ASEAN, said he had spoken to ...")
  const before = people.filter(
    (m) => m.end <= cue.start && !/,\s*(?:who|which)\b[^,]*$/i.test(text.slice(0, m.start)),
  );
  const after = people.filter((m) => m.start >= cue.end && !m.possessive);
  const subject = before[before.length - 1];
  const objects = dedupeActors(actorsIn(after));
  const all = dedupeActors(actorsIn(people));
  if (subject && objects.length >= 2 && !objects.some((o) => o.name === subject.actor.name)) {
    // (a loop, not map().filter(): the filter() result's array shape differed from the other
    // returns, and deoptimised the caller's loop over them)
    const pairs: Actor[][] = [];
    for (const o of objects) {
      const pair = [subject.actor, o];
      if (twoSides(pair)) pairs.push(pair);
    }
    return pairs;
  }
  if (twoSides(all)) return [all];
  if (
    all.length === 1 &&
    mode === 'visit' &&
    location &&
    location.country &&
    location.country !== all[0]!.country
  )
    return [all];
  if (all.length >= 1 && /\bcounterparts?\b/i.test(text) && all.length >= 1) return [all];
  // an international body meeting is a contact of its own: "the Security Council held an emergency meeting"
  if (
    all.length === 1 &&
    mode === 'meeting' &&
    !all[0]!.country &&
    /\b(?:Council|Assembly|Summit)\b/.test(all[0]!.name)
  )
    return [all];
  // "briefed foreign ambassadors", "summoned the Indian envoy": the other side is the diplomatic corps or a mission
  if (all.length >= 1 && ENVOYS_CUE_RE.test(text.slice(cue.start, cue.end)))
    return [dedupeActors([...(subject ? [subject.actor] : []), ...all])];
  return [];
}

const ENVOYS_CUE_RE = /^(?:briefed|summoned)\b/i;

/** The event cue a place belongs to (a module function: a closure per call costs a defineProperty under tsx). */
function ownerOf(
  p: PlaceMention,
  text: string,
  eventCues: CueHit[],
  talkBefore: (pos: number) => boolean,
  talkBetween: (from: number, to: number) => boolean,
): CueHit | undefined {
  // "the Pahalgam attack", "Kupwara firing": at most two words between, none of them a conjunction
  for (const h of eventCues) {
    if (h.start < p.end) continue;
    const between = text.slice(p.end, h.start);
    if (
      /^[\s\p{L}-]{0,25}$/u.test(between) &&
      between.split(/\s+/).filter(Boolean).length <= 2 &&
      !/\b(?:and|or|but|while|as)\b/i.test(between)
    )
      return h;
  }
  // "the Nur Khan base in Rawalpindi, the Murid base in Chakwal district and ... had been hit": the
  // places of a passive cue's subject are its own
  const passive = eventCues.find(
    (h) =>
      h.start >= p.end &&
      h.start - p.end < 140 &&
      PASSIVE_CUE_RE.test(text.slice(h.start, h.end)) &&
      !/[.;]|\bthat\b/.test(text.slice(p.end, h.start)) &&
      !eventCues.some((o) => o !== h && o.start >= p.end && o.end <= h.start) &&
      // "At a briefing in New Delhi, X said camps had been hit": the reporting clause's place
      !talkBetween(p.end, h.start),
  );
  if (passive) return passive;
  let o: CueHit | undefined;
  for (const h of eventCues) if (h.start <= p.start) o = h;
  // a place before the first event, after a talk ("held talks ... in New Delhi ... the attack"), is the talk's
  // a place before the first event, before a talk ("a spokesperson in Jammu said ... fired"), is the
  // speaker's; so is one inside the reporting clause ("told a news conference in Rawalpindi that")
  if (
    !o &&
    eventCues[0] &&
    (talkBetween(p.end, eventCues[0].start) ||
      (talkBetween(0, p.start) && /\bthat\b/.test(text.slice(p.end, eventCues[0].start))))
  )
    return undefined;
  return o ?? (talkBefore(p.start) ? undefined : eventCues[0]);
}

/**
 * Between two places of a list: ", ", " and ", ", and in the ", " or ", with perhaps one name the
 * gazetteer does not know between them ("South Waziristan, in Bajaur and in Kurram").
 */
const JOIN = String.raw`(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:in\s+|at\s+|near\s+)?(?:the\s+)?`;
export const LIST_JOIN_RE = new RegExp(`^${JOIN}(?:[A-Z][\\w'’-]+(?:\\s+[A-Z][\\w'’-]+)?${JOIN})?$`);

/** Places an event group owns: written right before its cue, or after it until the next cue. */
/** A measure cue that opens with what was closed or reopened (the passive: "the airspace was shut"). */
const FACILITY_RE =
  /^(?:airspace|airports?|border|borders|crossings?|corridor|embassy|consulate|checkpoints?|check-posts?|ports?)\b/i;

export function choosePlaces(
  talkBefore: (pos: number) => boolean,
  text: string,
  places: PlaceMention[],
  group: CueHit[],
  eventCues: CueHit[],
  category: string,
  /** a contact or a statement cue lies between the two offsets */
  talkBetween: (from: number, to: number) => boolean = () => false,
): PlaceMention[] {
  let mine = places.filter((p) => group.includes(ownerOf(p, text, eventCues, talkBefore, talkBetween)!));
  if (category === 'policy_measure' || category === 'agreement') {
    const first = group[0]!;
    // a cue told in the passive starts at the facility: "Srinagar airport had been reopened"
    const facility = FACILITY_RE.test(text.slice(first.start, first.end));
    mine = mine.filter(
      // a place inside the cue is its object: "closed the Torkham and Chaman crossings" (not where an
      // envoy is recalled from: "recalled its ambassador from Tehran")
      (p) =>
        !/\b(?:from|with)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, p.start - 10), p.start)) &&
        ((p.start > first.start && p.start - first.end < 60) ||
          (facility && p.end <= first.start && /^(?:['’]s)?\s{1,2}$/.test(text.slice(p.end, first.start)))) &&
        p.location.precision !== 'country',
    );
  }
  // "X airbase near Y", "Kantharalak district of Sisaket province": Y only locates the fine place X
  mine = mine.filter((p, k) => {
    const prev = mine[k - 1];
    if (!prev || (prev.location.precision !== 'point' && prev.location.precision !== 'district')) return true;
    return !LANDMARK_RE.test(text.slice(prev.end, p.start));
  });
  // "Baisaran, a meadow above the resort town of Pahalgam": the locality already names its town
  mine = mine.filter((p) => !mine.some((q) => q !== p && q.location.name.endsWith(`, ${p.location.name}`)));
  const fine = mine.filter((p) => p.location.precision === 'point' || p.location.precision === 'district');
  if (fine.length) {
    const admins = new Set(fine.map((p) => (p.admin1 ?? '').toLowerCase()));
    return mine.filter(
      (p) =>
        p.location.precision !== 'country' &&
        !(p.location.precision === 'region' && admins.has(p.location.name.toLowerCase())) &&
        // (... but a crossing listed with a town is a place of its own: "at Torkham and Chaman")
        !(
          p.kind === 'border' &&
          !fine.some(
            (f) =>
              LIST_JOIN_RE.test(text.slice(p.end, f.start)) || LIST_JOIN_RE.test(text.slice(f.end, p.start)),
          )
        ),
    );
  }
  // "in the Angoor Adda area of South Waziristan, in Bajaur and in Kurram": named parts of a
  // country, none holding another, are each a place of the event
  const parts = mine.filter(
    (p) => p.location.precision === 'region' && p.location.country && p.kind !== 'border',
  );
  if (
    parts.length > 1 &&
    parts.length === mine.length &&
    parts.every((p) => !parts.some((q) => q !== p && q.location.admin1 === p.location.name)) &&
    parts.every((p, k) => k === 0 || LIST_JOIN_RE.test(text.slice(parts[k - 1]!.end, p.start)))
  )
    return parts;
  if (mine.length > 1) return [mine.find((p) => p.location.precision === 'region') ?? mine[0]!];
  return mine;
}

/** The states behind a measure or an agreement: states named before the cue, and the countries of who acted. */
export function subjectStates(
  mentions: ActorMention[],
  cueStart: number,
  countryName: (code: string) => string | undefined,
): Actor[] {
  const out = actorsIn(mentions);
  for (const m of mentions) {
    if (m.start > cueStart || m.kind === 'state' || !m.actor.country) continue;
    const existing = mentions.find((x) => x.kind === 'state' && x.actor.country === m.actor.country);
    const name = countryName(m.actor.country);
    if (!existing && name) out.push({ name, country: m.actor.country });
  }
  return dedupeActors(out);
}

/** Between a speech verb and its venue: "said in", "told reporters in", "said in a speech in". */
const VENUE_AFTER_RE =
  /^\s*(?:(?:reporters|journalists|the (?:press|media)|parliament|lawmakers|supporters|a (?:news |press )?conference|a (?:rally|briefing|speech|statement|televised address)|an? (?:address|interview))\s+)?(?:on \w+day\s+)?(?:(?:at|in) (?:the |a )?(?:[\w'’-]+\s+){1,5})?(?:in|at)\s+(?:the\s+)?$/i;

/**
 * Where a statement was made, when the sentence says so: "In Tehran, X said", "X told reporters in
 * Islamabad", "X, speaking in Geneva, said", "said in a speech in Lahore". A place inside what was
 * said (after "that" or a quote mark) is not the venue.
 */
export function venueOf(
  text: string,
  places: PlaceMention[],
  speakerStart: number,
  cueStart: number,
  cueEnd: number,
): Location | null {
  const at = (p: PlaceMention) =>
    p.location.precision !== 'country' &&
    /\b(?:in|at)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, p.start - 8), p.start));
  // the opening clause, before the speaker
  const opening = places.find(
    (p) => at(p) && p.end <= speakerStart && !/[.;“”"]/.test(text.slice(p.end, speakerStart)),
  );
  if (opening) return opening.location;
  // between the speaker and the verb, or in the speech clause right after it
  const clause = places.find(
    (p) =>
      at(p) &&
      ((p.start >= speakerStart && p.end <= cueStart) ||
        (p.start >= cueEnd && p.start - cueEnd < 45 && VENUE_AFTER_RE.test(text.slice(cueEnd, p.start)))),
  );
  return clause?.location ?? null;
}
