/**
 * Stable in-place sort for the short arrays of the per-sentence stages (a handful of cues, dates,
 * places). Array.prototype.sort allocates a work array on every call (findCues alone allocated
 * ~7 MB per MB of text that way); insertion sort on a few elements allocates nothing and, being
 * stable too, gives the same order for the same comparator.
 */
export function sortSmall<T>(a: T[], cmp: (x: T, y: T) => number): T[] {
  if (a.length > 16) return a.sort(cmp);
  for (let i = 1; i < a.length; i++) {
    const x = a[i]!;
    let j = i - 1;
    while (j >= 0 && cmp(a[j]!, x) > 0) {
      a[j + 1] = a[j]!;
      j--;
    }
    a[j + 1] = x;
  }
  return a;
}
