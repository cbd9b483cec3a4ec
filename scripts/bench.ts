/**
 * npm run bench: the event index against three baselines, measured in the same run on synthetic
 * datasets (scripts/gen-events.ts) of 10,000, 100,000 and 1,000,000 events.
 *
 * One JSON object per line on stdout, `{"n","filter","ours_ms","naive_ms","crossfilter_ms","scan_ms"}`,
 * each the median of several runs after a warm-up; progress goes to stderr.
 * - ours: `index.query(filter)` with every aggregation (matches in input order, day x category x
 *   kind cells with the honest-date rules, places, contact pairs, both facets).
 * - naive: what the app computes today over event objects: filterEvents + countByDayAndCategory +
 *   groupEventsByPlace + contactPairs + contactCountryPairs + countActors and category counts.
 * - crossfilter: crossfilter2 over light records, dimensions first day, last day, category,
 *   actors (tagged), day cell, place cell and contact pairs (tagged), a group on each; a run
 *   applies the filter (from no filter; for "none", from "actor + range") and reads every group
 *   and allFiltered().
 * - scan: one raw loop over the same typed-array columns: the match and day x category counts.
 */
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import { pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import crossfilter from 'crossfilter2';
import { countActors } from '../src/domain/actor-counts.ts';
import { contactCountryPairs, contactPairs } from '../src/domain/contact-pairs.ts';
import { addDays, toDayNumber } from '../src/domain/dates.ts';
import { countByDayAndCategory } from '../src/domain/day-counts.ts';
import { CATEGORIES, type Category, type CrisisEvent, type IsoDate } from '../src/domain/event.ts';
import { createEventIndex, type EventIndex } from '../src/domain/event-index.ts';
import {
  indexedEvents,
  toActorCounts,
  toCategoryCounts,
  toContactPairs,
  toDayCounts,
  toPlaceGrouping,
} from '../src/domain/event-index-adapters.ts';
import { BEFORE_FIRST_DAY, CATEGORY_COUNT } from '../src/domain/event-index-layout.ts';
import { eventMatcher, type EventFilter } from '../src/domain/filter-events.ts';
import { groupEventsByPlace } from '../src/domain/place-groups.ts';
import { generateEvents, loadPools } from './gen-events.ts';

const gc = (globalThis as { gc?: () => void }).gc;
const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain && gc === undefined && process.env.BENCH_CHILD === undefined) {
  // Re-run with a collector we can call between runs and a heap that holds 1M events four ways.
  const child = spawnSync(
    process.execPath,
    [...process.execArgv, '--expose-gc', '--max-old-space-size=16000', ...process.argv.slice(1)],
    { stdio: 'inherit', env: { ...process.env, BENCH_CHILD: '1' } },
  );
  process.exit(child.status ?? 1);
}

const log = (s: string) => process.stderr.write(`${s}\n`);
const SIZES = (process.env.BENCH_SIZES ?? '10000,100000,1000000').split(',').map(Number);
/** BENCH_ONLY=ours,scan runs only those contenders (for profiling). */
const ONLY = process.env.BENCH_ONLY?.split(',');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

interface Contender {
  run: () => unknown;
  /** Untimed, before each run (crossfilter: go back to the previous filter). */
  before?: () => void;
  warmup: number;
  rounds: number;
}

/**
 * Warms each contender up, then runs them in interleaved rounds (so a busy machine slows them
 * alike) and returns each one's median. A full collection runs once before, never between runs:
 * right after one, V8 may still be sweeping and re-optimising, which would bill whoever runs next.
 */
function race(contenders: Record<string, Contender>): Record<string, number> {
  gc?.();
  const all = Object.entries(contenders).filter(([name]) => ONLY === undefined || ONLY.includes(name));
  for (const [, c] of all) {
    for (let k = 0; k < c.warmup; k++) {
      c.before?.();
      c.run();
    }
  }
  const times: Record<string, number[]> = {};
  const rounds = Math.max(...all.map(([, c]) => c.rounds));
  for (let k = 0; k < rounds; k++) {
    for (const [name, c] of all) {
      if (k >= c.rounds) continue;
      c.before?.();
      const t0 = performance.now();
      c.run();
      const t1 = performance.now();
      (times[name] ??= []).push(t1 - t0);
    }
  }
  return Object.fromEntries(
    Object.entries(times).map(([name, ts]) => [name, Math.round(median(ts) * 1000) / 1000]),
  );
}

