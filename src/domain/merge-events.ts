/**
 * mergeEvents: the same real event reported by two sources (an article and the curated fact sheet,
 * or two articles) becomes one event carrying both evidence entries.
 *
 * Two events are the same when all hold (issue 5, events-contract.md "How extraction quality is
 * judged"): same category; overlapping day intervals (`before` overlaps anything on or before its
 * start); same place (both without place, same name, or within 25 km); and a shared actor. Guards
 * that keep distinct events apart:
 * - a diplomatic contact needs the smaller actor set inside the larger one and the same mode, so two
 *   calls on one day by the same minister with different people stay two;
 * - an event that names no actor can still match (it cannot contradict one), except for contacts and
 *   statements, whose whole identity is who spoke;
 * - a cluster holds at most one curated event (the editor already merged the fact sheet's mentions
 *   of one event, and kept distinct measures of one day apart), and two events citing the same source
 *   are never merged (the extractor already separated them).
 *
 * Clustering is complete-linkage and greedy in a fixed order (curated events first, as anchors; then
 * the rest by start day, category, id): an event joins the cluster all of whose members it matches
 * and whose actors overlap its own the most (Jaccard), then whose days do (so a report of the night
 * of 27-28 April joins that night, not the night of 28-29); with no such cluster, or a tie between
 * two, it starts its own. So no A~B~C chains, and a report that fits two calls equally is not guessed into one.
 * Candidates come from category+day buckets, so the cost is O(n log n) for dated events; a `before`
 * event scans the clusters of its category.
 */
import { eventDayInterval } from './dates.ts';
import type {
  Actor,
  CrisisEvent,
  DatePrecision,
  Evidence,
  Location,
  Origin,
  PlacePrecision,
} from './event.ts';
import { ORIGINS, isQuoteEvidence } from './event.ts';
import { createActorRegistry, type ActorRegistry } from './actor-registry.ts';

export type SameActor = (a: Actor, b: Actor) => boolean;

export interface MergeOptions {
  /** Actor identity; defaults to the shared actor registry. */
  sameActor?: SameActor;
  /** Largest distance between two places that are the same place (km). */
  maxDistanceKm?: number;
}

const DEFAULT_MAX_KM = 25;
/** A dated event spanning more days than this is looked up like a `before` event (by scan). */
const MAX_BUCKET_DAYS = 62;

function words(s: string): string[] {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter((w) => w.length > 0);
}

let registry: ActorRegistry | undefined;

/**
 * Actor identity through the shared actor registry: both names resolve (with their country, so an
 * extracted "DGMO" of IN is the Indian DGMO) to the same canonical actor; names the registry does
 * not know fall back to its normalised-name and surname rule. Two different countries never match.
 */
export const sameActorInRegistry: SameActor = (a, b) => {
  if (a.country !== undefined && b.country !== undefined && a.country !== b.country) return false;
  registry ??= createActorRegistry();
  const ra = registry.resolve(a.name, a.country ? { country: a.country } : {});
  const rb = registry.resolve(b.name, b.country ? { country: b.country } : {});
  if (ra && rb) return ra === rb;
  return registry.sameActor(ra ?? a, rb ?? b);
};

/** Great-circle distance in km (haversine). */
function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

function samePlace(a: Location | null | undefined, b: Location | null | undefined, maxKm: number): boolean {
  if (a == null || b == null) return a == null && b == null;
  if (words(a.name).join(' ') === words(b.name).join(' ')) return true;
  if (a.lat !== undefined && a.lon !== undefined && b.lat !== undefined && b.lon !== undefined) {
    return distanceKm({ lat: a.lat, lon: a.lon }, { lat: b.lat, lon: b.lon }) <= maxKm;
  }
  return false;
}

function datesOverlap(a: CrisisEvent, b: CrisisEvent): boolean {
  const x = eventDayInterval(a.date);
  const y = eventDayInterval(b.date);
  return x.first <= y.last && y.first <= x.last;
}

function sharedActorCount(a: CrisisEvent, b: CrisisEvent, same: SameActor): number {
  return a.actors.filter((x) => b.actors.some((y) => same(x, y))).length;
}

/** Shared actors over all actors named (Jaccard): a report fits Rubio–Jaishankar better than a 48-hour round of calls. */
function actorOverlap(a: CrisisEvent, b: CrisisEvent, same: SameActor): number {
  const shared = sharedActorCount(a, b, same);
  const union = a.actors.length + b.actors.length - shared;
  return union === 0 ? 0 : shared / union;
}

/** Shared days over all days (Jaccard) of two dated events; 0 when either is `before` (open-ended). */
function dateOverlap(a: CrisisEvent, b: CrisisEvent): number {
  const x = eventDayInterval(a.date);
  const y = eventDayInterval(b.date);
  if (!Number.isFinite(x.first) || !Number.isFinite(y.first)) return 0;
  const shared = Math.min(x.last, y.last) - Math.max(x.first, y.first) + 1;
  return Math.max(0, shared) / (Math.max(x.last, y.last) - Math.min(x.first, y.first) + 1);
}

