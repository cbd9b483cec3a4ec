/**
 * One query of the event index: the matching events and every aggregation the dashboard shows,
 * computed in one pass over the candidates (layout: event-index.ts, hot loop: event-index-walk.ts).
 *
 * Three sets are counted at once: M (all filters) feeds the events, days, places and contacts;
 * the category facet counts D∩A (date and actor filters) and the actor facet D∩C (date and category
 * filters), as a filter bar shows them. The planner walks either the date-class runs (every
 * candidate of the date filter) or, when cheaper, the category and actor posting lists cut to
 * the same runs; with no date filter, a facet is summed from totals kept per category.
 */
import { toDayNumber } from './dates.ts';
import { CATEGORIES } from './event.ts';
import {
  CATEGORY_COUNT,
  CONTACT_CODE,
  type Csr,
  type EventIndexData,
  type IndexQueryOptions,
  type IndexQueryResult,
} from './event-index-layout.ts';
import {
  ACT_ALL,
  CAT_ALL,
  DEDUPE,
  DO_FA,
  DO_FC,
  DO_M,
  NO_CONTACTS,
  OPEN_FROM,
  OPEN_TO,
  createRun,
  nextGeneration,
  walk,
  type Run,
} from './event-index-walk.ts';
import { walkAll, walkContacts } from './event-index-walk-all.ts';
import type { EventFilter } from './filter-events.ts';

const CATEGORY_CODE = new Map<string, number>(CATEGORIES.map((c, i) => [c, i]));

