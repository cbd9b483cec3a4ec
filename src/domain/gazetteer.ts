/**
 * The place gazetteer: GeoNames populated places (data/gazetteer/places.json), curated regions and
 * borders (regions.json), curated localities GeoNames lacks (localities.json) and countries
 * (countries.json). Pure: the data is passed in, so this runs in Node, in the browser and in a Worker.
 *
 * Coordinates only ever come from a dataset; a region, border or locality without a cited
 * coordinate has none (the caller then uses precision 'region', or the locality's `district`).
 */
import type { Location } from './event.ts';
import { buildIndex, normalizePlaceName, rankRefs, REGIONAL_SUFFIXES, SUFFIXES } from './gazetteer-index.ts';
import type { CountryRef, GazetteerIndex } from './gazetteer-index.ts';
import { GAZETTEER_STOP_WORDS } from './gazetteer-stop-words.ts';

export { normalizePlaceName } from './gazetteer-index.ts';

export type PlaceKind = 'city' | 'locality' | 'region' | 'border' | 'sea' | 'country';

export type GazetteerPlace = {
  name: string;
  asciiName?: string;
  /** the spelling English news uses when it differs from GeoNames' `name`: curated ("Poonch" for
   * Pūnch, "Baramulla" for Bāramūla), else for South Asian places the ASCII form ("Kupwara") */
  displayName?: string;
  /** admin1 name, e.g. "Jammu and Kashmir", "Azad Kashmir", "Punjab" */
  admin1?: string;
  /** GeoNames admin1 key, e.g. "IN.12" */
  admin1Code?: string;
  /** ISO 3166-1 alpha-2, de facto administration (Muzaffarabad: PK, Kupwara: IN) */
  country?: string;
  lat?: number;
  lon?: number;
  population?: number;
  /** GeoNames feature code for cities (PPLC capital, PPLA admin1 seat, ...) */
  featureCode?: string;
  /** for a locality without coordinates: a place in this gazetteer with coordinates (its district
   * or town headquarters) that `toLocation` falls back to, with precision 'district' */
  district?: string;
  kind: PlaceKind;
  /** 'geonames:1267853', 'geonames-admin1:IN.12', 'regions.json', 'localities.json', 'countries.json' */
  source: string;
};

/** [GeoNames id (0: a cities1000 row without one), name, asciiName ('' = same as name),
 * alternateNames joined by '|', country, admin1 code, lat, lon, population, featureCode ('' = PPL)] */
export type PlaceRow = [number, string, string, string, string, string, number, number, number, string];

export type PlacesFile = {
  version: number;
  sources: string[];
  fields: string[];
  /** "IN.12" -> "Jammu and Kashmir" */
  admin1: Record<string, string>;
  places: PlaceRow[];
};

export type RegionKind = 'region' | 'border' | 'sea' | 'country-part';

export type RegionRecord = {
  name: string;
  aliases: string[];
  country: string | null;
  admin1?: string;
  kind: RegionKind;
  lat?: number;
  lon?: number;
  /** where the coordinates (or the facts) come from */
  source: string;
  note?: string;
};

export type LocalityRecord = {
  name: string;
  aliases: string[];
  country: string;
  admin1: string;
  /** the district or town headquarters: a place name this gazetteer resolves with coordinates */
  district?: string;
  /** false: rank below GeoNames cities of the same name (default: above them) */
  prefer?: boolean;
  source: string;
  note?: string;
};

/** Curated spellings for GeoNames places ("Rajouri" for Rajaori), matched like primary names.
 * The place is a GeoNames id or, for id-less cities1000 rows, a key "IN.12:Nagrota". `prefer`:
 * these spellings mean this place ahead of any other same-named place in the same country rank. */
export type AliasRecord = {
  geonameid?: number;
  key?: string;
  place: string;
  aliases: string[];
  prefer?: boolean;
  /** the place's usual English spelling, shown instead of GeoNames' name */
  display?: string;
};

export type CountryRecord = {
  code: string;
  /** a sovereign state (world-countries' `independent`): wins a shared demonym ("American") */
  independent: boolean;
  alpha3: string;
  numeric: string;
  name: string;
  names: string[];
  demonyms: string[];
  /** neighbours by land, ISO alpha-2 (world-countries' borders) */
  neighbours?: string[];
};

export type GazetteerData = {
  places: PlacesFile;
  regions: RegionRecord[] | { regions: RegionRecord[] };
  localities: LocalityRecord[] | { localities: LocalityRecord[] };
  aliases: AliasRecord[] | { aliases: AliasRecord[] };
  countries: CountryRecord[];
};

