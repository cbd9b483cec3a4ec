/**
 * The event index's layout and answers: the codes, the typed-array columns (in position order, see
 * event-index.ts) and the shape of a query's result. Types and constants only.
 */
import { CATEGORIES, type Category, type CrisisEvent, type IsoDate } from './event.ts';
import type { PlaceKind } from './place-groups.ts';

/** `first` of a `before` event: its earliest possible day is unknown. */
export const BEFORE_FIRST_DAY = -0x80000000;
/** Number of category codes; a category's code is its position in CATEGORIES. */
export const CATEGORY_COUNT = CATEGORIES.length;
/** Day cells hold 4 kinds per category: exact, spanning (not approximate), approximate, both. */
export const KIND_COUNT = 4;
export const CELLS_PER_DAY = CATEGORY_COUNT * KIND_COUNT;
/** log2(CELLS_PER_DAY) (8 categories x 4 kinds = 32): a dated event's cell >> this = its first day - dayOrigin. */
export const CELL_DAY_SHIFT = 31 - Math.clz32(CELLS_PER_DAY);
export const KIND_SPANS = 1;
export const KIND_APPROXIMATE = 2;
export const CONTACT_CODE = CATEGORIES.indexOf('diplomatic_contact');

/** An actor as first named in an event: name, country and role (what countActors reads). */
export interface ActorVariant {
  actor: number;
  country?: string;
  role?: string;
}

export interface IndexedPlace {
  /** place-groups.ts `placeKey` of the place. */
  key: string;
  kind: PlaceKind;
}

/** An unordered pair of contact parties, as contact-pairs.ts keys it. */
export interface PartyPair {
  a: string;
  b: string | null;
}

/** A compressed list per row: row r owns `list[start[r]] .. list[start[r + 1] - 1]`. */
export interface Csr {
  start: Uint32Array;
  list: Uint32Array;
}

/** The columns, all in position order (see event-index.ts). */
export interface EventColumns {
  /** First possible day (days since 1970-01-01); BEFORE_FIRST_DAY for `before`. */
  first: Int32Array;
  /** Last possible day. */
  last: Int32Array;
  category: Uint8Array;
  /** Place code (index into `places`), -1 for an event with no location. */
  place: Int32Array;
  /** Position -> index of the event in the input array. */
  input: Uint32Array;
  /** Dated events: ((first - dayOrigin) * 8 + category) * 4 + kind. Before events: beforeDays code. */
  cell: Int32Array;
  /** Actor variants of each event, one per distinct actor name (its first mention). */
  actors: Csr;
  /**
   * Contact events: [mode code + 1 (0 = none), P, P person-pair codes, then country-pair codes];
   * empty for other events. One list, so a walk reads one offset per contact.
   */
  contacts: Csr;
}

export interface DateClass {
  /** Positions [start, end) of the class. */
  start: number;
  end: number;
  /** The longest span (last - first) of an event of the class, in days. */
  maxSpan: number;
  before: boolean;
}

/** The index's data: everything but the query method. */
export interface EventIndexData {
  readonly events: readonly CrisisEvent[];
  readonly size: number;
  readonly columns: EventColumns;
  /** Input index -> position (the inverse of `columns.input`). */
  readonly positions: Uint32Array;
  readonly classes: readonly DateClass[];
  /** Day number of cell row 0 (the first day of a dated event; 0 when there is none). */
  readonly dayOrigin: number;
  /** The last day of a dated event (dayOrigin - 1 when there is none). */
  readonly dayLast: number;
  /** The dataset's span as data-span.ts `dataSpan` computes it. */
  readonly span: { from: IsoDate; to: IsoDate } | undefined;
  readonly actorNames: readonly string[];
  readonly actorCodes: ReadonlyMap<string, number>;
  readonly variants: readonly ActorVariant[];
  readonly places: readonly IndexedPlace[];
  readonly personPairs: readonly PartyPair[];
  readonly countryPairs: readonly PartyPair[];
  /** The "on or before" dates of `before` events by code (ISO text as written). */
  readonly beforeDays: readonly IsoDate[];
  /** Posting lists: positions of each actor code / category code, ascending. */
  readonly actorPostings: Csr;
  readonly categoryPostings: Csr;
  /**
   * Facet answers with no date filter: events per category; and per category x variant
   * (category code * variants.length + variant) the events and the first input index naming it.
   */
  readonly totals: { categories: Uint32Array; variants: Uint32Array; variantFirst: Uint32Array };
}

export interface EventIndexOptions {
  /** Decimals kept when comparing place coordinates (place-groups.ts `coordDecimals`). */
  coordDecimals?: number;
}

export interface IndexQueryOptions {
  /** Days of the day table (default: the dataset's span, as data-span.ts `dataSpan`). */
  span?: { from: string; to: string };
  /** Where events are placed in the day table (default: the filter's from/to); see day-counts.ts. */
  window?: { from?: string; to?: string };
  /** Force a walk when it can answer the filter (tests and benchmarks); default: the cheaper one. */
  plan?: 'dates' | 'postings';
}

/** countByDayAndCategory's numbers as cells; cell (row * 8 + category) * 4 + kind. */
export interface DayCells {
  /** Day number of row 0 (the span's first day). */
  first: number;
  rows: number;
  /** Day number where the window starts (span events that began earlier are placed there). */
  windowFirst: number;
  /** kind 0: exact day, 1: spans several days, 2: approximate, 3: approximate and spanning. */
  cells: Uint32Array;
  continuing: Int32Array;
  clampedStart: number;
  placed: number;
  outside: number;
}

export interface BeforeCells {
  count: number;
  byCategory: Uint32Array;
  /** Count per `index.beforeDays` code. */
  byDay: Uint32Array;
}

export interface PlaceCells {
  /** Events per place code. (Per-category counts of one place: place-groups.ts countCategories.) */
  counts: Uint32Array;
  noPlace: number;
}

export interface ContactCells {
  /** Contacts per `index.personPairs` code, and a bit mask of the modes used (bit = CONTACT_MODES index). */
  personCounts: Uint32Array;
  personModes: Uint8Array;
  countryCounts: Uint32Array;
  countryModes: Uint8Array;
}

export interface FacetCells {
  /** Events per category code under the date and actor filters. */
  categories: Uint32Array;
  /** Events per actor code under the date and category filters. */
  actors: Uint32Array;
  /** The same per `index.variants` code, with the first input index naming each variant. */
  variants: Uint32Array;
  variantFirst: Uint32Array;
}

export interface IndexQueryResult {
  /** Input indices of the matching events, ascending (the order of filterEvents). */
  indices: Uint32Array;
  days: DayCells;
  before: BeforeCells;
  places: PlaceCells;
  contacts: ContactCells;
  facets: FacetCells;
  /** How the candidates were found (for benchmarks and tests). */
  plan: 'all' | 'dates' | 'postings' | 'empty';
}

/** The category of a code (inverse of the column's encoding). */
export function categoryOfCode(code: number): Category {
  return CATEGORIES[code] ?? CATEGORIES[0];
}
