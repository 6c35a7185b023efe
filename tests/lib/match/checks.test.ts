/**
 * The packed alias checks: an alias found by its lowercase words is checked against the words as the page writes
 * them (case rule, separators, genitive suffix) without decoding the alias, and packed checks that do not add up are
 * refused with a clear message. Each text here is, in lowercase, the alias it is checked against: what a walk down
 * the trie has found before an alias is checked.
 */
import { describe, expect, test } from 'vitest';
import type { CaseRule } from '../../../lib/kb/schema';
import { AliasChecks, packChecks, shapeOf, type CheckedAlias, type PackedChecks } from '../../../lib/match/checks';
import { ALL_GENITIVE_SUFFIXES } from '../../../lib/lang/rules';
import { scanWords } from '../../../lib/lang/words';

function alias(
  words: string[],
  caseRule: CaseRule,
  options: { separators?: string[]; suffixes?: boolean; twin?: boolean } = {},
): CheckedAlias & { twin: boolean } {
  return {
    words,
    separators: options.separators ?? words.slice(1).map(() => ' '),
    caseRule,
    suffixes: options.suffixes ? ALL_GENITIVE_SUFFIXES : [],
    twin: options.twin ?? false,
  };
}

/** A name of more words than have their shape kept. */
const LONG = Array.from({ length: 18 }, (_, i) => `Word${String.fromCharCode(97 + i)}`).join(' ') + ' z';

const ALIASES = [
  alias(['NAVO'], 'exact'),
  alias(['Mark', 'Rutte'], 'name', { suffixes: true }),
  alias(['minister', 'van', 'Defensie'], 'name'),
  alias(['patriot'], 'any'),
  alias(['F', '16'], 'exact', { separators: ['-'] }),
  alias(['l', 'OTAN'], 'exact', { separators: ["'"] }),
  alias(['Rutte'], 'name', { suffixes: true }),
  alias(['Rutte'], 'name', { twin: true }),
  alias(['Błaszczak'], 'name'),
  alias(['iPhone'], 'name'),
  alias(LONG.split(' '), 'name'),
  alias(['Karl'], 'name'),
];

/** Packs aliases, each marked a twin or not. */
function pack(aliases: (CheckedAlias & { twin: boolean })[]): PackedChecks {
  return packChecks(
    aliases,
    aliases.map((alias) => (alias.twin ? 1 : 0)),
  );
}

/** Through JSON, as the build stores the bundled checks. */
const checks = new AliasChecks(JSON.parse(JSON.stringify(pack(ALIASES))) as PackedChecks);

/** Whether alias `i` fits the text from its first word, with `suffix` letters of genitive on the last word. */
function fits(i: number, text: string, suffix = 0): boolean {
  return checks.fits(i, text, scanWords(text), 0, suffix);
}

