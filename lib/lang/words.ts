/**
 * The fast word scanner behind matching: finds word spans with a per-character table instead of a regular
 * expression per word, and hashes each word's lowercase letters on the way, lowercasing each letter as it is read
 * (from a table, not a lowercase copy of the text), so the matcher can skip almost every word of a page with one
 * bit test. Offsets are UTF-16 offsets into the text.
 */

/** Soft hyphen and zero-width characters: invisible inside a word, so a word is read across them. */
// U+200D last: a zero-width joiner between two characters of a class reads as one joined character.
export const INVISIBLES = '\u00ad\u200b\u200c\u2060\ufeff\u200d';

const OTHER = 0;
const WORD = 1;
const INVISIBLE = 2;
/** The first half of a surrogate pair that is a letter (outside the table, which holds single code units). */
const ASTRAL_WORD = 3;
/**
 * A letter whose lowercase is not one code unit of its own (İ to i̇) or depends on the letters around it (Σ to σ or
 * ς): a word with one is lowercased as a whole.
 */
const IRREGULAR_WORD = 4;
const CAPITAL_SIGMA = 0x03a3;

/** What a word's `flags` say (see `WordSpans`): invisible characters inside. */
export const HIDDEN = 1;
/** What a word's `flags` say: a letter that is not lowercased one code unit at a time (IRREGULAR_WORD, ASTRAL_WORD). */
export const IRREGULAR = 2;

// The same class as text.ts's WORD_CLASS, without the `v` flag's set difference: cheaper to compile on every page.
// Made on first need: a pattern with Unicode classes costs a fraction of a millisecond to make, and a page whose
// language the background tells never scans words itself.
let wordChar: RegExp | null = null;

function isWordChar(ch: string): boolean {
  return (wordChar ??= /^[\p{L}\p{N}\p{M}]$/u).test(ch);
}
const APOSTROPHE_LETTER = 0x02bc;

/** Kind of every BMP code unit plus one, filled in on first sight (0: not seen yet). */
const KIND = new Uint8Array(0x10000);
/** The lowercase of every BMP code unit, filled in with its kind (ASCII from the start). */
const LOWER = new Uint16Array(0x10000);
for (let code = 0; code < 0x80; code++) LOWER[code] = code >= 65 && code <= 90 ? code + 32 : code;

function kindOf(code: number): number {
  let kind = KIND[code]! - 1;
  if (kind < 0) {
    const ch = String.fromCharCode(code);
    kind = INVISIBLES.includes(ch)
      ? INVISIBLE
      : (code >= 0xd800 && code <= 0xdfff) || code === APOSTROPHE_LETTER
        ? OTHER
        : isWordChar(ch)
          ? WORD
          : OTHER;
    const lower = ch.toLowerCase();
    if (kind === WORD && (lower.length !== 1 || code === CAPITAL_SIGMA)) kind = IRREGULAR_WORD;
    LOWER[code] = lower.length === 1 ? lower.charCodeAt(0) : code;
    KIND[code] = kind + 1;
  }
  return kind;
}

/**
 * The lowercase of one code unit, as the scanner reads it. Only for the letters of a word whose `flags` are 0, and
 * for text that is lowercase already, which it leaves as it is.
 */
export function lowerCode(code: number): number {
  if (code >= 0x80 && KIND[code] === 0) kindOf(code);
  return LOWER[code]!;
}

/** Kind of a code unit past ASCII at `i`: a surrogate pair that makes a letter is one ASTRAL_WORD. */
function wideKind(text: string, i: number, code: number): number {
  if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
    const point = text.codePointAt(i)!;
    return point > 0xffff && isWordChar(String.fromCodePoint(point)) ? ASTRAL_WORD : OTHER;
  }
  return kindOf(code);
}

const FNV_PRIME = 16777619;
/** The inverse of FNV_PRIME modulo 2^32: a step of the hash can be undone. */
const FNV_PRIME_INVERSE = 0x359c449b;

/** FNV-1a step over one UTF-16 code unit. */
export function hashStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, FNV_PRIME);
}

/** The hash before the step over `code` that gave `hash` (`hashStep` undone). */
function hashUnstep(hash: number, code: number): number {
  return Math.imul(hash, FNV_PRIME_INVERSE) ^ code;
}

export const HASH_SEED = 0x811c9dc5 | 0;

/** Letters of a word that a closed compound is looked up by (Patr-iotsystemen). */
export const PREFIX_LENGTH = 4;

export function hashWord(word: string): number {
  let hash = HASH_SEED;
  for (let i = 0; i < word.length; i++) hash = hashStep(hash, word.charCodeAt(i));
  return hash;
}

