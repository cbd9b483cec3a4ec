/**
 * npm run data: rebuilds public/data/events.json and public/data/articles/ from data/articles/
 * (article .txt files with optional NAME.meta.json sidecars) and data/curated/*.json.
 * Fails, naming file, record and field, when a curated record is bad or an article cannot be read.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadExtractResources } from '../extract/load-resources.ts';
import { buildDataset, type DatasetInputs } from './build-dataset.ts';
import { listArticles, readArticle } from './read-articles.ts';

export const ARTICLES_DIR = 'data/articles';
export const CURATED_DIR = 'data/curated';
export const OUT_EVENTS = 'public/data/events.json';
export const OUT_ARTICLES = 'public/data/articles';

/** Everything buildDataset needs, read from the repository (relative to `root`). */
export async function readDatasetInputs(
  root: string,
  problems: string[],
): Promise<DatasetInputs & { paths: Record<string, string> }> {
  const paths: Record<string, string> = {};
  const articles = [];
  for (const f of listArticles([join(root, ARTICLES_DIR)], problems)) {
    const a = readArticle(f, problems);
    if (!a) continue;
    paths[a.name] = f;
    articles.push({
      name: a.name,
      text: a.text,
      ...(a.published ? { published: a.published } : {}),
      ...(a.meta ? { meta: a.meta } : {}),
    });
  }
  const curated = [];
  let files: string[] = [];
  try {
    files = readdirSync(join(root, CURATED_DIR))
      .filter((f) => f.endsWith('.json'))
      .sort();
  } catch {
    files = [];
  }
  for (const f of files) {
    try {
      curated.push({
        file: `${CURATED_DIR}/${f}`,
        json: JSON.parse(readFileSync(join(root, CURATED_DIR, f), 'utf8')) as unknown,
      });
    } catch (e) {
      problems.push(`${CURATED_DIR}/${f}: not valid JSON (${(e as Error).message})`);
    }
  }
  return { articles, curated, resources: await loadExtractResources(), paths };
}

export function serializeEvents(events: unknown[]): string {
  return JSON.stringify({ events }, null, 2) + '\n';
}

async function main(): Promise<number> {
  const problems: string[] = [];
  const inputs = await readDatasetInputs('.', problems);
  const ds = buildDataset(inputs);
  for (const w of ds.warnings) console.error(`warning: ${w}`);
  problems.push(...ds.problems);
  if (problems.length) {
    for (const p of problems) console.error(`error: ${p}`);
    return 1;
  }
  mkdirSync(OUT_ARTICLES, { recursive: true });
  for (const f of readdirSync(OUT_ARTICLES)) rmSync(join(OUT_ARTICLES, f));
  for (const [name, path] of Object.entries(inputs.paths)) copyFileSync(path, join(OUT_ARTICLES, name));
  writeFileSync(join(OUT_ARTICLES, 'index.json'), JSON.stringify(ds.articles, null, 2) + '\n');
  writeFileSync(OUT_EVENTS, serializeEvents(ds.events));
  const fromArticles = ds.events.filter((e) => e.origins?.includes('article')).length;
  console.log(
    `wrote ${OUT_EVENTS}: ${ds.events.length} events (${fromArticles} with article evidence) from ${ds.articles.length} article(s) and ${inputs.curated.length} curated file(s)`,
  );
  return 0;
}

if (process.argv[1] && /build-data\.ts$/.test(process.argv[1])) {
  main().then(
    (code) => process.exit(code),
    (e: unknown) => {
      console.error(`error: ${e instanceof Error ? e.message : String(e)}`);
      process.exit(1);
    },
  );
}
