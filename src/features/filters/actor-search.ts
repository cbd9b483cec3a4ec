/** Actor search for the filter: case- and accent-insensitive, matching the start of any word. */
import type { ActorCount } from '../../domain/actor-counts.ts';

export function normaliseForSearch(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export function searchActors(actors: readonly ActorCount[], query: string): ActorCount[] {
  const q = normaliseForSearch(query.trim());
  if (q === '') return [...actors];
  return actors.filter((a) => {
    const name = normaliseForSearch(a.name);
    if (name.includes(q)) return true;
    const role = a.role ? normaliseForSearch(a.role) : '';
    return role.includes(q) || (a.country !== undefined && a.country.toLowerCase() === q);
  });
}
