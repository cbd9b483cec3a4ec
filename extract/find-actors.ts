/**
 * Actors in a sentence: people with titles ("Thai Defence Minister Phumtham Wechayachai"), offices
 * ("Directors General of Military Operations of India and Pakistan"), forces ("the Cambodian
 * army"), states and organisations, with canonical names from the registry when it knows them and
 * from the text when it does not. Within-article coreference goes through ActorMemory: "Singh"
 * after "Defence Minister Rajnath Singh", "the Army" after "the Indian Army".
 */
import type { Actor } from '../src/domain/event.ts';
import {
  FORCES,
  NAME_PARTICLES,
  NON_NAME,
  OFFICES,
  ORG_HEADS,
  ORGANISATIONS,
  TITLES,
} from './actor-lexicon.ts';
import { ActorMemory } from './actor-memory.ts';
import { venueCity } from './find-places.ts';
import { countryAt, ofCountries } from './country-words.ts';
import type { ExtractResources } from './ports.ts';
import { capitalOf, cityOf, notablePlace, registryPhrases } from './resource-lookups.ts';
import { lowerWords, matchTrie, tokenize, type Token } from './tokenize.ts';
import { phraseTrie } from './phrase-trie.ts';

// ActorMemory lives in actor-memory.ts; re-exported because callers (src/features/byo) import it from here.
export { ActorMemory };

export type ActorKind = 'person' | 'office' | 'force' | 'state' | 'organisation';

export interface ActorMention {
  /** offsets into the sentence */
  start: number;
  end: number;
  actor: Actor;
  kind: ActorKind;
  /** a state written as a possessive ("Thailand's aggression") or as "the two countries": not a party to a talk */
  possessive?: boolean;
}

const TITLE_PLURALS: ReadonlyMap<string, string> = new Map(
  [...TITLES.entries()]
    .filter(([, role]) => role !== '' && role !== 'counterpart')
    .map(([t, role]) => [t.replace(/y$/, 'ie') + 's', role] as [string, string])
    .concat([['army chiefs', 'Chief of Army Staff']]),
);
/** Lower-case words that can start an actor phrase ("the army", "defence minister", "directors general"). */
const INSTITUTION_HEADS = new Set(['committee', 'ministry', 'council', 'commission', 'cabinet', 'agency']);
const LOWER_STARTS = new Set(
  [
    ...TITLES.keys(),
    ...OFFICES.keys(),
    ...FORCES.keys(),
    'dgmo',
    'dgmos',
    'directors',
    'the',
    'its',
    'both',
  ].map((k) => k.split(' ')[0]!),
);
/** "army chief", "army spokesperson": a title, not the force itself. */
const TITLE_HEADS = new Set(['chief', 'chiefs', 'spokesperson', 'spokesman', 'commander', 'commanders']);
const ARTICLES = new Set(['the', 'its', 'their', 'his', 'her']);
const VISIT_WORDS = new Set(['visited', 'visit', 'visiting', 'visits', 'reached', 'toured', 'arrived']);
const WEAPONS = new Set([
  'rockets',
  'missiles',
  'drones',
  'jets',
  'fighter',
  'warplanes',
  'aircraft',
  'artillery',
  'shells',
  'shelling',
  'gunners',
  'posts',
  'helicopters',
  'tanks',
  'firing',
  'mortars',
  'mortar',
  'gunfire',
]);
/** Nouns for the members of a non-state armed group. */
const GROUP_NOUNS = new Set(['rebels', 'militants', 'insurgents', 'fighters', 'guerrillas', 'separatists']);
/** Capitalised words before a group noun that do not name the group ("Armed militants", "Some fighters"). */
const NOT_GROUPS = new Set([
  'armed',
  'some',
  'suspected',
  'the',
  'many',
  'several',
  'foreign',
  'local',
  'other',
]);
/** "the two armies'", "both sides'" right before an office: the office of each of the two */
const PAIR_BEFORE_RE =
  /\b(?:the two|both) (?:armies|countries|sides|militaries|nations|neighbours|neighbors)['’]\s*$/i;
const AIR_WEAPONS = new Set(['jets', 'fighter', 'warplanes', 'aircraft', 'helicopters']);
const SPOKES = new Set(['spokesperson', 'spokesman', 'spokeswoman']);
const WORLD_BODIES = new Set([
  'United Nations',
  'UN',
  'European Union',
  'EU',
  'ASEAN',
  'African Union',
  'NATO',
]);
const ANON_AFTER = new Set([
  'official',
  'officials',
  'spokesperson',
  'spokesman',
  'spokeswoman',
  'source',
  'sources',
  'statement',
]);
const METONYM_VERB_RE =
  /^(?:said|says|has|had|have|is|was|will|would|called|accused|expelled|closed|suspended|recalled|announced|rejected|denied|warned|condemned|urged|blamed|insisted|retaliated|responded|struck|launched|\w+ed)$/;
const METONYM_ADVERBS = new Set(['also', 'later', 'then', 'swiftly', 'quickly', 'formally', 'subsequently']);
const LOCATIVE = new Set([
  'in',
  'into',
  'inside',
  'across',
  'within',
  'at',
  'near',
  'from',
  'to',
  'towards',
  'toward',
  'over',
  'of',
  'on',
]);
const ORG_MAP: ReadonlyMap<string, string> = new Map(ORGANISATIONS.map((o) => [o.toLowerCase(), o]));
// the phrase tries, held here rather than looked up in phraseTrie's WeakMap at every token
const ORG_MAP_TRIE = phraseTrie(ORG_MAP);
const OFFICES_TRIE = phraseTrie(OFFICES);
const FORCES_TRIE = phraseTrie(FORCES);
const TITLES_TRIE = phraseTrie(TITLES);
const TITLE_PLURALS_TRIE = phraseTrie(TITLE_PLURALS);
const titleCase = (s: string): string => s.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase());