function actorsAgree(a: CrisisEvent, b: CrisisEvent, same: SameActor): boolean {
  const needsActors = a.category === 'diplomatic_contact' || a.category === 'statement';
  if (a.actors.length === 0 || b.actors.length === 0) return !needsActors;
  const shared = sharedActorCount(a, b, same);
  if (shared === 0) return false;
  if (a.category !== 'diplomatic_contact') return true;
  // Every actor of the smaller side must be in the larger: Rubio–Jaishankar is not Rubio–Sharif.
  const [small, large] = a.actors.length <= b.actors.length ? [a, b] : [b, a];
  return small.actors.every((x) => large.actors.some((y) => same(x, y)));
}

const isCurated = (e: CrisisEvent): boolean => e.origins?.includes('curated') ?? false;

function shareSource(a: CrisisEvent, b: CrisisEvent): boolean {
  const sources = new Set(a.evidence.map((e) => e.source));
  return b.evidence.some((e) => sources.has(e.source));
}

/** True when a and b are two reports of the same real event (symmetric). */
export function isSameEvent(a: CrisisEvent, b: CrisisEvent, options: MergeOptions = {}): boolean {
  const same = options.sameActor ?? sameActorInRegistry;
  if (a.category !== b.category) return false;
  if (isCurated(a) && isCurated(b)) return false;
  if (shareSource(a, b)) return false;
  if (a.contact && b.contact && a.contact.mode !== b.contact.mode) return false;
  if (!datesOverlap(a, b)) return false;
  if (!samePlace(a.location, b.location, options.maxDistanceKm ?? DEFAULT_MAX_KM)) return false;
  return actorsAgree(a, b, same);
}

