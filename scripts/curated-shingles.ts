/**
 * Word windows ("shingles") for the no-copy check: a note must not share 8 consecutive words with
 * the fact's supporting quote. The index keeps only hashes of the quote's windows.
 */
import { createHash } from 'node:crypto';

export const SHINGLE_WORDS = 8;

/** Lower-case words, diacritics and punctuation dropped, curly quotes and apostrophes ignored. */
export function normalisedWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['\u2018\u2019]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

export function shingles(text: string, n = SHINGLE_WORDS): string[] {
  const ws = normalisedWords(text);
  const out: string[] = [];
  for (let i = 0; i + n <= ws.length; i++) out.push(ws.slice(i, i + n).join(' '));
  return out;
}

export function hashShingle(s: string): string {
  return createHash('sha256').update(s).digest('hex').slice(0, 16);
}

/** Window length used for a quote: 8 words, or the whole quote when it is shorter. */
export function windowFor(quoteWords: number): number {
  return Math.max(1, Math.min(SHINGLE_WORDS, quoteWords));
}

export function quoteShingleHashes(quote: string): string[] {
  return [...new Set(shingles(quote, windowFor(normalisedWords(quote).length)).map(hashShingle))];
}
