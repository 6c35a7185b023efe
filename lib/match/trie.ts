/**
 * The alias trie: a tree of lowercase words, kept in flat arrays instead of an object per node, so that a
 * knowledge base of 100,000 aliases takes a few megabytes. Node 0 is the root. A node's aliases (indexes into its
 * trie's alias list) are `aliases[starts[node]]` up to `aliases[starts[node + 1]]`.
 */

/** A trie as plain arrays: what the build stores for the bundled knowledge base, and what `WordTrie` is made of. */
export interface TrieArrays {
  /** The word leading to each node from its parent (the root's is ''). */
  words: string[];
  /** Each node's parent (the root's is -1); a parent comes before its children. */
  parents: number[];
  starts: number[];
  aliases: number[];
}

/**
 * Builds the trie arrays for `count` aliases, given each one's lowercase words. Aliases that end at the same node
 * and are written alike (`alike(a, b)`) are put next to each other, the later ones listed in the returned `twins`,
 * so that the text is checked once for all of them.
 */
export function buildTrieArrays(
  count: number,
  wordsOf: (index: number) => readonly string[],
  alike: (a: number, b: number) => boolean,
): { arrays: TrieArrays; twins: Uint8Array } {
  const words = [''];
  const parents = [-1];
  const children = new Map<string, number>();
  const atNode: (number[] | undefined)[] = [];
  const twins = new Uint8Array(count);
  for (let index = 0; index < count; index++) {
    let node = 0;
    for (const word of wordsOf(index)) {
      const key = `${node}\u0000${word}`;
      let next = children.get(key);
      if (next === undefined) {
        next = words.length;
        words.push(word);
        parents.push(node);
        children.set(key, next);
      }
      node = next;
    }
    const here = (atNode[node] ??= []);
    let at = here.length;
    for (let j = here.length - 1; j >= 0; j--) {
      if (alike(here[j]!, index)) {
        twins[index] = 1;
        at = j + 1;
        break;
      }
    }
    here.splice(at, 0, index);
  }
  const starts = new Array<number>(words.length + 1);
  const aliases: number[] = [];
  for (let node = 0; node < words.length; node++) {
    starts[node] = aliases.length;
    for (const index of atNode[node] ?? []) aliases.push(index);
  }
  starts[words.length] = aliases.length;
  return { arrays: { words, parents, starts, aliases }, twins };
}

export class WordTrie {
  readonly nodeCount: number;
  readonly starts: Int32Array;
  readonly aliases: Int32Array;
  /** Per node: nothing for a leaf, the one word leading on (to the node in `only`), or every word with its node. */
  private readonly links: (string | Map<string, number> | undefined)[];
  private readonly only: Int32Array;

  constructor({ words, parents, starts, aliases }: TrieArrays) {
    const count = words.length;
    if (parents.length !== count || starts.length !== count + 1) throw new Error('Trie arrays of different lengths.');
    this.nodeCount = count;
    this.starts = Int32Array.from(starts);
    this.aliases = Int32Array.from(aliases);
    this.links = new Array(count).fill(undefined);
    this.only = new Int32Array(count);
    for (let node = 1; node < count; node++) {
      const parent = parents[node]!;
      if (!(parent >= 0 && parent < node)) throw new Error(`Trie node ${node} has no parent before it.`);
      const link = this.links[parent];
      const word = words[node]!;
      if (link === undefined) {
        this.links[parent] = word;
        this.only[parent] = node;
      } else if (typeof link === 'string') {
        this.links[parent] = new Map([
          [link, this.only[parent]!],
          [word, node],
        ]);
      } else link.set(word, node);
    }
  }

  /** The node below `node` for a lowercase word, or -1. */
  child(node: number, word: string): number {
    const link = this.links[node];
    if (link === undefined) return -1;
    if (typeof link === 'string') return link === word ? this.only[node]! : -1;
    return link.get(word) ?? -1;
  }

  hasChildren(node: number): boolean {
    return this.links[node] !== undefined;
  }

  hasAliases(node: number): boolean {
    return this.starts[node]! !== this.starts[node + 1]!;
  }

  /** The first words of the aliases (the words below the root). */
  firstWords(): string[] {
    const link = this.links[0];
    if (link === undefined) return [];
    return typeof link === 'string' ? [link] : [...link.keys()];
  }
}