function lowerBound(a: Int32Array | Uint32Array, lo: number, hi: number, value: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The run of positions of each date class that the date filter can match. */
function dateRuns(
  ix: EventIndexData,
  from: number,
  to: number,
  hasFrom: boolean,
  hasTo: boolean,
): Array<[number, number]> {
  const { first, last } = ix.columns;
  return ix.classes.map((k) => {
    if (k.before) return [hasFrom ? lowerBound(last, k.start, k.end, from) : k.start, k.end];
    const lo = hasFrom ? lowerBound(first, k.start, k.end, from - k.maxSpan) : k.start;
    const hi = hasTo ? lowerBound(first, lo, k.end, to + 1) : k.end;
    return [lo, hi];
  });
}

/** A posting list cut to the positions [lo, hi) of each run. */
function postingRuns(csr: Csr, code: number, runs: Array<[number, number]>): Array<[number, number]> {
  const s = csr.start[code]!;
  const e = csr.start[code + 1]!;
  return runs.map(([lo, hi]) => [lowerBound(csr.list, s, e, lo), lowerBound(csr.list, s, e, hi)]);
}

function size(runs: Array<[number, number]>): number {
  return runs.reduce((t, [lo, hi]) => t + (hi - lo), 0);
}

const identities = new WeakMap<EventIndexData, Uint32Array>();

/** 0..n-1, copied from one kept per index (a copy is a memcpy; every answer owns its arrays). */
function identity(ix: EventIndexData): Uint32Array {
  let all = identities.get(ix);
  if (all === undefined) {
    all = new Uint32Array(ix.size);
    for (let i = 0; i < all.length; i++) all[i] = i;
    identities.set(ix, all);
  }
  return all.slice();
}

function extractIndices(bits: Uint32Array, count: number): Uint32Array {
  const out = new Uint32Array(count);
  let k = 0;
  for (let w = 0; w < bits.length; w++) {
    let word = bits[w]!;
    const base = w << 5;
    if (word === -1 >>> 0) {
      for (let b = 0; b < 32; b++) out[k++] = base + b;
      continue;
    }
    while (word !== 0) {
      const low = word & -word;
      out[k++] = base + 31 - Math.clz32(low);
      word ^= low;
    }
  }
  return out;
}

/** Turns the walk's running sums into the answer's final form. */
function finish(ix: EventIndexData, r: Run, plan: IndexQueryResult['plan']): IndexQueryResult {
  const indices =
    r.bits !== null ? extractIndices(r.bits, r.matched) : plan === 'all' ? identity(ix) : new Uint32Array(0);
  const { days, places, facets } = r;
  let running = 0;
  for (let i = 0; i < days.rows; i++) {
    running += days.continuing[i]!;
    days.continuing[i] = running;
  }
  days.continuing = days.continuing.subarray(0, days.rows);
  places.noPlace = places.counts[0]!;
  places.counts = places.counts.subarray(1);
  ix.variants.forEach((v, code) => {
    facets.actors[v.actor]! += facets.variants[code]!;
  });
  return { indices, days, before: r.before, places, contacts: r.contacts, facets: r.facets, plan };
}

/** The actor facet of the categories in `mask`, over the whole dataset. */
function actorFacetFromTotals(ix: EventIndexData, r: Run, mask: number): void {
  const nv = ix.variants.length;
  const { variants, variantFirst } = r.facets;
  for (let c = 0; c < CATEGORY_COUNT; c++) {
    if (((mask >>> c) & 1) === 0) continue;
    for (let v = 0, t = c * nv; v < nv; v++, t++) {
      variants[v]! += ix.totals.variants[t]!;
      if (ix.totals.variantFirst[t]! < variantFirst[v]!) variantFirst[v] = ix.totals.variantFirst[t]!;
    }
  }
}

/** Chooses the walks for the filter and runs them; see the file comment. */
function run(
  ix: EventIndexData,
  r: Run,
  filter: EventFilter,
  actorCodes: Set<number>,
  plan: IndexQueryOptions['plan'],
): IndexQueryResult['plan'] {
  const hasDate = filter.from !== undefined || filter.to !== undefined;
  if (hasDate && r.from > r.to) return 'empty';
  const catFiltered = filter.categories.length > 0;
  const actorFiltered = filter.actors.length > 0;
  // With no date filter the actor facet (events of the chosen categories) is a sum of totals,
  // and so is the category facet when no actor is chosen.
  const needFc = hasDate || actorFiltered;
  const needFa = hasDate;
  if (!needFc) r.facets.categories.set(ix.totals.categories);
  if (!needFa) actorFacetFromTotals(ix, r, catFiltered ? r.catMask : (1 << CATEGORY_COUNT) - 1);
  const all = !hasDate && !catFiltered && !actorFiltered;
  const runs = dateRuns(ix, r.from, r.to, filter.from !== undefined, filter.to !== undefined);
  const catFlags = catFiltered ? 0 : CAT_ALL;
  const actFlags = actorFiltered ? 0 : ACT_ALL;
  const cls = (k: number) => ix.classes[k]!;

  // Postings can stand in for the date runs only when each needed set lies inside them.
  const feasible = (!needFa || catFiltered) && (!needFc || actorFiltered) && (catFiltered || actorFiltered);
  const catRuns: Array<Array<[number, number]>> = [];
  const actRuns: Array<Array<[number, number]>> = [];
  if (feasible) {
    for (let c = 0; c < CATEGORY_COUNT; c++) {
      if ((r.catMask >>> c) & 1) catRuns.push(postingRuns(ix.categoryPostings, c, runs));
    }
    for (const a of actorCodes) actRuns.push(postingRuns(ix.actorPostings, a, runs));
  }
  const postingCost = [...catRuns, ...actRuns].reduce((t, rs) => t + size(rs), 0);
  // A posting walk reads the columns indirectly: prefer it only when clearly smaller.
  const preferDates = plan === 'dates' || (plan === undefined && 2 * postingCost >= size(runs));
  if (!feasible || preferDates) {
    const flags =
      DO_M | (needFc ? DO_FC : 0) | (needFa ? DO_FA : 0) | catFlags | actFlags | (all ? NO_CONTACTS : 0);
    runs.forEach(([lo, hi], k) => {
      if (all && r.unclamped && !cls(k).before) walkAll(ix, r, lo, hi, cls(k));
      else walk(ix, r, null, lo, hi, cls(k), flags);
    });
    if (!all) return 'dates';
    // Every contact matches: count their pairs from the contact postings, not with a branch per event.
    const contacts = postingRuns(ix.categoryPostings, CONTACT_CODE, runs);
    contacts.forEach(([lo, hi]) => walkContacts(ix, r, ix.categoryPostings.list, lo, hi));
    return 'all';
  }
  // Category postings give M and the actor facet; actor postings give the category facet (and M
  // when no category is chosen).
  const cFlags = DO_M | (needFa ? DO_FA : 0) | CAT_ALL | actFlags;
  for (const rs of catRuns)
    rs.forEach(([lo, hi], k) => walk(ix, r, ix.categoryPostings.list, lo, hi, cls(k), cFlags));
  const aFlags = (catFiltered ? 0 : DO_M) | (needFc ? DO_FC : 0) | CAT_ALL | ACT_ALL;
  if (aFlags & (DO_M | DO_FC)) {
    // Several actors may share an event: one generation of marks for the whole union.
    const dedupe = actRuns.length > 1;
    if (dedupe) nextGeneration(ix.size);
    const flags = aFlags | (dedupe ? DEDUPE : 0);
    for (const rs of actRuns)
      rs.forEach(([lo, hi], k) => walk(ix, r, ix.actorPostings.list, lo, hi, cls(k), flags));
  }
  return 'postings';
}

export function queryEventIndex(
  ix: EventIndexData,
  filter: EventFilter,
  options: IndexQueryOptions = {},
): IndexQueryResult {
  const span = options.span ?? ix.span;
  const window = options.window ?? { from: filter.from, to: filter.to };
  let catMask = 0;
  for (const c of filter.categories) {
    const code = CATEGORY_CODE.get(c);
    if (code !== undefined) catMask |= 1 << code;
  }
  const actorCodes = new Set<number>();
  for (const name of filter.actors) {
    const code = ix.actorCodes.get(name);
    if (code !== undefined) actorCodes.add(code);
  }
  const selected = new Uint8Array(ix.variants.length);
  ix.variants.forEach((v, code) => {
    if (actorCodes.has(v.actor)) selected[code] = 1;
  });
  const filtered = filter.from !== undefined || filter.to !== undefined || filter.categories.length > 0;
  const r = createRun(ix, {
    from: filter.from !== undefined ? toDayNumber(filter.from) : OPEN_FROM,
    to: filter.to !== undefined ? toDayNumber(filter.to) : OPEN_TO,
    catMask,
    selected,
    bits: filtered || filter.actors.length > 0 ? new Uint32Array(Math.ceil(ix.size / 32)) : null,
    spanFirst: span !== undefined ? toDayNumber(span.from) : 0,
    spanLast: span !== undefined ? toDayNumber(span.to) : -1,
    windowFrom: window.from !== undefined ? toDayNumber(window.from) : undefined,
    windowTo: window.to !== undefined ? toDayNumber(window.to) : undefined,
  });
  return finish(ix, r, run(ix, r, filter, actorCodes, options.plan));
}
