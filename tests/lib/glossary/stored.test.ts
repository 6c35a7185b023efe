import { describe, expect, test } from 'vitest';
import { parseStoredGlossary } from '../../../lib/glossary/stored';
import damaged from '../../fixtures/stored/glossary-damaged.json';
import glossaryV0 from '../../fixtures/stored/glossary-v0.json';
import glossaryV1 from '../../fixtures/stored/glossary-v1.json';

describe('parseStoredGlossary', () => {
  test('nothing stored: empty at revision 0', () => {
    expect(parseStoredGlossary(undefined)).toEqual({ entries: [], revision: 0, problems: [], keptAside: [] });
  });

  test.each([
    ['v0', glossaryV0],
    ['v1', glossaryV1],
  ])('the %s fixture reads without problems', (_, fixture) => {
    const result = parseStoredGlossary(structuredClone(fixture));
    expect(result.entries.map((e) => e.id)).toEqual(['own-hybride-oorlog', 'own-sleutelbos']);
    expect(result.entries[1]?.links).toEqual({ wikipedia: {} });
    expect(result.problems).toEqual([]);
    expect(result.keptAside).toEqual([]);
  });

  test('a damaged glossary: readable entries kept, repairs and losses reported, originals kept aside', () => {
    const result = parseStoredGlossary(structuredClone(damaged));
    expect(result.revision).toBe(7);
    expect(result.entries.map((e) => e.id)).toEqual(['own-goed', 'own-link', 'own-rollen']);
    expect(result.entries[1]?.links).toEqual({ wikipedia: { nl: 'https://nl.wikipedia.org/wiki/Link' } });
    expect(result.entries[2]?.roles.map((r) => r.label.en)).toEqual(['Mayor']);
    expect(result.entries[2]?.names.en?.aliases).toEqual(['Roe']);
    expect(result.problems).toEqual([
      'own-link: links.more',
      'own-rollen: roles.1, names.en.aliases.1',
      'own-naamloos: names',
      'own-goed: id',
      '#6: (entry)',
    ]);
    const entries = damaged.entries as unknown[];
    expect(result.keptAside).toEqual([entries[1], entries[2], entries[3], entries[4], entries[5]]);
  });

  test.each<[string, unknown]>([
    ['a string', 'kapot'],
    ['a foreign object', { version: 0, terms: ['NAVO'] }],
    ['a newer version', { version: 99, entries: [] }],
  ])('unreadable as a whole (%s): the whole value kept aside', (_, raw) => {
    const result = parseStoredGlossary(raw);
    expect(result.entries).toEqual([]);
    expect(result.problems).toHaveLength(1);
    expect(result.keptAside).toEqual([raw]);
  });
});
