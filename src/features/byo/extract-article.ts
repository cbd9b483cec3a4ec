/**
 * One user article through the project's extractor (extract/), exactly as the corpus goes through
 * it, plus what a reader needs when nothing comes out: the dates, places and actors the stages
 * did recognise, so "no events found" is an explanation rather than a shrug. Pure: the resources
 * and the publication date are passed in; runs in the extraction Worker and in unit tests.
 */
import { extractEvents } from '../../../extract/extract-events.ts';
import { ActorMemory, findActors } from '../../../extract/find-actors.ts';
import { findDates } from '../../../extract/find-dates.ts';
import { findPlaces } from '../../../extract/find-places.ts';
import { parseDateline } from '../../../extract/parse-dateline.ts';
import type { ExtractResources } from '../../../extract/ports.ts';
import { splitSentences } from '../../../extract/split-sentences.ts';
import { tokenize } from '../../../extract/tokenize.ts';
import { formatDay } from '../../domain/dates.ts';
import type { CrisisEvent, IsoDate } from '../../domain/event.ts';

export interface ArticleToExtract {
  /** The evidence source: `user:<id>:<name>`. */
  source: string;
  text: string;
  published: IsoDate;
}

export interface Recognised {
  dates: string[];
  places: string[];
  actors: string[];
}

export interface ArticleExtraction {
  events: CrisisEvent[];
  warnings: string[];
  /** Only when no event was found. */
  recognised?: Recognised;
}

const MAX_LISTED = 12;

function pushUnique(list: string[], seen: Set<string>, value: string): void {
  const key = value.toLowerCase();
  if (seen.has(key) || list.length >= MAX_LISTED) return;
  seen.add(key);
  list.push(value);
}

/** What the extractor's stages find in the text, sentence by sentence, as the pipeline runs them. */
export function recogniseArticle(text: string, published: IsoDate, res: ExtractResources): Recognised {
  const out: Recognised = { dates: [], places: [], actors: [] };
  const seen = { dates: new Set<string>(), places: new Set<string>(), actors: new Set<string>() };
  const sentences = splitSentences(text, parseDateline(text).bodyStart);
  const memory = new ActorMemory();
  const tokens = sentences.map((s) => tokenize(s.text));
  const actors = sentences.map((s, k) => findActors(s.text, res, memory, tokens[k]));
  const countries = memory.topCountries().slice(0, 4);
  sentences.forEach((s, k) => {
    const mentions = actors[k] ?? [];
    for (const m of mentions) pushUnique(out.actors, seen.actors, m.actor.name);
    for (const d of findDates(s.text, published)) {
      const day =
        d.date.end && d.date.end !== d.date.start
          ? `${formatDay(d.date.start)} – ${formatDay(d.date.end)}`
          : formatDay(d.date.start);
      pushUnique(out.dates, seen.dates, `“${d.text}” (${day})`);
    }
    const places = findPlaces(s.text, tokens[k] ?? tokenize(s.text), res.places, countries, (a, b) =>
      mentions.some((m) => a < m.end && m.start < b),
    );
    for (const p of places) pushUnique(out.places, seen.places, p.location.name);
  });
  return out;
}

export function extractArticle(article: ArticleToExtract, res: ExtractResources): ArticleExtraction {
  const result = extractEvents(
    { name: article.source, text: article.text, published: article.published },
    res,
  );
  const events = result.events.map((e) => ({ ...e, origins: ['user' as const] }));
  if (events.length > 0) return { events, warnings: result.warnings };
  let recognised: Recognised;
  try {
    recognised = recogniseArticle(article.text, article.published, res);
  } catch {
    // The summary is a courtesy: a stage that changed shape must not turn "no events" into an error.
    recognised = { dates: [], places: [], actors: [] };
  }
  return { events, warnings: result.warnings, recognised };
}
