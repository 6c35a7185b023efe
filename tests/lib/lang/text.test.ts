import { describe, expect, test } from 'vitest';
import { isInvisible, isWordChar, normaliseSeparator, tokenize } from '../../../lib/lang/text';

const SHY = '\u00ad';
const ZWSP = '\u200b';
const ZWJ = '\u200d';
const WJ = '\u2060';
const NBSP = '\u00a0';
const NNBSP = '\u202f';

describe('isWordChar', () => {
  test.each([
    ['a', true],
    ['Z', true],
    ['é', true],
    ['ï', true],
    ['ß', true],
    ['Ł', true],
    ['Ж', true], // Cyrillic
    ['ω', true], // Greek
    ['7', true],
    ['\u0301', true], // combining acute accent
    [' ', false],
    [NBSP, false],
    ['-', false],
    ['\u2013', false],
    ["'", false],
    ['\u2019', false],
    ['\u02bc', false], // modifier letter apostrophe: a letter to Unicode, an apostrophe in lʼOTAN
    ['.', false],
    [',', false],
    [SHY, false],
    [ZWSP, false],
  ])('%j -> %s', (ch, expected) => {
    expect(isWordChar(ch)).toBe(expected);
  });
});

describe('isInvisible', () => {
  test.each([
    [SHY, true],
    [ZWSP, true],
    ['\u200c', true],
    [ZWJ, true],
    [WJ, true],
    ['\ufeff', true],
    [' ', false],
    [NBSP, false],
    ['a', false],
    ['-', false],
  ])('%j -> %s', (ch, expected) => {
    expect(isInvisible(ch)).toBe(expected);
  });
});

describe('normaliseSeparator', () => {
  test.each([
    ['single space', ' ', ' '],
    ['run of spaces', '   ', ' '],
    ['line break and indent', '\n  ', ' '],
    ['tab', '\t', ' '],
    ['non-breaking space', NBSP, ' '],
    ['narrow non-breaking space', NNBSP, ' '],
    ['hyphen', '-', '-'],
    ['unicode hyphen', '\u2010', '-'],
    ['non-breaking hyphen', '\u2011', '-'],
    ['en dash', '\u2013', '-'],
    ['em dash', '\u2014', '-'],
    ['minus sign', '\u2212', '-'],
    ['straight apostrophe', "'", "'"],
    ['right single quote', '\u2019', "'"],
    ['left single quote', '\u2018', "'"],
    ['modifier-letter apostrophe', '\u02bc', "'"],
    ['soft hyphen alone', SHY, ''],
    ['zero-width space alone', ZWSP, ''],
    ['soft hyphen next to a hyphen', `-${SHY}`, '-'],
    ['spaces around an en dash', ` \u2013${NBSP}`, ' - '],
    ['comma and space', ', ', ', '],
    ['full stop and space', '. ', '. '],
  ])('%s', (_, raw, expected) => {
    expect(normaliseSeparator(raw)).toBe(expected);
  });
});

/** Tokens as [text, start, end], checked against the original string so offsets are proven, not assumed. */
function tokens(text: string): [string, number, number][] {
  return tokenize(text).map((t) => [t.text, t.start, t.end]);
}

describe('tokenize', () => {
  test.each<[string, string, [string, number, number][]]>([
    [
      'plain words',
      'De NAVO',
      [
        ['De', 0, 2],
        ['NAVO', 3, 7],
      ],
    ],
    ['empty text', '', []],
    ['only punctuation', ' -- ', []],
    [
      'hyphenated compound is two words',
      'NAVO-lidstaten',
      [
        ['NAVO', 0, 4],
        ['lidstaten', 5, 14],
      ],
    ],
    ['accented Latin', 'Oekraïne', [['Oekraïne', 0, 8]]],
    ['decomposed accent stays in the word', 'Oekrai\u0308ne', [['Oekrai\u0308ne', 0, 9]]],
    [
      'Cyrillic',
      'Зеленський і Кулеба',
      [
        ['Зеленський', 0, 10],
        ['і', 11, 12],
        ['Кулеба', 13, 19],
      ],
    ],
    ['Greek', 'Μητσοτάκης', [['Μητσοτάκης', 0, 10]]],
    [
      'digits',
      'de 75-jarige',
      [
        ['de', 0, 2],
        ['75', 3, 5],
        ['jarige', 6, 12],
      ],
    ],
    [
      'letters and digits in one word',
      'F35 MIM104',
      [
        ['F35', 0, 3],
        ['MIM104', 4, 10],
      ],
    ],
    [
      'elision',
      "l'OTAN",
      [
        ['l', 0, 1],
        ['OTAN', 2, 6],
      ],
    ],
    [
      'typographic elision',
      'l\u2019OTAN',
      [
        ['l', 0, 1],
        ['OTAN', 2, 6],
      ],
    ],
    [
      'elision with a modifier-letter apostrophe',
      'l\u02bcOTAN',
      [
        ['l', 0, 1],
        ['OTAN', 2, 6],
      ],
    ],
    [
      'possessive',
      "Rutte's",
      [
        ['Rutte', 0, 5],
        ['s', 6, 7],
      ],
    ],
    ['soft hyphen inside a word', `Stol${SHY}ten${SHY}berg`, [['Stoltenberg', 0, 13]]],
    ['zero-width joiner inside a word', `NA${ZWJ}VO`, [['NAVO', 0, 5]]],
    ['word joiner inside a word', `Rut${WJ}te`, [['Rutte', 0, 6]]],
    [
      'invisible at the end of a word is not part of it',
      `NAVO${SHY} x`,
      [
        ['NAVO', 0, 4],
        ['x', 6, 7],
      ],
    ],
    ['invisible before a word is not part of it', `${ZWSP}NAVO`, [['NAVO', 1, 5]]],
    [
      'non-breaking space separates',
      `Donald${NBSP}Trump`,
      [
        ['Donald', 0, 6],
        ['Trump', 7, 12],
      ],
    ],
    [
      'line break separates',
      'Donald\n Trump',
      [
        ['Donald', 0, 6],
        ['Trump', 8, 13],
      ],
    ],
    [
      'en dash separates',
      'Nieuw\u2013Zeeland',
      [
        ['Nieuw', 0, 5],
        ['Zeeland', 6, 13],
      ],
    ],
    // Offsets are UTF-16 positions in the original string, also after a character outside the BMP.
    ['after an emoji', '\u{1F1F3}\u{1F1F1} Rutte', [['Rutte', 5, 10]]],
  ])('%s', (_, text, expected) => {
    expect(tokens(text)).toEqual(expected);
  });

  test('every token maps back to its text in the original string (invisible characters left out)', () => {
    const text = `De NAVO${SHY}-lid${SHY}staten, Stol${ZWJ}tenberg en Zuid\u2011Korea.`;
    for (const token of tokenize(text)) {
      const slice = text.slice(token.start, token.end);
      expect(slice.replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '')).toBe(token.text);
      expect(/^[\p{L}\p{N}\p{M}]/u.test(slice)).toBe(true);
      expect(/[\p{L}\p{N}\p{M}]$/u.test(slice)).toBe(true);
    }
  });
});
