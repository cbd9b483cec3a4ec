/**
 * The hot loop of the event index: one walk over a run of positions (or of a posting list) that
 * counts the matching events and both facets at once. Per-query state lives in `Run`.
 */
import {
  CATEGORY_COUNT,
  CELLS_PER_DAY,
  CELL_DAY_SHIFT,
  CONTACT_CODE,
  KIND_SPANS,
  type BeforeCells,
  type ContactCells,
  type DateClass,
  type DayCells,
  type EventIndexData,
  type FacetCells,
  type PlaceCells,
} from './event-index-layout.ts';
import { countContact } from './event-index-walk-all.ts';

/** Walk flags. Count the matching events (M), the category facet (Fc), the actor facet (Fa). */
export const DO_M = 1;
export const DO_FC = 2;
export const DO_FA = 4;
/** Every visited event passes the category (or the actor) filter: no test needed. */
export const CAT_ALL = 8;
export const ACT_ALL = 16;
/** Skip positions already seen in this generation (a union of several actors' postings). */
export const DEDUPE = 32;
/** Leave contact pairs to `walkContacts` (every contact matches: no branch per event). */
export const NO_CONTACTS = 64;

/** Per-query scratch: filter inputs and the result's arrays. */
export interface Run {
  /** The date filter as day numbers (±2^30 when open, so that they stay small integers). */
  from: number;
  to: number;
  /** Bit c set when category code c is chosen. */
  catMask: number;
  /** 1 for each actor variant of a chosen actor. */
  selected: Uint8Array;
  /** Matches by input index; null when everything matches. */
  bits: Uint32Array | null;
  matched: number;
  winFirst: number;
  winLast: number;
  spanFirst: number;
  /** The last day with a row (spanFirst - 1 when the span is empty). */
  rowLast: number;
  /** Cell offset from the index's dayOrigin rows to the span's rows. */
  cellShift: number;
  /** First cell of the window's first row. */
  minCell: number;
  /** True when the window and the rows hold every dated event's days (no clamping, none outside). */
  unclamped: boolean;
  days: DayCells;
  before: BeforeCells;
  places: PlaceCells;
  contacts: ContactCells;
  facets: FacetCells;
}

export const OPEN_FROM = -0x40000000;
export const OPEN_TO = 0x3fffffff;

export interface RunInputs {
  from: number;
  to: number;
  catMask: number;
  selected: Uint8Array;
  bits: Uint32Array | null;
  /** The span's first and last day as given, and the window as given (undefined = open). */
  spanFirst: number;
  spanLast: number;
  windowFrom: number | undefined;
  windowTo: number | undefined;
}

/**
 * One object literal with every field in its final type: its shape comes from the literal's
 * boilerplate, which V8 keeps, so optimised walks stay valid across garbage collections (a class
 * instance's shape, reached by transitions, dies with the last instance and deoptimises them).
 */
export function createRun(ix: EventIndexData, inputs: RunInputs): Run {
  const { spanFirst, spanLast } = inputs;
  const rows = Math.max(0, spanLast - spanFirst + 1);
  const winFirst = Math.max(spanFirst, inputs.windowFrom ?? spanFirst);
  const winLast = Math.min(spanLast, inputs.windowTo ?? spanLast);
  return {
    from: inputs.from,
    to: inputs.to,
    catMask: inputs.catMask,
    selected: inputs.selected,
    bits: inputs.bits,
    matched: 0,
    winFirst,
    winLast,
    spanFirst,
    rowLast: spanFirst + rows - 1,
    cellShift: (ix.dayOrigin - spanFirst) * CELLS_PER_DAY,
    minCell: (winFirst - spanFirst) * CELLS_PER_DAY,
    unclamped: winFirst <= ix.dayOrigin && winLast >= ix.dayLast && spanFirst + rows - 1 >= ix.dayLast,
    days: {
      first: spanFirst,
      rows,
      windowFirst: winFirst,
      cells: new Uint32Array(rows * CELLS_PER_DAY),
      continuing: new Int32Array(rows + 1),
      clampedStart: 0,
      placed: 0,
      outside: 0,
    },
    before: {
      count: 0,
      byCategory: new Uint32Array(CATEGORY_COUNT),
      byDay: new Uint32Array(ix.beforeDays.length),
    },
    // Slot 0 counts the events with no place; slot q + 1 place q (finish() splits them).
    places: { counts: new Uint32Array(ix.places.length + 1), noPlace: 0 },
    contacts: {
      personCounts: new Uint32Array(ix.personPairs.length),
      personModes: new Uint8Array(ix.personPairs.length),
      countryCounts: new Uint32Array(ix.countryPairs.length),
      countryModes: new Uint8Array(ix.countryPairs.length),
    },
    facets: {
      categories: new Uint32Array(CATEGORY_COUNT),
      actors: new Uint32Array(ix.actorNames.length),
      variants: new Uint32Array(ix.variants.length),
      variantFirst: new Uint32Array(ix.variants.length).fill(0xffffffff),
    },
  };
}

