/**
 * Diplomatic contacts -> the panel's list items and its who-talked-to-whom matrix. Pure.
 */
import {
  contactCountryPairs,
  contactPairs,
  isContact,
  contactCountries,
  contactParties,
  type ContactPair,
} from '../../domain/contact-pairs.ts';
import type { ContactMode, CrisisEvent, Evidence } from '../../domain/event.ts';
import { describeDate } from '../../domain/precision-wording.ts';

export type ContactOrder = 'newest' | 'oldest';
export type MatrixMode = 'person' | 'country';

export const MODE_LABEL: Record<ContactMode, string> = {
  phone: 'Phone call',
  hotline: 'Hotline',
  meeting: 'Meeting',
  visit: 'Visit',
  video: 'Video call',
  message: 'Message',
};

export interface ContactParty {
  name: string;
  role?: string;
  country?: string;
}

export interface ContactItem {
  id: string;
  /** The date in words with its precision ("27–28 April 2025 — a span of days (e.g. a night)"). */
  dateText: string;
  mode: ContactMode | undefined;
  modeLabel: string;
  /** Distinct parties by canonical name, in the order the event lists them. */
  parties: ContactParty[];
  /** What was said: the statements, else the summary. */
  said: string[];
  saidIsSummary: boolean;
  evidence: readonly Evidence[];
}

function compareText(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

function chronological(a: CrisisEvent, b: CrisisEvent): number {
  return (
    compareText(a.date.start, b.date.start) ||
    compareText(a.date.end ?? a.date.start, b.date.end ?? b.date.start) ||
    compareText(a.id, b.id)
  );
}

function toItem(e: CrisisEvent): ContactItem {
  const seen = new Set<string>();
  const parties: ContactParty[] = [];
  for (const a of e.actors) {
    if (seen.has(a.name)) continue;
    seen.add(a.name);
    parties.push({ name: a.name, ...(a.role && { role: a.role }), ...(a.country && { country: a.country }) });
  }
  const statements = (e.statements ?? []).filter((s) => s.trim() !== '');
  return {
    id: e.id,
    dateText: describeDate(e.date),
    mode: e.contact?.mode,
    modeLabel: e.contact ? MODE_LABEL[e.contact.mode] : 'Contact (mode not given)',
    parties,
    said: statements.length > 0 ? statements : [e.summary],
    saidIsSummary: statements.length === 0,
    evidence: e.evidence,
  };
}

/** The diplomatic contacts among `events`, as list items in the chosen order. */
export function toContactItems(
  events: readonly CrisisEvent[],
  order: ContactOrder,
  onlyIds?: ReadonlySet<string>,
): ContactItem[] {
  const contacts = events.filter((e) => isContact(e) && (onlyIds === undefined || onlyIds.has(e.id)));
  contacts.sort(chronological);
  if (order === 'newest') contacts.reverse();
  return contacts.map(toItem);
}

export interface MatrixParty {
  key: string;
  /** Country code of the party (by country: the key itself; by person: the actor's usual country). */
  country?: string;
  /** Contacts this party took part in (a three-way meeting counts once). */
  total: number;
}

export interface PairMatrix {
  mode: MatrixMode;
  parties: MatrixParty[];
  /** cells[i][j] = contacts between parties i and j (symmetric, 0 on the diagonal). */
  cells: number[][];
  /** unknown[i] = contacts of party i where no other party is known. */
  unknown: number[];
  hasUnknown: boolean;
  /** Parties left out beyond the limit. */
  hidden: number;
  /** The pair behind a cell, for its event ids; `b: null` for the unknown column. */
  pairAt: (i: number, j: number | null) => ContactPair | undefined;
}

export function pairKey(a: string, b: string | null): string {
  const [x, y] = b === null || a < b ? [a, b] : [b, a];
  return y === null ? `${x}\u0000` : `${x}\u0000${y}`;
}

/** The who-talked-to-whom matrix: the `limit` parties with most contacts, most first. */
export function toPairMatrix(
  events: readonly CrisisEvent[],
  mode: MatrixMode,
  limit = 10,
  /** The pairs of `events` in this mode when the caller has them (the app's event index does). */
  precomputedPairs?: readonly ContactPair[],
): PairMatrix {
  const contacts = events.filter(isContact);
  const partiesOf = mode === 'person' ? contactParties : contactCountries;
  const pairs =
    precomputedPairs ?? (mode === 'person' ? contactPairs(contacts) : contactCountryPairs(contacts));

  const totals = new Map<string, number>();
  const countries = new Map<string, Map<string, number>>();
  for (const e of contacts) {
    for (const p of partiesOf(e)) totals.set(p, (totals.get(p) ?? 0) + 1);
    if (mode === 'person') {
      for (const a of e.actors) {
        if (!a.country) continue;
        const m = countries.get(a.name) ?? new Map<string, number>();
        m.set(a.country, (m.get(a.country) ?? 0) + 1);
        countries.set(a.name, m);
      }
    }
  }
  const usualCountry = (name: string): string | undefined => {
    if (mode === 'country') return name;
    let best: string | undefined;
    let n = 0;
    for (const [c, k] of countries.get(name) ?? [])
      if (k > n || (k === n && best !== undefined && c < best)) [best, n] = [c, k];
    return best;
  };

  const ranked = [...totals].sort(([a, x], [b, y]) => y - x || compareText(a, b));
  const shown = ranked.slice(0, limit);
  const index = new Map(shown.map(([k], i) => [k, i]));
  const size = shown.length;
  const cells = Array.from({ length: size }, () => new Array<number>(size).fill(0));
  const unknown = new Array<number>(size).fill(0);
  const byKey = new Map<string, ContactPair>();
  for (const p of pairs) {
    byKey.set(pairKey(p.a, p.b), p);
    const i = index.get(p.a);
    if (i === undefined) continue;
    if (p.b === null) {
      unknown[i] = p.count;
      continue;
    }
    const j = index.get(p.b);
    if (j === undefined) continue;
    (cells[i] as number[])[j] = p.count;
    (cells[j] as number[])[i] = p.count;
  }
  const keys = shown.map(([k]) => k);
  return {
    mode,
    parties: shown.map(([key, total]) => {
      const country = usualCountry(key);
      return { key, total, ...(country !== undefined && { country }) };
    }),
    cells,
    unknown,
    hasUnknown: unknown.some((n) => n > 0),
    hidden: ranked.length - shown.length,
    pairAt: (i, j) => {
      const a = keys[i];
      if (a === undefined) return undefined;
      if (j === null) return byKey.get(pairKey(a, null));
      const b = keys[j];
      return b === undefined ? undefined : byKey.get(pairKey(a, b));
    },
  };
}
