/**
 * The curated record's checker (`npm run check:curated`, and scripts/check-curated.test.ts in
 * `npm test`). For every event in data/curated/*.json it proves:
 * - it validates against the event contract (EventSchema), is unique by id and marked `curated`;
 * - every evidence entry is `{source, note}` whose note starts "Fact N:", N is in the fact index
 *   (data/facts/facts-index.json), the source is fact N's URL, and the event's dates overlap fact N's;
 * - its category is the type of at least one fact it cites;
 * - every place with coordinates has them from the gazetteer: within 1 km of an entry of that name;
 * - no note, summary or statement repeats 8 consecutive words of a cited fact's supporting quote;
 * - every actor name is a canonical name of the actor registry;
 * - a call (phone, hotline, video, message) has no place; a meeting or visit has one;
 * - every fact of the index is cited by some event, or listed under `skipped` with a reason.
 * Problems name the file, the event (index and id) and the field.
 */
import { readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createActorRegistry } from '../src/domain/actor-registry.ts';
import { eventDayInterval, toDayNumber } from '../src/domain/dates.ts';
import { EventSchema, isQuoteEvidence, type CrisisEvent } from '../src/domain/event.ts';
import { loadDefaultGazetteer, type Gazetteer } from '../src/domain/gazetteer.ts';
import { curatedFiles } from './curated-geocode.ts';
import type { FactsIndex } from './curated-index.ts';
import { hashShingle, shingles, windowFor } from './curated-shingles.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const FACTS_INDEX_PATH = join(ROOT, 'data/facts/facts-index.json');
const MAX_KM = 1;
const NOTE_RE = /^Fact (\d+): \S/;

export type Problem = { file: string; where: string; field: string; message: string };
export type CheckContext = {
  index: FactsIndex;
  gazetteer: Gazetteer;
  /** The canonical registry name for a name, or undefined when unknown. */
  canonicalActor: (name: string) => string | undefined;
};
export type CuratedDoc = { file: string; data: unknown };

export function formatProblem(p: Problem): string {
  return `${p.file} ${p.where} ${p.field}: ${p.message}`;
}

function overlaps(a: { first: number; last: number }, b: { first: number; last: number }): boolean {
  return a.first <= b.last && b.first <= a.last;
}

/** Problems with one parsed event (schema already passed). */
function checkEvent(
  e: CrisisEvent,
  ctx: CheckContext,
  report: (field: string, message: string) => void,
): number[] {
  const cited: number[] = [];
  const interval = eventDayInterval(e.date);
  e.evidence.forEach((ev, i) => {
    const field = `evidence[${i}]`;
    if (isQuoteEvidence(ev)) return report(field, 'curated evidence is {source: URL, note}, not a quote');
    const m = NOTE_RE.exec(ev.note);
    if (!m) return report(`${field}.note`, 'must start "Fact N: " followed by a summary');
    const n = Number(m[1]);
    const fact = ctx.index.facts[String(n)];
    if (!fact) return report(`${field}.note`, `fact ${n} is not in the fact index`);
    cited.push(n);
    if (ev.source !== fact.url) report(`${field}.source`, `is not the URL of fact ${n} (${fact.url})`);
    const factDays = {
      first: toDayNumber(fact.date.start),
      last: toDayNumber(fact.date.end ?? fact.date.start),
    };
    if (!overlaps(interval, factDays)) {
      const when = fact.date.end ? `${fact.date.start}/${fact.date.end}` : fact.date.start;
      report('date', `does not overlap the date of fact ${n} (${when})`);
    }
  });
  const types = new Set(cited.map((n) => ctx.index.facts[String(n)]?.type));
  if (cited.length > 0 && !types.has(e.category)) {
    report('category', `"${e.category}" is not the type of any fact it cites (${[...types].join(', ')})`);
  }
  checkNoCopy(e, cited, ctx, report);
  checkPlace(e, ctx, report);
  e.actors.forEach((a, i) => {
    const canonical = ctx.canonicalActor(a.name);
    if (canonical === undefined) report(`actors[${i}].name`, `"${a.name}" is not in the actor registry`);
    else if (canonical !== a.name) report(`actors[${i}].name`, `"${a.name}" is an alias: use "${canonical}"`);
  });
  if (e.category === 'diplomatic_contact') {
    const mode = e.contact?.mode;
    if (mode === undefined) report('contact', 'a diplomatic contact needs a contact mode');
    const atPlace = mode === 'meeting' || mode === 'visit';
    if (mode !== undefined && atPlace !== (e.location != null)) {
      report('location', atPlace ? `a ${mode} happens at a place` : `a ${mode} contact has no place (null)`);
    }
  }
  if (!(e.origins ?? []).includes('curated')) report('origins', "must include 'curated'");
  return cited;
}

function checkNoCopy(
  e: CrisisEvent,
  cited: number[],
  ctx: CheckContext,
  report: (f: string, m: string) => void,
) {
  const texts: Array<[string, string]> = [
    ['summary', e.summary],
    ...(e.statements ?? []).map((s, i): [string, string] => [`statements[${i}]`, s]),
    ...e.evidence.map((ev, i): [string, string] => [`evidence[${i}].note`, 'note' in ev ? ev.note : '']),
  ];
  for (const n of new Set(cited)) {
    const fact = ctx.index.facts[String(n)];
    if (!fact) continue;
    const quote = new Set(fact.quoteShingles);
    const w = windowFor(fact.quoteWords);
    for (const [field, text] of texts) {
      const hit = shingles(text, w).find((s) => quote.has(hashShingle(s)));
      if (hit)
        report(
          field,
          `repeats ${w} words of the supporting quote of fact ${n} ("${hit}"): summarise instead`,
        );
    }
  }
}

