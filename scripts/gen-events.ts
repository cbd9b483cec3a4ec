/**
 * Synthetic, contract-valid event datasets for benchmarks and scale tests.
 *
 *   npm run gen -- --events 100000 --out public/data/synthetic-100k.json [--seed 7] [--year 2025]
 *
 * Deterministic (the same seed gives the same file). Places are real gazetteer places
 * (data/gazetteer/*.json through src/domain/gazetteer.ts), weighted to India, Pakistan and their
 * neighbours and, inside them, to Kashmir and the Punjab; actors come from data/actors.json.
 * Days cover one year with a few bursts; precisions are mostly `day`, some `range`, `approximate`
 * and `before`. Every event cites `https://example.org/synthetic/<n>` with a note saying it is
 * synthetic. The file is streamed, one event at a time. `generateEvents` is the pure part.
 */
import { once } from 'node:events';
import { createWriteStream, existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { addDays } from '../src/domain/dates.ts';
import {
  CATEGORIES,
  EventSchema,
  type Actor,
  type Category,
  type ContactMode,
  type CrisisEvent,
  type Location,
} from '../src/domain/event.ts';
import {
  createGazetteer,
  type GazetteerData,
  type PlaceRow,
  type PlacesFile,
} from '../src/domain/gazetteer.ts';

export interface PoolActor extends Actor {
  kind: string;
}

export interface GeneratorPools {
  /** Places with a sampling weight. */
  places: Array<{ location: Location; weight: number }>;
  actors: PoolActor[];
}

/** sfc32: small, fast, good enough for synthetic data; seeded from a string. */
export function prng(seed: string): () => number {
  let h = 1779033703 ^ seed.length;
  for (let i = 0; i < seed.length; i++) {
    h = Math.imul(h ^ seed.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  const next = () => {
    h = Math.imul(h ^ (h >>> 16), 2246822507);
    h = Math.imul(h ^ (h >>> 13), 3266489909);
    return (h ^= h >>> 16) >>> 0;
  };
  let a = next();
  let b = next();
  let c = next();
  let d = next();
  return () => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    const t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    const r = (t + d) | 0;
    c = (c + r) | 0;
    return (r >>> 0) / 4294967296;
  };
}

/** Picks from weighted items in O(log n). */
function weighted<T>(items: readonly T[], weightOf: (t: T) => number): (r: number) => T {
  const cum = new Float64Array(items.length);
  let total = 0;
  items.forEach((t, i) => (cum[i] = total += weightOf(t)));
  return (r) => {
    const x = r * total;
    let lo = 0;
    let hi = items.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cum[mid]! <= x) lo = mid + 1;
      else hi = mid;
    }
    return items[lo]!;
  };
}

const CATEGORY_SHARE: Record<Category, number> = {
  armed_clash: 24,
  statement: 19,
  diplomatic_contact: 13,
  attack: 10,
  strike: 10,
  military_posture: 10,
  policy_measure: 9,
  agreement: 5,
};
const MODE_SHARE: Record<ContactMode, number> = {
  phone: 40,
  meeting: 24,
  message: 10,
  visit: 10,
  video: 8,
  hotline: 8,
};
const VERB: Record<Category, string> = {
  attack: 'an attack was reported',
  armed_clash: 'an exchange of fire was reported',
  strike: 'a strike was reported',
  military_posture: 'a deployment was reported',
  diplomatic_contact: 'a contact took place',
  statement: 'a statement was issued',
  policy_measure: 'a measure was announced',
  agreement: 'an agreement was announced',
};

/** Options of one dataset: size, seed, and the year its days cover. */
export interface GenerateOptions {
  events: number;
  seed: string;
  year?: number;
}

