/**
 * The alias trie: a tree of lowercase words, kept in flat arrays instead of an object per node, so that a
 * knowledge base of 100,000 aliases takes a few megabytes. In the arrays node 0 is the root. A trie keeps its
 * aliases in the order of its nodes: a node's aliases are those from `starts[node]` up to `starts[node + 1]`, so
 * that what is known of them is found without a list of indexes in between.
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
 * aliases (`order[position]` is an alias's index). Aliases that end at the same node and are written alike (the
 * same `shapeOf`) are put next to each other, the later ones marked in `twins` (by index), so that the text is
 * checked once for all of them. Any number of aliases may share a node: each is placed with one map lookup.
 */
export function buildTrieArrays(
  count: number,
  wordsOf: (index: number) => readonly string[],
  shapeOf: (index: number) => string,
): { arrays: TrieArrays; order: number[]; twins: Uint8Array } {
  const words = [''];
  const parents = [-1];
  const children = new Map<string, number>();
  /**
   * Each node's first alias, and once a second comes, its aliases in groups written alike, the groups in the order
   * they first appear (the shape of an alias alone on its node is never worked out).
   */
  const atNode: ({ first: number; groups?: Map<string, number[]> } | undefined)[] = [];
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
    const here = atNode[node];
    if (!here) {
      atNode[node] = { first: index };
      continue;
    }
    here.groups ??= new Map([[shapeOf(here.first), [here.first]]]);
    const shape = shapeOf(index);
    const group = here.groups.get(shape);
    if (group) {
      group.push(index);
      twins[index] = 1;
    } else here.groups.set(shape, [index]);
  }
  const starts = new Array<number>(words.length + 1);
  const order: number[] = [];
  for (let node = 0; node < words.length; node++) {
    starts[node] = order.length;
    const here = atNode[node];
    if (here?.groups) for (const group of here.groups.values()) for (const index of group) order.push(index);
    else if (here) order.push(here.first);
  }
  starts[words.length] = order.length;
  return { arrays: { words, parents, starts }, order, twins };
}

/** Mixes a node and a word hash: the low bits pick a slot of the lookup table, the high bits are its tag. */
function mixOf(node: number, hash: number): number {
  let h = hash ^ Math.imul(node, 0x9e3779b1);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  return h ^ (h >>> 13);
}

/**
 * A node's record in `records`, in 16-bit units: its parent (two units), where its aliases start and end in the
 * trie's order (two units each), its word's length with a bit for "has children", and then its word's letters. A
 * node is known by where its record starts; the root's is 0.
 */
const PARENT = 0;
const ALIAS_START = 2;
const ALIAS_END = 4;
const LENGTH = 6;
const LETTERS = 7;
const HAS_CHILDREN = 0x8000;
const MAX_WORD = 0x7fff;
/** A number of up to 32 bits kept in two 16-bit units of a record, the low half first. */
function numberAt(records: Uint16Array, at: number): number {
  return records[at]! + records[at + 1]! * 0x10000;
}

function setNumber(records: Uint16Array, at: number, value: number): void {
  records[at] = value & 0xffff;
  records[at + 1] = value >>> 16;
}

/** The largest number of bits a node may take in a table slot: the rest of the slot's 32 bits is its tag. */
const MAX_NODE_BITS = 28;

/**
 * A trie of words that a walk reads in few places of memory: a lookup table of four bytes a slot, and for a word
 * found, one record that holds all a walk needs of its node, its letters included. With 100,000 aliases the table
 * and the records take under 5 MB, and a processor's cache holds more of them.
 */
export class WordTrie {
  readonly nodeCount: number;
  private readonly records: Uint16Array;
  /**
   * Open-addressed table of nodes by parent and the hash of their word (`hashWord`): each slot is 0 when free, else
   * the node's record plus one in its low `nodeBits` bits and a tag from the hash in the others, so that a probe for
   * a word that is not there rarely reads a record. Signed, so that every slot is a small integer to the engine.
   */
  private readonly table: Int32Array;
  private readonly mask: number;
  private readonly nodeBits: number;
  private readonly nodeMask: number;

