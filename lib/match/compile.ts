/**
 * Turns knowledge-base entries into a lookup table keyed by an alias's first word, so that matching costs one map
 * lookup per word of the page, whatever the size of the knowledge base.
 */
import type { Alias, CaseRule, Entry } from '../kb/schema';
import { ALL_GENITIVE_SUFFIXES } from '../lang/rules';
import { normaliseSeparator, tokenize } from '../lang/text';

export interface CompiledAlias {
  entryId: string;
  /** The alias as written in the knowledge base. */
  text: string;
  words: string[];
  /** Lowercased words, for case-insensitive comparison and lookup. */
  folded: string[];
  /** Normalised separators between consecutive words (one fewer than words). */
  separators: string[];
  caseRule: CaseRule;
  /** Suffixes that may be glued to the last word (possessives of people's names). */
  suffixes: readonly string[];
  ambiguous: boolean;
  context: string[];
  related: string[];
}

export interface Matcher {
  /** Aliases by their first folded word, longest alias first. */
  byFirstWord: Map<string, CompiledAlias[]>;
  /** Aliases that may carry a suffix, by their first folded word with the suffix glued on (single-word ones). */
  bySuffixedWord: Map<string, CompiledAlias[]>;
  aliasCount: number;
}

/** Short all-capital aliases (NAVO, NOS, VS) match only as written. */
export function defaultCaseRule(text: string): CaseRule {
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters.length > 0 && letters.length <= 6 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) {
    return 'exact';
  }
  return 'name';
}

export function compileAlias(entry: Entry, alias: Alias): CompiledAlias | null {
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
    folded: words.map((word) => word.toLowerCase()),
    separators,
    caseRule: spec.case ?? defaultCaseRule(spec.text),
    suffixes: entry.category === 'person' ? ALL_GENITIVE_SUFFIXES : [],
    ambiguous: spec.ambiguous ?? false,
    context: (spec.context ?? []).map((term) => term.toLowerCase()),
    related: spec.related ?? [],
  };
}

/** Every alias of an entry in every language, its labels included, each once. */
export function aliasesOf(entry: Entry): Alias[] {
  const byText = new Map<string, Alias>();
  for (const names of Object.values(entry.names)) {
    if (!names) continue;
    for (const alias of [names.label, ...names.aliases]) {
      const key = typeof alias === 'string' ? alias : alias.text;
      // Rules given for a text win over the same text written plainly (as a label, or in another language).
      if (!byText.has(key) || typeof alias !== 'string') byText.set(key, alias);
    }
  }
  return [...byText.values()];
}

function push(map: Map<string, CompiledAlias[]>, key: string, alias: CompiledAlias): void {
  const list = map.get(key);
  if (list) list.push(alias);
  else map.set(key, [alias]);
}

/** Compiles entries into a matcher. Later entries with the same alias become extra candidates for it. */
export function compileMatcher(entries: readonly Entry[]): Matcher {
  const byFirstWord = new Map<string, CompiledAlias[]>();
  const bySuffixedWord = new Map<string, CompiledAlias[]>();
  let aliasCount = 0;
  for (const entry of entries) {
    for (const alias of aliasesOf(entry)) {
      const compiled = compileAlias(entry, alias);
      if (!compiled) continue;
      aliasCount++;
      push(byFirstWord, compiled.folded[0]!, compiled);
      if (compiled.words.length === 1) {
        for (const suffix of compiled.suffixes) push(bySuffixedWord, compiled.folded[0]! + suffix, compiled);
      }
    }
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);
  return { byFirstWord, bySuffixedWord, aliasCount };
}