/** Hash of the lowercase of `source` from `start` to `end` (a word whose `flags` are 0, or a part of it). */
function hashLowered(source: string, start: number, end: number): number {
  let hash = HASH_SEED;
  for (let i = start; i < end; i++) hash = hashStep(hash, lowerCode(source.charCodeAt(i)));
  return hash;
}

export interface WordSpans {
  count: number;
  starts: Int32Array;
  ends: Int32Array;
  /** Hash of each word's lowercase letters (invisible characters left out), as `hashWord` of `lowerWord`. */
  hashes: Int32Array;
  /**
   * 0 for a word whose letters can be compared in place, each lowercased with `lowerCode`; else `HIDDEN` and
   * `IRREGULAR` as they apply, and the word is read with `lowerWord` or `wordAt`.
   */
  flags: Uint8Array;
  /**
   * With a scan given `firstWords`: 1 for a word whose hash, or for a word ending in s the hash without it (Ruttes),
   * has its bit set there, else 0. All 0 without.
   */
  starting: Uint8Array;
}

/** The per-word arrays of `WordSpans`, grown by doubling while a text is scanned. */
type SpanArrays = Omit<WordSpans, 'count'>;

const BYTES_PER_WORD = 14;
/** The largest buffer kept for reuse: enough for a text of about two megabytes. */
const SPARE_LIMIT = 8 * 1024 * 1024;

/**
 * A buffer kept for scans whose words are read only until the next such scan (see `scanWords`): a page's blocks
 * and a long text are then scanned without asking the system for fresh memory each time.
 */
let spare: ArrayBuffer | null = null;

function spanArrays(capacity: number, from?: SpanArrays, reuse = false): SpanArrays {
  // One buffer for all of them: a single allocation per text, which matters for pages of many short blocks and
  // for long texts alike (every buffer is memory outside the heap that the collector keeps track of).
  let buffer: ArrayBuffer;
  // Growing copies from the arrays so far, which may be in the spare buffer: then a new one is taken.
  if (reuse && !from && spare && spare.byteLength >= capacity * BYTES_PER_WORD) buffer = spare;
  else {
    buffer = new ArrayBuffer(capacity * BYTES_PER_WORD);
    if (reuse && buffer.byteLength <= SPARE_LIMIT) spare = buffer;
  }
  const int32 = (slot: number): Int32Array => new Int32Array(buffer, slot * capacity * 4, capacity);
  const arrays: SpanArrays = {
    starts: int32(0),
    ends: int32(1),
    hashes: int32(2),
    flags: new Uint8Array(buffer, capacity * 12, capacity),
    starting: new Uint8Array(buffer, capacity * 13, capacity),
  };
  if (from) for (const key of Object.keys(arrays) as (keyof SpanArrays)[]) arrays[key].set(from[key]);
  return arrays;
}

/** Whether a code unit of this kind starts a word (an invisible character does not). */
function startsWord(kind: number): boolean {
  return kind === WORD || kind === ASTRAL_WORD || kind === IRREGULAR_WORD;
}

/**
 * The lowercase of every ASCII word character (letters and digits), and 0 for every other ASCII code unit: one
 * table read tells both whether a code unit is part of a word and what it adds to the word's hash.
 */
