/**
 * Turns knowledge-base entries into a lookup table keyed by an alias's first word, so that matching costs one map
 * lookup per word of the page, whatever the size of the knowledge base.
 */
import { LANGS, type Lang } from '../kb/constants';
import type { Alias, CaseRule, Entry } from '../kb/schema';
import { ALL_GENITIVE_SUFFIXES } from '../lang/rules';
import { normaliseSeparator, tokenize } from '../lang/text';
import { PREFIX_LENGTH, hashWord } from '../lang/words';
import { contextText } from './resolve';
import { AliasChecks, packChecks, type PackedChecks } from './checks';
import { buildTrieArrays, WordTrie, type TrieArrays } from './trie';

export interface CompiledAlias {
  entryId: string;
  /** The alias as written in the knowledge base. */
  text: string;
  words: string[];
  /** The words in lowercase, when worked out ahead (packed aliases carry them). */
  folded?: string[];
  /** Normalised separators between consecutive words (one fewer than words). */
  separators: readonly string[];
  caseRule: CaseRule;
  /** Suffixes that may be glued to the last word (possessives of people's names). */
  suffixes: readonly string[];
  ambiguous: boolean;
  /** May open a closed compound (Patriotsystemen). */
  compound: boolean;
  /** The languages whose names list this alias. An ambiguous alias is only settled on pages in one of them. */
  langs: readonly Lang[];
  context: string[];
  related: string[];
}

/**
 * A trie and its aliases, numbered in the trie's order (see `WordTrie`). `alias(i)` may decode aliases only when
 * they are first needed; `checks` tells whether an alias fits the text without decoding it.
 */
export interface AliasTrie {
  words: WordTrie;
  size: number;
  alias(index: number): CompiledAlias;
  checks: AliasChecks;
  /** Indexes of the aliases that may open a closed compound. */
  compounds: readonly number[];
  /** Entries passed over in this trie only (bundled entries the reader replaced with an own entry). */
  skip?: ReadonlySet<string>;
  /** The bits of `Matcher.firstWords` its first words set, when worked out ahead (the bundled trie has them). */
  firstWordBits?: readonly number[];
}

/** The bits of `Matcher.firstWords` for a trie's first words. */
export function firstWordBits(words: WordTrie): number[] {
  return words.firstWords().map((word) => hashWord(word) & (FIRST_WORD_BITS - 1));
}

export interface Matcher {
  tries: readonly AliasTrie[];
  /** Entries whose aliases are passed over (hidden by the reader, or replaced by an own entry). */
  skip: ReadonlySet<string>;
  aliasCount: number;
  /** A bit per hash of a first word (lowercase): a word whose bit is clear starts no alias. */
  firstWords: Uint32Array;
  /** Aliases that may open a closed compound, by their first `PREFIX_LENGTH` lowercase letters. */
  compounds: Map<string, CompiledAlias[]>;
  /** A bit per hash of those first letters. */
  compoundPrefixes: Uint32Array;
}

function setBit(bits: Uint32Array, hash: number): void {
  const bit = hash & (FIRST_WORD_BITS - 1);
  bits[bit >>> 5] = (bits[bit >>> 5] ?? 0) | (1 << (bit & 31));
}

export function hasBit(bits: Uint32Array, hash: number): boolean {
  const bit = hash & (FIRST_WORD_BITS - 1);
  return (bits[bit >>> 5]! & (1 << (bit & 31))) !== 0;
}

/** Letters without their diacritics (ł to l, é to e), for aliases that fold them. */
export function withoutDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[łŁøØđĐħĦıŀĿ]/g, (ch) => ({ ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ħ: 'h', Ħ: 'H', ı: 'i', ŀ: 'l', Ŀ: 'L' })[ch] ?? ch)
    .normalize('NFC');
}

export const FIRST_WORD_BITS = 1 << 21;

const NO_STRINGS: readonly string[] = Object.freeze([]);
const SEPARATOR_LISTS = new Map<string, string[]>();
const LANG_LISTS = new Map<string, readonly Lang[]>();

function internLangs(langs: readonly Lang[]): readonly Lang[] {
  const key = langs.join(',');
  let shared = LANG_LISTS.get(key);
  if (!shared) {
    shared = Object.freeze([...langs]);
    LANG_LISTS.set(key, shared);
  }
  return shared;
}

