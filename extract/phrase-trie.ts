/**
 * A word trie over a phrase map (lower-case, space-separated phrases -> value), so that matching a
 * phrase at a token walks one Map per word instead of building and hashing a growing string per
 * word. Every word-prefix of a phrase is a node; a phrase written with a possessive ("india's")
 * sits on the node of its words without the "'s".
 */
export interface TrieNode {
  next: Map<string, TrieNode> | undefined;
  /** the value of the phrase spelled by the path to this node */
  value: string | undefined;
  /** the value of that phrase + "'s" */
  possValue: string | undefined;
}

const node = (): TrieNode => ({ next: undefined, value: undefined, possValue: undefined });

export function buildPhraseTrie(phrases: ReadonlyMap<string, string>): TrieNode {
  const root = node();
  for (const key of phrases.keys()) {
    const words = key.replace(/'s$/, '').split(' ');
    let n = root;
    for (let k = 0; k < words.length; k++) {
      n.next ??= new Map();
      let child = n.next.get(words[k]!);
      if (!child) {
        n.next.set(words[k]!, (child = node()));
        const text = words.slice(0, k + 1).join(' ');
        child.value = phrases.get(text);
        child.possValue = phrases.get(`${text}'s`);
      }
      n = child;
    }
  }
  return root;
}

const TRIES = new WeakMap<ReadonlyMap<string, string>, TrieNode>();

/** The trie of a phrase map, built once per map (the maps are constants or cached per resources). */
export function phraseTrie(phrases: ReadonlyMap<string, string>): TrieNode {
  let t = TRIES.get(phrases);
  if (!t) TRIES.set(phrases, (t = buildPhraseTrie(phrases)));
  return t;
}