  constructor({ words, parents, starts }: TrieArrays) {
    const count = words.length;
    if (parents.length !== count || starts.length !== count + 1) throw new Error('Trie arrays of different lengths.');
    this.nodeCount = count;
    const at = new Array<number>(count);
    let size = 0;
    for (let node = 0; node < count; node++) {
      at[node] = size;
      const length = words[node]!.length;
      if (length > MAX_WORD) throw new Error(`Trie node ${node} has a word of more than ${MAX_WORD} letters.`);
      size += LETTERS + length;
    }
    this.nodeBits = Math.max(1, Math.ceil(Math.log2(size + 2)));
    if (this.nodeBits > MAX_NODE_BITS) throw new Error('A trie too large for its lookup table.');
    this.nodeMask = 2 ** this.nodeBits - 1;
    const records = new Uint16Array(size);
    for (let node = 0; node < count; node++) {
      if (!(starts[node]! >= 0 && starts[node]! <= starts[node + 1]!)) {
        throw new Error(`Trie node ${node} has its aliases out of order.`);
      }
      const parent = parents[node]!;
      if (node > 0 && !(parent >= 0 && parent < node)) throw new Error(`Trie node ${node} has no parent before it.`);
      const r = at[node]!;
      const word = words[node]!;
      setNumber(records, r + PARENT, node === 0 ? 0xffffffff : at[parent]!);
      setNumber(records, r + ALIAS_START, starts[node]!);
      setNumber(records, r + ALIAS_END, starts[node + 1]!);
      records[r + LENGTH] = word.length;
      for (let j = 0; j < word.length; j++) records[r + LETTERS + j] = word.charCodeAt(j);
      if (node > 0) records[at[parent]! + LENGTH]! |= HAS_CHILDREN;
    }
    this.records = records;
    let slots = 16;
    // At most two thirds full: a probe for a word that is not there stops at a free slot within a few steps.
    while (slots * 2 < count * 3) slots *= 2;
    this.mask = slots - 1;
    this.table = new Int32Array(slots);
    for (let node = 1; node < count; node++) {
      const mix = mixOf(at[parents[node]!]!, hashWord(words[node]!));
      let slot = mix & this.mask;
      while (this.table[slot] !== 0) slot = (slot + 1) & this.mask;
      this.table[slot] = this.tagOf(mix) | (at[node]! + 1);
    }
  }

  /** The high bits of a mix, where a slot keeps them: a 32-bit integer, as every number of the table. */
  private tagOf(mix: number): number {
    return mix & ~this.nodeMask;
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
    const { table, records, nodeMask, mask } = this;
    const mix = mixOf(node, hash);
    const tag = this.tagOf(mix);
    const length = end - start;
    for (let slot = mix & mask, value = table[slot]!; value !== 0; slot = (slot + 1) & mask, value = table[slot]!) {
      if ((value & ~nodeMask) !== tag) continue;
      const r = (value & nodeMask) - 1;
      if ((records[r + LENGTH]! & MAX_WORD) !== length) continue;
      if (numberAt(records, r + PARENT) !== node) continue;
      let same = true;
      for (let j = 0; same && j < length; j++)
        same = records[r + LETTERS + j] === lowerCode(source.charCodeAt(start + j));
      if (same) return r;
    }
    return -1;
  }

  hasChildren(node: number): boolean {
    return (this.records[node + LENGTH]! & HAS_CHILDREN) !== 0;
  }

  hasAliases(node: number): boolean {
    return this.aliasStart(node) !== this.aliasEnd(node);
  }

  /** Where the node's aliases start in the trie's order. */
  aliasStart(node: number): number {
    return numberAt(this.records, node + ALIAS_START);
  }

  /** Where the node's aliases end in the trie's order (where the next node's start). */
  aliasEnd(node: number): number {
    return numberAt(this.records, node + ALIAS_END);
  }

  /** The first words of the aliases (the words below the root). */
  firstWords(): string[] {
    const first: string[] = [];
    const records = this.records;
    for (let r = 0; r < records.length; r += LETTERS + (records[r + LENGTH]! & MAX_WORD)) {
      if (r === 0 || numberAt(records, r + PARENT) !== 0) continue;
      first.push(
        String.fromCharCode(...records.subarray(r + LETTERS, r + LETTERS + (records[r + LENGTH]! & MAX_WORD))),
      );
    }
    return first;
  }
}