/** One shared array per list of separators: most aliases have none, or single spaces. */
function internSeparators(separators: string[]): string[] {
  const key = separators.join('\u0000');
  let shared = SEPARATOR_LISTS.get(key);
  if (!shared) {
    shared = Object.freeze(separators) as string[];
    SEPARATOR_LISTS.set(key, shared);
  }
  return shared;
}

/** The alias's words in lowercase: its path in the trie. */
export function foldedWords(alias: CompiledAlias): string[] {
  return alias.folded ?? alias.words.map((word) => word.toLowerCase());
}
const NO_SUFFIXES: readonly string[] = Object.freeze([]);

/** Short all-capital aliases (NAVO, NOS, VS) match only as written. */
export function defaultCaseRule(text: string): CaseRule {
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters.length > 0 && letters.length <= 6 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) {
    return 'exact';
  }
  return 'name';
}

export function compileAlias(entry: Entry, alias: Alias, langs: readonly Lang[] = LANGS): CompiledAlias | null {
  const spec = typeof alias === 'string' ? { text: alias } : alias;
  const tokens = tokenize(spec.text);
  if (tokens.length === 0) return null;
  const separators: string[] = [];
  for (let i = 1; i < tokens.length; i++) {
    separators.push(normaliseSeparator(spec.text.slice(tokens[i - 1]!.end, tokens[i]!.start)));
  }
  const words = tokens.map((token) => token.text);
  return {
    entryId: entry.id,
    text: spec.text,
    words,
    separators: internSeparators(separators),
    caseRule: spec.case ?? defaultCaseRule(spec.text),
    suffixes: entry.category === 'person' ? ALL_GENITIVE_SUFFIXES : NO_SUFFIXES,
    ambiguous: spec.ambiguous ?? false,
    compound: (spec.compound ?? false) && tokens.length === 1 && words[0]!.length >= PREFIX_LENGTH,
    langs: internLangs(langs),
    context: spec.context?.length ? spec.context.map((term) => contextText(term)) : (NO_STRINGS as string[]),
    related: spec.related?.length ? spec.related : (NO_STRINGS as string[]),
  };
}

/** Every alias of an entry in every language, its labels included, each once, with the languages listing it. */
export function aliasesWithLanguages(entry: Entry): { alias: Alias; langs: readonly Lang[] }[] {
  const byText = new Map<string, { alias: Alias; langs: Lang[] }>();
  for (const lang of LANGS) {
    const names = entry.names[lang];
    if (!names) continue;
    for (const alias of [names.label, ...names.aliases]) {
      const key = typeof alias === 'string' ? alias : alias.text;
      const known = byText.get(key);
      if (!known) byText.set(key, { alias, langs: [lang] });
      else {
        if (!known.langs.includes(lang)) known.langs.push(lang);
        // Rules given for a text win over the same text written plainly (as a label, or in another language).
        if (typeof alias !== 'string') known.alias = alias;
      }
    }
  }
  return [...byText.values()].map(({ alias, langs }) => ({ alias, langs: internLangs(langs) }));
}

/** Every alias of an entry in every language, its labels included, each once. */
export function aliasesOf(entry: Entry): Alias[] {
  return aliasesWithLanguages(entry).map(({ alias }) => alias);
}

/** Aliases with the same key are written alike: checking the text gives the same answer for each. */
function writingKey(alias: CompiledAlias): string {
  return JSON.stringify([alias.caseRule, alias.suffixes, alias.words, alias.separators]);
}

/** Where a compiled alias comes from: an alias of an entry, or its diacritic-free variant (`plain`). */
interface AliasSource {
  entry: Entry;
  alias: Alias;
  langs: readonly Lang[];
  plain: boolean;
}

/** Compiles an alias from its source; null when it has no words. */
function compileSource({ entry, alias, langs, plain }: AliasSource): CompiledAlias | null {
  if (!plain) return compileAlias(entry, alias, langs);
  const spec = alias as Exclude<Alias, string>;
  const variant = compileAlias(entry, { ...spec, text: withoutDiacritics(spec.text) }, langs);
  return variant && { ...variant, text: spec.text };
}