/** The events of a dataset, in chronological order of their first day; pure and deterministic. */
export function* generateEvents(options: GenerateOptions, pools: GeneratorPools): Generator<CrisisEvent> {
  const rand = prng(options.seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const year = options.year ?? 2025;
  const yearStart = `${year}-01-01`;
  // A background level plus bursts (a crisis flares for a week or two, several times a year).
  const bursts = Array.from({ length: 6 }, () => ({ day: Math.floor(rand() * 365), width: 2 + rand() * 8 }));
  const normal = () => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
  const days = new Int32Array(options.events);
  for (let k = 0; k < days.length; k++) {
    const b = pick(bursts);
    const d = rand() < 0.45 ? rand() * 365 : b.day + normal() * b.width;
    days[k] = Math.min(364, Math.max(0, Math.round(d)));
  }
  days.sort();

  const category = weighted(CATEGORIES, (c) => CATEGORY_SHARE[c]);
  const mode = weighted(Object.keys(MODE_SHARE) as ContactMode[], (m) => MODE_SHARE[m]);
  const place = weighted(pools.places, (p) => p.weight);
  const byKind = (kinds: string[]) => pools.actors.filter((a) => kinds.includes(a.kind));
  const forces = byKind(['force']);
  const groups = byKind(['group']);
  const people = byKind(['person']);
  const speakers = byKind(['person', 'office', 'organisation', 'state']);
  const states = byKind(['state', 'office', 'person']);
  const asActor = ({ name, role, country }: PoolActor): Actor => ({
    name,
    ...(role !== undefined && { role }),
    ...(country !== undefined && { country }),
  });
  const fromPool = (pool: PoolActor[]) => asActor(pick(pool.length > 0 ? pool : pools.actors));
  const distinct = (pool: PoolActor[], n: number): Actor[] => {
    const out = new Map<string, Actor>();
    for (let tries = 0; out.size < n && tries < 20; tries++) {
      const a = fromPool(pool);
      out.set(a.name, a);
    }
    return [...out.values()];
  };

  for (let k = 0; k < days.length; k++) {
    const c = category(rand());
    const start = addDays(yearStart, days[k]!);
    const r = rand();
    const precision = r < 0.78 ? 'day' : r < 0.86 ? 'range' : r < 0.93 ? 'approximate' : 'before';
    let end: string | undefined;
    if (precision === 'range') {
      const q = rand();
      end = addDays(start, q < 0.6 ? 1 : q < 0.9 ? 2 + Math.floor(rand() * 3) : 5 + Math.floor(rand() * 26));
    }
    const noPlace = (c === 'diplomatic_contact' && rand() < 0.4) || (c === 'statement' && rand() < 0.3);
    const location = noPlace ? null : place(rand()).location;
    let actors: Actor[];
    switch (c) {
      case 'attack':
        actors = rand() < 0.6 ? [fromPool(groups)] : [];
        break;
      case 'armed_clash': {
        // Two sides: a force of one country and a force of another (usually India and Pakistan).
        const a = pick(forces.length > 0 ? forces : pools.actors);
        const other = forces.filter((f) => f.country !== a.country);
        actors = other.length > 0 ? [asActor(a), asActor(pick(other))] : [asActor(a)];
        break;
      }
      case 'strike':
      case 'military_posture':
        actors = [fromPool(forces)];
        break;
      case 'diplomatic_contact':
        actors = distinct(people, rand() < 0.1 ? 1 : rand() < 0.8 ? 2 : 3);
        break;
      case 'statement':
        actors = [fromPool(speakers)];
        break;
      case 'policy_measure':
        actors = [fromPool(states)];
        break;
      case 'agreement':
        actors = distinct(states, 2);
        break;
      default: {
        const never: never = c;
        throw new Error(`unknown category ${String(never)}`);
      }
    }
    const violent = c === 'attack' || c === 'strike' || c === 'armed_clash';
    const who = actors.length > 0 ? actors.map((a) => a.name).join(' and ') : 'unidentified attackers';
    const where = location ? ` at ${location.name}` : '';
    yield {
      id: `syn-${options.seed}-${k}`,
      category: c,
      date: { start, precision, ...(end !== undefined && { end }) },
      ...(location !== null && { location }),
      actors,
      ...(violent && rand() < 0.35 && { fatalities: Math.floor(-Math.log(1 - rand()) * 4) }),
      ...(c === 'diplomatic_contact' && { contact: { mode: mode(rand()) } }),
      summary: `Synthetic: ${VERB[c]}${where} involving ${who}.`,
      evidence: [
        { source: `https://example.org/synthetic/${k}`, note: 'synthetic event (scripts/gen-events.ts)' },
      ],
    } as CrisisEvent;
  }
}

const FALLBACK_ACTORS: PoolActor[] = [
  { name: 'Indian Army', country: 'IN', kind: 'force' },
  { name: 'Pakistan Army', country: 'PK', kind: 'force' },
  { name: 'Indian Air Force', country: 'IN', kind: 'force' },
  { name: 'Pakistan Air Force', country: 'PK', kind: 'force' },
  { name: 'The Resistance Front', country: 'PK', kind: 'group' },
  { name: 'Narendra Modi', role: 'Prime Minister', country: 'IN', kind: 'person' },
  { name: 'Shehbaz Sharif', role: 'Prime Minister', country: 'PK', kind: 'person' },
  { name: 'S Jaishankar', role: 'External Affairs Minister', country: 'IN', kind: 'person' },
  { name: 'Ishaq Dar', role: 'Foreign Minister', country: 'PK', kind: 'person' },
  { name: 'Marco Rubio', role: 'Secretary of State', country: 'US', kind: 'person' },
  { name: 'Ministry of External Affairs', country: 'IN', kind: 'office' },
  { name: 'Government of Pakistan', country: 'PK', kind: 'state' },
];

/** Country weights of the places; the rest of the world gets a small share (diplomatic venues). */
const COUNTRY_WEIGHT: Record<string, number> = { IN: 42, PK: 36, AF: 5, CN: 3, BD: 3, IR: 2, NP: 2, LK: 1 };
const OTHER_COUNTRIES = ['US', 'GB', 'AE', 'SA', 'RU', 'FR', 'TR', 'QA'];
/** Inside India and Pakistan, the crisis regions weigh more (GeoNames admin1 codes). */
const ADMIN1_BOOST: Record<string, number> = {
  'IN.12': 25, // Jammu and Kashmir
  'IN.41': 6, // Ladakh
  'IN.23': 3, // Punjab
  'IN.24': 4, // Rajasthan
  'IN.09': 3, // Gujarat
  'IN.07': 3, // Delhi
  'PK.06': 20, // Azad Kashmir
  'PK.04': 3, // Punjab
  'PK.07': 4, // Gilgit-Baltistan
  'PK.08': 5, // Islamabad
  'PK.03': 3, // Khyber Pakhtunkhwa
  'PK.02': 2, // Balochistan
};
const REGION_NAMES = [
  'Line of Control',
  'International Border (India–Pakistan)',
  'Kashmir',
  'Kashmir Valley',
  'Jammu region',
  'Azad Kashmir',
  'Neelum Valley',
  'Sir Creek',
  'Siachen Glacier',
  'Arabian Sea',
  'Line of Actual Control',
  'Durand Line',
];

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8')) as unknown;
}

