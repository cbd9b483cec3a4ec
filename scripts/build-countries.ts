/**
 * countries.json from npm world-countries (ODbL): ISO alpha-2/alpha-3/numeric codes, English
 * names and demonyms, plus the short documented list of forms news text uses that the package
 * lacks. Pure; scripts/build-gazetteer.ts writes the file.
 */
import type { CountryRecord } from '../src/domain/gazetteer.ts';
import { LATIN_RE } from './build-gazetteer-core.ts';

export type WorldCountry = {
  cca2: string;
  ccn3: string;
  cca3: string;
  independent: boolean | null;
  name: { common: string; official: string };
  altSpellings: string[];
  demonyms?: { eng?: { f: string; m: string } };
  /** neighbours by land, ISO alpha-3 */
  borders?: string[];
};

/**
 * Names the news uses that world-countries lacks. Documented here rather than hidden in the loader.
 * "US"/"U.S."/"USA" and "UK" are handled as names, not demonyms.
 */
const EXTRA_COUNTRY_NAMES: Record<string, { names?: string[]; demonyms?: string[] }> = {
  US: {
    names: ['US', 'U.S.', 'U.S.A.', 'USA', 'America', 'United States of America'],
    demonyms: ['US', 'U.S.'],
  },
  GB: { names: ['UK', 'U.K.', 'Britain', 'Great Britain', 'England'], demonyms: ['UK', 'U.K.', 'English'] },
  AE: { names: ['UAE', 'U.A.E.', 'Emirates'], demonyms: ['UAE'] },
  SA: { demonyms: ['Saudi'] },
  CN: { names: ["People's Republic of China", 'PRC'] },
  KR: { names: ['South Korea'], demonyms: ['South Korean'] },
  KP: { names: ['North Korea'], demonyms: ['North Korean'] },
  RU: { names: ['Russian Federation'] },
  IR: { names: ['Islamic Republic of Iran'] },
  TR: { names: ['Turkey', 'Türkiye', 'Turkiye'] },
  CZ: { names: ['Czech Republic'] },
  NL: { names: ['Holland'] },
  PS: { names: ['Palestinian territories', 'State of Palestine'] },
  MM: { names: ['Burma'], demonyms: ['Burmese'] },
  AF: { demonyms: ['Afghani'] },
  BD: { demonyms: ['Bangladeshi'] },
  PK: { demonyms: ['Pak'] },
};

export function buildCountries(world: WorldCountry[]): CountryRecord[] {
  const alpha2 = new Map(world.map((c) => [c.cca3, c.cca2]));
  return world
    .map((c) => {
      const extra = EXTRA_COUNTRY_NAMES[c.cca2] ?? {};
      const demonyms = new Set<string>();
      if (c.demonyms?.eng) {
        demonyms.add(c.demonyms.eng.m);
        demonyms.add(c.demonyms.eng.f);
      }
      for (const d of extra.demonyms ?? []) demonyms.add(d);
      const names = new Set<string>([c.name.common, c.name.official, ...(extra.names ?? [])]);
      // altSpellings mixes codes and native names; keep the Latin ones longer than a code.
      for (const a of c.altSpellings) if (a.length > 3 && LATIN_RE.test(a)) names.add(a);
      names.delete(c.name.common);
      const rec: CountryRecord = {
        code: c.cca2,
        independent: c.independent === true,
        alpha3: c.cca3,
        numeric: c.ccn3,
        name: c.name.common,
        names: [...names].filter((n) => n).sort(),
        demonyms: [...demonyms].filter((d) => d).sort(),
      };
      const neighbours = (c.borders ?? []).flatMap((b) => alpha2.get(b) ?? []).sort();
      if (neighbours.length > 0) rec.neighbours = neighbours;
      return rec;
    })
    .sort((a, b) => a.code.localeCompare(b.code));
}
