/**
 * npm run bench:extract: article-text throughput of the extractor on one core. The corpus (>= 5 MB)
 * is generated deterministically by recombining the paragraphs of our own test articles and the
 * seed article into new articles; prints MB/s for the full pipeline, and for sentence splitting
 * alone as a baseline measured in the same run.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractEvents } from '../extract/extract-events.ts';
import { loadExtractResources } from '../extract/load-resources.ts';
import { splitSentences } from '../extract/split-sentences.ts';

const TARGET_BYTES = Number(process.env.BENCH_MB ?? 5.2) * 1024 * 1024;
const DIRS = ['tests/extract/articles', 'data/articles'];

function paragraphs(): string[] {
  const out: string[] = [];
  for (const d of DIRS)
    for (const f of readdirSync(d)
      .filter((x) => x.endsWith('.txt'))
      .sort())
      out.push(
        ...readFileSync(join(d, f), 'utf8')
          .replace(/^\s*date \d{4}-\d\d-\d\d\s*/, '')
          .split(/\n\s*\n/)
          .map((p) => p.trim())
          .filter(Boolean),
      );
  return out;
}

function corpus(): { name: string; text: string; published: string }[] {
  const paras = paragraphs();
  let seed = 42;
  const rand = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32; // LCG: same corpus every run
  const out = [];
  let bytes = 0;
  for (let n = 0; bytes < TARGET_BYTES; n++) {
    const k = 5 + Math.floor(rand() * 6);
    const body = Array.from({ length: k }, () => paras[Math.floor(rand() * paras.length)]).join('\n\n');
    const day = 1 + Math.floor(rand() * 28);
    const published = `2025-05-${String(day).padStart(2, '0')}`;
    const text = `date ${published} ${body}\n`;
    bytes += Buffer.byteLength(text);
    out.push({ name: `bench_${n}.txt`, text, published });
  }
  return out;
}

async function main(): Promise<void> {
  const res = await loadExtractResources();
  const articles = corpus();
  const mb = articles.reduce((s, a) => s + Buffer.byteLength(a.text), 0) / 1024 / 1024;
  // warm up: the gazetteer index and the JIT
  for (const a of articles.slice(0, 20)) extractEvents({ name: a.name, text: a.text }, res);

  let t = performance.now();
  let sentences = 0;
  for (const a of articles) sentences += splitSentences(a.text).length;
  const splitMs = performance.now() - t;

  t = performance.now();
  const cpu0 = process.cpuUsage();
  let events = 0;
  for (const a of articles) events += extractEvents({ name: a.name, text: a.text }, res).events.length;
  const ms = performance.now() - t;
  const cpu = process.cpuUsage(cpu0);
  const cpuS = (cpu.user + cpu.system) / 1e6;
  console.log(`corpus: ${articles.length} articles, ${mb.toFixed(2)} MB, ${sentences} sentences`);
  console.log(`sentence splitting only (baseline): ${(mb / (splitMs / 1000)).toFixed(2)} MB/s`);
  console.log(
    `full extraction: ${(mb / (ms / 1000)).toFixed(2)} MB/s wall clock (${events} events in ${(ms / 1000).toFixed(1)} s, one thread)`,
  );
  // On a shared machine the wall clock includes time other processes held the core; CPU time does not.
  console.log(`full extraction: ${(mb / cpuS).toFixed(2)} MB/s of CPU time (${cpuS.toFixed(1)} s)`);
}

void main();