/** Reads the gazetteer and the actor registry under `root` (the repository). */
export function loadPools(root = process.cwd()): GeneratorPools {
  const dir = resolve(root, 'data/gazetteer');
  const placesFile = readJson(resolve(dir, 'places.json')) as PlacesFile;
  const countries = readJson(resolve(dir, 'countries.json')) as GazetteerData['countries'];
  const gazetteer = createGazetteer({
    places: placesFile,
    regions: readJson(resolve(dir, 'regions.json')) as GazetteerData['regions'],
    localities: readJson(resolve(dir, 'localities.json')) as GazetteerData['localities'],
    aliases: readJson(resolve(dir, 'aliases.json')) as GazetteerData['aliases'],
    countries,
  });
  const places: GeneratorPools['places'] = [];
  const cityShare = new Map<string, number>();
  const rows = placesFile.places.filter((row: PlaceRow) => {
    const country = row[4];
    return country in COUNTRY_WEIGHT || OTHER_COUNTRIES.includes(country);
  });
  // Within a country a city weighs sqrt(population) x its region's boost; countries get their share.
  const cityWeight = (row: PlaceRow) =>
    Math.sqrt(Math.max(row[8], 500)) * (ADMIN1_BOOST[`${row[4]}.${row[5]}`] ?? 1);
  for (const row of rows) cityShare.set(row[4], (cityShare.get(row[4]) ?? 0) + cityWeight(row));
  for (const row of rows) {
    const [, name, , , country, admin1Code, lat, lon] = row;
    const share = COUNTRY_WEIGHT[country] ?? 4 / OTHER_COUNTRIES.length;
    const admin1 = placesFile.admin1[`${country}.${admin1Code}`];
    places.push({
      location: { name, ...(admin1 !== undefined && { admin1 }), country, lat, lon, precision: 'point' },
      weight: (0.82 * share * cityWeight(row)) / (cityShare.get(country) ?? 1),
    });
  }
  const curated = (names: string[], share: number) => {
    const found = names.flatMap((n) => {
      const p = gazetteer.lookup(n);
      return p ? [gazetteer.toLocation(p)] : [];
    });
    for (const location of found) places.push({ location, weight: share / found.length });
  };
  curated(REGION_NAMES, 8);
  const localities = readJson(resolve(dir, 'localities.json')) as { localities: Array<{ name: string }> };
  curated(
    localities.localities.map((l) => l.name),
    5,
  );
  for (const code of ['IN', 'PK', 'AF', 'CN', 'US']) {
    const c = gazetteer.country(code);
    if (c) places.push({ location: { name: c.name, country: c.code, precision: 'country' }, weight: 0.6 });
  }

  const actorsPath = resolve(root, 'data/actors.json');
  let actors = FALLBACK_ACTORS;
  if (existsSync(actorsPath)) {
    const raw = readJson(actorsPath) as { actors?: PoolActor[] } | PoolActor[];
    const list = Array.isArray(raw) ? raw : (raw.actors ?? []);
    const valid = list.filter((a) => typeof a.name === 'string' && a.name.length > 0);
    if (valid.length > 0) {
      actors = valid.map(({ name, role, country, kind }) => ({
        name,
        ...(role && { role }),
        ...(country && { country }),
        kind: kind ?? 'person',
      }));
    }
  }
  return { places, actors };
}

