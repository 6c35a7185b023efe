/**
 * What checking a found alias against the page's text reads (its case rule, its words as written, the separators
 * between them, whether it takes a genitive suffix), packed for every alias of a trie into one typed array and one
 * string, in the trie's order of aliases. The aliases a walk reaches are checked without decoding them, and
 * a check reads two places in memory instead of an alias object, its list of words and each word. With 100,000
 * aliases those reads are what makes matching slow: they are rarely in the processor's cache.
 */
import type { CaseRule } from '../kb/schema';
import { ALL_GENITIVE_SUFFIXES } from '../lang/rules';
import { capitalise, normaliseSeparator } from '../lang/text';
import { HIDDEN, lowerWord, wordAt, type WordSpans } from '../lang/words';

/** What `AliasChecks` is made of: plain arrays, as the build stores them for the bundled knowledge base. */
export interface PackedChecks {
  /** Two numbers per alias: its case rule, flags and number of words; the index of its list of separators. */
  rules: number[];
  /** Every alias's words as written, one after another, each ended by `WORD_END`. */
  written: string;
  /** The lists of separators the aliases have, each list once; an alias refers to its list by index. */
  separators: string[][];
}

/** What the packing needs of an alias. */
export interface CheckedAlias {
  words: readonly string[];
  separators: readonly string[];
  caseRule: CaseRule;
  suffixes: readonly string[];
}

/** Numbers per alias in `PackedChecks.rules`, and in `AliasChecks`, which adds where its words start and their shapes. */
const PACKED_FIELDS = 2;
const FIELDS = 4;

/**
 * The shape of a word of plain ASCII as written: all lowercase (or digits), a capital and then lowercase, or all
 * capitals. A page's word whose lowercase is the alias's word (as a walk of the trie has found) is written like the
 * alias when its letters have the same shape: checked from the page's letters alone. Other words (letters past
 * ASCII, mixed case as in iPhone) are compared with `written`.
 */
const LOWER = 0;
const CAPITAL = 1;
const UPPER = 2;
const AS_WRITTEN = 3;
/** Shapes of the first words are kept, two bits each; later words are compared with `written`. */
const SHAPED_WORDS = 15;

function isUpperAscii(code: number): boolean {
  return code >= 65 && code <= 90;
}

function isLowerAscii(code: number): boolean {
  return code >= 97 && code <= 122;
}

export function shapeOf(word: string): number {
  let upper = 0;
  let lower = 0;
  for (let j = 0; j < word.length; j++) {
    const code = word.charCodeAt(j);
    if (code >= 0x80) return AS_WRITTEN;
    if (isUpperAscii(code)) upper++;
    else if (isLowerAscii(code)) lower++;
  }
  if (upper === 0) return LOWER;
  if (upper === 1 && isUpperAscii(word.charCodeAt(0))) return CAPITAL;
  return lower === 0 ? UPPER : AS_WRITTEN;
}

/**
 * Whether the page's letters from `start` to `end`, whose lowercase is known to be a word of shape `shape` in
 * lowercase, are written in that shape.
 */
function hasShape(text: string, start: number, end: number, shape: number): boolean {
  for (let j = start; j < end; j++) {
    const code = text.charCodeAt(j);
    // A letter past ASCII whose lowercase is an ASCII letter (the Kelvin sign) is not the alias as written.
    if (code >= 0x80) return false;
    if (shape === UPPER ? isLowerAscii(code) : isUpperAscii(code) !== (shape === CAPITAL && j === start)) return false;
  }
  return true;
}
const CASE_RULES: readonly CaseRule[] = ['exact', 'name', 'any'];
const RULE_MASK = 3;
const TWIN = 4;
const SUFFIXES = 8;
const COUNT_SHIFT = 4;
/** Ends each word in `written`: a space, which no word has (and which JSON keeps as it is). */
const WORD_END = 0x20;

/**
 * Packs the checks of aliases in a trie's order; `twins[i]` is 1 when alias `i` is written like the one before it
 * on its node (see `buildTrieArrays`).
 */
