/**
 * Who talked to whom: diplomatic contacts folded into unordered pairs of parties, by person or by
 * country. A contact between three parties (a meeting) counts once for each of its three pairs; a
 * contact where only one party is known counts as a pair with `b: null`. Output order is stable:
 * most contacts first, then by name.
 */
import { CONTACT_MODES, type ContactMode, type CrisisEvent } from './event.ts';

export interface ContactPair {
  /** The first party in code-point order (canonical actor name, or country code). */
  a: string;
  /** The other party; null when the contact names only one party. */
  b: string | null;
  count: number;
  eventIds: string[];
  /** The modes used, in contract order (phone, hotline, meeting, visit, video, message). */
  modes: ContactMode[];
}

export function isContact(e: CrisisEvent): boolean {
  return e.category === 'diplomatic_contact';
}

function compareText(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The distinct parties of one contact, in code-point order. */
function distinct(values: Iterable<string | undefined>): string[] {
  const set = new Set<string>();
  for (const v of values) {
    const t = v?.trim();
    if (t) set.add(t);
  }
  return [...set].sort(compareText);
}

export function contactParties(e: CrisisEvent): string[] {
  return distinct(e.actors.map((a) => a.name));
}

export function contactCountries(e: CrisisEvent): string[] {
  return distinct(e.actors.map((a) => a.country));
}

function pairsBy(events: readonly CrisisEvent[], partiesOf: (e: CrisisEvent) => string[]): ContactPair[] {
  const byKey = new Map<string, { a: string; b: string | null; ids: string[]; modes: Set<ContactMode> }>();
  const add = (a: string, b: string | null, e: CrisisEvent) => {
    const key = b === null ? `${a}\u0000` : `${a}\u0000${b}`;
    let entry = byKey.get(key);
    if (!entry) {
      entry = { a, b, ids: [], modes: new Set() };
      byKey.set(key, entry);
    }
    entry.ids.push(e.id);
    if (e.contact) entry.modes.add(e.contact.mode);
  };
  for (const e of events) {
    if (!isContact(e)) continue;
    const parties = partiesOf(e);
    const [only] = parties;
    if (parties.length === 1 && only !== undefined) add(only, null, e);
    for (let i = 0; i < parties.length; i++) {
      for (let j = i + 1; j < parties.length; j++) add(parties[i] as string, parties[j] as string, e);
    }
  }
  return [...byKey.values()]
    .map(({ a, b, ids, modes }) => ({
      a,
      b,
      count: ids.length,
      eventIds: ids,
      modes: CONTACT_MODES.filter((m) => modes.has(m)),
    }))
    .sort(
      (x, y) =>
        y.count - x.count ||
        compareText(x.a, y.a) ||
        (x.b === null ? (y.b === null ? 0 : 1) : y.b === null ? -1 : compareText(x.b, y.b)),
    );
}

/** Pairs of actors (canonical names) that were in diplomatic contact. */
export function contactPairs(events: readonly CrisisEvent[]): ContactPair[] {
  return pairsBy(events, contactParties);
}

/**
 * Pairs of countries (ISO codes of the actors) that were in contact. Actors of the same country
 * count as one side; a contact whose actors all share one country (or name one) is `b: null`.
 */
export function contactCountryPairs(events: readonly CrisisEvent[]): ContactPair[] {
  return pairsBy(events, contactCountries);
}