/** A capital's name is one or two words: "Bangkok", "New Delhi". */
const METONYM_LENGTHS = [2, 1] as const;
/** tokens[from..to) are all capitalised words (checked in place: this runs at every capitalised token). */
function capitalisedWords(tokens: Token[], from: number, to: number): boolean {
  for (let q = from; q < to; q++) if (!tokens[q]!.cap || tokens[q]!.punct) return false;
  return true;
}
const JOINED_NAME_RE = /^(?:al|el|ad|ar|as|ash|at|bin|ibn|abu)-\p{Lu}/u;

/** Capitalised tokens from i that can form a person's name (1-4, initials allowed). */
function nameAt(tokens: Token[], i: number, res: ExtractResources): number {
  let n = 0;
  while (n < 4 && i + n < tokens.length) {
    const t = tokens[i + n]!;
    if (n > 0 && NAME_PARTICLES.has(t.text) && tokens[i + n + 1]?.cap && !tokens[i + n + 1]?.punct) {
      n++;
      continue;
    }
    // "al-Jubeir", "bin-Salman": an Arabic particle joined to a capitalised name
    const joined = n > 0 && t.text.includes('-') && JOINED_NAME_RE.test(t.text);
    if (!joined && (t.punct || !t.cap || NON_NAME.has(t.lower) || t.text.startsWith('@'))) break;
    if (TITLES.has(t.lower) || OFFICES.has(t.lower) || FORCES.has(t.lower)) break;
    if (n === 0 && countryAt(tokens, i, res)) break;
    // "Rwanda-backed M23 rebels": the word before a group noun names the group, not a person
    if (n > 0 && GROUP_NOUNS.has(tokens[i + n + 1]?.lower ?? '')) break;
    n++;
    if (t.poss) break;
  }
  return n;
}

/**
 * A country's army (or another branch) by the registry's name ("Indian Army"), else named with the
 * demonym ("Azerbaijani Air Force").
 */
function armyOf(
  res: ExtractResources,
  country: { code: string; name: string; demonym?: string },
  branch = 'Army',
): Actor {
  const adjective = country.demonym ?? country.name;
  return (
    res.actors.resolve(`${country.name} ${branch}`) ??
    resolveOr(res, `${adjective} ${branch}`, { name: `${adjective} ${branch}`, country: country.code })
  );
}

/**
 * The weapon word at tokens[from], or after up to `models` capitalised or numbered words of a
 * model's name ("Mirage 2000 jets", "its Fateh missiles").
 */
function weaponAfter(tokens: Token[], from: number, models: number): string | undefined {
  let w = from;
  while (
    w < from + models &&
    tokens[w] &&
    !tokens[w]!.punct &&
    (tokens[w]!.cap || /\d/.test(tokens[w]!.text)) &&
    !WEAPONS.has(tokens[w]!.lower)
  )
    w++;
  return WEAPONS.has(tokens[w]?.lower ?? '') ? tokens[w]!.lower : undefined;
}

/** The sentence text of tokens[a..b). */
function textOf(sentence: string, tokens: Token[], a: number, b: number): string {
  return sentence.slice(tokens[a]!.start, tokens[b - 1]!.end);
}
function pushMention(
  out: ActorMention[],
  tokens: Token[],
  a: number,
  b: number,
  actor: Actor,
  kind: ActorKind,
): void {
  out.push({ start: tokens[a]!.start, end: tokens[b - 1]!.end, actor, kind });
}
/** The registry's actor for a name as written, with the role and country the text gives when it lacks them. */
function resolveOr(res: ExtractResources, written: string, fallback: Actor): Actor {
  const known = res.actors.resolve(written);
  if (!known) return fallback;
  return {
    ...known,
    ...(known.role || !fallback.role ? {} : { role: fallback.role }),
    ...(known.country || !fallback.country ? {} : { country: fallback.country }),
  };
}

