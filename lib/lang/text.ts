/**
 * Character classes shared by every language: what is part of a word, what is invisible, what separates words.
 * Offsets are never changed: callers get positions in the original text.
 */

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/** Soft hyphen and zero-width characters: invisible inside a word, so a word is read across them. */
const INVISIBLE = new Set(['\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff']);

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
  let out = '';
  for (const ch of raw) {
    if (INVISIBLE.has(ch)) continue;
    out += ch;
  }
  return out.replace(/\s+/gu, ' ').replace(DASHES, '-').replace(APOSTROPHES, "'");
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
  let current = '';
  let start = -1;
  let end = -1;
  let i = 0;
  for (const ch of text) {
    if (isWordChar(ch)) {
      if (start < 0) start = i;
      current += ch;
      end = i + ch.length;
    } else if (start >= 0 && isInvisible(ch)) {
      // Stays inside the word; only a following letter extends it.
    } else if (start >= 0) {
      tokens.push({ text: current, start, end });
      current = '';
      start = -1;
    }
    i += ch.length;
  }
  if (start >= 0) tokens.push({ text: current, start, end });
  return tokens;
}
