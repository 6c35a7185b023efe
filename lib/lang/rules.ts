/**
 * Per-language matching rules, kept as data. Everything that does not depend on the language (word boundaries,
 * hyphenated compounds, elision before an apostrophe) follows from the tokenizer in `text.ts`.
 */
import type { Lang } from '../kb/schema';

export interface LanguageRules {
  /** Letters glued to a person's name to make a possessive or genitive (Ruttes, Stoltenbergs, Trumps). */
  genitiveSuffixes: readonly string[];
}

export const LANGUAGE_RULES: Record<Lang, LanguageRules> = {
  nl: { genitiveSuffixes: ['s'] },
  en: { genitiveSuffixes: [] },
  de: { genitiveSuffixes: ['s'] },
  fr: { genitiveSuffixes: [] },
};

/** The suffixes of every language, for matching text whose language is not known for sure. */
export const ALL_GENITIVE_SUFFIXES: readonly string[] = [
  ...new Set(Object.values(LANGUAGE_RULES).flatMap((rules) => rules.genitiveSuffixes)),
];
