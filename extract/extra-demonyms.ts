/**
 * Demonyms that news text uses and the gazetteer's countries.json lacks (documented addition, not a
 * gazetteer edit): adjective -> ISO 3166-1 alpha-2. Only unambiguous, state-level adjectives.
 */
export const EXTRA_DEMONYMS: ReadonlyMap<string, string> = new Map([
  ['kyrgyz', 'KG'],
  ['tajik', 'TJ'],
  ['uzbek', 'UZ'],
  ['kazakh', 'KZ'],
  ['azeri', 'AZ'],
  ['ecuadorian', 'EC'],
  ['nepali', 'NP'],
  ['sri lankan', 'LK'],
  ['lao', 'LA'],
  ['maldivian', 'MV'],
]);
