/**
 * Character classes shared by every language: what is part of a word, what is invisible, what separates words.
 * Offsets are never changed: callers get positions in the original text.
 */

/** Soft hyphen and zero-width characters: invisible inside a word, so a word is read across them. */
// U+200D last: a zero-width joiner between two characters of a class reads as one joined character.
export const INVISIBLES = '\u00ad\u200b\u200c\u2060\ufeff\u200d';
const INVISIBLE = new Set(INVISIBLES);
const INVISIBLE_RUN = new RegExp(`[${INVISIBLES}]`, 'g');

// Letters, digits and marks of every script. U+02BC (modifier letter apostrophe) is a letter to Unicode but an
// apostrophe in French text (lʼOTAN), so it separates words.
export const WORD_CLASS = '[[\\p{L}\\p{N}\\p{M}]--\\u02bc]';
const WORD_CHAR = new RegExp(`^${WORD_CLASS}$`, 'v');
/** A word: word characters, with invisible characters allowed between them. */
const WORD = new RegExp(`${WORD_CLASS}(?:[${INVISIBLES}]*${WORD_CLASS})*`, 'gv');
const HAS_INVISIBLE = new RegExp(`[${INVISIBLES}]`);

const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2212\ufe63\uff0d]/g;
const APOSTROPHES = /[\u2019\u2018\u02bc\u0060\u00b4]/g;

export function isWordChar(ch: string): boolean {
  return WORD_CHAR.test(ch);
}

export function isInvisible(ch: string): boolean {
  return INVISIBLE.has(ch);
}

/**
 * The separator between two words, in a form that compares equal across typographic variants:
 * every run of white space (also non-breaking) becomes one space, every dash a hyphen, every apostrophe a straight one,
 * and invisible characters are dropped.
 */
export function normaliseSeparator(raw: string): string {
  if (raw === ' ') return raw;
  return raw.replace(INVISIBLE_RUN, '').replace(/\s+/gu, ' ').replace(DASHES, '-').replace(APOSTROPHES, "'");
}

export interface Token {
  /** The word's letters with invisible characters left out. */
  text: string;
  start: number;
  end: number;
}

/** Splits text into words (letters, digits and marks of every script). */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match; match = WORD.exec(text)) {
    const raw = match[0];
    tokens.push({
      text: HAS_INVISIBLE.test(raw) ? raw.replace(INVISIBLE_RUN, '') : raw,
      start: match.index,
      end: match.index + raw.length,
    });
  }
  return tokens;
}
