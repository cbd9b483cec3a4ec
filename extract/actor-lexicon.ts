/**
 * Words that make an actor: titles of people (longest first when matched), offices, forces and
 * words that are never part of a person's name. Lower case; plural forms map to the singular role.
 */

/** title as written (lower case) -> role to record ('' = an honorific that adds no role). */
export const TITLES: ReadonlyMap<string, string> = new Map(
  (
    [
      ['prime minister', 'Prime Minister'],
      ['deputy prime minister', 'Deputy Prime Minister'],
      ['acting prime minister', 'Acting Prime Minister'],
      ['caretaker prime minister', 'Caretaker Prime Minister'],
      ['president', 'President'],
      ['vice president', 'Vice President'],
      ['vice-president', 'Vice President'],
      ['foreign minister', 'Foreign Minister'],
      ['state councillor', 'State Councillor'],
      ['state councilor', 'State Councillor'],
      ['foreign affairs minister', 'Foreign Minister'],
      ['minister of foreign affairs', 'Foreign Minister'],
      ['minister for foreign affairs', 'Foreign Minister'],
      ['external affairs minister', 'External Affairs Minister'],
      ['minister of external affairs', 'External Affairs Minister'],
      ['defence minister', 'Defence Minister'],
      ['defense minister', 'Defence Minister'],
      ['minister of defence', 'Defence Minister'],
      ['minister of defense', 'Defence Minister'],
      ['raksha mantri', 'Defence Minister'],
      ['home minister', 'Home Minister'],
      ['interior minister', 'Interior Minister'],
      ['information minister', 'Information Minister'],
      ['finance minister', 'Finance Minister'],
      ['minister of state', 'Minister of State'],
      ['minister', 'Minister'],
      ['secretary of state', 'Secretary of State'],
      ['assistant secretary of state', 'Assistant Secretary of State'],
      ['deputy secretary of state', 'Deputy Secretary of State'],
      ['under secretary of state', 'Under Secretary of State'],
      ['deputy foreign minister', 'Deputy Foreign Minister'],
      ['deputy defence minister', 'Deputy Defence Minister'],
      ['deputy national security adviser', 'Deputy National Security Adviser'],
      ['lieutenant', 'Lieutenant'],
      ['senior lieutenant', 'Senior Lieutenant'],
      ['secretary of defense', 'Secretary of Defense'],
      ['secretary of defence', 'Secretary of Defense'],
      ['defence secretary', 'Secretary of Defense'],
      ['defense secretary', 'Secretary of Defense'],
      ['foreign secretary', 'Foreign Secretary'],
      ['home secretary', 'Home Secretary'],
      ['secretary-general', 'Secretary-General'],
      ['secretary general', 'Secretary-General'],
      ['secretary', 'Secretary'],
      ['national security adviser', 'National Security Adviser'],
      ['national security advisor', 'National Security Adviser'],
      ['chief of army staff', 'Chief of Army Staff'],
      ['army chief', 'Chief of Army Staff'],
      ['military operations chief', 'Director General of Military Operations'],
      ['director general of military operations', 'Director General of Military Operations'],
      ['army spokesperson', 'Army Spokesperson'],
      ['military spokesperson', 'Military Spokesperson'],
      ['chief of defence staff', 'Chief of Defence Staff'],
      ['chief of the defence staff', 'Chief of Defence Staff'],
      ['field marshal', 'Field Marshal'],
      ['air chief marshal', 'Air Chief Marshal'],
      ['air marshal', 'Air Marshal'],
      ['general', 'General'],
      ['gen', 'General'],
      ['gen.', 'General'],
      ['lieutenant general', 'Lieutenant General'],
      ['lt gen', 'Lieutenant General'],
      ['lt gen.', 'Lieutenant General'],
      ['lt. gen.', 'Lieutenant General'],
      ['major general', 'Major General'],
      ['maj gen', 'Major General'],
      ['brigadier', 'Brigadier'],
      ['colonel', 'Colonel'],
      ['col', 'Colonel'],
      ['admiral', 'Admiral'],
      ['vice admiral', 'Vice Admiral'],
      ['commander', 'Commander'],
      ['ambassador', 'Ambassador'],
      ['envoy', 'Envoy'],
      ['special envoy', 'Special Envoy'],
      ['high commissioner', 'High Commissioner'],
      ['spokesperson', 'Spokesperson'],
      ['spokesman', 'Spokesperson'],
      ['spokeswoman', 'Spokesperson'],
      ['king', 'King'],
      ['queen', 'Queen'],
      ['premier', 'Premier'],
      ['chancellor', 'Chancellor'],
      ['senator', 'Senator'],
      ['chief minister', 'Chief Minister'],
      ['governor', 'Governor'],
      ['lieutenant governor', 'Lieutenant Governor'],
      ['counterpart', 'counterpart'],
      ['leader', 'Leader'],
      ['former leader', 'Former Leader'],
      ['opposition leader', 'Opposition Leader'],
      ['shri', ''],
      ['senior', ''],
      ['top', ''],
      ['military commander', 'Military Commander'],
      ['corps commander', 'Corps Commander'],
      ['prince', ''],
      ['sheikh', ''],
      ['mr', ''],
      ['mr.', ''],
      ['ms', ''],
      ['ms.', ''],
      ['mrs', ''],
      ['dr', ''],
      ['dr.', ''],
    ] as [string, string][]
  ).sort((a, b) => b[0].length - a[0].length),
);