export function packChecks(aliases: readonly CheckedAlias[], twins: ArrayLike<number>): PackedChecks {
  if (twins.length !== aliases.length) throw new Error('Twins given for another number of aliases.');
  const rules: number[] = [];
  const parts: string[] = [];
  const separators: string[][] = [];
  const listIndex = new Map<string, number>();
  const end = String.fromCharCode(WORD_END);
  aliases.forEach((alias, i) => {
    const key = alias.separators.join(end);
    let list = listIndex.get(key);
    if (list === undefined) {
      list = separators.length;
      separators.push([...alias.separators]);
      listIndex.set(key, list);
    }
    if (alias.suffixes.some((suffix) => !ALL_GENITIVE_SUFFIXES.includes(suffix))) {
      throw new Error(`An alias takes a suffix no language has: ${alias.suffixes.join(', ')}.`);
    }
    const flags = CASE_RULES.indexOf(alias.caseRule) | (twins[i] ? TWIN : 0) | (alias.suffixes.length ? SUFFIXES : 0);
    rules.push(flags | (alias.words.length << COUNT_SHIFT), list);
    for (const word of alias.words) {
      if (word === '' || word.includes(end))
        throw new Error(`An alias has a word that is empty or has a space: ${JSON.stringify(word)}.`);
      parts.push(word, end);
    }
  });
  return { rules, written: parts.join(''), separators };
}

export class AliasChecks {
  readonly size: number;
  private readonly rules: Int32Array;
  private readonly written: string;
  private readonly separators: readonly (readonly string[])[];

  constructor({ rules, written, separators }: PackedChecks) {
    if (rules.length % PACKED_FIELDS !== 0)
      throw new Error('Alias checks of a length that is not a whole number of aliases.');
    this.size = rules.length / PACKED_FIELDS;
    this.rules = new Int32Array(FIELDS * this.size);
    this.written = written;
    this.separators = separators;
    let offset = 0;
    for (let i = 0; i < this.size; i++) {
      const bits = rules[PACKED_FIELDS * i]!;
      const list = rules[PACKED_FIELDS * i + 1]!;
      const words = bits >>> COUNT_SHIFT;
      if ((bits & RULE_MASK) >= CASE_RULES.length || words === 0) throw new Error(`Alias check ${i} is out of range.`);
      if ((separators[list]?.length ?? -1) !== words - 1) {
        throw new Error(`Alias check ${i} has separators for another number of words.`);
      }
      const start = offset;
      let shapes = 0;
      // Past the alias's words: each ends with WORD_END, and none is empty.
      for (let k = 0; k < words; k++) {
        const end = written.indexOf(String.fromCharCode(WORD_END), offset);
        if (end <= offset) throw new Error(`Alias check ${i} has fewer words written than it says.`);
        if (k < SHAPED_WORDS) shapes |= shapeOf(written.slice(offset, end)) << (2 * k);
        offset = end + 1;
      }
      this.rules.set([bits, start, list, shapes], FIELDS * i);
    }
    if (offset !== written.length) throw new Error('Alias checks with more words written than their aliases have.');
  }

  /** Written like the alias before it at the same trie node: checking the text gives the same answer. */
  isTwin(i: number): boolean {
    return (this.rules[FIELDS * i]! & TWIN) !== 0;
  }

  /** The case rule of alias `i`. */
  caseRule(i: number): CaseRule {
    return CASE_RULES[this.rules[FIELDS * i]! & RULE_MASK]!;
  }

  /** Whether alias `i` takes a genitive suffix. */
  takesSuffixes(i: number): boolean {
    return (this.rules[FIELDS * i]! & SUFFIXES) !== 0;
  }

  /** The separators between the words of alias `i`. */
  separatorsOf(i: number): readonly string[] {
    return this.separators[this.rules[FIELDS * i + 2]!]!;
  }

  /** The number of words of alias `i`. */
  wordCount(i: number): number {
    return this.rules[FIELDS * i]! >>> COUNT_SHIFT;
  }

  /**
   * Whether alias `i` fits the page's words from `at` as they are written: its case rule, the separators between
   * the words, and `suffix` extra letters on the last word (a genitive). The page's words, less the suffix, must be
   * the alias's words in lowercase (as the walk down the trie that reached the alias has found).
   */
  fits(i: number, text: string, spans: WordSpans, at: number, suffix: number): boolean {
    const bits = this.rules[FIELDS * i]!;
    const count = bits >>> COUNT_SHIFT;
    if (suffix > 0) {
      if (!(bits & SUFFIXES)) return false;
      const last = lowerWord(text, spans, at + count - 1);
      if (!ALL_GENITIVE_SUFFIXES.includes(last.slice(last.length - suffix))) return false;
    }
    return (
      this.caseFits(i, bits & RULE_MASK, count, text, spans, at, suffix) &&
      this.separatorsFit(i, count, text, spans, at)
    );
  }

