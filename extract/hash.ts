/**
 * FNV-1a, 32-bit, over UTF-16 code units: a tiny pure hash for stable event ids. Two rounds with
 * different offsets give 64 bits so that ids of a large corpus do not collide by chance.
 */
function fnv1a(s: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** 16 hex digits, the same for the same input on every run and platform. */
export function stableHash(s: string): string {
  const a = fnv1a(s, 0x811c9dc5).toString(16).padStart(8, '0');
  const b = fnv1a(s, 0x050c5d1f).toString(16).padStart(8, '0');
  return a + b;
}
