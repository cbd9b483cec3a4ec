/**
 * Places in a sentence, only from the gazetteer: capitalised names (with "and"/"of" inside, as in
 * "Jammu and Kashmir", "Line of Control"), countries after a locative preposition, and border
 * areas named by their countries ("the borders with India" -> the India–Pakistan border region).
 */
import type { Location, PlacePrecision } from '../src/domain/event.ts';
import { NON_NAME } from './actor-lexicon.ts';
import type { PlaceIndex, PlaceRecord } from './ports.ts';
import type { Token } from './tokenize.ts';
import { execAll } from './exec-all.ts';
import { sortSmall } from './small-sort.ts';

export interface PlaceMention {
  start: number;
  end: number;
  location: Location;
  /** the admin1 / region it lies in, to drop containers ("Kupwara ... in Jammu and Kashmir") */
  admin1?: string;
  kind: PlaceRecord['kind'];
}

const DISTRICT_WORDS = new Set([
  'district',
  'districts',
  'sector',
  'sectors',
  'tehsil',
  'division',
  'province',
  'provinces',
]);
const LOCATIVE = new Set([
  'visited',
  'visiting',
  'reached',
  'toured',
  'in',
  'into',
  'inside',
  'across',
  'within',
  'at',
  'near',
  'on',
  'over',
  'of',
  'opposite',
  'along',
  'towards',
  'toward',
  'targeting',
  'struck',
  'hit',
  'from',
]);
const RIVER_WORDS = new Set(['river', 'rivers']);
const VESSEL_WORDS = new Set([
  'corvette',
  'frigate',
  'destroyer',
  'cruiser',
  'warship',
  'submarine',
  'ship',
  'vessel',
  'tanker',
  'freighter',
  'trawler',
  'ferry',
  'gunboat',
  'carrier',
]);
const BORDER_RE =
  /\b(?:borders?|frontier|border areas?|border regions?|border provinces?)\b(?:\s+with\s+([A-Z][a-z]+(?:\s[A-Z][a-z]+)?))?/g;

function precisionOf(p: PlaceRecord, districtWord: boolean): PlacePrecision {
  switch (p.kind) {
    case 'city':
      return districtWord ? 'district' : 'point';
    case 'locality':
      return 'district';
    case 'country':
      return 'country';
    case 'region':
    case 'border':
    case 'sea':
      return p.lat !== undefined && districtWord ? 'district' : 'region';
  }
}

function toLocation(
  p: PlaceRecord,
  written: string,
  precision: PlacePrecision,
  places: PlaceIndex,
  countries: string[],
): Location | undefined {
  let lat = p.lat;
  let lon = p.lon;
  if (p.kind === 'locality' && p.district) {
    const d = places.lookup(p.district, { countries });
    lat = d?.lat;
    lon = d?.lon;
  }
  if ((precision === 'point' || precision === 'district') && (lat === undefined || lon === undefined))
    precision = 'region';
  // A city matched through an alternate spelling keeps the name as the article writes it ("Pahalgam").
  // A locality is named with the town it lies by, as a reader knows it ("Baisaran, Pahalgam").
  const name =
    p.kind === 'locality' && p.district && !written.toLowerCase().includes(p.district.toLowerCase())
      ? `${written}, ${p.district}`
      : p.kind === 'city' || p.kind === 'locality'
        ? written
        : p.name;
  return {
    name,
    ...(p.admin1 ? { admin1: p.admin1 } : {}),
    ...(p.country ? { country: p.country } : {}),
    ...(lat !== undefined && lon !== undefined && precision !== 'region' && precision !== 'country'
      ? { lat, lon }
      : {}),
    precision,
  };
}

/** A gazetteer place written at [start, end) that the name scan did not read, unless a place read overlaps it. */
function pushPlace(
  out: PlaceMention[],
  start: number,
  end: number,
  rec: PlaceRecord,
  written: string,
  places: PlaceIndex,
  countries: string[],
): void {
  if (out.some((p) => p.start < end && start < p.end)) return;
  const location = toLocation(rec, written, precisionOf(rec, false), places, countries);
  if (location)
    out.push({ start, end, location, ...(rec.admin1 ? { admin1: rec.admin1 } : {}), kind: rec.kind });
}

/** New York, the UN's seat, where the Security Council meets unless the text says otherwise. */
export function unSeat(places: PlaceIndex): Location | null {
  const rec = lookupPlace(places, 'New York', []);
  return (rec && toLocation(rec, 'New York', precisionOf(rec, false), places, [])) ?? null;
}

/** A country's capital as a place ("told Parliament": the legislature sits in the capital). */
export function capitalSeat(places: PlaceIndex, code: string): Location | null {
  const rec = places.capital ? places.capital(code) : undefined;
  return (rec && toLocation(rec, rec.name, precisionOf(rec, false), places, [])) ?? null;
}