  private caseFits(
    i: number,
    rule: number,
    count: number,
    text: string,
    spans: WordSpans,
    at: number,
    suffix: number,
  ): boolean {
    const any = 2;
    if (rule === any) return true;
    const { starts, ends, flags } = spans;
    let offset = this.rules[FIELDS * i + 1]!;
    const shapes = this.rules[FIELDS * i + 3]!;
    let exact = true;
    for (let k = 0; k < count && exact; k++) {
      const w = at + k;
      const cut = k === count - 1 ? suffix : 0;
      const shape = k < SHAPED_WORDS ? (shapes >>> (2 * k)) & 3 : AS_WRITTEN;
      let length: number;
      if (shape !== AS_WRITTEN && flags[w] === 0) {
        length = ends[w]! - cut - starts[w]!;
        exact = hasShape(text, starts[w]!, starts[w]! + length, shape);
      } else {
        length = this.writtenAs(text, spans, w, cut, offset);
        exact = length >= 0;
      }
      offset += length + 1;
    }
    if (exact || CASE_RULES[rule] === 'exact') return exact;
    // Not as written: all in capitals, or a name with its first letter made a capital (rare; read as strings).
    const words = this.words(i, count);
    const cutOf = (k: number): number => (k === count - 1 ? suffix : 0);
    const as = (k: number, expected: string): boolean => {
      const word = wordAt(text, spans, at + k);
      return word.slice(0, word.length - cutOf(k)) === expected;
    };
    if (words.every((word, k) => as(k, word.toUpperCase()))) return true;
    return as(0, capitalise(words[0]!)) && words.every((word, k) => k === 0 || as(k, word));
  }

  /**
   * Whether page word `w`, less its last `cut` letters, is written as the word at `offset` of `written`: its length
   * when it is, else -1. Compared in place unless the word has invisible characters inside.
   */
  private writtenAs(text: string, spans: WordSpans, w: number, cut: number, offset: number): number {
    const written = this.written;
    if (spans.flags[w]! & HIDDEN) {
      const word = wordAt(text, spans, w);
      const length = word.length - cut;
      if (written.charCodeAt(offset + length) !== WORD_END) return -1;
      for (let j = 0; j < length; j++) if (written.charCodeAt(offset + j) !== word.charCodeAt(j)) return -1;
      return length;
    }
    const start = spans.starts[w]!;
    const length = spans.ends[w]! - cut - start;
    // A page's letters are never WORD_END: a shorter written word fails on its end, a longer one on this test.
    if (written.charCodeAt(offset + length) !== WORD_END) return -1;
    for (let j = 0; j < length; j++) if (written.charCodeAt(offset + j) !== text.charCodeAt(start + j)) return -1;
    return length;
  }

  private separatorsFit(i: number, count: number, text: string, spans: WordSpans, at: number): boolean {
    if (count === 1) return true;
    const expected = this.separatorsOf(i);
    const { starts, ends } = spans;
    for (let k = 1; k < count; k++) {
      const from = ends[at + k - 1]!;
      const to = starts[at + k]!;
      const separator = expected[k - 1]!;
      // Most often one character as expected (a space): compared without cutting it out of the text.
      if (to - from === 1 && separator.length === 1 && text.charCodeAt(from) === separator.charCodeAt(0)) continue;
      const between = text.slice(from, to);
      if (between !== separator && normaliseSeparator(between) !== separator) return false;
    }
    return true;
  }

  /** The words of alias `i` as written. */
  words(i: number, count = this.wordCount(i)): string[] {
    const words: string[] = [];
    let offset = this.rules[FIELDS * i + 1]!;
    for (let k = 0; k < count; k++) {
      const end = this.written.indexOf(String.fromCharCode(WORD_END), offset);
      words.push(this.written.slice(offset, end));
      offset = end + 1;
    }
    return words;
  }
}
