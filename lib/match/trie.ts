/**
 * The alias trie: a tree of lowercase words, kept in flat arrays instead of an object per node, so that a
 * knowledge base of 100,000 aliases takes a few megabytes. Node 0 is the root. A trie keeps its aliases in the
 * order of its nodes: a node's aliases are those from `starts[node]` up to `starts[node + 1]`, so that what is
 * known of them is found without a list of indexes in between.
 */
import { hashWord, lowerCode } from '../lang/words';

/** A trie as plain arrays: what the build stores for the bundled knowledge base, and what `WordTrie` is made of. */
export interface TrieArrays {
  /** The word leading to each node from its parent (the root's is ''). */
  words: string[];
  /** Each node's parent (the root's is -1); a parent comes before its children. */
  parents: number[];
  /** Where each node's aliases start in the trie's order of aliases, and after the last node, their number. */
  starts: number[];
}

/**
 * Builds the trie arrays for `count` aliases, given each one's lowercase words, and the trie's order of the
 * aliases (`order[position]` is an alias's index). Aliases that end at the same node and are written alike
 * (`alike(a, b)`) are put next to each other, the later ones marked in `twins` (by index), so that the text is
 * checked once for all of them.
 */
export function buildTrieArrays(
  count: number,
  wordsOf: (index: number) => readonly string[],
  alike: (a: number, b: number) => boolean,
): { arrays: TrieArrays; order: number[]; twins: Uint8Array } {
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
  const order: number[] = [];
  for (let node = 0; node < words.length; node++) {
    starts[node] = order.length;
    for (const index of atNode[node] ?? []) order.push(index);
  }
  starts[words.length] = order.length;
  return { arrays: { words, parents, starts }, order, twins };
}

/** Spreads a node and a word hash over the lookup table. */
function slotOf(node: number, hash: number, mask: number): number {
  let h = hash ^ Math.imul(node, 0x9e3779b1);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  return (h ^ (h >>> 13)) & mask;
}

/** Slot size of the lookup table: node, parent, hash of the node's word, and where the word is in `letters`. */
const SLOT = 4;
/** Ends each word in `letters`: no word has it. */
const WORD_END = 0;

export class WordTrie {
  readonly nodeCount: number;
  readonly starts: Int32Array;
  private readonly parents: Int32Array;
  private readonly childCounts: Int32Array;
  /** Every node's word, one after another, each ended by `WORD_END`: compared in place, from one string. */
  private readonly letters: string;
  private readonly offsets: Int32Array;
  /**
   * Open-addressed table of nodes by parent and the hash of their word (`hashWord`), `SLOT` numbers a slot (node -1
   * when free), so that a probe reads one place in memory, and a hit one more: the word's letters.
   */
  private readonly table: Int32Array;
  private readonly mask: number;

  constructor({ words, parents, starts }: TrieArrays) {
    const count = words.length;
    if (parents.length !== count || starts.length !== count + 1) throw new Error('Trie arrays of different lengths.');
    for (let node = 0; node < count; node++) {
      if (!(starts[node]! >= 0 && starts[node]! <= starts[node + 1]!)) throw new Error(`Trie node ${node} has its aliases out of order.`);
    }
    this.nodeCount = count;
    this.starts = Int32Array.from(starts);
    this.parents = Int32Array.from(parents);
    this.childCounts = new Int32Array(count);
    this.offsets = new Int32Array(count);
    const end = String.fromCharCode(WORD_END);
    let offset = 0;
    for (let node = 0; node < count; node++) {
      const word = words[node]!;
      if (word.includes(end)) throw new Error(`Trie node ${node} has a word with a character no word has.`);
      this.offsets[node] = offset;
      offset += word.length + 1;
    }
    this.letters = words.join(end) + end;
    let size = 16;
    // At most two thirds full: a probe for a word that is not there stops at a free slot within a few steps.
    while (size * 2 < count * 3) size *= 2;
    this.mask = size - 1;
    this.table = new Int32Array(size * SLOT).fill(-1);
    for (let node = 1; node < count; node++) {
      const parent = parents[node]!;
      if (!(parent >= 0 && parent < node)) throw new Error(`Trie node ${node} has no parent before it.`);
      const hash = hashWord(words[node]!);
      this.childCounts[parent]!++;
      let slot = slotOf(parent, hash, this.mask);
      while (this.table[slot * SLOT] !== -1) slot = (slot + 1) & this.mask;
      this.table.set([node, parent, hash, this.offsets[node]!], slot * SLOT);
    }
  }

  /** The node below `node` for a lowercase word, or -1. */
  child(node: number, word: string): number {
    return this.childAt(node, hashWord(word), word, 0, word.length);
  }

  /**
   * The node below `node` for the lowercase of the word `source.slice(start, end)` (each letter lowercased with
   * `lowerCode`), whose hash is `hash`: found without cutting the word out of the text.
   */
  childAt(node: number, hash: number, source: string, start: number, end: number): number {
    const { table, letters } = this;
    const wrap = table.length;
    for (let slot = slotOf(node, hash, this.mask) * SLOT; table[slot]! >= 0; slot = slot + SLOT === wrap ? 0 : slot + SLOT) {
      if (table[slot + 1] !== node || table[slot + 2] !== hash) continue;
      const at = table[slot + 3]!;
      let same = letters.charCodeAt(at + end - start) === WORD_END;
      for (let j = 0; same && j < end - start; j++) {
        same = letters.charCodeAt(at + j) === lowerCode(source.charCodeAt(start + j));
      }
      if (same) return table[slot]!;
    }
    return -1;
  }

  hasChildren(node: number): boolean {
    return this.childCounts[node]! > 0;
  }

  hasAliases(node: number): boolean {
    return this.starts[node]! !== this.starts[node + 1]!;
  }

  /** The first words of the aliases (the words below the root). */
  firstWords(): string[] {
    const first: string[] = [];
    for (let node = 1; node < this.nodeCount; node++) {
      if (this.parents[node] !== 0) continue;
      const at = this.offsets[node]!;
      first.push(this.letters.slice(at, this.letters.indexOf(String.fromCharCode(WORD_END), at)));
    }
    return first;
  }
}