function parseArgs(argv: string[]): { events: number; out: string; seed: string; year: number } {
  const get = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const events = Number(get('--events') ?? NaN);
  const out = get('--out');
  if (!Number.isInteger(events) || events < 0 || out === undefined) {
    throw new Error('usage: npm run gen -- --events N --out FILE [--seed S] [--year YYYY]');
  }
  return { events, out, seed: get('--seed') ?? '1', year: Number(get('--year') ?? 2025) };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const pools = loadPools();
  const out = createWriteStream(args.out, { encoding: 'utf8' });
  const write = async (s: string) => {
    if (!out.write(s)) await once(out, 'drain');
  };
  const about = `synthetic events (scripts/gen-events.ts, seed ${args.seed}); not real reports`;
  await write(`{"about":${JSON.stringify(about)},"events":[\n`);
  // Chunks of ~1 MB: the file is never held in memory as one string.
  let chunk = '';
  let n = 0;
  let checked = 0;
  for (const event of generateEvents(args, pools)) {
    if (n < 1000 || n % 997 === 0) {
      const result = EventSchema.safeParse(event);
      if (!result.success) throw new Error(`event ${n} breaks the contract: ${result.error.message}`);
      checked++;
    }
    chunk += `${n === 0 ? '' : ',\n'}${JSON.stringify(event)}`;
    n++;
    if (chunk.length > 1 << 20) {
      await write(chunk);
      chunk = '';
    }
  }
  await write(`${chunk}\n]}\n`);
  out.end();
  await once(out, 'finish');
  process.stderr.write(`wrote ${n} events to ${args.out} (${checked} validated against EventSchema)\n`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  });
}