const BORDER_CACHE = new WeakMap<PlaceIndex, Map<string, Location>>();

/** The region for a border between the article's two main countries, from the gazetteer or named here (memoised). */
export function borderRegion(places: PlaceIndex, a: string, b: string): Location {
  let m = BORDER_CACHE.get(places);
  if (!m) BORDER_CACHE.set(places, (m = new Map()));
  const key = `${a}|${b}`;
  let v = m.get(key);
  if (!v) m.set(key, (v = borderRegionUncached(places, a, b)));
  return { ...v };
}

function borderRegionUncached(places: PlaceIndex, a: string, b: string): Location {
  const na = places.country(a)?.name ?? a;
  const nb = places.country(b)?.name ?? b;
  for (const name of [
    `${na}–${nb} border`,
    `${nb}–${na} border`,
    `${na}-${nb} border`,
    `${nb}-${na} border`,
  ]) {
    const hit = places.lookup(name);
    if (hit && (hit.kind === 'border' || hit.kind === 'region'))
      return { name: hit.name, precision: 'region' };
  }
  // Not in the gazetteer: name the border area, with no coordinates (never guessed).
  const [x, y] = [na, nb].sort();
  return { name: `${x}–${y} border`, precision: 'region' };
}

const HAS_CACHE = new WeakMap<PlaceIndex, Map<string, boolean>>();
/** `places.has` normalises its argument each call; the same names recur all through a corpus. */
function hasPlace(places: PlaceIndex, text: string): boolean {
  let m = HAS_CACHE.get(places);
  if (!m) HAS_CACHE.set(places, (m = new Map()));
  let v = m.get(text);
  if (v === undefined) m.set(text, (v = places.has(text)));
  return v;
}

/** Per gazetteer, per country list (joined), per name. */
const LOOKUP_CACHE = new WeakMap<PlaceIndex, Map<string, Map<string, PlaceRecord | null>>>();
/** Verbs after a capital that make it its government ("what New Delhi calls", "Islamabad denies"). */
const CAPITAL_SPEAKS = new Set(
  'calls called says said insists insisted claims claimed describes described denies denied rejects rejected accuses accused blames blamed wants wanted warns warned'.split(
    ' ',
  ),
);
/** A journey's verb before "to" ("flew on to", "travelled to", "returned to"). */
const JOURNEY_TO_RE =
  /\b(?:went|gone|go|goes|going|flew|flown|travell?ed|headed|returned|moved|rushed|drove|came|come|on)\s+to$/i;

/** The last country list seen and its join: an article passes the same list for every name. */
let lastCountries: string[] = [];
let lastCountriesKey = '';
function countriesKey(countries: string[]): string {
  if (countries.length !== lastCountries.length || countries.some((c, k) => c !== lastCountries[k])) {
    lastCountries = countries.slice();
    lastCountriesKey = countries.join(',');
  }
  return lastCountriesKey;
}
function lookupPlace(places: PlaceIndex, text: string, countries: string[]): PlaceRecord | undefined {
  let byCountries = LOOKUP_CACHE.get(places);
  if (!byCountries) LOOKUP_CACHE.set(places, (byCountries = new Map()));
  const ck = countriesKey(countries);
  let m = byCountries.get(ck);
  if (!m) byCountries.set(ck, (m = new Map()));
  let v = m.get(text);
  // (a village or a GeoNames alternate spelling of another country is not what an article on these
  // countries names: "across the Valley", "a facility at Beas" in an India–Pakistan story)
  if (v === undefined) m.set(text, (v = places.lookup(text, { countries, notableElsewhere: true }) ?? null));
  return v ?? undefined;
}

const CAPITAL_OF_RE = /\bthe [A-Z][a-z]+ capital\b/;
const CAPITAL_OF_G_RE = /\bthe ([A-Z][a-z]+) capital\b/g;
/** Buildings that stand for a government, and the city they are in (where a meeting there took place). */
const VENUES: Record<string, string> = {
  kremlin: 'Moscow',
  'white house': 'Washington',
  'elysee palace': 'Paris',
  elysee: 'Paris',
  'downing street': 'London',
  zhongnanhai: 'Beijing',
  'great hall of the people': 'Beijing',
  'rashtrapati bhavan': 'New Delhi',
  'hyderabad house': 'New Delhi',
  'south block': 'New Delhi',
};
/** The city of a seat of government as written ("the Kremlin", "Élysée Palace"), if it is one. */
export function venueCity(name: string): string | undefined {
  return VENUES[name.toLowerCase().replace(/^the /, '').replace('é', 'e')];
}
const VENUE_HINT_RE =
  /Kremlin|White House|Elys[ée]e|Downing Street|Zhongnanhai|Great Hall|Bhavan|Hyderabad House|South Block/;
