import { describe, expect, test } from 'vitest';
import { BUNDLED } from '../../../lib/kb';
import type { Entry } from '../../../lib/kb/schema';
import { compileAliases, compileMatcher, trieOf } from '../../../lib/match/compile';
import { findMentions } from '../../../lib/match/find';
import { packIndex, unpackIndex } from '../../../lib/match/packed';
import { hashWord } from '../../../lib/lang/words';
import { buildTrieArrays, WordTrie } from '../../../lib/match/trie';

const PATHS = [['nato'], ['nato', 'summit'], ['mark', 'rutte'], ['mark'], ['nato'], ['marketing']];

/** The trie arrays of `paths`; aliases of the same shape are written alike (by default, those of the same path). */
function built(paths = PATHS, shapeOf = (i: number) => paths[i]!.join()) {
  return buildTrieArrays(paths.length, (i) => paths[i]!, shapeOf);
}

/** The node reached by following `words` from the root, or -1. */
function walk(trie: WordTrie, words: string[]): number {
  let node = 0;
  for (const word of words) {
    node = trie.child(node, word);
    if (node < 0) return -1;
  }
  return node;
}

/** The aliases (indexes into PATHS) at a node, in the trie's order. */
function aliasesAt(trie: WordTrie, order: readonly number[], node: number): number[] {
  return order.slice(trie.aliasStart(node), trie.aliasEnd(node));
}

describe('the word trie', () => {
  test('one node per distinct path, each alias listed where its words end', () => {
    const { arrays, order } = built();
    const trie = new WordTrie(arrays);
    // Root, nato, summit, mark, rutte, marketing.
    expect(trie.nodeCount).toBe(6);
    expect(aliasesAt(trie, order, walk(trie, ['nato']))).toEqual([0, 4]);
    expect(aliasesAt(trie, order, walk(trie, ['nato', 'summit']))).toEqual([1]);
    expect(aliasesAt(trie, order, walk(trie, ['mark']))).toEqual([3]);
    expect(aliasesAt(trie, order, walk(trie, ['mark', 'rutte']))).toEqual([2]);
    // Every alias once, in the order of the nodes.
    expect([...order].sort()).toEqual([0, 1, 2, 3, 4, 5]);
    expect(trie.hasAliases(0)).toBe(false);
    expect(trie.firstWords().sort()).toEqual(['mark', 'marketing', 'nato']);
  });

  test('a node with one word on and a node with several both lead on only by their own words', () => {
    const trie = new WordTrie(built().arrays);
    const nato = walk(trie, ['nato']);
    expect(trie.hasChildren(nato)).toBe(true);
    expect(trie.child(nato, 'summit')).toBeGreaterThan(0);
    expect(trie.child(nato, 'summi')).toBe(-1);
    expect(trie.child(0, 'constructor')).toBe(-1);
    expect(trie.child(0, 'rutte')).toBe(-1);
    expect(trie.hasChildren(walk(trie, ['marketing']))).toBe(false);
  });

  test('a word is found where it stands in a text, by its hash and its letters', () => {
    const trie = new WordTrie(built().arrays);
    const text = 'de nato-summit in mark';
    const nato = trie.childAt(0, hashWord('nato'), text, 3, 7);
    expect(nato).toBe(walk(trie, ['nato']));
    expect(trie.childAt(nato, hashWord('summit'), text, 8, 14)).toBe(walk(trie, ['nato', 'summit']));
    expect(trie.childAt(0, hashWord('mark'), text, 18, 22)).toBe(walk(trie, ['mark']));
    // The right hash is not enough: the letters in the text must be the word's too.
    expect(trie.childAt(0, hashWord('nato'), 'de xyzw', 3, 7)).toBe(-1);
    expect(trie.childAt(0, hashWord('nato'), text, 3, 6)).toBe(-1);
    // A word is found only below its own parent.
    expect(trie.childAt(walk(trie, ['mark']), hashWord('nato'), text, 3, 7)).toBe(-1);
  });

  test('many words below one node are each found, and no others', () => {
    const words = Array.from({ length: 500 }, (_, i) => `w${i}`);
    const trie = new WordTrie(
      built(
        words.map((word) => ['root', word]),
        (i) => String(i),
      ).arrays,
    );
    const root = walk(trie, ['root']);
    const nodes = new Set(words.map((word) => trie.child(root, word)));
    expect(nodes.size).toBe(500);
    expect(nodes.has(-1)).toBe(false);
    expect(trie.child(root, 'w500')).toBe(-1);
    expect(trie.child(0, 'w1')).toBe(-1);
  });

  test('a large trie: nodes far into its records, and a node with more aliases than 16 bits count', () => {
    const words = Array.from({ length: 20_000 }, (_, i) => `w${i}`);
    // 20,000 words below one, a word below the last, 50,000 more aliases, and 70,000 written alike on one node.
    const paths = [
      ...words.map((word) => ['root', word]),
      ['root', 'w19999', 'deep'],
      ...Array.from({ length: 50_000 }, (_, i) => [`v${i}`]),
      ...Array.from({ length: 70_000 }, () => ['many']),
    ];
    const { arrays, order, twins } = built(paths, (i) => (i < 70_001 ? String(i) : 'alike'));
    const trie = new WordTrie(arrays);
    const deep = walk(trie, ['root', 'w19999', 'deep']);
    expect(deep).toBeGreaterThan(0x10000);
    expect(aliasesAt(trie, order, deep)).toEqual([20_000]);
    expect(trie.child(walk(trie, ['root', 'w19998']), 'deep')).toBe(-1);
    const many = walk(trie, ['many']);
    expect(trie.aliasEnd(many) - trie.aliasStart(many)).toBe(70_000);
    expect(trie.aliasStart(many)).toBeGreaterThan(0x10000);
    expect(twins.reduce((sum, twin) => sum + twin, 0)).toBe(69_999);
    expect(trie.hasChildren(many)).toBe(false);
    expect(trie.hasChildren(walk(trie, ['root', 'w19999']))).toBe(true);
  });

  test('aliases written alike stand together, the later ones marked as twins', () => {
    const paths = [['nato'], ['nato'], ['nato']];
    // 0 and 2 are written alike, 1 differently: 2 moves up next to 0.
    const { arrays, order, twins } = built(paths, (i) => ['a', 'b', 'a'][i]!);
    const trie = new WordTrie(arrays);
    expect(aliasesAt(trie, order, walk(trie, ['nato']))).toEqual([0, 2, 1]);
    expect([...twins]).toEqual([0, 0, 1]);
  });

  test('arrays that do not make a trie are refused with a clear message', () => {
    const { arrays } = built();
    expect(() => new WordTrie({ ...arrays, starts: arrays.starts.slice(1) })).toThrow(/different lengths/);
    expect(
      () => new WordTrie({ ...arrays, starts: arrays.starts.map((start, i) => (i === 2 ? start + 9 : start)) }),
    ).toThrow(/aliases out of order/);
    const parents = [...arrays.parents];
    parents[1] = 3;
    expect(() => new WordTrie({ ...arrays, parents })).toThrow(/no parent before it/);
    expect(
      () => new WordTrie({ ...arrays, words: arrays.words.map((word, i) => (i === 2 ? 'x'.repeat(40_000) : word)) }),
    ).toThrow(/more than 32767 letters/);
  });
});