/** What the app computes per view today, over event objects. */
function naive(events: readonly CrisisEvent[], filter: EventFilter, span: { from: string; to: string }) {
  const all = eventMatcher(filter);
  const noActor = eventMatcher({ ...filter, actors: [] });
  const noCategory = eventMatcher({ ...filter, categories: [] });
  const filtered: CrisisEvent[] = [];
  const forActors: CrisisEvent[] = [];
  const categoryCounts = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
  for (const e of events) {
    if (all(e)) filtered.push(e);
    if (noActor(e)) forActors.push(e);
    if (noCategory(e)) categoryCounts[e.category] += 1;
  }
  const window = { ...(filter.from && { from: filter.from }), ...(filter.to && { to: filter.to }) };
  return [
    filtered,
    countByDayAndCategory(filtered, span, window),
    groupEventsByPlace(filtered),
    contactPairs(filtered),
    contactCountryPairs(filtered),
    countActors(forActors),
    categoryCounts,
  ];
}

/** The index's answer in the naive modules' shapes (what a view reads), in `naive`'s order. */
function adapted(ix: EventIndex, filter: EventFilter) {
  const result = ix.query(filter);
  return [
    indexedEvents(ix, result),
    toDayCounts(ix, result),
    toPlaceGrouping(ix, result),
    toContactPairs(ix, result, 'person'),
    toContactPairs(ix, result, 'country'),
    toActorCounts(ix, result),
    toCategoryCounts(result),
  ];
}

/** The floor: one loop over the columns computing the match and day x category counts. */
export function scan(ix: EventIndex, filter: EventFilter) {
  const { first, last, category, input, actors } = ix.columns;
  const from = filter.from !== undefined ? toDayNumber(filter.from) : BEFORE_FIRST_DAY;
  const to = filter.to !== undefined ? toDayNumber(filter.to) : 0x7fffffff;
  let catMask = filter.categories.length > 0 ? 0 : 0xff;
  for (const c of filter.categories) catMask |= 1 << CATEGORIES.indexOf(c);
  const wanted = new Set(filter.actors.map((a) => ix.actorCodes.get(a)));
  const selected = new Uint8Array(ix.variants.length);
  ix.variants.forEach((v, code) => (selected[code] = wanted.has(v.actor) ? 1 : 0));
  const anyActor = filter.actors.length === 0;
  const spanFirst = ix.span ? toDayNumber(ix.span.from) : 0;
  const rows = ix.span ? toDayNumber(ix.span.to) - spanFirst + 1 : 0;
  const winFirst = Math.max(from, spanFirst);
  const cells = new Uint32Array(rows * CATEGORY_COUNT);
  const before = new Uint32Array(CATEGORY_COUNT);
  const out = new Uint32Array(ix.size);
  let k = 0;
  if (from > to) return { indices: out.subarray(0, 0), cells, before };
  for (let p = 0; p < ix.size; p++) {
    const f = first[p]!;
    if (last[p]! < from || f > to) continue;
    const c = category[p]!;
    if (((catMask >>> c) & 1) === 0) continue;
    if (!anyActor) {
      let ok = false;
      for (let j = actors.start[p]!, je = actors.start[p + 1]!; j < je; j++) {
        if (selected[actors.list[j]!] === 1) {
          ok = true;
          break;
        }
      }
      if (!ok) continue;
    }
    out[k++] = input[p]!;
    if (f === BEFORE_FIRST_DAY) before[c]!++;
    else cells[((f > winFirst ? f : winFirst) - spanFirst) * CATEGORY_COUNT + c]!++;
  }
  return { indices: out.subarray(0, k), cells, before };
}

interface Row {
  i: number;
  first: number;
  last: number;
  category: number;
  actors: string[];
  cell: number;
  place: number;
  pairs: number[];
  countryPairs: number[];
}

