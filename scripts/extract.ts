/**
 * CLI: npm run --silent extract -- --out FILE PATH...
 * Extracts contract events from article .txt files (or folders of them) and writes
 * { "events": [...] }. Problems name the file; the exit code is non-zero only when no article
 * could be read.
 */
import { writeFileSync } from 'node:fs';
import { extractEvents } from '../extract/extract-events.ts';
import { loadExtractResources } from '../extract/load-resources.ts';
import { listArticles, readArticle } from './read-articles.ts';

async function main(argv: string[]): Promise<number> {
  let out: string | undefined;
  const paths: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--out') out = argv[++i];
    else if (argv[i] === '--help' || argv[i] === '-h') {
      console.log(
        'usage: npm run --silent extract -- --out FILE PATH...  (PATH: an article .txt or a folder of them)',
      );
      return 0;
    } else paths.push(argv[i]!);
  }
  if (paths.length === 0) {
    console.error('usage: npm run --silent extract -- --out FILE PATH...');
    return 2;
  }
  const problems: string[] = [];
  const files = listArticles(paths, problems);
  const res = await loadExtractResources();
  const events = [];
  let read = 0;
  for (const f of files) {
    const a = readArticle(f, problems);
    if (!a) continue;
    read++;
    const r = extractEvents(
      { name: a.name, text: a.text, ...(a.published ? { published: a.published } : {}) },
      res,
    );
    events.push(...r.events);
    for (const w of r.warnings) console.error(`warning: ${w}`);
  }
  for (const p of problems) console.error(`error: ${p}`);
  const json = JSON.stringify({ events }, null, 2) + '\n';
  if (out) writeFileSync(out, json);
  else process.stdout.write(json);
  if (read === 0) {
    console.error('error: no article could be read');
    return 1;
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(`error: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  },
);
