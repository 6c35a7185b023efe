/**
 * Turns knowledge-base entries into a lookup table keyed by an alias's first word, so that matching costs one map
 * lookup per word of the page, whatever the size of the knowledge base.
 */
import { LANGS, type Alias, type CaseRule, type Entry, type Lang } from '../kb/schema';
import { ALL_GENITIVE_SUFFIXES } from '../lang/rules';
import { normaliseSeparator, tokenize } from '../lang/text';
import { PREFIX_LENGTH, hashWord } from '../lang/words';
import { contextText } from './resolve';

export interface CompiledAlias {
  entryId: string;
  /** The alias as written in the knowledge base. */
  text: string;
  words: string[];
  /** Normalised separators between consecutive words (one fewer than words). */
  separators: string[];
  caseRule: CaseRule;
  /** Suffixes that may be glued to the last word (possessives of people's names). */
  suffixes: readonly string[];
  ambiguous: boolean;
  /** May open a closed compound (Patriotsystemen). */
  compound: boolean;
  /** The languages whose names list this alias. An ambiguous alias is only settled on pages in one of them. */
  langs: readonly Lang[];
  /** Written like the alias before it at the same trie node (see `TrieNode.aliases`). */
  twin: boolean;
  context: string[];
  related: string[];
}

/**
 * A node of the word trie: the aliases that end here, and the next words. A node with one next word keeps it in
 * `word`/`child` (most nodes below the first level), so only branching nodes pay for a Map.
 */
export interface TrieNode {
  /**
   * The aliases that end here. Aliases written alike (same words, separators, case rule and suffixes) stand next
   * to each other, the later ones marked `twin`, so the text is checked once for all the entries sharing them.
   */
  aliases: CompiledAlias[] | null;
  word: string | null;
  child: TrieNode | null;
  next: Map<string, TrieNode> | null;
}

export interface Matcher {
  /** The alias trie over lowercased words; below its root are the first words. */
  root: TrieNode;
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

/** The node below `node` for a lowercase word, if any. */
export function childOf(node: TrieNode, word: string): TrieNode | undefined {
  if (node.word === word) return node.child!;
  return node.next?.get(word);
}

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
  return alias.words.map((word) => word.toLowerCase());
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
    twin: false,
    context: spec.context?.length ? spec.context.map((term) => contextText(term)) : (NO_STRINGS as string[]),
    related: spec.related?.length ? spec.related : (NO_STRINGS as string[]),
  };
}

/** Every alias of an entry in every language, its labels included, each once, with the languages listing it. */
export function aliasesWithLanguages(entry: Entry): { alias: Alias; langs: Lang[] }[] {
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
  return [...byText.values()];
}

/** Every alias of an entry in every language, its labels included, each once. */
export function aliasesOf(entry: Entry): Alias[] {
  return aliasesWithLanguages(entry).map(({ alias }) => alias);
}

function newNode(): TrieNode {
  return { aliases: null, word: null, child: null, next: null };
}

function child(node: TrieNode, word: string): TrieNode {
  const existing = childOf(node, word);
  if (existing) return existing;
  const created = newNode();
  if (node.word === null && node.next === null) {
    node.word = word;
    node.child = created;
  } else {
    node.next ??= new Map();
    node.next.set(word, created);
  }
  return created;
}

function sameShape(a: CompiledAlias, b: CompiledAlias): boolean {
  return (
    a.caseRule === b.caseRule &&
    a.suffixes === b.suffixes &&
    a.words.length === b.words.length &&
    a.words.every((word, i) => word === b.words[i]) &&
    a.separators.every((separator, i) => separator === b.separators[i])
  );
}

/**
 * Compiles entries into a word trie: walking it costs one map lookup per word of the page, however many aliases
 * there are. Entries sharing an alias become several candidates at the same node.
 */
export function compileMatcher(entries: readonly Entry[]): Matcher {
  const root = newNode();
  const firstWords = new Uint32Array(FIRST_WORD_BITS >>> 5);
  const compoundPrefixes = new Uint32Array(FIRST_WORD_BITS >>> 5);
  const compounds = new Map<string, CompiledAlias[]>();
  let aliasCount = 0;
  const variants = function* (entry: Entry): Generator<CompiledAlias> {
    for (const { alias, langs } of aliasesWithLanguages(entry)) {
      const compiled = compileAlias(entry, alias, langs);
      if (!compiled) continue;
      yield compiled;
      if (typeof alias !== 'string' && alias.fold) {
        const plain = withoutDiacritics(alias.text);
        const variant = plain !== alias.text ? compileAlias(entry, { ...alias, text: plain }, langs) : null;
        if (variant) yield { ...variant, text: alias.text };
      }
    }
  };
  for (const entry of entries) {
    for (const compiled of variants(entry)) {
      aliasCount++;
      const folded = foldedWords(compiled);
      setBit(firstWords, hashWord(folded[0]!));
      if (compiled.compound) {
        const prefix = folded[0]!.slice(0, PREFIX_LENGTH);
        setBit(compoundPrefixes, hashWord(prefix));
        compounds.set(prefix, [...(compounds.get(prefix) ?? []), compiled]);
      }
      let node = root;
      for (const word of folded) node = child(node, word);
      // Arrays built at their exact size: a pushed-to array keeps room for a dozen more, times every node.
      const here = node.aliases ?? [];
      let at = here.length;
      for (let j = here.length - 1; j >= 0; j--) {
        if (sameShape(here[j]!, compiled)) {
          compiled.twin = true;
          at = j + 1;
          break;
        }
      }
      node.aliases = [...here.slice(0, at), compiled, ...here.slice(at)];
    }
  }
  return { root, aliasCount, firstWords, compounds, compoundPrefixes };
}
