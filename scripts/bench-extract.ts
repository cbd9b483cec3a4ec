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

  const t = performance.now();
  let sentences = 0;
  for (const a of articles) sentences += splitSentences(a.text).length;
  const splitMs = performance.now() - t;

  console.log(`corpus: ${articles.length} articles, ${mb.toFixed(2)} MB, ${sentences} sentences`);
  console.log(`sentence splitting only (baseline): ${(mb / (splitMs / 1000)).toFixed(2)} MB/s`);
  // Two passes over the corpus. The first includes V8 optimising the extractor's large functions
  // (seconds of compile work on background threads); the second is the steady state a long run of
  // articles settles into. Both are printed: neither alone tells the whole story.
  for (const pass of ['first pass (includes JIT warm-up)', 'second pass (steady state)']) {
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    let events = 0;
    for (const a of articles) events += extractEvents({ name: a.name, text: a.text }, res).events.length;
    const ms = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    const cpuS = (cpu.user + cpu.system) / 1e6;
    console.log(
      `full extraction, ${pass}: ${(mb / (ms / 1000)).toFixed(2)} MB/s wall clock (${events} events in ${(ms / 1000).toFixed(1)} s, one thread)`,
    );
    // On a shared machine the wall clock includes time other processes held the core; process CPU
    // time does not, but it does include V8's compiler and GC threads.
    console.log(
      `full extraction, ${pass}: ${(mb / cpuS).toFixed(2)} MB/s of process CPU time (${cpuS.toFixed(1)} s)`,
    );
  }
}

void main();
