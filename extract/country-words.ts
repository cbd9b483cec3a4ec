/**
 * Country names and demonyms in token streams ("Pakistan's", "Thai", "the United States"), through
 * the gazetteer's country() plus the documented extra demonyms, memoised per resources object.
 */
import type { ActorMemory } from './actor-memory.ts';
import { EXTRA_DEMONYMS } from './extra-demonyms.ts';
import type { ExtractResources } from './ports.ts';
import { lowerWords, type Token } from './tokenize.ts';

export interface CountryHit {
  code: string;
  name: string;
  /** the word as written when it is a demonym ("Thai"), for names like "Thai Army" */
  adjective: string;
  len: number;
  /** written as a possessive: "Pakistan's" */
  poss?: boolean;
}

const CODE_ALLOW = new Set(['US', 'USA', 'U.S.', 'U.S', 'UK', 'U.K.', 'UAE', 'EU']);
const COUNTRY_CACHE = new WeakMap<ExtractResources, Map<string, { code: string; name: string } | null>>();
/** Country lookups repeat across an article and a corpus: memoised per resources object. */
function countryOf(res: ExtractResources, text: string): { code: string; name: string } | undefined {
  let m = COUNTRY_CACHE.get(res);
  if (!m) COUNTRY_CACHE.set(res, (m = new Map()));
  let v = m.get(text);
  if (v === undefined) {
    const extra = EXTRA_DEMONYMS.get(text.toLowerCase());
    m.set(text, (v = res.places.country(text) ?? (extra ? res.places.country(extra) : undefined) ?? null));
  }
  return v ?? undefined;
}

/**
 * Keyed on the next three tokens as written: the first with its possessive, the second with its
 * possessive, the third with whether it is capitalised. One Map per token rather than one key
 * string built per lookup (the build and its hashing cost more than the rest of the lookup).
 */
type AtCache = Map<string, Map<string, Map<string, CountryHit | null>>>;
const COUNTRY_AT_CACHE = new WeakMap<ExtractResources, AtCache>();
/**
 * Where a second word cannot extend the name (it is not a capitalised word, or the first is a
 * possessive) the answer depends on the first token alone: keyed on it only, one lookup instead
 * of three (most calls). The same holds for two tokens when a third cannot extend them.
 */
const COUNTRY_AT_ONE = new WeakMap<ExtractResources, Map<string, CountryHit | null>>();
const COUNTRY_AT_TWO = new WeakMap<ExtractResources, Map<string, Map<string, CountryHit | null>>>();
/**
 * Per sentence (its token array) and position: the actor stage asks about the same token several
 * times, one sentence after another, so the memo holds the last sentence only (a WeakMap entry per
 * sentence cost a lookup per call and ephemeron work in every GC).
 */
let atTokens: Token[] | undefined;
let atRes: ExtractResources | undefined;
let atHits: (CountryHit | null | undefined)[] = [];

export /** A country name or demonym starting at token i (memoised on the next three tokens as written). */
function countryAt(tokens: Token[], i: number, res: ExtractResources): CountryHit | undefined {
  const t = tokens[i];
  if (!t || !t.cap || t.punct) return undefined;
  if (tokens !== atTokens || res !== atRes) {
    atTokens = tokens;
    atRes = res;
    atHits = [];
  }
  let hit = atHits[i];
  if (hit === undefined) atHits[i] = hit = countryAtText(tokens, i, res);
  return hit ?? undefined;
}

function countryAtText(tokens: Token[], i: number, res: ExtractResources): CountryHit | null {
  const t = tokens[i]!;
  const t1 = tokens[i + 1];
  const t2 = tokens[i + 2];
  const k0 = t.poss ? `${t.text}'s` : t.text;
  if (!t1 || !t1.cap || t1.punct || t.poss) {
    let one = COUNTRY_AT_ONE.get(res);
    if (!one) COUNTRY_AT_ONE.set(res, (one = new Map()));
    let hit = one.get(k0);
    if (hit === undefined) one.set(k0, (hit = countryAtUncached(tokens, i, res) ?? null));
    return hit;
  }
  const k1 = t1.poss ? `${t1.text}'s` : t1.text;
  if (!t2 || !t2.cap || t2.punct || t1.poss) {
    let two = COUNTRY_AT_TWO.get(res);
    if (!two) COUNTRY_AT_TWO.set(res, (two = new Map()));
    let by1 = two.get(k0);
    if (!by1) two.set(k0, (by1 = new Map()));
    let hit = by1.get(k1);
    if (hit === undefined) by1.set(k1, (hit = countryAtUncached(tokens, i, res) ?? null));
    return hit;
  }
  let cache = COUNTRY_AT_CACHE.get(res);
  if (!cache) COUNTRY_AT_CACHE.set(res, (cache = new Map()));
  const k2 = t2.text; // capitalised: no '_' mark
  let by1 = cache.get(k0);
  if (!by1) cache.set(k0, (by1 = new Map()));
  let by2 = by1.get(k1);
  if (!by2) by1.set(k1, (by2 = new Map()));
  let hit = by2.get(k2);
  if (hit === undefined) by2.set(k2, (hit = countryAtUncached(tokens, i, res) ?? null));
  return hit;
}

function countryAtUncached(tokens: Token[], i: number, res: ExtractResources): CountryHit | undefined {
  for (let len = 3; len >= 1; len--) {
    if (i + len > tokens.length) continue;
    const span = tokens.slice(i, i + len);
    if (
      !span.every((t) => t.cap && !t.punct) ||
      span.slice(0, -1).some((t) => t.poss) ||
      span[0]!.lower === 'the'
    )
      continue;
    const text = span.map((t) => t.text).join(' ');
    if (/^[A-Z.]{2,4}$/.test(text) && !CODE_ALLOW.has(text)) continue;
    const c = countryOf(res, text.replace(/\./g, '') === 'US' ? 'US' : text);
    if (c)
      return {
        code: c.code,
        name: c.name,
        adjective: text.toLowerCase() === c.name.toLowerCase() || text.length <= 3 ? c.name : text,
        len,
        poss: span[len - 1]!.poss,
      };
  }
  return undefined;
}

export /** "of India and Pakistan", "of both countries": countries after an office; returns them and the tokens used. */
function ofCountries(
  tokens: Token[],
  k: number,
  res: ExtractResources,
  memory: ActorMemory,
): { countries: CountryHit[]; next: number } {
  if (tokens[k]?.lower !== 'of') return { countries: [], next: k };
  const both = lowerWords(tokens, k + 1, k + 4);
  if (
    /^(?:both countries|the two countries|both sides|the two sides|the two neighbours|the two neighbors)/.test(
      both,
    )
  ) {
    const top = memory.topCountries().slice(0, 2);
    const hits = top.flatMap((code) => {
      const c = res.places.country(code);
      return c ? [{ code: c.code, name: c.name, adjective: c.name, len: 0 }] : [];
    });
    return { countries: hits, next: k + 3 };
  }
  const out: CountryHit[] = [];
  let j = k + 1;
  for (;;) {
    if (tokens[j]?.lower === 'the') j++;
    const c = countryAt(tokens, j, res);
    if (!c) break;
    out.push(c);
    j += c.len;
    if (tokens[j]?.lower === 'and' || tokens[j]?.text === ',') j++;
    else break;
  }
  return out.length ? { countries: out, next: j } : { countries: [], next: k };
}