describe('a trie over entries', () => {
  const entry = (id: string, label: string): Entry => ({
    id,
    category: 'person',
    names: { en: { label, aliases: [] } },
    summary: {},
    roles: [],
    links: { wikipedia: {} },
  });

  test('keeps its aliases uncompiled until a word of the text reaches them, then answers as compiled ahead', () => {
    const entries = Array.from({ length: 2000 }, (_, i) => entry(`person-${i}`, `Person Number${i}`));
    const trie = trieOf(entries);
    expect(trie.size).toBe(2000);
    const ahead = new Map(compileAliases(entries).map((alias) => [alias.text, alias]));
    const alias = trie.alias(1234);
    expect(alias).toEqual(ahead.get(alias.text));
    // Decoded once, then kept.
    expect(trie.alias(1234)).toBe(trie.alias(1234));
  });

  test('the bundled knowledge base finds the same names packed, through JSON, as compiled directly', () => {
    const text =
      'NAVO-chef Jens Stoltenberg en Rutte spraken over Patriotsystemen; Koeleba vroeg om F-16’s. ' +
      "Le secrétaire général de l'OTAN était à Washington, Błaszczak à Varsovie.";
    const direct = compileMatcher(BUNDLED.entries);
    const packed = unpackIndex(JSON.parse(JSON.stringify(packIndex(BUNDLED.entries, BUNDLED.asOf))));
    const fromPacked = { ...direct, tries: [packed.trie] };
    const ids = (matcher: typeof direct) =>
      findMentions(matcher, text).map((m) => [m.surface, m.candidates.map((c) => c.entryId)]);
    expect(ids(fromPacked)).toEqual(ids(direct));
    expect(ids(direct).map(([surface]) => surface)).toEqual(
      expect.arrayContaining([
        'NAVO-chef',
        'Jens Stoltenberg',
        'Rutte',
        'Patriot',
        'Koeleba',
        "secrétaire général de l'OTAN",
        'Błaszczak',
      ]),
    );
  });
});
