/** Memoised lookups into the resources that the actor stage repeats for every capitalised word. */
import type { ExtractResources, PlaceRecord } from './ports.ts';
import { tokenize } from './tokenize.ts';

const NOTABLE_CACHE = new WeakMap<ExtractResources, Map<string, boolean>>();
export /** A place known beyond its own country by that name: the actor stage reads names before it
 * knows the article's countries, so a village somewhere ("Wagner", Iowa; "Ruto", GeoNames'
 * alternate name of Routot, France) must not stop "Wagner fighters" or "William Ruto said". */
function notablePlace(res: ExtractResources, text: string): boolean {
  let m = NOTABLE_CACHE.get(res);
  if (!m) NOTABLE_CACHE.set(res, (m = new Map()));
  let v = m.get(text);
  if (v === undefined) m.set(text, (v = res.places.has(text, { notableOnly: true })));
  return v;
}

const CITY_CACHE = new WeakMap<ExtractResources, Map<string, PlaceRecord | null>>();
export /** The gazetteer city of that name ("Islamabad" as a place unless a verb follows: "Islamabad said"). */
function cityOf(res: ExtractResources, text: string): PlaceRecord | undefined {
  let m = CITY_CACHE.get(res);
  if (!m) CITY_CACHE.set(res, (m = new Map()));
  let v = m.get(text);
  if (v === undefined) {
    const p = notablePlace(res, text) ? res.places.lookup(text) : undefined;
    m.set(text, (v = p?.kind === 'city' ? p : null));
  }
  return v ?? undefined;
}

const CAPITAL_CACHE = new WeakMap<ExtractResources, Map<string, PlaceRecord | null>>();
export /** The gazetteer's capital city of that name, if it is one (memoised: capitals recur). */
function capitalOf(res: ExtractResources, text: string): PlaceRecord | undefined {
  let m = CAPITAL_CACHE.get(res);
  if (!m) CAPITAL_CACHE.set(res, (m = new Map()));
  let v = m.get(text);
  if (v === undefined) {
    const p = notablePlace(res, text) ? res.places.lookup(text) : undefined;
    m.set(text, (v = p?.featureCode === 'PPLC' ? p : null));
  }
  return v ?? undefined;
}

const phraseCache = new WeakMap<ExtractResources, Map<string, string>>();
export /** The registry's names as lower-case phrases for matchPhrase, built once per resources object. */
function registryPhrases(res: ExtractResources): Map<string, string> {
  let m = phraseCache.get(res);
  if (!m) {
    m = new Map();
    for (const n of res.actors.names()) {
      const key = tokenize(n)
        .map((t) => t.lower + (t.poss ? "'s" : ''))
        .join(' ');
      // (short words only as three-letter acronyms, "BSF", "ISI": the actor stage takes them only
      // where the text writes them in capitals)
      if (key && /\p{L}/u.test(key) && (!/^[a-z]{1,3}$/.test(key) || /^[A-Z]{3}$/.test(n))) m.set(key, n);
    }
    phraseCache.set(res, m);
  }
  return m;
}
