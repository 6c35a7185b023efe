/**
 * findMentions on small synthetic knowledge bases: offsets, longest match, case rules and shared aliases,
 * independent of what the bundled data happens to contain.
 */
import { describe, expect, test } from 'vitest';
import { compileMatcher } from '../../../lib/match/compile';
import { findMentions } from '../../../lib/match/find';
import { named } from '../../helpers/match';

const matcher = compileMatcher([
  named('ada', 'Ada Lovelace', ['Lovelace', 'Augusta Ada King']),
  named('acme', 'ACME', ['Acme Corporation'], 'organization'),
  named('nz', 'Nieuw-Zeeland', [], 'country'),
  named('zeeland', 'Zeeland', [], 'place'),
  named('tuv', 'TÜV', [{ text: 'tuv', case: 'any' }], 'organization'),
]);

function found(text: string): [string, string[]][] {
  return findMentions(matcher, text).map((m) => [m.surface, m.candidates.map((c) => c.entryId)]);
}

describe('findMentions', () => {
  test.each<[string, string, [string, string[]][]]>([
    ['full name', 'Ada Lovelace wrote.', [['Ada Lovelace', ['ada']]]],
    ['surname', 'Lovelace wrote.', [['Lovelace', ['ada']]]],
    ['genitive of a person', 'Lovelaces notes.', [['Lovelaces', ['ada']]]],
    ['three-word alias', 'Augusta Ada King wrote.', [['Augusta Ada King', ['ada']]]],
    ['a longer alias does not swallow a shorter one that follows', 'Augusta Ada Lovelace', [['Ada Lovelace', ['ada']]]],
    [
      'compound wins over the place inside it',
      'Nieuw-Zeeland en Zeeland',
      [
        ['Nieuw-Zeeland', ['nz']],
        ['Zeeland', ['zeeland']],
      ],
    ],
    ['acronym exact only', 'ACME, Acme, acme', [['ACME', ['acme']]]],
    [
      'name rule: as written, capitals, capital first',
      'Acme Corporation; ACME CORPORATION; acme corporation',
      [
        ['Acme Corporation', ['acme']],
        ['ACME CORPORATION', ['acme']],
      ],
    ],
    [
      'case "any"',
      'tuv TUV Tuv',
      [
        ['tuv', ['tuv']],
        ['TUV', ['tuv']],
        ['Tuv', ['tuv']],
      ],
    ],
    ['no genitive for organisations', 'ACMEs', []],
    ['separator must match', 'Ada-Lovelace', [['Lovelace', ['ada']]]],
    ['word prefix is not a match', 'Lovelaceian', []],
  ])('%s', (_, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  test('offsets point into the original text, invisible characters included', () => {
    const text = 'Zie: Ada\u00a0Love\u00adlace.';
    const [mention] = findMentions(matcher, text);
    expect(mention).toBeDefined();
    expect(mention!.start).toBe(5);
    expect(mention!.end).toBe(text.length - 1);
    expect(text.slice(mention!.start, mention!.end)).toBe(mention!.surface);
  });

  test('entries sharing an alias are all candidates of one mention', () => {
    const shared = compileMatcher([named('jan', 'Jan Jansen', ['Jansen']), named('piet', 'Piet Jansen', ['Jansen'])]);
    const mentions = findMentions(shared, 'Jansen zei');
    expect(mentions).toHaveLength(1);
    expect(mentions[0]!.candidates.map((c) => c.entryId)).toEqual(['jan', 'piet']);
  });

  test('one entry listing the same text twice is one candidate', () => {
    const twice = compileMatcher([named('x', 'Xavier', ['Xavier'])]);
    expect(findMentions(twice, 'Xavier')[0]?.candidates).toHaveLength(1);
  });

  test('a word whose letters lowercase irregularly (İ, Σ, letters outside the BMP) is found, and so are the words around it', () => {
    const irregular = compileMatcher([
      named('istanbul', 'İstanbul', [], 'place'),
      named('odysseus', 'Οδυσσεύς'),
      named('deseret', '𐐀𐐁𐐂', [], 'concept'),
      named('ada', 'Ada Lovelace'),
    ]);
    const text = 'Ada Lovelace in İstanbul, ΟΔΥΣΣΕΎΣ en Οδυσσεύς, 𐐀𐐁𐐂; Ada Lovelaces boek.';
    expect(findMentions(irregular, text).map((m) => [m.surface, m.candidates.map((c) => c.entryId)])).toEqual([
      ['Ada Lovelace', ['ada']],
      ['İstanbul', ['istanbul']],
      ['ΟΔΥΣΣΕΎΣ', ['odysseus']],
      ['Οδυσσεύς', ['odysseus']],
      ['𐐀𐐁𐐂', ['deseret']],
      ['Ada Lovelaces', ['ada']],
    ]);
  });

  test('mentions never overlap and come in text order', () => {
    const text = 'Lovelace, Ada Lovelace en Augusta Ada King: Nieuw-Zeeland.';
    const mentions = findMentions(matcher, text);
    expect(mentions.length).toBe(4);
    for (let i = 1; i < mentions.length; i++) {
      expect(mentions[i]!.start).toBeGreaterThanOrEqual(mentions[i - 1]!.end);
    }
  });
});
