/**
 * npm run bench:extract: article-text throughput of the extractor on one core. The corpus (>= 5 MB)
 * is generated deterministically by recombining the paragraphs of our own test articles and the
 * seed article into new articles; prints MB/s for the full pipeline, and for sentence splitting
 * alone as a baseline measured in the same run.
 */
import { extractEvents } from '../extract/extract-events.ts';
import { loadExtractResources } from '../extract/load-resources.ts';
import { splitSentences } from '../extract/split-sentences.ts';
import { benchCorpus } from './bench-corpus.ts';

const TARGET_BYTES = Number(process.env.BENCH_MB ?? 5.2) * 1024 * 1024;
async function main(): Promise<void> {
  const res = await loadExtractResources();
  const articles = benchCorpus({ bytes: TARGET_BYTES });
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