// Shared by all indexes: a mark equal to the current generation means "seen"; older marks are
// stale, so nothing is cleared between queries. Grows to the largest index seen (4 bytes an event).
let stamp = new Uint32Array(0);
let generation = 0;

/** Starts a new generation of marks for de-duplicating the union of several actors' postings. */
export function nextGeneration(n: number): Uint32Array {
  if (stamp.length < n || generation === 0xffffffff) {
    stamp = new Uint32Array(n);
    generation = 0;
  }
  generation += 1;
  return stamp;
}

/** Visits positions lo..hi-1 (or list[lo..hi-1]) of one date class. The hot loop of the index. */
export function walk(
  ix: EventIndexData,
  r: Run,
  list: Uint32Array | null,
  lo: number,
  hi: number,
  cls: DateClass,
  flags: number,
): void {
  const { before } = cls;
  // Only classes whose events span days need the last day for "continuing" (day-counts.ts).
  const spans = cls.maxSpan > 0;
  const originRow = ix.dayOrigin - r.spanFirst + 1;
  const { first, last, category, input, cell, place, actors } = ix.columns;
  const vStart = actors.start;
  const vList = actors.list;
  const { from, catMask, selected, bits, winFirst, winLast, spanFirst, rowLast, cellShift, minCell } = r;
  const { cells, continuing } = r.days;
  const { unclamped } = r;
  const checkDate = from > OPEN_FROM;
  const placeCounts = r.places.counts;
  const facetCats = r.facets.categories;
  const varCounts = r.facets.variants;
  const varFirst = r.facets.variantFirst;
  const doM = (flags & DO_M) !== 0;
  const doFc = (flags & DO_FC) !== 0;
  const doFa = (flags & DO_FA) !== 0;
  const catAll = (flags & CAT_ALL) !== 0;
  const actAll = (flags & ACT_ALL) !== 0;
  const marks = (flags & DEDUPE) !== 0 ? stamp : null;
  const doContacts = (flags & NO_CONTACTS) === 0;
  const gen = generation;
  let matched = 0;
  let placed = 0;
  let outside = 0;
  let clamped = 0;
  for (let j = lo; j < hi; j++) {
    const p = list === null ? j : list[j]!;
    if (checkDate && last[p]! < from) continue;
    if (marks !== null) {
      if (marks[p] === gen) continue;
      marks[p] = gen;
    }
    const c = category[p]!;
    const catOk = catAll || ((catMask >>> c) & 1) === 1;
    let actOk = actAll;
    if (!actOk) {
      for (let k = vStart[p]!, ke = vStart[p + 1]!; k < ke; k++) {
        if (selected[vList[k]!] === 1) {
          actOk = true;
          break;
        }
      }
    }
    if (doFc && actOk) facetCats[c]!++;
    if (doFa && catOk) {
      const i = input[p]!;
      for (let k = vStart[p]!, ke = vStart[p + 1]!; k < ke; k++) {
        const v = vList[k]!;
        varCounts[v]!++;
        if (i < varFirst[v]!) varFirst[v] = i;
      }
    }
    if (!doM || !catOk || !actOk) continue;

    matched++;
    if (bits !== null) {
      const i = input[p]!;
      bits[i >>> 5]! |= 1 << (i & 31);
    }
    placeCounts[place[p]! + 1]!++;
    if (before) {
      r.before.byCategory[c]!++;
      r.before.byDay[cell[p]!]!++;
    } else if (unclamped) {
      // The window holds every dated day: the event goes to its first day, spans never clamp.
      const cb = cell[p]!;
      cells[cb + cellShift]!++;
      placed++;
      if (spans && (cb & KIND_SPANS) !== 0) {
        const s = (cb >>> CELL_DAY_SHIFT) + originRow;
        const e = last[p]! - spanFirst + 1;
        if (e > s) {
          continuing[s]!++;
          continuing[e]!--;
        }
      }
    } else {
      const s = first[p]!;
      const e = last[p]!;
      if (e < winFirst || s > winLast) outside++;
      else {
        const day = s > winFirst ? s : winFirst;
        if (day <= rowLast) {
          const cb = cell[p]!;
          cells[s >= winFirst ? cb + cellShift : (cb & (CELLS_PER_DAY - 1)) + minCell]!++;
          placed++;
          if ((cb & KIND_SPANS) !== 0) {
            if (s < winFirst) clamped++;
            const covered = e < winLast ? e : winLast;
            if (covered > day) {
              continuing[day - spanFirst + 1]!++;
              continuing[covered - spanFirst + 1]!--;
            }
          }
        }
      }
    }
    if (doContacts && c === CONTACT_CODE) countContact(ix, r, p);
  }
  r.matched += matched;
  r.days.placed += placed;
  r.days.outside += outside;
  r.days.clampedStart += clamped;
  if (before) r.before.count += matched;
}
