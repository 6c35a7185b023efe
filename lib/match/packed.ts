/**
 * The bundled knowledge base as finding names needs it, made when the extension is built: the alias trie (as
 * arrays, see `TrieArrays`), the aliases compiled and packed in the trie's order, what checking them against the
 * text needs (see `AliasChecks`), and the category of every entry. Loading it costs one `JSON.parse`; an alias is
 * decoded only when it fits a page's text. A card's other details come from the full knowledge base.
 */
import { CATEGORIES, LANGS, type Category, type Lang } from '../kb/constants';
import type { Entry } from '../kb/schema';
import { ALL_GENITIVE_SUFFIXES } from '../lang/rules';
import { AliasChecks, type PackedChecks } from './checks';
import { compileAliases, compoundIndexes, firstWordBits, trieArraysOf, type AliasTrie, type CompiledAlias } from './compile';
import { WordTrie, type TrieArrays } from './trie';

const AMBIGUOUS = 1;
const COMPOUND = 2;

/**
 * One alias: entry, text, flags, languages (bits), context and related (indexes). Its words, separators, case rule
 * and whether it takes a genitive are in the checks.
 */
type PackedAlias = [number, string, number, number, number, number];

export interface PackedIndex {
  /** The day the facts were checked. */
  asOf: string;
  /** Entry ids and their categories (index into CATEGORIES). */
  entries: [string, number][];
  trie: TrieArrays;
  /** The trie's aliases, in the trie's order. */
  aliases: PackedAlias[];
  checks: PackedChecks;
  /** Shared lists, referred to by index: context words, related ids. */
  lists: string[][];
  compounds: number[];
  /** See `AliasTrie.firstWordBits`. */
  firstWordBits: number[];
}

export function packIndex(entries: readonly Entry[], asOf: string): PackedIndex {
  const entryIndex = new Map(entries.map((entry, i) => [entry.id, i]));
  const lists: string[][] = [[]];
  const listIndex = new Map<string, number>([['[]', 0]]);
  const list = (values: readonly string[]): number => {
    const key = JSON.stringify(values);
    let index = listIndex.get(key);
    if (index === undefined) {
      index = lists.length;
      lists.push([...values]);
      listIndex.set(key, index);
    }
    return index;
  };
  const { arrays: trie, inOrder: aliases, checks } = trieArraysOf(compileAliases(entries));
  return {
    asOf,
    entries: entries.map((entry) => [entry.id, CATEGORIES.indexOf(entry.category)]),
    trie,
    aliases: aliases.map((alias): PackedAlias => [
      entryIndex.get(alias.entryId)!,
      alias.text,
      (alias.ambiguous ? AMBIGUOUS : 0) | (alias.compound ? COMPOUND : 0),
      alias.langs.reduce((bits, lang) => bits | (1 << LANGS.indexOf(lang)), 0),
      list(alias.context),
      list(alias.related),
    ]),
    checks,
    lists,
    compounds: compoundIndexes(aliases),
    firstWordBits: firstWordBits(new WordTrie(trie)),
  };
}

export interface UnpackedIndex {
  asOf: string;
  trie: AliasTrie;
  categories: ReadonlyMap<string, Category>;
}

const NO_SUFFIXES: readonly string[] = Object.freeze([]);

export function unpackIndex(packed: PackedIndex): UnpackedIndex {
  const langSets = new Map<number, readonly Lang[]>();
  const langsOf = (bits: number): readonly Lang[] => {
    let langs = langSets.get(bits);
    if (!langs) {
      langs = Object.freeze(LANGS.filter((_, i) => bits & (1 << i)));
      langSets.set(bits, langs);
    }
    return langs;
  };
  const checks = new AliasChecks(packed.checks);
  if (checks.size !== packed.aliases.length) throw new Error('The packed index has checks for another number of aliases.');
  const decoded: (CompiledAlias | undefined)[] = new Array(packed.aliases.length);
  const decode = (index: number): CompiledAlias => {
    const [entry, text, flags, langs, context, related] = packed.aliases[index]!;
    return {
      entryId: packed.entries[entry]![0],
      text,
      words: checks.words(index),
      separators: checks.separatorsOf(index),
      caseRule: checks.caseRule(index),
      suffixes: checks.takesSuffixes(index) ? ALL_GENITIVE_SUFFIXES : NO_SUFFIXES,
      ambiguous: (flags & AMBIGUOUS) !== 0,
      compound: (flags & COMPOUND) !== 0,
      langs: langsOf(langs),
      context: packed.lists[context]!,
      related: packed.lists[related]!,
    };
  };
  let categories: Map<string, Category> | null = null;
  return {
    asOf: packed.asOf,
    trie: {
      words: new WordTrie(packed.trie),
      size: packed.aliases.length,
      alias: (index) => (decoded[index] ??= decode(index)),
      checks,
      compounds: packed.compounds,
      firstWordBits: packed.firstWordBits,
    },
    get categories() {
      categories ??= new Map(packed.entries.map(([id, category]) => [id, CATEGORIES[category]!]));
      return categories;
    },
  };
}