export type LookupOptions = {
  /** preferred countries, most preferred first (ISO alpha-2) */
  countries?: string[];
  /** also return places whose name is on the English stop-list ("Police", "Mobile", ...) */
  allowStopWords?: boolean;
  /** with two or more `countries` (a story's, most named first): outside them and the neighbours
   * of the first two (the sides), only towns known abroad (>= 15,000 inhabitants, capitals, admin1
   * seats) by their own names, not villages or GeoNames alternate names */
  notableElsewhere?: boolean;
};

export interface Gazetteer {
  /** Best match for a place name as written in text (case/diacritics/"district"/"sector"/"town"
   * suffixes tolerant), preferring the given countries, then exact names over alternate names,
   * then population. Stop-listed English words give undefined unless `allowStopWords`. */
  lookup(name: string, opts?: LookupOptions): GazetteerPlace | undefined;
  /** all places with that normalised name (suffixes not stripped), best first */
  candidates(name: string): GazetteerPlace[];
  /** fast check for the extractor's scanner: is this token sequence (1-4 words) a known place name
   * that is not a stop-listed English word? Suffix words are not stripped here. `notableOnly`:
   * only places known beyond their own country (no villages, no GeoNames alternate names). */
  has(name: string, opts?: { notableOnly?: boolean }): boolean;
  country(codeOrNameOrDemonym: string): CountryRef | undefined;
  /** a country's capital (GeoNames PPLC), for "the Pakistani capital" */
  capital(countryCode: string): GazetteerPlace | undefined;
  countryByNumeric(isoNumeric: string): CountryRef | undefined;
  distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number;
  /** true when the normalised name is on the English stop-list */
  isStopWord(name: string): boolean;
  /** The event-contract location for a place: a city -> point with its coordinates; a locality ->
   * its district's coordinates with precision 'district' (or 'region' without coordinates); a
   * region, border or sea -> 'region' without coordinates; a country -> 'country'. The location's
   * name is `nameAsWritten` when given (as the article spells it), else the display name. */
  toLocation(place: GazetteerPlace, nameAsWritten?: string): Location;
}

export function haversineKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** "the Arabian Sea" -> ["the arabian sea", "arabian sea"]: curated names may keep their "the". */
function keysOf(name: string): string[] {
  const key = normalizePlaceName(name);
  return key.startsWith('the ') ? [key, key.slice(4)] : [key];
}