const ASCII_WORD_LOWER = new Uint8Array(0x80);
for (let code = 0; code < 0x80; code++) {
  const wordChar = (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
  ASCII_WORD_LOWER[code] = wordChar ? LOWER[code]! : 0;
}

/**
 * The letter a genitive suffix ends with (Ruttes, Stoltenbergs; the suffixes are one letter long): a word that ends
 * with it may start an alias without it.
 */
export const GENITIVE_S = 0x73;

/** Whether the bit for `hash` is set in a table of bits of `mask + 1` bits. */
function bitIsSet(bits: Uint32Array, mask: number, hash: number): boolean {
  const bit = hash & mask;
  return (bits[bit >>> 5]! & (1 << (bit & 31))) !== 0;
}

/**
 * Finds the words of `text`. One loop with no closure over its state, so that every variable of the hot path
 * stays in a register. With `reuse`, the arrays are valid only until the next scan with `reuse`: for a caller
 * that is done with the words before it scans again. With `firstWords` (a bit per word hash, its size a power of two), the scan
 * marks in `starting` the words that may start an alias, as it reads them: no second pass over the words.
 */
export function scanWords(text: string, reuse = false, firstWords: Uint32Array | null = null): WordSpans {
  const length = text.length;
  // About one word per five characters in the four languages: room for all of them, most of the time.
  let capacity = Math.max(16, ((length / 5) | 0) + 16);
  let arrays = spanArrays(capacity, undefined, reuse);
  let { starts, ends, hashes, flags, starting } = arrays;
  const bitMask = firstWords ? firstWords.length * 32 - 1 : 0;
  let count = 0;
  let i = 0;
  while (i < length) {
    let code = text.charCodeAt(i);
    if (code < 0x80 ? ASCII_WORD_LOWER[code] === 0 : !startsWord(wideKind(text, i, code))) {
      i++;
      continue;
    }
    // A word: read to its end in a loop of its own.
    const start = i;
    let end = i;
    let hash = HASH_SEED;
    // The hash before the last letter, and that letter in lowercase: what a genitive's stem is looked up by.
    let stem = HASH_SEED;
    let last = 0;
    let flag = 0;
    for (;;) {
      if (code < 0x80) {
        // ASCII, most letters of most pages: a word character is one with a lowercase in the table.
        const lower = ASCII_WORD_LOWER[code]!;
        if (lower === 0) break;
        stem = hash;
        last = lower;
        hash = hashStep(hash, lower);
        end = ++i;
      } else {
        const kind = wideKind(text, i, code);
        if (kind === WORD) {
          // Filled in by `wideKind` for this code unit.
          stem = hash;
          last = LOWER[code]!;
          hash = hashStep(hash, last);
          end = ++i;
        } else if (kind === INVISIBLE) {
          flag |= HIDDEN;
          i++;
        } else if (kind === IRREGULAR_WORD) {
          flag |= IRREGULAR;
          end = ++i;
        } else if (kind === ASTRAL_WORD) {
          flag |= IRREGULAR;
          end = i += 2;
        } else break;
      }
      if (i >= length) break;
      code = text.charCodeAt(i);
    }
    if (count === capacity) {
      capacity *= 2;
      arrays = spanArrays(capacity, arrays, reuse);
      ({ starts, ends, hashes, flags, starting } = arrays);
    }
    if (flag & IRREGULAR) hash = hashWord(lowerLetters(text, start, end, flag));
    starts[count] = start;
    ends[count] = end;
    hashes[count] = hash;
    flags[count] = flag;
    starting[count] =
      firstWords !== null &&
      (bitIsSet(firstWords, bitMask, hash) ||
        ((flag === 0 ? last : lowerCode(text.charCodeAt(end - 1))) === GENITIVE_S &&
          bitIsSet(firstWords, bitMask, flag === 0 ? stem : stemOf(text, start, end, flag))))
        ? 1
        : 0;
    count++;
  }
  return { count, starts, ends, hashes, flags, starting };
}

/** Hash of the lowercase letters from `start` to `end` (a word with these `flags`), less the last one. */
function stemOf(text: string, start: number, end: number, flag: number): number {
  return hashWord(lowerLetters(text, start, end, flag).slice(0, -1));
}

/** Hash of word `i`'s lowercase letters without its last one (Ruttes to rutte), worked out when asked. */
export function stemHash(text: string, spans: WordSpans, i: number): number {
  // The word's hash with its last step undone: no second pass over its letters.
  if (spans.flags[i] === 0) return hashUnstep(spans.hashes[i]!, lowerCode(text.charCodeAt(spans.ends[i]! - 1)));
  return stemOf(text, spans.starts[i]!, spans.ends[i]!, spans.flags[i]!);
}

/**
 * Hash of word `i`'s first `PREFIX_LENGTH` lowercase letters when it is longer than that, else 0. Only for a word
 * whose `flags` are 0.
 */
export function prefixHash(text: string, spans: WordSpans, i: number): number {
  const start = spans.starts[i]!;
  return spans.ends[i]! - start > PREFIX_LENGTH ? hashLowered(text, start, start + PREFIX_LENGTH) : 0;
}

function lowerLetters(text: string, start: number, end: number, flag: number): string {
  const lower = text.slice(start, end).toLowerCase();
  return flag & HIDDEN ? stripInvisible(lower) : lower;
}

/** The lowercase letters of word `i` (invisible characters left out). */
export function lowerWord(text: string, spans: WordSpans, i: number): string {
  return lowerLetters(text, spans.starts[i]!, spans.ends[i]!, spans.flags[i]!);
}

/** Word `i` as written (invisible characters left out). */
export function wordAt(text: string, spans: WordSpans, i: number): string {
  const raw = text.slice(spans.starts[i]!, spans.ends[i]!);
  return spans.flags[i]! & HIDDEN ? stripInvisible(raw) : raw;
}

function stripInvisible(word: string): string {
  let out = '';
  for (const ch of word) if (!INVISIBLES.includes(ch)) out += ch;
  return out;
}

export interface Token {
  /** The word's letters with invisible characters left out. */
  text: string;
  start: number;
  end: number;
}

/** Splits text into words (letters, digits and marks of every script), as objects. */
export function tokenize(text: string): Token[] {
  const spans = scanWords(text);
  return Array.from({ length: spans.count }, (_, i) => ({
    text: wordAt(text, spans, i),
    start: spans.starts[i]!,
    end: spans.ends[i]!,
  }));
}