/** "al-Jubeir", "el-Sisi": a surname that opens with an Arabic article */
const ARTICLE_NAME_RE = /^(?:al|el|ad|an|ar|as|ash|at|az|ul)-\p{Lu}/u;

export function findActors(
  sentence: string,
  res: ExtractResources,
  memory: ActorMemory,
  tokens: Token[] = tokenize(sentence),
): ActorMention[] {
  const out: ActorMention[] = [];
  const registry = phraseTrie(registryPhrases(res));

  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (t.punct || (!t.cap && !LOWER_STARTS.has(t.lower) && !ARTICLE_NAME_RE.test(t.text))) {
      i++;
      continue;
    }
    // "the committee", "the ministry": the last institution of that kind the article named
    if (t.lower === 'the' && INSTITUTION_HEADS.has(tokens[i + 1]?.lower ?? '') && !tokens[i + 2]?.cap) {
      const head = tokens[i + 1]!.lower;
      const actor = [...memory.institutions].reverse().find((a) =>
        a.name
          .toLowerCase()
          .split(/[\s()]+/)
          .includes(head),
      );
      if (actor) {
        pushMention(out, tokens, i, i + 2, actor, 'office');
        i += 2;
        continue;
      }
    }
    // "M23 rebels", "Houthi fighters": a capitalised name before a group noun names an armed group;
    // "the rebels", "the militants" later refer to the last group named
    if (GROUP_NOUNS.has(tokens[i + 1]?.lower ?? '') && !tokens[i + 1]!.cap) {
      if (t.lower === 'the' && memory.groups.length > 0) {
        pushMention(out, tokens, i, i + 2, memory.groups[memory.groups.length - 1]!, 'organisation');
        i += 2;
        continue;
      }
      if (t.cap && !countryAt(tokens, i, res) && !notablePlace(res, t.text) && !NOT_GROUPS.has(t.lower)) {
        const actor = resolveOr(res, t.text, { name: t.text });
        if (!memory.groups.some((g) => g.name === actor.name)) memory.groups.push(actor);
        pushMention(out, tokens, i, i + 1, actor, 'organisation');
        i += 2;
        continue;
      }
    }
    // "the two countries agreed", "with the two leaders": the article's two main countries, or their leaders
    // (the phrase is read only where it can start: "both", or "the" before "two")
    if ((t.lower === 'the' && tokens[i + 1]?.lower === 'two') || t.lower === 'both') {
      const words = lowerWords(tokens, i, i + 3);
      // "the two men announced", "both women": the last two people named
      const men = /^(?:the two|both) (?:men|women)\b/.exec(words);
      if (men) {
        const last: Actor[] = [];
        for (let j = memory.persons.length - 1; j >= 0 && last.length < 2; j--)
          if (!last.some((p) => p.name === memory.persons[j]!.name)) last.push(memory.persons[j]!);
        const len = men[0].split(' ').length;
        if (last.length === 2) {
          for (const actor of last.reverse())
            out.push({ start: tokens[i]!.start, end: tokens[i + len - 1]!.end, actor, kind: 'person' });
          i += len;
          continue;
        }
      }
      const m =
        /^(?:the two|both) (countries|sides|neighbours|neighbors|nations|governments|leaders|prime ministers|presidents|armies|militaries)\b/.exec(
          words,
        );
      const top = m ? memory.topCountries().slice(0, 2) : [];
      // ("the two armies’ directors-general": the offices, read below)
      const possessive = m && /^['’]$/.test(tokens[i + m[0].split(' ').length]?.text ?? '');
      if (m && top.length === 2 && !possessive) {
        const len = m[0].split(' ').length;
        for (const code of top) {
          const leader = /leaders|prime ministers|presidents/.test(m[1]!)
            ? [...memory.persons].reverse().find((p) => p.country === code)
            : undefined;
          const country = res.places.country(code);
          // "the two armies exchanged fire": each side's army
          const army = country && /armies|militaries/.test(m[1]!) ? armyOf(res, country) : undefined;
          const actor = leader ?? army ?? (country ? { name: country.name, country: code } : undefined);
          if (!actor) continue;
          const start = tokens[i]!.start;
          const end = tokens[i + len - 1]!.end;
          // "tensions between the two neighbours": the states are named, not parties to a talk
          out.push({
            start,
            end,
            actor,
            kind: leader ? 'person' : army ? 'force' : 'state',
            ...(leader || army ? {} : { possessive: true }),
          });
        }
        i += len;
        continue;
      }
    }
    // registry names and organisations, longest first
    const known = matchTrie(tokens, i, registry, 6);
    const org = matchTrie(tokens, i, ORG_MAP_TRIE, 5);
    // a country ("Pakistan's army", "Indian Defence Minister ...") is read by the country path below
    const countryFirst = known && countryAt(tokens, i, res)?.len === known.len;
    const acronymOk =
      !known ||
      known.len > 1 ||
      tokens[i]!.lower.length > 3 ||
      /^[A-Z]{3}$/.test(textOf(sentence, tokens, i, i + 1));
    if (known && acronymOk && !countryFirst && (!org || known.len >= org.len) && tokens[i]!.cap) {
      const written = textOf(sentence, tokens, i, i + known.len);
      const actor = res.actors.resolve(written) ?? res.actors.resolve(known.value);
      const prevWord = tokens[i - 1]?.lower ?? '';
      // "visited Islamabad", "in New Delhi": a capital after a preposition is a place, not its state
      const nextWord = tokens[i + known.len]?.lower ?? '';
      // ... and so is "the Kremlin" in "at the Kremlin" (where they met, not who acted)
      const asPlace =
        ((LOCATIVE.has(prevWord) || VISIT_WORDS.has(prevWord)) && res.places.has(written)) ||
        (((prevWord === 'the' && LOCATIVE.has(tokens[i - 2]?.lower ?? '')) || LOCATIVE.has(prevWord)) &&
          venueCity(written) !== undefined) ||
        (cityOf(res, written) !== undefined && !METONYM_VERB_RE.test(nextWord));
      // "UN Secretary-General Ban Ki-moon": a title the registry gives its holder today is followed
      // here by the name of whoever held it then; the title-and-name path reads that person
      const titleOnly =
        actor !== undefined &&
        isPersonLike(actor) &&
        // (... or by the rest of another person's name: "Omar al-Bashir" is not "Omar" Abdullah)
        ((tokens[i + known.len]?.cap ?? false) ||
          NAME_PARTICLES.has(tokens[i + known.len]?.text ?? '') ||
          JOINED_NAME_RE.test(tokens[i + known.len]?.text ?? '')) &&
        !written.toLowerCase().includes(actor.name.split(/\s+/).pop()!.toLowerCase());
      if (actor && !asPlace && !titleOnly && !ANON_AFTER.has(tokens[i + known.len]?.lower ?? '')) {
        if (isPersonLike(actor)) memory.rememberPerson(actor, written);
        const kind = registryKind(actor, res);
        // "Pakistani troops", "the Indian Army": a country the article is about, as its name would be
        if (actor.country && kind === 'force') memory.countCountry(actor.country);
        pushMention(out, tokens, i, i + known.len, actor, kind);
        i += known.len;
        continue;
      }
    }
    if (org && tokens[i]!.cap) {
      const after = tokens[i + org.len]?.lower ?? '';
      // "a UN spokesperson said": the organisation speaks through an unnamed spokesperson (a world
      // body only: "a State Department spokesperson" stays an anonymous source)
      if (
        SPOKES.has(after) &&
        WORLD_BODIES.has(org.value) &&
        !tokens[i + org.len + 1]?.cap &&
        /^(?:a|an|the)$/.test(tokens[i - 1]?.lower ?? '')
      )
        pushMention(
          out,
          tokens,
          i,
          i + org.len + 1,
          resolveOr(res, org.value, { name: org.value }),
          'office',
        );
      else if (
        !ANON_AFTER.has(after) &&
        // "met at the Kremlin": the building where they met, not an actor
        !(
          venueCity(org.value) !== undefined &&
          tokens[i - 1]?.lower === 'the' &&
          LOCATIVE.has(tokens[i - 2]?.lower ?? '')
        )
      )
        pushMention(
          out,
          tokens,
          i,
          i + org.len,
          resolveOr(res, org.value, { name: org.value }),
          'organisation',
        );
      i += org.len;
      continue;
    }

    const c = countryAt(tokens, i, res);
    const k = c ? i + c.len : i;
    if (c) memory.countCountry(c.code);
    const office = matchTrie(tokens, k, OFFICES_TRIE, 6);
    const seatAhead =
      office && !c && tokens[k + office.len]?.lower === 'in'
        ? capitalCountry(res, sentence, tokens, k + office.len + 1)
        : undefined;
    // "the two armies' directors-general of military operations", "the DGMOs": one office per side
    const pairOffice =
      office &&
      !c &&
      (/^dgmos$/.test(tokens[k]!.lower) ||
        PAIR_BEFORE_RE.test(sentence.slice(Math.max(0, tokens[i]!.start - 30), tokens[i]!.start)));
    if (office && (c || tokens[k]!.cap || /^dgmo/.test(tokens[k]!.lower) || seatAhead || pairOffice)) {
      let end = k + office.len;
      if (
        ANON_AFTER.has(tokens[end]?.lower ?? '') &&
        !/^dgmo/.test(tokens[k]!.lower) &&
        !/^director/.test(tokens[k]!.lower)
      ) {
        i = end;
        continue;
      }
      if (tokens[end]?.text === '(' && tokens[end + 2]?.text === ')') end += 3; // "(DGMO)"
      const of = ofCountries(tokens, end, res, memory);
      // "the Foreign Office in Islamabad": the office of the state whose capital it sits in
      const seat =
        !c && of.countries.length === 0 && tokens[end]?.lower === 'in'
          ? capitalCountry(res, sentence, tokens, end + 1)
          : undefined;
      const countries = c
        ? [c]
        : seat
          ? [seat]
          : of.countries.length || !pairOffice
            ? of.countries
            : memory
                .topCountries()
                .slice(0, 2)
                .flatMap((code) => {
                  const pc = res.places.country(code);
                  return pc ? [{ code: pc.code, name: pc.name, adjective: pc.name, len: 0 }] : [];
                });
      if (countries.length === 0) {
        const written = textOf(sentence, tokens, i, end);
        const a = res.actors.resolve(written);
        if (a) pushMention(out, tokens, i, end, a, 'office');
      }
      for (const country of countries) {
        const name = `${office.value} (${country.name})`;
        pushMention(
          out,
          tokens,
          i,
          Math.max(end, of.next),
          resolveOr(res, name, { name, country: country.code }),
          'office',
        );
      }
      i = Math.max(end, of.next);
      continue;
    }
    const force = matchTrie(tokens, k, FORCES_TRIE, 3);
    const titleAhead =
      force &&
      (TITLE_HEADS.has(tokens[k + force.len]?.lower ?? '') ||
        TITLE_HEADS.has(tokens[k + force.len + 1]?.lower ?? ''));
    if (force && !titleAhead && (c || tokens[i - 1]?.lower === 'the' || tokens[i - 1]?.lower === 'its')) {
      const end = k + force.len;
      if (ANON_AFTER.has(tokens[end]?.lower ?? '')) {
        i = end;
        continue;
      }
      const written = textOf(sentence, tokens, i, end);
      // "Pakistan's army": the country's force first (the registry may read the words as the state)
      let actor = c ? res.actors.resolve(`${c.name} ${force.value}`) : undefined;
      actor ??= res.actors.resolve(written);
      if (actor && c && actor.name === c.name) actor = undefined;
      // ("India's armed forces": the force is named with the demonym, "Indian Army")
      if (!actor && c) {
        const demonym = c.adjective === c.name ? res.places.country(c.code)?.demonym : c.adjective;
        actor = armyOf(res, { code: c.code, name: c.name, ...(demonym ? { demonym } : {}) }, force.value);
      }
      // "India said its forces had disabled": the forces of the state named before "its" in the sentence
      const owner =
        !c && (tokens[i - 1]?.lower === 'its' || tokens[i - 1]?.lower === 'their')
          ? [...out].reverse().find((m) => m.kind === 'state' && m.actor.country && !m.possessive)
          : undefined;
      if (!actor && owner) {
        const oc = res.places.country(owner.actor.country!);
        actor = oc
          ? resolveOr(res, `${oc.name} ${force.value}`, {
              name: `${oc.name} ${force.value}`,
              country: oc.code,
            })
          : undefined;
      }
      if (!actor && !c)
        actor =
          [...memory.forces].reverse().find((f) => f.name.endsWith(force.value)) ??
          memory.forces[memory.forces.length - 1];
      if (actor) {
        if (!memory.forces.some((f) => f.name === actor.name)) memory.forces.push(actor);
        pushMention(out, tokens, i, end, actor, 'force');
      }
      i = end;
      continue;
    }

    // "Thai and Cambodian troops": the first demonym shares the force noun of the second
    if (c && c.adjective !== c.name && tokens[k]?.lower === 'and') {
      const c2 = countryAt(tokens, k + 1, res);
      const shared = c2 && c2.code !== c.code ? matchTrie(tokens, k + 1 + c2.len, FORCES_TRIE, 3) : undefined;
      if (shared) {
        const actor = resolveOr(res, `${c.name} ${shared.value}`, {
          name: `${c.adjective} ${shared.value}`,
          country: c.code,
        });
        if (!memory.forces.some((f) => f.name === actor.name)) memory.forces.push(actor);
        pushMention(out, tokens, i, k, actor, 'force');
        i = k + 1;
        continue;
      }
    }
    // "saying its Fateh missiles had targeted air bases": the weapons of the state named before "its"
    if (!c && (t.lower === 'its' || t.lower === 'their')) {
      const weapon = weaponAfter(tokens, i + 1, 3);
      const owner = weapon
        ? [...out].reverse().find((m) => m.kind === 'state' && m.actor.country && !m.possessive)
        : undefined;
      const oc = owner ? res.places.country(owner.actor.country!) : undefined;
      if (weapon && oc) {
        const branch = AIR_WEAPONS.has(weapon) ? 'Air Force' : 'Army';
        const actor = resolveOr(res, `${oc.demonym ?? oc.name} ${branch}`, {
          name: `${oc.demonym ?? oc.name} ${branch}`,
          country: oc.code,
        });
        pushMention(out, tokens, i, i + 1, actor, 'force');
        i += 1;
        continue;
      }
    }
    // "Cambodian rockets", "Thai fighter jets": the weapons of a country's forces
    if (c && c.adjective !== c.name) {
      // ... and "Indian Mirage 2000 jets", "Pakistani F-16 fighters": a model's name between
      const weapon =
        weaponAfter(tokens, k, 3) ??
        (WEAPONS.has(tokens[k + 1]?.lower ?? '') ? tokens[k + 1]!.lower : undefined);
      if (weapon !== undefined) {
        const branch = AIR_WEAPONS.has(weapon) ? 'Air Force' : 'Army';
        const actor = resolveOr(res, `${c.name} ${branch}`, {
          name: `${c.adjective} ${branch}`,
          country: c.code,
        });
        // the span is the demonym only, so that "missile strikes" stays a cue
        pushMention(out, tokens, i, k, actor, 'force');
        i = k;
        continue;
      }
    }
    // an organisation named by its capitalised words: "Collective Security Treaty Organization"
    if (tokens[k]?.cap) {
      let j = k;
      if (ARTICLES.has(tokens[j]!.lower)) j++;
      while (j < tokens.length && j < k + 6 && tokens[j]!.cap && !tokens[j]!.punct) j++;
      if (j - k >= 2 + (ARTICLES.has(tokens[k]!.lower) ? 1 : 0) && ORG_HEADS.has(tokens[j - 1]!.lower)) {
        const from = ARTICLES.has(tokens[k]!.lower) ? k + 1 : k;
        const written = sentence.slice(tokens[from]!.start, tokens[j - 1]!.end);
        const name = c ? `${written} (${c.name})` : written;
        if (!ANON_AFTER.has(tokens[j]?.lower ?? ''))
          pushMention(
            out,
            tokens,
            i,
            j,
            resolveOr(res, written, { name, ...(c ? { country: c.code } : {}) }),
            'organisation',
          );
        i = j;
        continue;
      }
    }
    // a capital standing for its state: "Bangkok had expelled", "Islamabad said" (not "the Foreign
    // Office in Islamabad condemned": after a preposition it is the place)
    if (!c && t.cap && !LOCATIVE.has(tokens[i - 1]?.lower ?? '')) {
      for (const len of METONYM_LENGTHS) {
        if (i + len > tokens.length) continue;
        // "New Delhi also cancelled": an adverb may stand between the capital and its verb
        const adv = tokens[i + len] && METONYM_ADVERBS.has(tokens[i + len]!.lower) ? 1 : 0;
        const next = tokens[i + len + adv];
        if (!next || next.cap || next.punct || !METONYM_VERB_RE.test(next.lower)) continue;
        const found = capitalState(res, sentence, tokens, i, len);
        if (found) {
          const { country } = found;
          pushMention(
            out,
            tokens,
            i,
            i + len,
            { name: country.name, country: country.code, aliases: [found.place] },
            'state',
          );
          i += len;
          break;
        }
      }
      if (i !== k) continue;
    }

    // titles: "US Defence Secretary Pete Hegseth", "Raksha Mantri Shri Rajnath Singh", "US counterpart Marco Rubio"
    let role = '';
    let kk = k;
    let title = matchTrie(tokens, kk, TITLES_TRIE, 5) ?? matchTrie(tokens, kk, TITLE_PLURALS_TRIE, 5);
    const titleCountry = c;
    while (title) {
      if (!role && title.value !== '') role = title.value;
      kk += title.len;
      title = matchTrie(tokens, kk, TITLES_TRIE, 5);
    }
    if (kk > k) {
      const n = nameAt(tokens, kk, res);
      if (n > 0) {
        const written = textOf(sentence, tokens, kk, kk + n);
        const fallback: Actor = {
          name: written,
          ...(role && role !== 'counterpart' ? { role } : {}),
          ...(titleCountry ? { country: titleCountry.code } : {}),
        };
        const actor =
          memory.byFullName.get(written.toLowerCase()) ??
          memory.bySurname.get(written.toLowerCase()) ??
          resolveOr(res, written, fallback);
        memory.rememberPerson(actor, written);
        pushMention(out, tokens, i, kk + n, actor, 'person');
        i = kk + n;
        continue;
      }
      // "told his Iranian counterpart, Hossein Amir-Abdollahian, that": the name in apposition
      if (role === 'counterpart' && tokens[kk]?.text === ',' && tokens[kk + 1]?.cap) {
        const m = nameAt(tokens, kk + 1, res);
        if (m >= 2) {
          const written = textOf(sentence, tokens, kk + 1, kk + 1 + m);
          const actor =
            memory.byFullName.get(written.toLowerCase()) ??
            resolveOr(res, written, {
              name: written,
              ...(titleCountry ? { country: titleCountry.code } : {}),
            });
          memory.rememberPerson(actor, written);
          pushMention(out, tokens, kk + 1, kk + 1 + m, actor, 'person');
          i = kk + 1 + m;
          continue;
        }
      }
      // "raised the violations with his Pakistani counterpart": the same office on the other side
      // (not when the counterpart is named right after: "his U.S. counterpart, Secretary of State Marco Rubio")
      if (role === 'counterpart' && titleCountry && !(tokens[kk]?.text === ',' && tokens[kk + 1]?.cap)) {
        const mine = [...out]
          .reverse()
          .find((m) => m.kind === 'office' || (m.kind === 'person' && m.actor.role));
        const office =
          mine && (mine.kind === 'office' ? mine.actor.name.replace(/\s*\([^)]*\)$/, '') : mine.actor.role);
        if (office) {
          const name = `${office} (${titleCountry.name})`;
          pushMention(
            out,
            tokens,
            i,
            kk,
            resolveOr(res, name, { name, role: office, country: titleCountry.code }),
            'office',
          );
          i = kk;
          continue;
        }
      }
      const of = ofCountries(tokens, kk, res, memory);
      if (of.countries.length && role) {
        for (const country of of.countries) {
          const name = `${titleCase(role)} (${country.name})`;
          pushMention(
            out,
            tokens,
            i,
            of.next,
            resolveOr(res, name, { name, role, country: country.code }),
            'office',
          );
        }
        i = of.next;
        continue;
      }
    }
    if (c) {
      const next = tokens[i + c.len];
      const prev = tokens[i - 1];
      const modifier = next && !next.punct && next.cap && !c.poss;
      const hyphenated = next?.text === '-' || next?.text === '–' || prev?.text === '-' || prev?.text === '–';
      const located = prev && LOCATIVE.has(prev.lower);
      const isDemonym = c.adjective !== c.name;
      if (!modifier && !hyphenated && !located && !isDemonym) {
        const start = tokens[i]!.start;
        const end = tokens[i + c.len - 1]!.end;
        out.push({
          start,
          end,
          actor: { name: c.name, country: c.code },
          kind: 'state',
          ...(c.poss ? { possessive: true } : {}),
        });
      }
      i += c.len;
      continue;
    }

    // coreference: "Singh", "Secretary Hegseth" (title consumed above), "@SecRubio"
    if (t.text.startsWith('@')) {
      const handle = t.lower.slice(1);
      const actor =
        res.actors.resolve(t.text) ?? [...memory.bySurname.entries()].find(([s]) => handle.includes(s))?.[1];
      if (actor) pushMention(out, tokens, i, i + 1, actor, 'person');
      i++;
      continue;
    }
    // "al-Jubeir was in Islamabad": a remembered surname with a lower-case article is still the person
    if (!t.cap && ARTICLE_NAME_RE.test(t.text)) {
      const actor = memory.bySurname.get(t.lower);
      if (actor) {
        pushMention(out, tokens, i, i + 1, actor, 'person');
        i++;
        continue;
      }
    }
    if (t.cap) {
      const n = nameAt(tokens, i, res);
      if (n > 0) {
        const written = textOf(sentence, tokens, i, i + n);
        const lastWord = tokens[i + n - 1]!.lower;
        const actor = memory.byFullName.get(written.toLowerCase()) ?? memory.bySurname.get(lastWord);
        // "was in Islamabad": a remembered name after a locative that is a known place is the place
        const before = tokens[i - 1]?.lower ?? '';
        // (... but not a possessive: "took note of Uribe's apology")
        const locatedPlace =
          (LOCATIVE.has(before) || VISIT_WORDS.has(before)) &&
          !tokens[i + n - 1]!.poss &&
          res.places.has(written);
        if (actor && !locatedPlace) {
          pushMention(out, tokens, i, i + n, actor, 'person');
          i += n;
          continue;
        }
        // apposition: "Maris Sangiampongsa, Thailand's foreign minister, said"; "Zabihullah Mujahid,
        // the Taliban government's spokesman, said" (up to three words before the title)
        // (not "In New York, UN Secretary-General Ban Ki-moon ...": a place after "in" opens the sentence)
        if (n >= 2 && tokens[i + n]?.text === ',' && !locatedPlace) {
          let j = i + n + 1;
          if (tokens[j]?.lower === 'the') j++;
          const ac = countryAt(tokens, j, res);
          if (ac) j += ac.len;
          let at = matchTrie(tokens, j, TITLES_TRIE, 5);
          for (let skip = 1; !ac && !at && skip <= 3 && !tokens[j + skip - 1]?.punct; skip++)
            if (tokens[j + skip - 1]?.poss || skip < 3) at = matchTrie(tokens, j + skip, TITLES_TRIE, 5);
          if (at && at.value) {
            const a = resolveOr(res, written, {
              name: written,
              role: at.value,
              ...(ac ? { country: ac.code } : {}),
            });
            memory.rememberPerson(a, written);
            pushMention(out, tokens, i, i + n, a, 'person');
            i += n;
            continue;
          }
        }
        // an untitled full name that speaks: "Zabihullah Mujahid said" (not a place, a country or an organisation)
        // ... or that is given its country: "Kamchybek Tashiev of Kyrgyzstan"
        // ... or after its country's possessive: "Colombia's Alvaro Uribe", "Nicaragua's Daniel Ortega"
        const owner = out[out.length - 1];
        const possCountry =
          owner?.kind === 'state' &&
          owner.possessive &&
          owner.actor.country &&
          /^(?:['’]s)?\s$/.test(sentence.slice(owner.end, tokens[i]!.start)) &&
          !FORCES.has(lastWord) &&
          !GROUP_NOUNS.has(tokens[i + n]?.lower ?? '') &&
          // (not the start of a title: "Pakistan's Deputy Prime Minister")
          !LOWER_STARTS.has(tokens[i + n]?.lower ?? '') &&
          !tokens.slice(i, i + n).some((w) => LOWER_STARTS.has(w.lower))
            ? res.places.country(owner.actor.country)
            : undefined;
        const ofCountry =
          n >= 2 && tokens[i + n]?.lower === 'of'
            ? countryAt(tokens, i + n + 1, res)
            : possCountry && n >= 2
              ? { code: possCountry.code }
              : undefined;
        if (
          n >= 2 &&
          (SPEECH_VERBS.has(tokens[i + n]?.lower ?? '') || ofCountry) &&
          !ORG_HEADS.has(lastWord) &&
          !tokens.slice(i, i + n).some((w, q) => notablePlace(res, w.text) || countryAt(tokens, i + q, res))
        ) {
          const a = resolveOr(res, written, {
            name: written,
            ...(ofCountry ? { country: ofCountry.code } : {}),
          });
          memory.rememberPerson(a, written);
          pushMention(out, tokens, i, i + n, a, 'person');
          i += n;
          continue;
        }
        i += n;
        continue;
      }
    }
    i++;
  }
  for (const m of out)
    if (
      (m.kind === 'office' || m.kind === 'organisation') &&
      /\b(?:Committee|Ministry|Council|Commission|Cabinet|Office|Agency)\b/.test(m.actor.name) &&
      !memory.institutions.includes(m.actor)
    )
      memory.institutions.push(m.actor);
  return out;
}

/** The state whose capital is written in tokens[at..at+len), capitalised: "Islamabad", "New Delhi". */
function capitalState(
  res: ExtractResources,
  sentence: string,
  tokens: Token[],
  at: number,
  len: number,
): { place: string; country: { code: string; name: string } } | undefined {
  if (at + len > tokens.length || !capitalisedWords(tokens, at, at + len)) return undefined;
  const place = capitalOf(res, sentence.slice(tokens[at]!.start, tokens[at + len - 1]!.end));
  const country = place?.country ? res.places.country(place.country) : undefined;
  return place && country ? { place: place.name, country } : undefined;
}

/** The state whose capital (one or two words) starts at tokens[at]: "the Foreign Office in Islamabad". */
function capitalCountry(
  res: ExtractResources,
  sentence: string,
  tokens: Token[],
  at: number,
): { code: string; name: string } | undefined {
  for (const len of METONYM_LENGTHS) {
    const found = capitalState(res, sentence, tokens, at, len);
    if (found) return found.country;
  }
  return undefined;
}

const SPEECH_VERBS = new Set([
  'said',
  'says',
  'told',
  'added',
  'wrote',
  'stated',
  'declared',
  // (and the verbs of a contact: "Richard Holbrooke spoke by telephone with ...")
  'spoke',
  'met',
  'telephoned',
  'phoned',
  'talked',
]);

/** The kind of a registry actor, which the port does not carry: forces by name, states by country name, people by role. */
function registryKind(actor: Actor, res: ExtractResources): ActorKind {
  if (isForce(actor.name)) return 'force';
  if (res.places.country(actor.name)?.name === actor.name) return 'state';
  if (!isPersonLike(actor) || !actor.role) return 'organisation';
  return 'person';
}

function isForce(name: string): boolean {
  return /\b(?:Army|Air Force|Navy|Military|Forces|Rangers|Guards)\b/.test(name);
}
function isPersonLike(a: Actor): boolean {
  return !isForce(a.name) && !/\(|Ministry|Office|Government/.test(a.name);
}
