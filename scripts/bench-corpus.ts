/**
 * The generated article corpus of bench:extract and extract-snapshot: the paragraphs of our own
 * test articles and the seed article recombined into new articles by a fixed-seed LCG, so every
 * run sees the same text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IsoDate } from '../src/domain/event.ts';

export interface CorpusArticle {
  name: string;
  text: string;
  published: IsoDate;
}

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

export interface CorpusOptions {
  /** stop once the text reaches this many bytes */
  bytes: number;
  seed?: number;
  /** publication date of article n (the bench default: a day of May 2025 from the LCG) */
  published?: (rand: () => number) => IsoDate;
}

const mayDay = (rand: () => number): IsoDate =>
  `2025-05-${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}` as IsoDate;

export function benchCorpus({
  bytes: target,
  seed: s = 42,
  published = mayDay,
}: CorpusOptions): CorpusArticle[] {
  const paras = paragraphs();
  let seed = s;
  const rand = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32; // LCG: same corpus every run
  const out: CorpusArticle[] = [];
  let bytes = 0;
  for (let n = 0; bytes < target; n++) {
    const k = 5 + Math.floor(rand() * 6);
    const body = Array.from({ length: k }, () => paras[Math.floor(rand() * paras.length)]).join('\n\n');
    const date = published(rand);
    const text = `date ${date} ${body}\n`;
    bytes += Buffer.byteLength(text);
    out.push({ name: `bench_${n}.txt`, text, published: date });
  }
  return out;
}
