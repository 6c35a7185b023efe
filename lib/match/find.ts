/**
 * Finds aliases in plain text: one pass over the words, one map lookup per word, the longest alias at a position
 * wins and matches never overlap. Pure: text in, mentions out.
 */
import { normaliseSeparator, tokenize, type Token } from '../lang/text';
import type { CompiledAlias, Matcher } from './compile';

export interface Candidate {
  entryId: string;
  alias: CompiledAlias;
}

export interface Mention {
  start: number;
  end: number;
  /** The text as it stands on the page. */
  surface: string;
  /** Entries whose alias matched here; more than one when entries share an alias. */
  candidates: Candidate[];
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function caseMatches(alias: CompiledAlias, words: readonly string[], lastStem: string): boolean {
  const seen = words.map((word, i) => (i === words.length - 1 ? lastStem : word));
  switch (alias.caseRule) {
    case 'any':
      return true;
    case 'exact':
      return seen.every((word, i) => word === alias.words[i]);
    case 'name':
      return (
        seen.every((word, i) => word === alias.words[i]) ||
        seen.every((word, i) => word === alias.words[i]!.toUpperCase()) ||
        seen.every((word, i) => word === (i === 0 ? capitalise(alias.words[i]!) : alias.words[i]))
      );
  }
}

/** Length of the suffix glued to the last word, or -1 when the word does not fit the alias. */
function suffixLength(alias: CompiledAlias, lastWord: string): number {
  const expected = alias.folded[alias.folded.length - 1]!;
  const folded = lastWord.toLowerCase();
  if (folded === expected) return 0;
  for (const suffix of alias.suffixes) {
    if (folded === expected + suffix) return suffix.length;
  }
  return -1;
}

function tryAlias(alias: CompiledAlias, text: string, tokens: readonly Token[], at: number): number {
  const n = alias.words.length;
  if (at + n > tokens.length) return -1;
  for (let k = 1; k < n; k++) {
    const token = tokens[at + k]!;
    if (k < n - 1 && token.text.toLowerCase() !== alias.folded[k]) return -1;
    const between = normaliseSeparator(text.slice(tokens[at + k - 1]!.end, token.start));
    if (between !== alias.separators[k - 1]) return -1;
  }
  const last = tokens[at + n - 1]!;
  const suffix = suffixLength(alias, last.text);
  if (suffix < 0) return -1;
  const words = tokens.slice(at, at + n).map((token) => token.text);
  if (!caseMatches(alias, words, last.text.slice(0, last.text.length - suffix))) return -1;
  return n;
}

/** Every alias of the matcher found in `text`, in order. */
export function findMentions(matcher: Matcher, text: string): Mention[] {
  const tokens = tokenize(text);
  const mentions: Mention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const key = tokens[i]!.text.toLowerCase();
    const plain = matcher.byFirstWord.get(key);
    const suffixed = matcher.bySuffixedWord.get(key);
    if (!plain && !suffixed) {
      i++;
      continue;
    }
    const options = suffixed ? [...(plain ?? []), ...suffixed] : plain!;
    let bestLength = 0;
    let best: CompiledAlias[] = [];
    for (const alias of options) {
      if (alias.words.length < bestLength) continue;
      const length = tryAlias(alias, text, tokens, i);
      if (length < 0) continue;
      if (length > bestLength) {
        bestLength = length;
        best = [alias];
      } else if (length === bestLength && !best.some((b) => b.entryId === alias.entryId)) {
        best.push(alias);
      }
    }
    if (bestLength === 0) {
      i++;
      continue;
    }
    const start = tokens[i]!.start;
    const end = tokens[i + bestLength - 1]!.end;
    mentions.push({
      start,
      end,
      surface: text.slice(start, end),
      candidates: best.map((alias) => ({ entryId: alias.entryId, alias })),
    });
    i += bestLength;
  }
  return mentions;
}