/** crossfilter2 with the dimensions and groups that answer the same questions. */
function crossfilterOf(ix: EventIndex) {
  const { columns: col } = ix;
  const rows: Row[] = new Array<Row>(ix.size);
  const list = (csr: { start: Uint32Array; list: Uint32Array }, p: number) =>
    Array.from(csr.list.subarray(csr.start[p]!, csr.start[p + 1]!));
  for (let p = 0; p < ix.size; p++) {
    const contact = list(col.contacts, p);
    rows[col.input[p]!] = {
      i: col.input[p]!,
      first: col.first[p]!,
      last: col.last[p]!,
      category: col.category[p]!,
      actors: [...new Set(list(col.actors, p).map((v) => ix.actorNames[ix.variants[v]!.actor]!))],
      cell: col.first[p] === BEFORE_FIRST_DAY ? -1 - col.category[p]! : col.cell[p]!,
      place: col.place[p]!,
      pairs: contact.slice(2, 2 + (contact[1] ?? 0)),
      countryPairs: contact.slice(2 + (contact[1] ?? 0)),
    };
  }
  const cf = crossfilter(rows);
  const first = cf.dimension((r) => r.first);
  const last = cf.dimension((r) => r.last);
  const category = cf.dimension((r) => r.category);
  const actors = cf.dimension((r) => r.actors, true);
  const cell = cf.dimension((r) => r.cell);
  const place = cf.dimension((r) => r.place);
  const pairs = cf.dimension((r) => r.pairs, true);
  const countryPairs = cf.dimension((r) => r.countryPairs, true);
  // A group ignores its own dimension's filter: the category and actor groups are the facets.
  const groups = [category, actors, cell, place, pairs, countryPairs].map((d) => d.group().reduceCount());
  const apply = (filter: EventFilter) => {
    if (filter.to !== undefined) first.filterRange([BEFORE_FIRST_DAY, toDayNumber(filter.to) + 1]);
    else first.filterAll();
    if (filter.from !== undefined) last.filterRange([toDayNumber(filter.from), 0x7fffffff]);
    else last.filterAll();
    if (filter.categories.length > 0) {
      const codes = new Set(filter.categories.map((c) => CATEGORIES.indexOf(c)));
      category.filterFunction((c) => codes.has(c as number));
    } else category.filterAll();
    if (filter.actors.length > 0) {
      const names = new Set(filter.actors);
      actors.filterFunction((a) => names.has(a as string));
    } else actors.filterAll();
  };
  const read = () => [cf.allFiltered().map((r) => r.i), ...groups.map((g) => g.all())];
  return { apply, read };
}

function filtersFor(ix: EventIndex, events: readonly CrisisEvent[]): Array<[string, EventFilter]> {
  // A week around the median day, and the most named actor: typical, not cherry-picked.
  const days = events.map((e) => e.date.start).sort();
  const from = days[days.length >> 1] as IsoDate;
  const to = addDays(from, 6);
  const perActor = ix.query({ actors: [], categories: [] }).facets.actors;
  const top = ix.actorNames[perActor.indexOf(Math.max(...perActor))]!;
  return [
    ['none', { actors: [], categories: [] }],
    ['7-day range', { from, to, actors: [], categories: [] }],
    ['one actor', { actors: [top], categories: [] }],
    ['two categories', { actors: [], categories: ['strike', 'attack'] }],
    ['actor + range', { from, to, actors: [top], categories: [] }],
  ];
}

function main(): void {
  const load = () =>
    os
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(' ');
  log(`${os.cpus().length} CPUs, load average ${load()}; medians of interleaved rounds, stdout = JSON lines`);
  const pools = loadPools();
  for (const n of SIZES) {
    log(`n = ${n}: generating`);
    const events = [...generateEvents({ events: n, seed: 'bench' }, pools)];
    log('building the index');
    let t0 = performance.now();
    const ix = createEventIndex(events);
    log(`  index built in ${Math.round(performance.now() - t0)} ms`);
    t0 = performance.now();
    const cf = ONLY === undefined || ONLY.includes('crossfilter') ? crossfilterOf(ix) : undefined;
    log(`  crossfilter built in ${Math.round(performance.now() - t0)} ms`);
    const span = ix.span ?? { from: '2025-01-01', to: '2025-12-31' };
    const filters = filtersFor(ix, events);
    for (const [k, [name, filter]] of filters.entries()) {
      const previous = filters[k === 0 ? filters.length - 1 : 0]![1];
      const matches = ix.query(filter).indices.length;
      // A check on realistic data that the index answers what the naive modules answer.
      if (n <= 10_000 && !isDeepStrictEqual(adapted(ix, filter), naive(events, filter, span))) {
        throw new Error(`the index disagrees with the naive modules on "${name}"`);
      }
      const t1 = performance.now();
      adapted(ix, filter);
      const adapters = Math.round(performance.now() - t1);
      log(
        `  ${name}: ${matches} matches, plan ${ix.query(filter).plan}; query + adapters ${adapters} ms (once)`,
      );
      const big = n >= 1_000_000;
      const t = race({
        ours: { run: () => ix.query(filter), warmup: 20, rounds: 21 },
        scan: { run: () => scan(ix, filter), warmup: 20, rounds: 21 },
        crossfilter: {
          run: () => {
            cf?.apply(filter);
            return cf?.read();
          },
          before: () => cf?.apply(previous),
          warmup: big ? 1 : 2,
          rounds: big ? 5 : 9,
        },
        naive: { run: () => naive(events, filter, span), warmup: big ? 0 : 1, rounds: big ? 3 : 7 },
      });
      const line = {
        n,
        filter: name,
        ours_ms: t.ours,
        naive_ms: t.naive,
        crossfilter_ms: t.crossfilter,
        scan_ms: t.scan,
      };
      process.stdout.write(`${JSON.stringify(line)}\n`);
    }
  }
  log(`load average at the end ${load()}`);
}

if (isMain) main();