/** The fixed order everything is processed and returned in: start day, category, id. */
export function compareEvents(a: CrisisEvent, b: CrisisEvent): number {
  if (a.date.start !== b.date.start) return a.date.start < b.date.start ? -1 : 1;
  if (a.category !== b.category) return a.category < b.category ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

const DATE_RANK: Record<DatePrecision, number> = { day: 3, range: 3, approximate: 1, before: 0 };
const PLACE_RANK: Record<PlacePrecision, number> = { point: 4, district: 3, region: 2, country: 1 };
const placeRank = (l: Location | null | undefined): number => (l == null ? 0 : PLACE_RANK[l.precision]);

/** The member with the highest rank; ties go to the primary, then to the first in sort order. */
function best<T>(
  members: CrisisEvent[],
  primary: CrisisEvent,
  rank: (e: CrisisEvent) => number,
  pick: (e: CrisisEvent) => T,
): T {
  let top = primary;
  for (const m of members) if (rank(m) > rank(top)) top = m;
  return pick(top);
}

function mergeActors(members: CrisisEvent[], same: SameActor): Actor[] {
  const out: Actor[] = [];
  for (const actor of members.flatMap((m) => m.actors)) {
    const i = out.findIndex((o) => same(o, actor));
    const known = out[i];
    if (known === undefined) {
      out.push({ ...actor });
      continue;
    }
    const aliases = [...new Set([...(known.aliases ?? []), ...(actor.aliases ?? [])])];
    out[i] = {
      ...known,
      ...(known.role === undefined && actor.role !== undefined ? { role: actor.role } : {}),
      ...(known.country === undefined && actor.country !== undefined ? { country: actor.country } : {}),
      ...(aliases.length > 0 ? { aliases } : {}),
    };
  }
  return out;
}

function evidenceKey(e: Evidence): string {
  return isQuoteEvidence(e) ? `q|${e.source}|${e.start}|${e.end}|${e.quote}` : `n|${e.source}|${e.note}`;
}

function sourceLabel(e: CrisisEvent): string {
  return e.evidence[0]?.source ?? e.id;
}

/** Fatalities: one figure if all stating members agree; else the primary's, with the others named in `claims`. */
function mergeFatalities(
  members: CrisisEvent[],
  primary: CrisisEvent,
): Pick<CrisisEvent, 'fatalities' | 'claims'> {
  const stating = members.filter((m) => m.fatalities !== undefined);
  const first = stating.find((m) => m === primary) ?? stating[0];
  if (first === undefined) return primary.claims !== undefined ? { claims: primary.claims } : {};
  const others = stating.filter((m) => m.fatalities !== first.fatalities);
  const claimsOf = stating.find((m) => m.fatalities === first.fatalities && m.claims !== undefined)?.claims;
  if (others.length === 0)
    return { fatalities: first.fatalities, ...(claimsOf !== undefined ? { claims: claimsOf } : {}) };
  const rest = others.map((m) => `${m.fatalities} (${m.claims ?? sourceLabel(m)})`).join('; ');
  const claims = `${first.fatalities} (${claimsOf ?? sourceLabel(first)}); other reports: ${rest}`;
  return { fatalities: first.fatalities, claims: claims.slice(0, 500) };
}

function mergeCluster(members: CrisisEvent[], same: SameActor): CrisisEvent {
  const first = members[0] as CrisisEvent;
  if (members.length === 1) return first;
  const primary = members.find(isCurated) ?? first;
  const origins = ORIGINS.filter((o: Origin) => members.some((m) => m.origins?.includes(o)));
  const statements = [...new Set(members.flatMap((m) => m.statements ?? []))];
  const evidence = [...new Map(members.flatMap((m) => m.evidence).map((e) => [evidenceKey(e), e])).values()];
  const contact = primary.contact ?? members.find((m) => m.contact)?.contact;
  const { fatalities, claims } = mergeFatalities(members, primary);
  return {
    id: first.id,
    category: first.category,
    date: best(
      members,
      primary,
      (m) => DATE_RANK[m.date.precision],
      (m) => m.date,
    ),
    location: best(
      members,
      primary,
      (m) => placeRank(m.location),
      (m) => m.location ?? null,
    ),
    actors: mergeActors([primary, ...members.filter((m) => m !== primary)], same),
    ...(fatalities !== undefined ? { fatalities } : {}),
    ...(claims !== undefined ? { claims } : {}),
    ...(contact !== undefined ? { contact } : {}),
    ...(statements.length > 0 ? { statements } : {}),
    summary: primary.summary,
    evidence,
    ...(origins.length > 0 ? { origins } : {}),
  };
}

interface Cluster {
  members: CrisisEvent[];
}

/** Day numbers of a dated event, or undefined for `before` and overlong events (those are scanned, not bucketed). */
function bucketDays(e: CrisisEvent): number[] | undefined {
  const { first, last } = eventDayInterval(e.date);
  if (!Number.isFinite(first) || last - first > MAX_BUCKET_DAYS) return undefined;
  const days: number[] = [];
  for (let d = first; d <= last; d++) days.push(d);
  return days;
}

/** Curated events first (they are the anchors: never merged with each other), then the rest; each in sort order. */
function processingOrder(events: CrisisEvent[]): CrisisEvent[] {
  // An event given twice (the same file loaded twice) is one report.
  const unique = [...new Map(events.map((e) => [JSON.stringify(e), e])).values()];
  const sorted = unique.sort(compareEvents);
  return [...sorted.filter(isCurated), ...sorted.filter((e) => !isCurated(e))];
}

/** Merge reports of the same real event. Pure and deterministic: the result does not depend on input order. */
export function mergeEvents(events: CrisisEvent[], options: MergeOptions = {}): CrisisEvent[] {
  const same = options.sameActor ?? sameActorInRegistry;
  const clusters: Cluster[] = [];
  const buckets = new Map<string, Cluster[]>(); // category|day -> clusters with a member on that day
  const all = new Map<string, Cluster[]>(); // category -> every cluster (what a `before` event scans)
  const unbucketed = new Map<string, Cluster[]>(); // category -> clusters holding a `before`/overlong member
  const listOf = (map: Map<string, Cluster[]>, key: string): Cluster[] => {
    let list = map.get(key);
    if (list === undefined) map.set(key, (list = []));
    return list;
  };
  const addOnce = (list: Cluster[], c: Cluster): void => {
    if (!list.includes(c)) list.push(c);
  };

  for (const event of processingOrder(events)) {
    const cat = event.category;
    const days = bucketDays(event);
    const pool =
      days === undefined
        ? listOf(all, cat)
        : new Set([...days.flatMap((d) => buckets.get(`${cat}|${d}`) ?? []), ...listOf(unbucketed, cat)]);
    let chosen: Cluster | undefined;
    let chosenScore: [number, number] = [-1, -1];
    let tied = false;
    for (const c of pool) {
      if (!c.members.every((m) => isSameEvent(m, event, options))) continue;
      const mean = (f: (m: CrisisEvent) => number) =>
        c.members.reduce((s, m) => s + f(m), 0) / c.members.length;
      const score: [number, number] = [
        mean((m) => actorOverlap(m, event, same)),
        mean((m) => dateOverlap(m, event)),
      ];
      const cmp = score[0] - chosenScore[0] || score[1] - chosenScore[1];
      if (cmp === 0) tied = true;
      if (cmp > 0) {
        chosen = c;
        chosenScore = score;
        tied = false;
      }
    }
    // Ambiguous (two clusters fit equally well): keep the event on its own rather than guess.
    if (tied || chosen === undefined) {
      chosen = { members: [] };
      clusters.push(chosen);
      listOf(all, cat).push(chosen);
    }
    chosen.members.push(event);
    if (days === undefined) addOnce(listOf(unbucketed, cat), chosen);
    else for (const d of days) addOnce(listOf(buckets, `${cat}|${d}`), chosen);
  }
  return clusters.map((c) => mergeCluster([...c.members].sort(compareEvents), same)).sort(compareEvents);
}
