/** Actors in a set of events, ordered by how many events name them (the actor filter's order). */
import type { CrisisEvent } from './event.ts';

export interface ActorCount {
  name: string;
  count: number;
  /** The most frequent country given for this actor, if any. */
  country?: string;
  role?: string;
}

export function countActors(events: readonly CrisisEvent[]): ActorCount[] {
  const byName = new Map<string, { count: number; countries: Map<string, number>; role?: string }>();
  for (const e of events) {
    const seen = new Set<string>();
    for (const a of e.actors) {
      if (seen.has(a.name)) continue; // an actor listed twice in one event counts once
      seen.add(a.name);
      let entry = byName.get(a.name);
      if (!entry) {
        entry = { count: 0, countries: new Map() };
        byName.set(a.name, entry);
      }
      entry.count += 1;
      if (a.country) entry.countries.set(a.country, (entry.countries.get(a.country) ?? 0) + 1);
      if (a.role && !entry.role) entry.role = a.role;
    }
  }
  const out: ActorCount[] = [];
  for (const [name, { count, countries, role }] of byName) {
    let country: string | undefined;
    let best = 0;
    for (const [c, n] of countries)
      if (n > best || (n === best && country !== undefined && c < country)) [country, best] = [c, n];
    out.push({ name, count, ...(country !== undefined && { country }), ...(role !== undefined && { role }) });
  }
  return out.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}
