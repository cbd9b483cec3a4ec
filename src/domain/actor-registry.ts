/**
 * The actor registry: canonical names for the people, offices, forces and states of the crisis
 * (data/actors.json), so that "Raksha Mantri Shri Rajnath Singh", "Rajnath" and "@rajnathsingh" all
 * become "Rajnath Singh". Pure: runs in Node and in the browser. The list crosses one zod schema
 * when a registry is built; errors name the entry index and the field.
 */
import { z } from 'zod';
import actorsJson from '../../data/actors.json';
import type { Actor } from './event.ts';

export const ACTOR_KINDS = ['person', 'office', 'force', 'state', 'organisation', 'group'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export const RegistryActorSchema = z.object({
  name: z.string().min(1, 'must not be empty').max(300),
  role: z.string().min(1).max(300).optional(),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as IN')
    .optional(),
  kind: z.enum(ACTOR_KINDS),
  aliases: z.array(z.string().min(1, 'must not be empty').max(300)),
  note: z.string().max(1000).optional(),
});
export type RegistryActor = z.infer<typeof RegistryActorSchema>;

/** Parses an actor list (an array, or `{ actors: [...] }` as in data/actors.json). Throws an Error
 * whose message names every bad entry and field, e.g. `actors[12].country: must be an ISO ...`. */
export function parseActorList(input: unknown): RegistryActor[] {
  const list =
    input && typeof input === 'object' && !Array.isArray(input) && 'actors' in input
      ? (input as { actors: unknown }).actors
      : input;
  const result = z.array(RegistryActorSchema).safeParse(list);
  if (!result.success) {
    const lines = result.error.issues.map((i) => {
      const [index, ...field] = i.path;
      const where =
        typeof index === 'number' ? `actors[${index}]${field.length ? `.${field.join('.')}` : ''}` : 'actors';
      return `${where}: ${i.message}`;
    });
    throw new Error(`invalid actor list:\n${lines.join('\n')}`);
  }
  const seen = new Set<string>();
  result.data.forEach((a, i) => {
    const k = normalizeActorName(a.name);
    if (seen.has(k))
      throw new Error(`invalid actor list:\nactors[${i}].name: duplicate canonical name "${a.name}"`);
    seen.add(k);
  });
  return result.data;
}

/** Titles and honorifics dropped from the front of a name as written ("Lt Gen", "Raksha Mantri
 * Shri", "US Secretary of State"). Longest first. "Sheikh", "Prince" and "Sir" are dropped only
 * for matching; canonical names keep them where they are part of the name. */
const HONORIFICS = [
  'raksha mantri', 'union home minister', 'home minister', 'defence minister', 'defense minister',
  'external affairs minister', 'foreign minister', 'foreign secretary', 'deputy prime minister',
  'prime minister', 'deputy pm', 'pm', 'president', 'vice president', 'secretary of state',
  'secretary of defense', 'defence secretary', 'defense secretary', 'secretary general',
  'secretary', 'minister', 'chief minister', 'cm', 'lieutenant governor', 'lt governor', 'lg',
  'national security adviser', 'national security advisor', 'nsa', 'eam', 'army chief', 'coas',
  'cds', 'dgmo', 'dg ispr', 'spokesperson', 'spokesman', 'ambassador', 'amb', 'envoy',
  'field marshal', 'general', 'gen', 'lieutenant general', 'lt gen', 'major general', 'maj gen',
  'brigadier', 'brig', 'colonel', 'col', 'lt col', 'major', 'maj', 'captain', 'capt',
  'air chief marshal', 'acm', 'air marshal', 'air vice marshal', 'wing commander', 'wg cdr',
  'group captain', 'admiral', 'adm', 'vice admiral', 'rear admiral', 'commodore', 'commander', 'cdr',
  'shri', 'sri', 'smt', 'shrimati', 'mr', 'mrs', 'ms', 'dr', 'prof', 'professor', 'sir', 'dame',
  'hon', 'honourable', 'his excellency', 'her excellency', 'hh', 'h h', 'his highness',
  'sheikh', 'shaikh', 'prince', 'crown prince', 'king', 'senator', 'sen', 'mian', 'syed',
  'us', 'u s', 'indian', 'pakistani', 'pakistan', 'india', 'chinese', 'russian', 'british', 'uk',
  'iranian', 'saudi', 'emirati', 'uae', 'american', 'un', 'union', 'federal', 'former',
]
  .map((h) => h.split(' '))
  .sort((a, b) => b.length - a.length); // prettier-ignore

/** Lower case, no diacritics, no dots or apostrophes ("S. Jaishankar" -> "s jaishankar"),
 * other punctuation -> space, a leading "the" and a trailing "'s" dropped. */
export function normalizeActorName(s: string): string {
  const k = s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/[.'’‘`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return k.startsWith('the ') ? k.slice(4) : k;
}

/** Drops leading honorifics word by word: "lt gen rajiv ghai" -> "rajiv ghai". */
export function stripHonorifics(normalized: string): string {
  let words = normalized.split(' ');
  for (let changed = true; changed && words.length > 1;) {
    changed = false;
    for (const h of HONORIFICS) {
      if (h.length < words.length && h.every((w, i) => words[i] === w)) {
        words = words.slice(h.length);
        changed = true;
        break;
      }
    }
  }
  return words.join(' ');
}

export type ResolveOptions = { country?: string };
/** A name as written, or an actor with its country (which disambiguates "DGMO"). */
export type ActorRef = string | { name: string; country?: string };

export interface ActorRegistry {
  /** The canonical actor for a name as written, or undefined when unknown or ambiguous (an alias
   * shared by several actors, e.g. "DGMO", needs `country`). */
  resolve(nameAsWritten: string, opts?: ResolveOptions): RegistryActor | undefined;
  all(): RegistryActor[];
  byName(canonical: string): RegistryActor | undefined;
  /** see `sameActor` */
  sameActor(a: ActorRef, b: ActorRef): boolean;
  /** The event-contract actor for a registry entry: name, role, country (and aliases for forces,
   * as the reference events carry them). */
  toActor(actor: RegistryActor): Actor;
}

function pick(list: RegistryActor[] | undefined, country: string | undefined): RegistryActor | undefined {
  if (!list || list.length === 0) return undefined;
  if (list.length === 1) return list[0];
  if (!country) return undefined;
  const same = list.filter((a) => a.country === country);
  return same.length === 1 ? same[0] : undefined;
}

export function createActorRegistry(list?: unknown): ActorRegistry {
  const actors = parseActorList(list ?? actorsJson);
  const strong = new Map<string, RegistryActor[]>();
  const surnames = new Map<string, RegistryActor[]>();
  const push = (m: Map<string, RegistryActor[]>, k: string, a: RegistryActor) => {
    if (!k) return;
    const l = m.get(k);
    if (!l) m.set(k, [a]);
    else if (!l.includes(a)) l.push(a);
  };
  for (const a of actors) {
    for (const n of [a.name, ...a.aliases]) {
      push(strong, normalizeActorName(n), a);
      // "Prime Minister Modi" -> "modi"; only for people ("Prime Minister's Office" is not "office").
      // A single word left over ("Wing Commander Singh" -> "singh") is only a weak surname key.
      if (a.kind === 'person') {
        const stripped = stripHonorifics(normalizeActorName(n));
        push(stripped.includes(' ') ? strong : surnames, stripped, a);
      }
    }
    // A person's last name word ("Hegseth") is a weak key: used only when no alias matches.
    if (a.kind === 'person') {
      const words = stripHonorifics(normalizeActorName(a.name)).split(' ');
      if (words.length > 1) push(surnames, words[words.length - 1] ?? '', a);
    }
  }
  const byCanonical = new Map(actors.map((a) => [a.name, a]));

  const resolve = (name: string, opts: ResolveOptions = {}): RegistryActor | undefined => {
    const key = normalizeActorName(name);
    if (!key) return undefined;
    const stripped = stripHonorifics(key);
    return (
      pick(strong.get(key), opts.country) ??
      pick(strong.get(stripped), opts.country) ??
      (stripped.includes(' ') ? undefined : pick(surnames.get(stripped), opts.country))
    );
  };

  const sameActor = (a: ActorRef, b: ActorRef): boolean => {
    const [na, ca] = typeof a === 'string' ? [a, undefined] : [a.name, a.country];
    const [nb, cb] = typeof b === 'string' ? [b, undefined] : [b.name, b.country];
    if (ca && cb && ca !== cb) return false;
    const ra = resolve(na, { country: ca ?? cb });
    const rb = resolve(nb, { country: cb ?? ca });
    if (ra && rb) return ra === rb;
    const ka = stripHonorifics(normalizeActorName(ra ? ra.name : na));
    const kb = stripHonorifics(normalizeActorName(rb ? rb.name : nb));
    if (!ka || !kb) return false;
    if (ka === kb) return true;
    // "Baloch" and "Amna Baloch": one is a single word that ends the other's name.
    const wa = ka.split(' ');
    const wb = kb.split(' ');
    if (wa.length === 1 && wb.length > 1) return wb[wb.length - 1] === ka;
    if (wb.length === 1 && wa.length > 1) return wa[wa.length - 1] === kb;
    return false;
  };

  return {
    resolve,
    all: () => [...actors],
    byName: (canonical) => byCanonical.get(canonical) ?? resolve(canonical),
    sameActor,
    toActor: (r) => ({
      name: r.name,
      ...(r.role ? { role: r.role } : {}),
      ...(r.country ? { country: r.country } : {}),
      ...(r.kind === 'force' ? { aliases: r.aliases.filter((x) => !x.startsWith('@')).slice(0, 6) } : {}),
    }),
  };
}

let defaultRegistry: ActorRegistry | undefined;

/** True when two actor names mean the same actor (the dataset merger's test): never across two
 * different countries; both resolve (with their country) to the same canonical actor; or — when the
 * registry does not know them — their normalised names match or one is a single surname that ends
 * the other's name. */
export function sameActor(a: ActorRef, b: ActorRef): boolean {
  defaultRegistry ??= createActorRegistry();
  return defaultRegistry.sameActor(a, b);
}
