import { describe, expect, test } from 'vitest';
import { aliasesOf, compileAlias, compileMatcher, defaultCaseRule, foldedWords } from '../../../lib/match/compile';
import { findMentions } from '../../../lib/match/find';
import type { CaseRule } from '../../../lib/kb/schema';
import { entry, named } from '../../helpers/match';

describe('defaultCaseRule', () => {
  test.each<[string, CaseRule]>([
    ['NAVO', 'exact'],
    ['VS', 'exact'],
    ['NOS', 'exact'],
    ['U.S.', 'exact'],
    ['MIM-104', 'exact'],
    ['ÉTATS', 'exact'],
    ['ABCDEF', 'exact'],
    ['ABCDEFG', 'name'], // seven capitals: a word in capitals, not an acronym
    ['Nato', 'name'],
    ['Rutte', 'name'],
    ['NAVO-topman', 'name'],
    ['NATO-Generalsekretär', 'name'],
    ['104', 'name'], // no letters at all
  ])('%s -> %s', (text, expected) => {
    expect(defaultCaseRule(text)).toBe(expected);
  });
});

describe('compileAlias', () => {
  const person = named('jan-jansen', 'Jan Jansen');
  const country = named('nz', 'Nieuw-Zeeland', [], 'country');

  test.each<[string, string[], string[]]>([
    ['Nieuw-Zeeland', ['Nieuw', 'Zeeland'], ['-']],
    ['Donald J. Trump', ['Donald', 'J', 'Trump'], [' ', '. ']],
    ['secrétaire général de l\u2019OTAN', ['secrétaire', 'général', 'de', 'l', 'OTAN'], [' ', ' ', ' ', "'"]],
    ['Nieuw\u2013Zeeland', ['Nieuw', 'Zeeland'], ['-']],
    ['Mark\u00a0 Rutte', ['Mark', 'Rutte'], [' ']],
    ['Washington, D.C.', ['Washington', 'D', 'C'], [', ', '.']],
  ])('%j -> words and normalised separators', (text, words, separators) => {
    const compiled = compileAlias(country, text);
    expect(compiled?.words).toEqual(words);
    expect(compiled && foldedWords(compiled)).toEqual(words.map((w) => w.toLowerCase()));
    expect(compiled?.separators).toEqual(separators);
    expect(compiled?.text).toBe(text);
  });

  test('an alias without any letters or digits compiles to nothing', () => {
    expect(compileAlias(country, '---')).toBeNull();
  });

  test('people get the genitive suffixes, other categories none', () => {
    expect(compileAlias(person, 'Jansen')?.suffixes).toContain('s');
    expect(compileAlias(country, 'Nieuw-Zeeland')?.suffixes).toEqual([]);
  });

  test('rules written on the alias are kept, context lowercased', () => {
    const compiled = compileAlias(person, {
      text: 'Jansen',
      case: 'exact',
      ambiguous: true,
      context: ['Minister van Defensie'],
      related: ['nato'],
    });
    expect(compiled).toMatchObject({
      entryId: 'jan-jansen',
      caseRule: 'exact',
      ambiguous: true,
      context: ['minister van defensie'],
      related: ['nato'],
    });
  });

  test('a plain alias is unambiguous with the default case rule', () => {
    expect(compileAlias(person, 'NAVO')).toMatchObject({
      caseRule: 'exact',
      ambiguous: false,
      context: [],
      related: [],
    });
    expect(compileAlias(person, 'Jansen')).toMatchObject({ caseRule: 'name', ambiguous: false });
  });
});

describe('aliasesOf', () => {
  test('labels and aliases of every language, each text once', () => {
    const e = entry({
      id: 'nato',
      category: 'organization',
      names: {
        nl: { label: 'NAVO', aliases: ['NATO'] },
        en: { label: 'NATO', aliases: ['Nato'] },
        fr: { label: 'OTAN' },
      },
      summary: {},
    });
    const texts = aliasesOf(e).map((a) => (typeof a === 'string' ? a : a.text));
    expect(texts.sort()).toEqual(['NATO', 'NAVO', 'Nato', 'OTAN']);
  });

  test.each([
    ['object after the plain text', 'nl', 'en'],
    ['object before the plain text', 'en', 'nl'],
  ] as const)('an alias with rules wins over the same text written plainly (%s)', (_, plainLang, objectLang) => {
    const e = entry({
      id: 'washington-dc',
      category: 'place',
      names: {
        [plainLang]: { label: 'Washington' },
        [objectLang]: { label: 'Washington, D.C.', aliases: [{ text: 'Washington', ambiguous: true }] },
      },
      summary: {},
    });
    const washington = aliasesOf(e).filter((a) => (typeof a === 'string' ? a : a.text) === 'Washington');
    expect(washington).toEqual([{ text: 'Washington', ambiguous: true }]);
  });
});

describe('compileMatcher', () => {
  const entries = [
    named('donald-trump', 'Donald Trump', ['Trump', 'Donald J. Trump']),
    named('donald-duck', 'Donald Duck', [], 'concept'),
    named('donald', 'Donald', [], 'concept'),
  ];

  test('counts every alias of every entry once, labels included', () => {
    expect(compileMatcher(entries).aliasCount).toBe(5);
    expect(compileMatcher([]).aliasCount).toBe(0);
  });

  test('aliases sharing a first word are all found, the longest at each place', () => {
    const matcher = compileMatcher(entries);
    const found = findMentions(matcher, 'Donald, Donald Duck, Donald Trump, Donald J. Trump en Trumps').map((m) => [
      m.surface,
      m.candidates.map((c) => c.entryId),
    ]);
    expect(found).toEqual([
      ['Donald', ['donald']],
      ['Donald Duck', ['donald-duck']],
      ['Donald Trump', ['donald-trump']],
      ['Donald J. Trump', ['donald-trump']],
      ['Trumps', ['donald-trump']],
    ]);
  });

  test('what is found does not depend on the order of the entries', () => {
    const text = 'Donald Duck en Donald J. Trump';
    const surfaces = (list: typeof entries) => findMentions(compileMatcher(list), text).map((m) => m.surface);
    expect(surfaces([...entries].reverse())).toEqual(surfaces(entries));
  });

  test('an alias without letters or digits is left out', () => {
    expect(compileMatcher([named('x', 'X', ['---'])]).aliasCount).toBe(1);
  });
});
