/**
 * Character classes shared by every language: what is part of a word, what is invisible, what separates words.
 * Offsets are never changed: callers get positions in the original text.
 */

import { INVISIBLES } from './words';

export { INVISIBLES, tokenize, type Token } from './words';

const INVISIBLE = new Set(INVISIBLES);
const INVISIBLE_RUN = new RegExp(`[${INVISIBLES}]`, 'g');

// Letters, digits and marks of every script. U+02BC (modifier letter apostrophe) is a letter to Unicode but an
// apostrophe in French text (lʼOTAN), so it separates words.
export const WORD_CLASS = '[[\\p{L}\\p{N}\\p{M}]--\\u02bc]';
const WORD_CHAR = new RegExp(`^${WORD_CLASS}$`, 'v');

const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2212\ufe63\uff0d]/g;
const APOSTROPHES = /[\u2019\u2018\u02bc\u0060\u00b4]/g;

export function isWordChar(ch: string): boolean {
  return WORD_CHAR.test(ch);
}

export function isInvisible(ch: string): boolean {
  return INVISIBLE.has(ch);
}

/** The word with its first letter made a capital (minister to Minister); the rest as it is. */
export function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
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
