/**
 * Builds the small derived basemap assets the map bundles next to world-atlas:
 *  - src/features/map/basemap/country-codes.json: ISO 3166-1 numeric (world-atlas feature ids) ->
 *    alpha-2 (the event contract's `country`), for every country in world-atlas countries-50m, from
 *    `world-countries` (ODbL). Used to shade a country when an event is only known at country level.
 * Usage: `npx tsx scripts/build-basemap.ts`. Deterministic: same package versions -> same bytes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

interface AtlasTopology {
  objects: { countries: { geometries: { id?: string; properties?: { name?: string } }[] } };
}
interface WorldCountry {
  cca2: string;
  ccn3: string;
}

/** numeric -> alpha-2 for the atlas ids that world-countries knows, sorted by numeric code. */
export function buildCountryCodes(
  atlas: AtlasTopology,
  world: readonly WorldCountry[],
): Record<string, string> {
  const byNumeric = new Map(world.filter((c) => c.ccn3 !== '').map((c) => [c.ccn3, c.cca2]));
  const out: Record<string, string> = {};
  const ids = atlas.objects.countries.geometries
    .map((g) => g.id)
    .filter((id): id is string => id !== undefined)
    .sort();
  for (const id of ids) {
    const alpha2 = byNumeric.get(id);
    if (alpha2 !== undefined) out[id] = alpha2;
  }
  return out;
}

function main(): void {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const require = createRequire(join(root, 'package.json'));
  const readJson = (spec: string): unknown => JSON.parse(readFileSync(require.resolve(spec), 'utf8'));
  const atlas = readJson('world-atlas/countries-50m.json') as AtlasTopology;
  const world = readJson('world-countries/countries.json') as WorldCountry[];
  const codes = buildCountryCodes(atlas, world);
  const out = join(root, 'src/features/map/basemap/country-codes.json');
  // Written by hand so the keys stay in numeric-code order (JS orders integer-like keys first).
  const lines = Object.keys(codes)
    .sort()
    .map((id) => `  ${JSON.stringify(id)}: ${JSON.stringify(codes[id])}`);
  writeFileSync(out, `{\n${lines.join(',\n')}\n}\n`);
  console.log(`country-codes.json: ${Object.keys(codes).length} countries`);
}

main();
