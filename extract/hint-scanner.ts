/**
 * The cue prefilter's scan: which groups of hint substrings occur in a text. One pass over the
 * text with a character trie (ASCII, case-insensitive), taking the longest hint at each position
 * and moving past it, exactly as one alternation regex of all hints (longest first, flag `gi`)
 * read with matchAll would. A match also stands for every shorter hint it starts with
 * ("strikes" for "strike"), so each trie node carries the groups of all hints on its path.
 */
const ALPHABET = 128;

export interface HintScanner {
  /** Indexes of the groups with a hint in `text`, ascending. */
  (text: string): number[];
}

export function hintScanner(groups: readonly (readonly string[])[]): HintScanner {
  // transitions[node * ALPHABET + char] -> child node (0: none; node 0 is the root)
  let transitions = new Int32Array(ALPHABET * 64);
  /** groups of the hints ending at a node, and of every shorter hint on its path */
  const accept: (number[] | undefined)[] = [undefined];
  const own: number[][] = [[]];
  let nodes = 1;
  groups.forEach((hints, g) => {
    for (const hint of hints) {
      if (!/^[\x20-\x7e]+$/.test(hint) || hint !== hint.toLowerCase())
        throw new Error(`cue hint ${JSON.stringify(hint)}: hints are lower-case ASCII`);
      let n = 0;
      for (let k = 0; k < hint.length; k++) {
        const at = n * ALPHABET + hint.charCodeAt(k);
        if (transitions[at] === 0) {
          if ((nodes + 1) * ALPHABET > transitions.length) {
            const grown = new Int32Array(transitions.length * 2);
            grown.set(transitions);
            transitions = grown;
          }
          transitions[at] = nodes++;
          own.push([]);
          accept.push(undefined);
        }
        n = transitions[at]!;
      }
      own[n]!.push(g);
      accept[n] = []; // marks the end of a hint; filled below
    }
  });
  // a hint's groups: its own and those of the hints that are its prefixes (nodes on its path)
  const fill = (n: number, inherited: number[]): void => {
    const here = [...inherited, ...own[n]!];
    if (accept[n]) accept[n] = [...new Set(here)];
    for (let c = 0; c < ALPHABET; c++) {
      const child = transitions[n * ALPHABET + c]!;
      if (child) fill(child, here);
    }
  };
  fill(0, []);
  // the scan runs at every character of every sentence: constants it can keep in registers (the
  // table no longer grows) and a byte per node for "a hint ends here"
  const table = transitions;
  const ends = new Uint8Array(nodes);
  for (let n = 0; n < nodes; n++) if (accept[n]) ends[n] = 1;

  return (text) => {
    const found = new Uint8Array(groups.length);
    const len = text.length;
    let p = 0;
    while (p < len) {
      let n = 0;
      let best = 0;
      let bestEnd = p + 1;
      for (let q = p; q < len; q++) {
        let c = text.charCodeAt(q);
        if (c >= ALPHABET) break;
        if (c >= 65 && c <= 90) c += 32; // only ASCII letters fold to the hints' lower case
        n = table[n * ALPHABET + c]!;
        if (n === 0) break;
        if (ends[n] === 1) {
          best = n;
          bestEnd = q + 1;
        }
      }
      if (best !== 0) {
        for (const g of accept[best]!) found[g] = 1;
        p = bestEnd;
      } else p++;
    }
    const out: number[] = [];
    for (let g = 0; g < found.length; g++) if (found[g]) out.push(g);
    return out;
  };
}
