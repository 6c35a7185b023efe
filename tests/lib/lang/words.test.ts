import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { HIDDEN, IRREGULAR, hashWord, lowerCode, lowerWord, prefixHash, scanWords, stemHash, wordAt } from '../../../lib/lang/words';
import { tokenize } from '../../../lib/lang/text';

const SEED = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../shared/seed/navo-oekraine-2024-04.txt');

function words(text: string): string[] {
  const spans = scanWords(text);
  return Array.from({ length: spans.count }, (_, i) => wordAt(text, spans, i));
}

describe('scanWords', () => {
  test.each<[string, string[]]>([
    ['De NAVO-lidstaten', ['De', 'NAVO', 'lidstaten']],
    ["l'OTAN et l’OTAN", ['l', 'OTAN', 'et', 'l', 'OTAN']],
    ['l\u02bcOTAN', ['l', 'OTAN']],
    ['Зеленський і Путін', ['Зеленський', 'і', 'Путін']],
    ['Σύνοδος του ΝΑΤΟ', ['Σύνοδος', 'του', 'ΝΑΤΟ']],
    ['Stolten\u00adberg', ['Stoltenberg']],
    ['Stolten\u200bberg en Rutte', ['Stoltenberg', 'en', 'Rutte']],
    ['F-16 en 10.000 drones', ['F', '16', 'en', '10', '000', 'drones']],
    ['a\u00a0b', ['a', 'b']],
    ['𝐀𝐁 math letters', ['𝐀𝐁', 'math', 'letters']],
    ['', []],
  ])('%j', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  test('tokenize gives the same words and offsets, as objects', () => {
    const text = 'Op 4 april sprak NAVO-topman Stoltenberg (Noorwegen) met Koeleba — “Alle lidstaten”, zei hij.';
    const spans = scanWords(text);
    const reference = tokenize(text);
    expect(spans.count).toBe(reference.length);
    reference.forEach((token, i) => {
      expect([spans.starts[i], spans.ends[i], wordAt(text, spans, i)]).toEqual([token.start, token.end, token.text]);
    });
  });

  test('the hash of every word of the reference article without its last letter is that of the shorter word', () => {
    const text = readFileSync(SEED, 'utf8');
    const spans = scanWords(text);
    expect(spans.count).toBeGreaterThan(500);
    for (let i = 0; i < spans.count; i++) {
      expect(stemHash(text, spans, i)).toBe(hashWord(lowerWord(text, spans, i).slice(0, -1)));
    }
  });

  test('hashes each word in lower case, and the word without its last letter', () => {
    const text = 'Ruttes NAVO';
    const spans = scanWords(text);
    expect(spans.hashes[0]).toBe(hashWord('ruttes'));
    expect(stemHash(text, spans, 0)).toBe(hashWord('rutte'));
    expect(prefixHash(text, spans, 0)).toBe(hashWord('rutt'));
    expect(prefixHash(text, spans, 1)).toBe(0);
    expect(spans.hashes[1]).toBe(hashWord('navo'));
    expect(lowerWord(text, spans, 1)).toBe('navo');
  });

  test('keeps offsets when lowercasing would change the length (İ), flagging only that word as irregular', () => {
    const text = 'İstanbul en Ankara';
    const spans = scanWords(text);
    expect(words(text)).toEqual(['İstanbul', 'en', 'Ankara']);
    expect([spans.flags[0], spans.flags[1], spans.flags[2]]).toEqual([IRREGULAR, 0, 0]);
    expect(lowerWord(text, spans, 0)).toBe('i\u0307stanbul');
    expect(lowerWord(text, spans, 2)).toBe('ankara');
    expect(spans.hashes[0]).toBe(hashWord('i\u0307stanbul'));
    expect(spans.hashes[2]).toBe(hashWord('ankara'));
  });

  // Each word's hash is that of the word lowercased as a whole (what an alias's words are), letter by letter or not.
  test.each<[string, number]>([
    ['NAVO', 0],
    ['Koeleba', 0],
    ['ÉLYSÉE', 0],
    ['Błaszczak', 0],
    ['ЗЕЛЕНСЬКИЙ', 0],
    ['Straße', 0],
    ['STRASSE', 0],
    ['ΟΔΥΣΣΕΥΣ', IRREGULAR],
    ['Σύνοδος', IRREGULAR],
    ['DİYARBAKIR', IRREGULAR],
    ['𐐀𐐁', IRREGULAR],
    ['Stolten\u00adberg', HIDDEN],
    ['İstan\u200bbul', HIDDEN | IRREGULAR],
  ])('hashes %j as its lowercase (flags %i)', (text, flag) => {
    const spans = scanWords(text);
    expect(spans.count).toBe(1);
    expect(spans.flags[0]).toBe(flag);
    const lower = text.toLowerCase().replace(/[\u00ad\u200b]/g, '');
    expect(lowerWord(text, spans, 0)).toBe(lower);
    expect(spans.hashes[0]).toBe(hashWord(lower));
    if (flag === 0) {
      expect(String.fromCharCode(...Array.from(text, (ch) => lowerCode(ch.charCodeAt(0))))).toBe(lower);
      expect(stemHash(text, spans, 0)).toBe(hashWord(lower.slice(0, -1)));
    }
  });

  test('lowerCode leaves lowercase text as it is', () => {
    const text = 'navo élysée błaszczak зеленський straße ς σ i\u0307';
    expect(String.fromCharCode(...Array.from(text, (ch) => lowerCode(ch.charCodeAt(0))))).toBe(text);
  });

  test('grows past its first guess of the number of words', () => {
    const text = Array.from({ length: 5000 }, (_, i) => `w${i}`).join(' ');
    const spans = scanWords(text);
    expect(spans.count).toBe(5000);
    expect(wordAt(text, spans, 4999)).toBe('w4999');
    // What was scanned before growing is carried over, every array of it.
    expect([spans.starts[1], spans.ends[1], spans.hashes[1], spans.flags[1]]).toEqual([3, 5, hashWord('w1'), 0]);
    expect(spans.hashes[4999]).toBe(hashWord('w4999'));
  });

  test('a scan that reuses its buffer finds what a fresh scan finds, growing or not, after a longer text', () => {
    const plain = (spans: ReturnType<typeof scanWords>) =>
      Array.from({ length: spans.count }, (_, i) => [spans.starts[i], spans.ends[i], spans.hashes[i], spans.flags[i]]);
    const long = Array.from({ length: 3000 }, (_, i) => `Woord${i}`).join(' ');
    // Many one-letter words: more words than the first guess, so the scan grows while the spare buffer is larger.
    const dense = Array.from({ length: 900 }, (_, i) => String.fromCharCode(97 + (i % 26))).join(' ') + ' Stolten\u00adberg';
    for (const text of [long, dense, 'NAVO-top in Washington', long]) {
      expect(plain(scanWords(text, true))).toEqual(plain(scanWords(text)));
    }
  });
});

describe('scanWords with the first words of aliases', () => {
  /** A table of bits, as the matcher's, with the bits of these lowercase words set. */
  function bitsOf(...firstWords: string[]): Uint32Array {
    const bits = new Uint32Array(1 << 10);
    const mask = bits.length * 32 - 1;
    for (const word of firstWords) {
      const bit = hashWord(word) & mask;
      bits[bit >>> 5]! |= 1 << (bit & 31);
    }
    return bits;
  }

  function starting(text: string, bits: Uint32Array | null): string[] {
    const spans = scanWords(text, false, bits);
    return Array.from({ length: spans.count }, (_, i) => i).flatMap((i) => (spans.starting[i] ? [wordAt(text, spans, i)] : []));
  }

  test.each<[string, string[], string[]]>([
    // Each word is marked by its lowercase letters, whatever its case.
    ['Mark Rutte en de NAVO', ['rutte', 'navo'], ['Rutte', 'NAVO']],
    // A genitive: the word without its last s (and the word itself when it is a first word too).
    ['Ruttes plan, Stoltenbergs opvolger', ['rutte', 'stoltenberg'], ['Ruttes', 'Stoltenbergs']],
    ['RUTTES plan', ['rutte'], ['RUTTES']],
    ['Paris en Parijs', ['paris'], ['Paris']],
    // Only an s: Ruttex is not Rutte's.
    ['Ruttex Rutten', ['rutte'], []],
    // Invisible and irregular letters: the word's lowercase letters as a whole.
    ['Stolten\u00adbergs opvolger', ['stoltenberg'], ['Stolten\u00adbergs']],
    ['İstanbul en İstanbuls haven', ['i\u0307stanbul'], ['İstanbul', 'İstanbuls']],
    ['Koeleba’s brief', ['koeleba'], ['Koeleba']],
  ])('%j with %j', (text, firstWords, expected) => {
    expect(starting(text, bitsOf(...firstWords))).toEqual(expected.map((word) => word.replace(/\u00ad/g, '')));
  });

  test('marks no word without a table of first words', () => {
    expect(starting('Mark Rutte en de NAVO', null)).toEqual([]);
  });

  test('marks the words of a long text that grows the arrays while scanning', () => {
    const text = 'Rutte zei ja. '.repeat(5000);
    const spans = scanWords(text, true, bitsOf('rutte'));
    expect(spans.count).toBe(15000);
    const marked = Array.from({ length: spans.count }, (_, i) => spans.starting[i]!);
    expect(marked.filter((mark, i) => mark !== (i % 3 === 0 ? 1 : 0))).toEqual([]);
  });
});
