/**
 * The bundled dataset as a pure function of its inputs: every article extracted, every curated
 * record validated, all passed through mergeEvents and sorted. `npm run data` writes the result;
 * the freshness test compares it with what is committed.
 */
import { EventSchema, type CrisisEvent } from '../src/domain/event.ts';
import { mergeEvents } from '../src/domain/merge-events.ts';
import { extractEvents } from '../extract/extract-events.ts';
import type { ExtractResources } from '../extract/ports.ts';
import type { Sidecar } from './read-articles.ts';

export interface DatasetInputs {
  articles: { name: string; text: string; published?: string; meta?: Sidecar }[];
  /** curated files: name and parsed JSON (`{ "events": [...] }`) */
  curated: { file: string; json: unknown }[];
  resources: ExtractResources;
}

export interface ArticleIndexEntry {
  source: string;
  title?: string;
  published?: string;
  publisher?: string;
  url?: string;
}

export interface Dataset {
  events: CrisisEvent[];
  articles: ArticleIndexEntry[];
  warnings: string[];
  /** bad curated records, each naming the file, the record and the field */
  problems: string[];
}

function compare(a: CrisisEvent, b: CrisisEvent): number {
  const k = (e: CrisisEvent) =>
    [e.date.start, e.date.end ?? '', e.category, e.location?.name ?? '', e.id].join('\u0000');
  const ka = k(a);
  const kb = k(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

export function buildDataset(inputs: DatasetInputs): Dataset {
  const warnings: string[] = [];
  const problems: string[] = [];
  const events: CrisisEvent[] = [];
  const articles: ArticleIndexEntry[] = [];
  for (const a of [...inputs.articles].sort((x, y) => (x.name < y.name ? -1 : 1))) {
    const r = extractEvents(
      {
        name: a.name,
        text: a.text,
        ...(a.published ? { published: a.published as CrisisEvent['date']['start'] } : {}),
      },
      inputs.resources,
    );
    warnings.push(...r.warnings);
    events.push(...r.events.map((e) => ({ ...e, origins: ['article' as const] })));
    articles.push({
      source: a.name,
      ...(a.meta?.title ? { title: a.meta.title } : {}),
      ...(r.published ? { published: r.published } : {}),
      ...(a.meta?.publisher ? { publisher: a.meta.publisher } : {}),
      ...(a.meta?.url ? { url: a.meta.url } : {}),
    });
  }
  for (const { file, json } of [...inputs.curated].sort((x, y) => (x.file < y.file ? -1 : 1))) {
    const list =
      json && typeof json === 'object' && 'events' in json ? (json as { events: unknown }).events : undefined;
    if (!Array.isArray(list)) {
      problems.push(`${file}: expected { "events": [...] }`);
      continue;
    }
    list.forEach((raw, i) => {
      const parsed = EventSchema.safeParse(raw);
      const id =
        raw && typeof raw === 'object' && 'id' in raw ? ` (id ${String((raw as { id: unknown }).id)})` : '';
      if (!parsed.success) {
        for (const issue of parsed.error.issues)
          problems.push(
            `${file}: events[${i}]${id}: ${issue.path.join('.') || '(record)'}: ${issue.message}`,
          );
        return;
      }
      events.push({ ...parsed.data, origins: ['curated'] });
    });
  }
  return { events: mergeEvents(events).sort(compare), articles, warnings, problems };
}