function checkPlace(e: CrisisEvent, ctx: CheckContext, report: (f: string, m: string) => void) {
  const loc = e.location;
  if (loc == null || loc.lat === undefined || loc.lon === undefined) return;
  const here = { lat: loc.lat, lon: loc.lon };
  const entries = [
    ...ctx.gazetteer.candidates(loc.name),
    ctx.gazetteer.lookup(loc.name, loc.country ? { countries: [loc.country] } : {}),
  ];
  const km = entries
    .filter((p) => p?.lat !== undefined && p.lon !== undefined)
    .map((p) => ctx.gazetteer.distanceKm(here, { lat: p?.lat ?? 0, lon: p?.lon ?? 0 }));
  if (km.length === 0)
    report('location', `"${loc.name}" has coordinates but no gazetteer entry with coordinates`);
  else if (Math.min(...km) > MAX_KM) {
    report('location', `coordinates are ${Math.min(...km).toFixed(1)} km from the gazetteer's "${loc.name}"`);
  }
}

/** Check parsed curated files; returns every problem found (empty = the record is sound). */
export function checkCuratedDocs(docs: CuratedDoc[], ctx: CheckContext): Problem[] {
  const problems: Problem[] = [];
  const ids = new Map<string, string>();
  const cited = new Set<number>();
  const skipped = new Map<number, string>();
  for (const { file, data } of docs) {
    const doc = data as { events?: unknown; skipped?: unknown };
    if (!doc || typeof doc !== 'object' || !Array.isArray(doc.events)) {
      problems.push({ file, where: '(file)', field: 'events', message: 'must be { "events": [...] }' });
      continue;
    }
    for (const s of Array.isArray(doc.skipped)
      ? (doc.skipped as Array<{ fact?: unknown; reason?: unknown }>)
      : []) {
      if (typeof s.fact === 'number' && typeof s.reason === 'string' && s.reason.trim())
        skipped.set(s.fact, s.reason);
      else
        problems.push({
          file,
          where: '(file)',
          field: 'skipped',
          message: 'entries are {fact: N, reason: "..."}',
        });
    }
    doc.events.forEach((raw: unknown, i: number) => {
      const rawId = (raw as { id?: unknown } | null)?.id;
      const where = `#${i} (${typeof rawId === 'string' ? rawId : 'no id'})`;
      const report = (field: string, message: string) => problems.push({ file, where, field, message });
      const parsed = EventSchema.safeParse(raw);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) report(issue.path.join('.') || '(event)', issue.message);
        return;
      }
      const e = parsed.data;
      const seen = ids.get(e.id);
      if (seen !== undefined) report('id', `duplicate id (also in ${seen})`);
      ids.set(e.id, file);
      for (const n of checkEvent(e, ctx, report)) cited.add(n);
    });
  }
  for (const n of Object.keys(ctx.index.facts).map(Number)) {
    if (!cited.has(n) && !skipped.has(n)) {
      problems.push({
        file: '(record)',
        where: `fact ${n}`,
        field: 'coverage',
        message: 'no event cites it',
      });
    }
  }
  return problems;
}

export function readCuratedDocs(dir?: string): CuratedDoc[] {
  return curatedFiles(dir).map((f) => ({
    file: basename(f),
    data: JSON.parse(readFileSync(f, 'utf8')) as unknown,
  }));
}

export async function loadCheckContext(indexPath = FACTS_INDEX_PATH): Promise<CheckContext> {
  const registry = createActorRegistry();
  return {
    index: JSON.parse(readFileSync(indexPath, 'utf8')) as FactsIndex,
    gazetteer: await loadDefaultGazetteer(),
    canonicalActor: (name) => registry.resolve(name)?.name,
  };
}

export type RecordMeasure = {
  events: number;
  first: string;
  last: string;
  byCategory: Record<string, number>;
  contacts: number;
  places: string[];
};

/** The issue's measure of the record: span, size, places, contacts. */
export function measureRecord(events: CrisisEvent[]): RecordMeasure {
  const byCategory: Record<string, number> = {};
  for (const e of events) byCategory[e.category] = (byCategory[e.category] ?? 0) + 1;
  const starts = events.map((e) => e.date.start).sort();
  const ends = events.map((e) => e.date.end ?? e.date.start).sort();
  return {
    events: events.length,
    first: starts[0] ?? '',
    last: ends[ends.length - 1] ?? '',
    byCategory,
    contacts: byCategory.diplomatic_contact ?? 0,
    places: [...new Set(events.flatMap((e) => (e.location ? [e.location.name] : [])))].sort(),
  };
}

async function main(): Promise<void> {
  const dir = process.argv[2];
  const docs = readCuratedDocs(dir);
  const problems = checkCuratedDocs(docs, await loadCheckContext());
  for (const p of problems) console.log(formatProblem(p));
  const events = docs.flatMap((d) =>
    ((d.data as { events?: unknown[] }).events ?? []).map((e) => EventSchema.parse(e)),
  );
  const m = measureRecord(events);
  console.log(
    `${docs.length} file(s), ${m.events} events ${m.first}..${m.last}, ${m.contacts} contacts, ` +
      `${m.places.length} places; ${problems.length} problem(s)`,
  );
  if (problems.length > 0) process.exitCode = 1;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url))
  await main();