describe('packed alias checks', () => {
  test("keep every alias's words, their number and whether it is a twin", () => {
    expect(checks.size).toBe(ALIASES.length);
    ALIASES.forEach((alias, i) => {
      expect(checks.words(i)).toEqual(alias.words);
      expect(checks.wordCount(i)).toBe(alias.words.length);
      expect(checks.isTwin(i)).toBe(alias.twin);
    });
  });

  test.each<[string, number, string, number, boolean]>([
    ['an acronym as written', 0, 'NAVO', 0, true],
    ['an acronym in other case', 0, 'Navo', 0, false],
    ['an acronym in lower case', 0, 'navo', 0, false],
    ['a name as written', 1, 'Mark Rutte', 0, true],
    ['a name in capitals', 1, 'MARK RUTTE', 0, true],
    ['a name in lower case', 1, 'mark rutte', 0, false],
    ['a name with one word in lower case', 1, 'Mark rutte', 0, false],
    ['a name over a non-breaking space', 1, 'Mark\u00a0Rutte', 0, true],
    ['a name over a line break and spaces', 1, 'Mark\n   Rutte', 0, true],
    ['a name over a hyphen', 1, 'Mark-Rutte', 0, false],
    ['a name with a soft hyphen inside a word', 1, 'Mark Rut\u00adte', 0, true],
    ['a genitive of a name that takes one', 1, 'Mark Ruttes', 1, true],
    ['a genitive of a name in capitals', 1, 'MARK RUTTES', 1, true],
    ['a genitive of an alias that takes none', 7, 'Ruttes', 1, false],
    ['a name with a letter past ASCII whose lowercase is ASCII (the Kelvin sign)', 11, '\u212Aarl', 0, false],
    ['the same name as written', 11, 'Karl', 0, true],
    ['a name of letters past ASCII as written', 8, 'Błaszczak', 0, true],
    ['a name of letters past ASCII in capitals', 8, 'BŁASZCZAK', 0, true],
    ['a name of letters past ASCII in lower case', 8, 'błaszczak', 0, false],
    ['a name in mixed case as written', 9, 'iPhone', 0, true],
    ['a name in mixed case with its first letter a capital', 9, 'IPhone', 0, true],
    ['a name in mixed case in lower case', 9, 'iphone', 0, false],
    ['a long name as written', 10, LONG, 0, true],
    ['a long name with its last word in other case', 10, `${LONG.slice(0, -1)}Z`, 0, false],
    ['a long name in capitals', 10, LONG.toUpperCase(), 0, true],
    ['a title as written', 2, 'minister van Defensie', 0, true],
    ['a title opening a sentence', 2, 'Minister van Defensie', 0, true],
    ['a title with a later word capitalised', 2, 'minister Van Defensie', 0, false],
    ['a term of any case', 3, 'PaTrIoT', 0, true],
    ['a hyphenated acronym', 4, 'F-16', 0, true],
    ['a hyphenated acronym with a non-breaking hyphen', 4, 'F\u201116', 0, true],
    ['a hyphenated acronym with a space', 4, 'F 16', 0, false],
    ['an elision with a typographic apostrophe', 5, 'l’OTAN', 0, true],
    ['an elision with a straight apostrophe', 5, "l'OTAN", 0, true],
    ['an elision in other case', 5, "L'OTAN", 0, false],
  ])('%s', (_, i, text, suffix, expected) => {
    expect(fits(i, text, suffix)).toBe(expected);
  });

  test.each<[string, number]>([
    ['nato', 0],
    ['16', 0],
    ['Rutte', 1],
    ['F', 1],
    ['NAVO', 2],
    ['iPhone', 3],
    ['McDonald', 3],
    ['Błaszczak', 3],
  ])('know the shape of %s', (word, shape) => {
    expect(shapeOf(word)).toBe(shape);
  });

  test('are checked at any word of a text, not only its first', () => {
    const text = 'Volgens secretaris-generaal Mark Rutte.';
    const spans = scanWords(text);
    expect(checks.fits(1, text, spans, 3, 0)).toBe(true);
    expect(checks.fits(1, text, spans, 2, 0)).toBe(false);
  });

  test.each<[string, () => unknown, RegExp]>([
    ['a word with a space', () => pack([alias(['Mark Rutte'], 'name')]), /empty or has a space/],
    ['an empty word', () => pack([alias([''], 'name')]), /empty or has a space/],
    [
      'twins for another number of aliases',
      () => packChecks([alias(['Rutte'], 'name')], [0, 1]),
      /another number of aliases/,
    ],
    [
      'a suffix no language has',
      () => pack([{ ...alias(['Rutte'], 'name'), suffixes: ['xyz'] }]),
      /suffix no language has/,
    ],
  ])('refuse to pack %s', (_, packing, message) => {
    expect(packing).toThrow(message);
  });

  const good = pack(ALIASES.slice(0, 3));
  test.each<[string, PackedChecks, RegExp]>([
    ['an odd number of rules', { ...good, rules: good.rules.slice(1) }, /whole number of aliases/],
    ['a case rule out of range', { ...good, rules: [3 | (1 << 4), 0, ...good.rules.slice(2)] }, /out of range/],
    ['an alias of no words', { ...good, rules: [0, 0, ...good.rules.slice(2)] }, /out of range/],
    [
      'separators for another number of words',
      { ...good, rules: [good.rules[0]!, 1, ...good.rules.slice(2)] },
      /another number of words/,
    ],
    ['fewer words written than the rules say', { ...good, written: good.written.slice(0, 20) }, /fewer words written/],
    ['more words written than the rules say', { ...good, written: `${good.written}extra ` }, /more words written/],
  ])('refuse packed checks with %s', (_, packed, message) => {
    expect(() => new AliasChecks(packed)).toThrow(message);
  });
});
