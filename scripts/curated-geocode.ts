/**
 * Fill the coordinates of the curated record from the shared gazetteer (never by hand):
 * for every point/district place, lat/lon/admin1/country come from `gazetteer.lookup(name,
 * {countries})`; a region or country place gets coordinates only if its gazetteer entry has them.
 * Names the gazetteer cannot place with coordinates are reported (exit code 1), with the district a
 * curated locality lies in when the gazetteer knows it: code those with that district, or region
 * precision.
 *
 *   npx tsx scripts/curated-geocode.ts            # rewrite data/curated/*.json in place
 *   npx tsx scripts/curated-geocode.ts --check    # report only
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDefaultGazetteer, type Gazetteer } from '../src/domain/gazetteer.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const CURATED_DIR = join(ROOT, 'data/curated');

type RawLocation = {
  name: string;
  admin1?: string;
  country?: string;
  lat?: number;
  lon?: number;
  precision: string;
};
type RawEvent = { id: string; location?: RawLocation | null; [k: string]: unknown };

export type GeocodeResult = { location: RawLocation; problem?: string };

/** The gazetteer's answer for one curated place; pure given the gazetteer. */
export function geocodePlace(g: Gazetteer, loc: RawLocation): GeocodeResult {
  const hit = g.lookup(loc.name, loc.country ? { countries: [loc.country] } : {});
  const exact = loc.precision === 'point' || loc.precision === 'district';
  const base: Omit<RawLocation, 'precision'> = { name: loc.name };
  const admin1 = hit?.admin1 ?? loc.admin1;
  const country = hit?.country ?? loc.country;
  if (admin1 !== undefined) base.admin1 = admin1;
  if (country !== undefined) base.country = country;
  if (loc.country && hit?.country && hit.country !== loc.country) {
    return {
      location: loc,
      problem: `"${loc.name}" resolves to ${hit.name} in ${hit.country}, not ${loc.country}`,
    };
  }
  if (hit?.lat !== undefined && hit.lon !== undefined) {
    return { location: { ...base, lat: hit.lat, lon: hit.lon, precision: loc.precision } };
  }
  if (!exact) return { location: { ...base, precision: loc.precision } };
  if (hit === undefined)
    return { location: loc, problem: `"${loc.name}" is not in the gazetteer: use region precision` };
  const hint = hit.district ? `code it as its district "${hit.district}"` : 'use region precision';
  return { location: loc, problem: `"${loc.name}" is a ${hit.kind} without coordinates: ${hint}` };
}

export function curatedFiles(dir = CURATED_DIR): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => join(dir, f));
}

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const g = await loadDefaultGazetteer();
  let problems = 0;
  let changed = 0;
  for (const file of curatedFiles()) {
    const doc = JSON.parse(readFileSync(file, 'utf8')) as { events: RawEvent[] };
    for (const event of doc.events) {
      if (!event.location) continue;
      const { location, problem } = geocodePlace(g, event.location);
      if (problem) {
        problems++;
        console.log(`${relative(ROOT, file)} ${event.id}: ${problem}`);
      }
      if (JSON.stringify(location) !== JSON.stringify(event.location)) {
        changed++;
        event.location = location;
      }
    }
    if (!check) writeFileSync(file, `${JSON.stringify(doc, null, 2)}\n`);
  }
  console.log(`${changed} place(s) ${check ? 'would change' : 'updated'}, ${problems} problem(s)`);
  if (problems > 0 || (check && changed > 0)) process.exitCode = 1;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url))
  await main();