/** Only where the text puts something there ("at the Kremlin", "a Kremlin meeting"), not "the Kremlin said". */
const VENUE_RE =
  /\b(?:(?:[Aa]t|[Ii]n|[Ii]nside|[Oo]utside) (?:the |a |an )?(?:[\w-]+ )?|(?:a|an) (?=[A-Z][\w ]+ (?:meeting|talks|summit|ceremony|reception|news conference|press conference|briefing)\b))(Kremlin|White House|Elys[ée]e(?: Palace)?|Downing Street|Zhongnanhai|Great Hall of the People|Rashtrapati Bhavan|Hyderabad House|South Block)\b/g;
const UN_HQ_RE = /\b(?:UN|U\.N\.|United Nations) (?:headquarters|HQ)\b/;
const BASED_RE = /^([A-Z][\p{L}'’]+)-based$/u;
const ENVOYS_AFTER_RE =
  /^\s+(?:[\w-]+\s+){0,2}?(?:ambassadors?|envoys?|diplomats?|heads? of (?:mission|missions)|missions|embassies|diplomatic corps)\b/i;

export function findPlaces(
  sentence: string,
  tokens: Token[],
  places: PlaceIndex,
  countries: string[],
  skip: (start: number, end: number) => boolean,
  /** countries of the sentence's actors: the likelier other side of "the borders with India" */
  sideCountries: string[] = [],
): PlaceMention[] {
  const out: PlaceMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (
      !t.cap ||
      t.punct ||
      t.text.startsWith('@') ||
      skip(t.start, t.end) ||
      (NON_NAME.has(t.lower) && t.lower !== 'line')
    ) {
      i++;
      continue;
    }
    let found: { len: number; rec: PlaceRecord } | undefined;
    let spoke = 0;
    // longest first; a name is capitalised words, with "and", "of", "&" or "-" only inside
    let maxLen = 0;
    while (maxLen < 5 && i + maxLen < tokens.length) {
      const x = tokens[i + maxLen]!;
      const inner = maxLen > 0 && (x.lower === 'and' || x.lower === 'of' || x.text === '&' || x.text === '-');
      if (!(x.cap && !x.punct) && !inner) break;
      maxLen++;
      if (x.poss) break;
    }
    for (let len = maxLen; len >= 1 && !found; len--) {
      const last = tokens[i + len - 1]!;
      if (!last.cap || last.punct) continue;
      const text = sentence.slice(tokens[i]!.start, last.end);
      // ("the White House" is a seat of government, read below, not White House, Tennessee)
      if (venueCity(text) !== undefined) continue;
      if (!hasPlace(places, text)) continue;
      const rec = lookupPlace(places, text, countries);
      if (!rec) continue;
      // "the Ussuri River", "the Jhelum river": the river, not the town named after it
      if (rec.kind === 'city' && RIVER_WORDS.has(tokens[i + len]?.lower ?? '')) continue;
      const prev = tokens[i - 1];
      // "the corvette Cheonan", "the frigate Tabar": a ship's name, not the town it is named after
      if (rec.kind === 'city' && VESSEL_WORDS.has(prev?.lower ?? '')) continue;
      // "Amir Khan Muttaqi": a town's one-word name inside a run of capitalised words is part of
      // another name (a district word after it still names the place: "the Uri Sector")
      const after = tokens[i + len];
      if (
        rec.kind === 'city' &&
        len === 1 &&
        prev?.cap &&
        !prev.punct &&
        !prev.poss &&
        after?.cap &&
        !after.punct &&
        !DISTRICT_WORDS.has(after.lower) &&
        !hasPlace(places, prev.text)
      )
        continue;
      // ("in the Akhnoor sector", "in the Akhnoor and Sunderbani sectors": a locative before the
      // article, when a district word or a list follows the name; not "in the Thai capital")
      const next = tokens[i + len];
      const prev2 =
        prev?.lower === 'the' &&
        next &&
        (DISTRICT_WORDS.has(next.lower) || next.lower === 'and' || next.text === ',')
          ? tokens[i - 2]
          : undefined;
      const located =
        !!prev &&
        (LOCATIVE.has(prev.lower) ||
          prev.text === ',' ||
          prev.lower === 'and' ||
          (!!prev2 && LOCATIVE.has(prev2.lower)) ||
          // "went on to New Delhi": the end of a journey
          (prev.lower === 'to' &&
            JOURNEY_TO_RE.test(sentence.slice(Math.max(0, prev.start - 24), prev.end))));
      // A city name that is also a common word or a name ("Singh") only counts in the article's countries,
      // or after a locative preposition.
      if (
        rec.kind === 'city' &&
        countries.length > 0 &&
        rec.country &&
        !countries.includes(rec.country) &&
        !located
      )
        continue;
      if (rec.kind === 'country' && !located) continue;
      // "what New Delhi calls terrorist infrastructure", "Islamabad denies": a capital that speaks
      // is its government
      if (
        rec.kind === 'city' &&
        !located &&
        next &&
        CAPITAL_SPEAKS.has(next.lower) &&
        rec.featureCode === 'PPLC'
      ) {
        spoke = len;
        break;
      }
      found = { len, rec };
    }
    if (spoke > 0) {
      i += spoke;
      continue;
    }
    if (!found) {
      // "Islamabad-based ambassadors": the place the word is based in (the envoys, where they are
      // briefed; not "a Jammu-based spokesperson", whose base is not where what he reports happened)
      const based = ENVOYS_AFTER_RE.test(sentence.slice(t.end, t.end + 40)) ? BASED_RE.exec(t.text) : null;
      const rec =
        based && hasPlace(places, based[1]!) ? lookupPlace(places, based[1]!, countries) : undefined;
      if (based && rec && rec.kind === 'city')
        pushPlace(out, t.start, t.start + based[1]!.length, rec, based[1]!, places, countries);
      i++;
      continue;
    }
    const first = tokens[i]!;
    const last = tokens[i + found.len - 1]!;
    // "Kupwara and Poonch districts": a district word after a list applies to each name in it
    let j = i + found.len;
    while (
      j < tokens.length &&
      (tokens[j]!.cap || tokens[j]!.lower === 'and' || tokens[j]!.text === ',') &&
      j < i + found.len + 8
    )
      j++;
    const districtWord =
      DISTRICT_WORDS.has(tokens[i + found.len]?.lower ?? '') || DISTRICT_WORDS.has(tokens[j]?.lower ?? '');
    // "the Jammu region": the area named after the city, not the city
    const regionWord = found.rec.kind === 'city' && tokens[i + found.len]?.lower === 'region';
    const location = toLocation(
      found.rec,
      sentence.slice(first.start, last.end),
      regionWord ? 'region' : precisionOf(found.rec, districtWord),
      places,
      countries,
    );
    if (location)
      out.push({
        start: first.start,
        end: last.end,
        location,
        ...(found.rec.admin1 ? { admin1: found.rec.admin1 } : {}),
        kind: found.rec.kind,
      });
    i += found.len;
  }
  // "in the Pakistani capital", "the Indian capital": that country's capital
  if (places.capital && CAPITAL_OF_RE.test(sentence)) {
    for (const m of execAll(CAPITAL_OF_G_RE, sentence)) {
      const country = places.country(m[1]!);
      const rec = country ? places.capital(country.code) : undefined;
      if (rec) pushPlace(out, m.index, m.index + m[0].length, rec, rec.name, places, countries);
    }
  }
  // "at UN headquarters": the United Nations' seat, New York
  if (UN_HQ_RE.test(sentence)) {
    const m = UN_HQ_RE.exec(sentence)!;
    const rec = lookupPlace(places, 'New York', []);
    if (rec) pushPlace(out, m.index, m.index + m[0].length, rec, 'New York', places, []);
  }
  // "at the Kremlin", "a Kremlin meeting", "at the White House": a seat of government names its city
  if (VENUE_HINT_RE.test(sentence))
    for (const m of execAll(VENUE_RE, sentence)) {
      const city = venueCity(m[1]!);
      const rec = city ? lookupPlace(places, city, []) : undefined;
      const at = m.index + m[0].length - m[1]!.length;
      if (rec && !out.some((p) => p.start < at + m[1]!.length && at < p.end))
        pushPlace(out, at, at + m[1]!.length, rec, city!, places, []);
    }
  // border areas: "the borders with India", "along the border", "border areas"
  if (countries.length >= 1) {
    for (const m of execAll(BORDER_RE, sentence)) {
      if (out.some((p) => m.index < p.end + 2 && p.start < m.index + m[0].length)) continue;
      const before = sentence.slice(Math.max(0, m.index - 40), m.index);
      if (
        /\b(?:International|Line of|de facto)\s*$/i.test(before) ||
        /\b[A-Z][a-z]+(?:[-–][A-Z][a-z]+)?\s*$/.test(before)
      )
        continue;
      const other = m[1] ? places.country(m[1])?.code : undefined;
      const a = other ?? countries[0]!;
      // (a side the article is about first: a stray mention of a third country does not border)
      const b =
        sideCountries.find((c) => c !== a && countries.includes(c)) ??
        countries.find((c) => c !== a) ??
        sideCountries.find((c) => c !== a);
      if (!b) continue;
      out.push({
        start: m.index,
        end: m.index + m[0].length,
        location: borderRegion(places, a, b),
        kind: 'border',
      });
    }
  }
  return sortSmall(out, (a, b) => a.start - b.start);
}