/**
 * Offices that act without a personal name. `perCountry` offices get the country in brackets:
 * "Director General of Military Operations (India)".
 */
export const OFFICES: ReadonlyMap<string, string> = new Map(
  (
    [
      ['directors general of military operations', 'Director General of Military Operations'],
      ['director general of military operations', 'Director General of Military Operations'],
      ['director-general of military operations', 'Director General of Military Operations'],
      ['directors-general of military operations', 'Director General of Military Operations'],
      ['dgmos', 'Director General of Military Operations'],
      ['dgmo', 'Director General of Military Operations'],
      ['foreign ministry', 'Ministry of Foreign Affairs'],
      ['ministry of foreign affairs', 'Ministry of Foreign Affairs'],
      ['foreign office', 'Ministry of Foreign Affairs'],
      ['ministry of external affairs', 'Ministry of External Affairs'],
      ['external affairs ministry', 'Ministry of External Affairs'],
      ['defence ministry', 'Ministry of Defence'],
      ['defense ministry', 'Ministry of Defence'],
      ['ministry of defence', 'Ministry of Defence'],
      ['ministry of defense', 'Ministry of Defence'],
      ['home ministry', 'Ministry of Home Affairs'],
      ['interior ministry', 'Ministry of Interior'],
      ['ministry of home affairs', 'Ministry of Home Affairs'],
      ['government', 'Government'],
      ['cabinet', 'Government'],
      ['embassy', 'Embassy'],
      ['high commission', 'High Commission'],
      ["prime minister's office", "Prime Minister's Office"],
      ['national security council', 'National Security Council'],
      ['cabinet committee on security', 'Cabinet Committee on Security'],
    ] as [string, string][]
  ).sort((a, b) => b[0].length - a[0].length),
);

/** Force nouns -> the branch used in the canonical name ("Thai troops" -> "Thai Army"). */
export const FORCES: ReadonlyMap<string, string> = new Map(
  (
    [
      ['army', 'Army'],
      ['armed forces', 'Army'],
      ['military', 'Army'],
      ['troops', 'Army'],
      ['soldiers', 'Army'],
      ['forces', 'Army'],
      ['ground forces', 'Army'],
      ['border troops', 'Army'],
      ['commandos', 'Army'],
      ['special forces', 'Army'],
      ['paratroopers', 'Army'],
      ['marines', 'Navy'],
      ['warships', 'Navy'],
      ['sailors', 'Navy'],
      ['air force', 'Air Force'],
      ['navy', 'Navy'],
      ['rangers', 'Rangers'],
      ['border guards', 'Border Guards'],
      ['border security force', 'Border Security Force'],
      ['border police', 'Border Police'],
    ] as [string, string][]
  ).sort((a, b) => b[0].length - a[0].length),
);

/** Organisations that are actors by themselves. */
/** Last words of an organisation's capitalised name ("Collective Security Treaty Organization"). */
export const ORG_HEADS = new Set([
  'organization',
  'organisation',
  'alliance',
  'council',
  'committee',
  'union',
  'front',
  'league',
  'commission',
  'agency',
  'bureau',
  'command',
  'corps',
  'party',
  'watch',
]);

/** Lower-case words allowed inside a personal name: "Faisal bin Farhan". */
export const NAME_PARTICLES = new Set([
  'bin',
  'bint',
  'ibn',
  'al',
  'el',
  'de',
  'da',
  'di',
  'van',
  'von',
  'der',
  'la',
  'le',
]);

export const ORGANISATIONS: readonly string[] = [
  'United Nations',
  'UN',
  'UN Security Council',
  'Security Council',
  'European Union',
  'EU',
  'ASEAN',
  'White House',
  'State Department',
  'Pentagon',
  'Kremlin',
  'ISPR',
  'Inter-Services Public Relations',
  'The Resistance Front',
  'Lashkar-e-Taiba',
  'Jaish-e-Mohammed',
];

/** Capitalised words that never belong to a person's name. */
export const NON_NAME = new Set(
  (
    'the a an on in at of and or but for to from with by as after before during since while when that this these those it its ' +
    'he she they we i his her their our monday tuesday wednesday thursday friday saturday sunday january february march april ' +
    'may june july august september october november december army ministry military forces troops government office state ' +
    'affairs police force navy air border line control international security council news agency said says told added ' +
    'earlier today yesterday officials sources however meanwhile also ap photo reuters pti ani afp'
  ).split(' '),
);

/** Anonymous sources: never actors ("officials said", "defence sources said"). */
export const ANONYMOUS_RE = /\b(?:officials?|sources|spokespeople|residents|witnesses|reports?|media)\b/i;
