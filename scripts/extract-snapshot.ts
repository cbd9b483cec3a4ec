/**
 * Equivalence harness for extractor refactors: npx tsx scripts/extract-snapshot.ts OUT.jsonl
 * Runs extractEvents over every article we have (as published, and again with the dateline
 * removed so relative dates go unresolved, and again without the actor registry) and over
 * generated corpora (the bench corpus, plus one with publication dates across three years), and
 * writes one JSON line per article with its events and warnings. Two runs of unchanged behaviour
 * give byte-identical files: `cmp` them.
 */
import { existsSync, writeFileSync } from 'node:fs';
import type { IsoDate } from '../src/domain/event.ts';
import { extractEvents, type ArticleInput } from '../extract/extract-events.ts';
import { loadExtractResources } from '../extract/load-resources.ts';
import type { ExtractResources } from '../extract/ports.ts';
import { resourcesWithoutRegistry } from '../extract/test-resources.ts';
import { benchCorpus } from './bench-corpus.ts';
import { listArticles, readArticle } from './read-articles.ts';

const DIRS = ['data/articles', 'tests/extract/articles', 'tests/extract/holdout/articles'].filter((d) =>
  existsSync(d),
);

function anyDay(rand: () => number): IsoDate {
  const d = new Date(Date.UTC(2024, 0, 1) + Math.floor(rand() * 3 * 365) * 86_400_000);
  return d.toISOString().slice(0, 10) as IsoDate;
}

async function main(out: string): Promise<void> {
  const res = await loadExtractResources();
  const bare = await resourcesWithoutRegistry();
  const lines: string[] = [];
  const run = (label: string, a: ArticleInput, r: ExtractResources): void => {
    const { events, warnings, published } = extractEvents(a, r);
    lines.push(JSON.stringify({ label, name: a.name, published, warnings, events }));
  };
  const files = listArticles(DIRS, []).flatMap((f) => readArticle(f, []) ?? []);
  for (const a of files) {
    const input = { name: a.name, text: a.text, ...(a.published ? { published: a.published } : {}) };
    run('article', input, res);
    run('no-registry', input, bare);
    run('no-date', { name: a.name, text: a.text.replace(/^\s*date \d{4}-\d\d-\d\d/, '') }, res);
  }
  const mb = Number(process.env.SNAPSHOT_MB ?? 5.2);
  for (const a of benchCorpus({ bytes: mb * 1024 * 1024 })) run('bench', { name: a.name, text: a.text }, res);
  for (const a of benchCorpus({ bytes: (mb / 2) * 1024 * 1024, seed: 7, published: anyDay })) {
    run('any-day', { name: a.name, text: a.text }, res);
    if (a.name.endsWith('0.txt'))
      run('any-day-undated', { name: a.name, text: a.text.replace(/^date \S+ /, '') }, res);
  }
  writeFileSync(out, lines.join('\n') + '\n');
  console.log(`${lines.length} articles, ${lines.reduce((s, l) => s + l.length, 0)} chars -> ${out}`);
}

void main(process.argv[2] ?? '/tmp/extract-snapshot.jsonl');