export function createGazetteer(data: Partial<GazetteerData> = {}): Gazetteer {
  let index: GazetteerIndex | undefined;
  // Built once, on first use: a scanner that never looks anything up pays nothing.
  const idx = () => (index ??= buildIndex(data));
  /** country code -> capital name, built on first use */
  let capitals: Map<string, string> | undefined;

  const ranked = (
    key: string,
    countries: string[],
    preferRegion: boolean,
    notableElsewhere = false,
  ): GazetteerPlace[] => {
    const ix = idx();
    return rankRefs(ix, key, countries, preferRegion, notableElsewhere).map(ix.place);
  };

  const lookupKey = (start: string, opts: LookupOptions): GazetteerPlace | undefined => {
    const countries = opts.countries ?? [];
    let key = start;
    let preferRegion = false;
    for (let i = 0; i < 3 && key; i++) {
      if (opts.allowStopWords || !GAZETTEER_STOP_WORDS.has(key)) {
        const best = ranked(key, countries, preferRegion, opts.notableElsewhere)[0];
        if (best) return best;
      }
      // Strip one trailing ("Kupwara district") or leading ("district Poonch") qualifier and retry.
      const words = key.split(' ');
      if (words.length < 2) return undefined;
      const last = words[words.length - 1] ?? '';
      const first = words[0] ?? '';
      if (SUFFIXES.has(last)) {
        preferRegion ||= REGIONAL_SUFFIXES.has(last);
        key = words.slice(0, -1).join(' ');
      } else if (SUFFIXES.has(first)) {
        key = words.slice(1).join(' ');
      } else return undefined;
    }
    return undefined;
  };

  const lookup = (name: string, opts: LookupOptions = {}) => {
    for (const key of keysOf(name)) {
      const found = lookupKey(key, opts);
      if (found) return found;
    }
    return undefined;
  };

  const has = (name: string, opts: { notableOnly?: boolean } = {}) =>
    keysOf(name).some((key) => {
      const ix = idx();
      const hit = ix.byName.get(key);
      if (hit === undefined || GAZETTEER_STOP_WORDS.has(key)) return false;
      if (!opts.notableOnly) return true;
      return typeof hit === 'number' ? ix.notable(hit) : hit.some(ix.notable);
    });

  const toLocation = (place: GazetteerPlace, nameAsWritten?: string): Location => {
    const base = {
      name: nameAsWritten?.trim() || place.displayName || place.name,
      ...(place.admin1 && place.kind !== 'country' ? { admin1: place.admin1 } : {}),
      ...(place.country ? { country: place.country } : {}),
    };
    switch (place.kind) {
      case 'city':
        return place.lat !== undefined && place.lon !== undefined
          ? { ...base, lat: place.lat, lon: place.lon, precision: 'point' }
          : { ...base, precision: 'region' };
      case 'locality': {
        const d = place.district
          ? lookup(place.district, { countries: place.country ? [place.country] : [] })
          : undefined;
        return d?.lat !== undefined && d.lon !== undefined && d.country === place.country
          ? { ...base, lat: d.lat, lon: d.lon, precision: 'district' }
          : { ...base, precision: 'region' };
      }
      case 'region':
      case 'border':
      case 'sea':
        return place.lat !== undefined && place.lon !== undefined
          ? { ...base, lat: place.lat, lon: place.lon, precision: 'region' }
          : { ...base, precision: 'region' };
      case 'country':
        return { ...base, precision: 'country' };
      default: {
        const never: never = place.kind;
        throw new Error(`unknown place kind ${String(never)}`);
      }
    }
  };

  return {
    lookup,
    candidates: (name) => ranked(normalizePlaceName(name), [], false),
    has,
    country: (s) => {
      const trimmed = s.trim().replace(/^the\s+/i, '');
      const { countryByKey } = idx();
      if (/^[A-Z]{2,3}$/.test(trimmed)) {
        const byCode = countryByKey.get(`code:${trimmed}`);
        if (byCode) return byCode;
      }
      return countryByKey.get(normalizePlaceName(trimmed));
    },
    capital: (code) => {
      if (!capitals) {
        capitals = new Map();
        for (const r of data.places?.places ?? [])
          if (r[9] === 'PPLC' && !capitals.has(r[4])) capitals.set(r[4], r[1]);
      }
      const name = capitals.get(code);
      return name ? lookup(name, { countries: [code], allowStopWords: true }) : undefined;
    },
    countryByNumeric: (n) => idx().countryByNumeric.get(String(n).padStart(3, '0')),
    distanceKm: haversineKm,
    isStopWord: (name) => GAZETTEER_STOP_WORDS.has(normalizePlaceName(name)),
    toLocation,
  };
}

let defaultGazetteer: Promise<Gazetteer> | undefined;

/**
 * One data file of data/gazetteer. The specifiers are templates on purpose: TypeScript then does
 * not infer a type for the 10 MB places.json (that alone cost ~10 s of every typecheck), while
 * Vite still bundles the files (dynamic-import-vars turns a template into a glob) and tsx/Node
 * resolve them relative to this module. Under Vite (app, Worker, vitest) the file is loaded as text
 * and parsed: JSON.parse of the text takes ~1 s in vitest where Vite's JSON-to-module transform
 * takes ~7 s. `import.meta.env.MODE` is a constant in a Vite build, so the other branch drops out.
 */
function importGazetteerFile(name: string): Promise<unknown> {
  if (import.meta.env && import.meta.env.MODE) {
    return import(`../../data/gazetteer/${name}.json?raw`).then((m: { default: string }) =>
      JSON.parse(m.default),
    );
  }
  return import(`../../data/gazetteer/${name}.json`).then((m: { default: unknown }) => m.default);
}

/**
 * The gazetteer over the bundled data files, loaded once. Dynamic imports keep the ~10 MB of
 * places out of any bundle that does not call this (Vite splits them into their own chunks).
 */
export function loadDefaultGazetteer(): Promise<Gazetteer> {
  defaultGazetteer ??= Promise.all(
    ['places', 'regions', 'localities', 'aliases', 'countries'].map(importGazetteerFile),
  ).then(([places, regions, localities, aliases, countries]) =>
    createGazetteer({
      places: places as PlacesFile,
      regions: regions as GazetteerData['regions'],
      localities: localities as GazetteerData['localities'],
      aliases: aliases as GazetteerData['aliases'],
      countries: countries as CountryRecord[],
    }),
  );
  return defaultGazetteer;
}