/** The sources of every alias of the entries that compiles, each with what it compiles to. */
function compiledSources(entries: readonly Entry[]): { sources: AliasSource[]; compiled: CompiledAlias[] } {
  const sources: AliasSource[] = [];
  const compiled: CompiledAlias[] = [];
  const add = (source: AliasSource): void => {
    const alias = compileSource(source);
    if (!alias) return;
    sources.push(source);
    compiled.push(alias);
  };
  for (const entry of entries) {
    for (const { alias, langs } of aliasesWithLanguages(entry)) {
      add({ entry, alias, langs, plain: false });
      if (typeof alias !== 'string' && alias.fold && withoutDiacritics(alias.text) !== alias.text) {
        add({ entry, alias, langs, plain: true });
      }
    }
  }
  return { sources, compiled };
}

/** Every alias of the entries compiled (words, separators, rules), diacritic-free variants included. */
export function compileAliases(entries: readonly Entry[]): CompiledAlias[] {
  return compiledSources(entries).compiled;
}

/**
 * The trie arrays of compiled aliases; the aliases in the trie's order; and their checks, packed in that order.
 */
export function trieArraysOf(aliases: readonly CompiledAlias[]): {
  arrays: TrieArrays;
  order: number[];
  inOrder: CompiledAlias[];
  checks: PackedChecks;
} {
  const { arrays, order, twins } = buildTrieArrays(
    aliases.length,
    (i) => foldedWords(aliases[i]!),
    (i) => writingKey(aliases[i]!),
  );
  const inOrder = order.map((index) => aliases[index]!);
  return { arrays, order, inOrder, checks: packChecks(inOrder, order.map((index) => twins[index]!)) };
}

/** The indexes of the aliases that may open a closed compound. */
export function compoundIndexes(aliases: readonly CompiledAlias[]): number[] {
  return aliases.flatMap((alias, index) => (alias.compound ? [index] : []));
}

/**
 * The trie arrays of the entries' aliases, and in the trie's order where each alias comes from, its checks and which
 * may open a compound. The compiled aliases are not kept: a function of its own, so that no closure holds them.
 */
function orderedSources(entries: readonly Entry[]): {
  arrays: TrieArrays;
  sourceAt: AliasSource[];
  checks: AliasChecks;
  compounds: number[];
} {
  const { sources, compiled } = compiledSources(entries);
  const { arrays, order, inOrder, checks } = trieArraysOf(compiled);
  return {
    arrays,
    sourceAt: order.map((index) => sources[index]!),
    checks: new AliasChecks(checks),
    compounds: compoundIndexes(inOrder),
  };
}

/**
 * A trie over the entries' aliases that keeps only where each alias comes from and what checking it against the
 * text needs, and compiles an alias again when it first fits the text: a glossary of 100,000 aliases is held in
 * a few megabytes.
 */
export function trieOf(entries: readonly Entry[]): AliasTrie {
  const { arrays, sourceAt, checks, compounds } = orderedSources(entries);
  const decoded: (CompiledAlias | undefined)[] = new Array(sourceAt.length);
  return {
    words: new WordTrie(arrays),
    size: sourceAt.length,
    alias: (index) => {
      return (decoded[index] ??= compileSource(sourceAt[index]!)!);
    },
    checks,
    compounds,
  };
}

/**
 * A matcher over one or more tries (the bundled one and the reader's own): walking them costs one lookup per word
 * of the page, however many aliases there are. Aliases of entries in `skip` are passed over.
 */
export function buildMatcher(tries: readonly AliasTrie[], skip: ReadonlySet<string> = new Set()): Matcher {
  const firstWords = new Uint32Array(FIRST_WORD_BITS >>> 5);
  const compoundPrefixes = new Uint32Array(FIRST_WORD_BITS >>> 5);
  const compounds = new Map<string, CompiledAlias[]>();
  let aliasCount = 0;
  for (const trie of tries) {
    aliasCount += trie.size;
    for (const bit of trie.firstWordBits ?? firstWordBits(trie.words)) setBit(firstWords, bit);
    for (const index of trie.compounds) {
      const alias = trie.alias(index);
      if (skip.has(alias.entryId) || trie.skip?.has(alias.entryId)) continue;
      const prefix = foldedWords(alias)[0]!.slice(0, PREFIX_LENGTH);
      setBit(compoundPrefixes, hashWord(prefix));
      compounds.set(prefix, [...(compounds.get(prefix) ?? []), alias]);
    }
  }
  return { tries, skip, aliasCount, firstWords, compounds, compoundPrefixes };
}

/** Compiles entries into a matcher (see `trieOf` and `buildMatcher`). */
export function compileMatcher(entries: readonly Entry[]): Matcher {
  return buildMatcher([trieOf(entries)]);
}
