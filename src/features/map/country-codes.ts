/**
 * world-atlas identifies countries by ISO 3166-1 numeric code ("356"); the event contract uses
 * alpha-2 ("IN"). The table is generated from world-countries by scripts/build-basemap.ts.
 */
import codes from './basemap/country-codes.json';

const NUMERIC_TO_ALPHA2: Readonly<Record<string, string>> = codes;
const ALPHA2_TO_NUMERIC: ReadonlyMap<string, string> = new Map(
  Object.entries(NUMERIC_TO_ALPHA2).map(([numeric, alpha2]) => [alpha2, numeric]),
);

export function alpha2ForNumeric(numeric: string): string | undefined {
  return NUMERIC_TO_ALPHA2[numeric];
}

export function numericForAlpha2(alpha2: string): string | undefined {
  return ALPHA2_TO_NUMERIC.get(alpha2);
}

/** "IN" -> "India" in English; the code itself when the runtime has no name for it. */
// Made once: constructing Intl objects is slow, and the map names countries on every filter change.
const REGION_NAMES = new Intl.DisplayNames(['en'], { type: 'region' });

export function countryName(alpha2: string): string {
  try {
    return REGION_NAMES.of(alpha2) ?? alpha2;
  } catch {
    return alpha2;
  }
}
