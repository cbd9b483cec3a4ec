/**
 * The dashboard's view (filters + selection) and its URL form. The URL holds only what differs
 * from the defaults; a bad URL falls back to defaults with notices and never throws.
 */
import { CATEGORIES, isIsoDate, type Category, type IsoDate } from './event.ts';

export interface ViewState {
  from?: IsoDate;
  to?: IsoDate;
  /** Canonical actor names; an event matches when any of its actors is listed. */
  actors: string[];
  categories: Category[];
  /** Selected event id. */
  event?: string;
  /** Alternative dataset, a relative path on the same origin. */
  dataset?: string;
}

export const DEFAULT_VIEW: ViewState = { actors: [], categories: [] };

const KNOWN_PARAMS = new Set(['from', 'to', 'actor', 'category', 'event', 'dataset']);
const MAX_VALUE_LENGTH = 200;
const MAX_ACTORS = 100;

export interface ParsedView {
  view: ViewState;
  /** Human-readable notes about parameters that were ignored or corrected. */
  notices: string[];
}

function clip(s: string): string {
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}

/** A same-origin relative path such as `data/big.json`; anything with a scheme, `//` or `..` is refused. */
export function isSafeRelativePath(p: string): boolean {
  if (p.length === 0 || p.length > MAX_VALUE_LENGTH) return false;
  if (/^[a-z][a-z0-9+.-]*:/i.test(p) || p.startsWith('/') || p.startsWith('\\')) return false;
  if (p.split(/[/\\]/).some((seg) => seg === '..')) return false;
  return /^[\w./-]+$/.test(p);
}

export function parseViewState(search: string | URLSearchParams): ParsedView {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const notices: string[] = [];
  const view: ViewState = { actors: [], categories: [] };

  for (const key of new Set(params.keys())) {
    if (!KNOWN_PARAMS.has(key)) notices.push(`Ignored unknown parameter “${clip(key)}”.`);
  }

  for (const key of ['from', 'to'] as const) {
    const values = params.getAll(key);
    const v = values[0];
    if (v === undefined) continue;
    if (values.length > 1) notices.push(`Used the first of several “${key}” dates.`);
    if (isIsoDate(v)) view[key] = v as IsoDate;
    else notices.push(`Ignored “${key}=${clip(v)}”: dates are written YYYY-MM-DD.`);
  }
  if (view.from !== undefined && view.to !== undefined && view.from > view.to) {
    [view.from, view.to] = [view.to, view.from];
    notices.push('The “from” date was after the “to” date; they were swapped.');
  }

  for (const a of params.getAll('actor')) {
    const name = a.trim();
    if (name.length === 0 || name.length > MAX_VALUE_LENGTH) {
      notices.push(`Ignored an actor parameter that was empty or too long.`);
    } else if (view.actors.length >= MAX_ACTORS) {
      notices.push(`Kept the first ${MAX_ACTORS} actors.`);
      break;
    } else if (!view.actors.includes(name)) view.actors.push(name);
  }

  for (const c of params.getAll('category')) {
    if ((CATEGORIES as readonly string[]).includes(c)) {
      if (!view.categories.includes(c as Category)) view.categories.push(c as Category);
    } else notices.push(`Ignored unknown category “${clip(c)}”.`);
  }

  const event = params.get('event');
  if (event !== null) {
    if (event.length > 0 && event.length <= MAX_VALUE_LENGTH) view.event = event;
    else notices.push('Ignored an event parameter that was empty or too long.');
  }

  const dataset = params.get('dataset');
  if (dataset !== null) {
    if (isSafeRelativePath(dataset)) view.dataset = dataset;
    else notices.push(`Refused dataset “${clip(dataset)}”: only relative paths on this site can be loaded.`);
  }

  return { view, notices };
}

/** The query string for a view (without "?"), holding only what differs from the defaults. */
export function serializeViewState(view: ViewState): string {
  const params = new URLSearchParams();
  if (view.from !== undefined) params.set('from', view.from);
  if (view.to !== undefined) params.set('to', view.to);
  for (const a of view.actors) params.append('actor', a);
  for (const c of view.categories) params.append('category', c);
  if (view.event !== undefined) params.set('event', view.event);
  if (view.dataset !== undefined) params.set('dataset', view.dataset);
  return params.toString();
}

/** True when the two views filter the same way (selection and dataset included). */
export function sameView(a: ViewState, b: ViewState): boolean {
  return serializeViewState(a) === serializeViewState(b);
}

/** True when any filter (not the selection) is set. */
/** How many filters are set: the date range counts once, each actor and each type once. */
export function activeFilters(view: ViewState): number {
  const dates = view.from !== undefined || view.to !== undefined ? 1 : 0;
  return dates + view.actors.length + view.categories.length;
}

export function hasFilters(view: ViewState): boolean {
  return (
    view.from !== undefined || view.to !== undefined || view.actors.length > 0 || view.categories.length > 0
  );
}
