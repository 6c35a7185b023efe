import { describe, expect, test } from 'vitest';
import { BUNDLED } from '../../../lib/kb';
import {
  buildRows,
  filterRows,
  foldText,
  NO_FILTER,
  sortRows,
  type GlossaryRow,
  type RowFilter,
} from '../../../lib/kb/glossary-rows';
import { entry } from '../../helpers/match';
import { syntheticEntries } from '../../helpers/glossary';

const bundled = [
  entry({ id: 'nato', category: 'organization', names: { nl: { label: 'NAVO', aliases: [{ text: 'NAVO', case: 'exact' }] }, en: { label: 'NATO' }, fr: { label: 'OTAN' } }, summary: {} }),
  entry({ id: 'lech-walesa', category: 'person', names: { en: { label: 'Lech Wałęsa', aliases: ['Wałęsa'] } }, summary: {} }),
  entry({ id: 'koln', category: 'place', names: { de: { label: 'Köln' }, nl: { label: 'Keulen' } }, summary: {} }),
  entry({ id: 'strasse', category: 'concept', names: { de: { label: 'Straße von Hormus' } }, summary: {} }),
];
const own = [
  entry({ id: 'own-hybride-oorlog', category: 'concept', names: { nl: { label: 'Hybride oorlog', aliases: ['grijze zone'] } }, summary: {} }),
  // Replaces the bundled NATO entry, with an extra alias.
  entry({ id: 'nato', category: 'organization', names: { nl: { label: 'NAVO', aliases: ['het bondgenootschap'] }, en: { label: 'NATO' } }, summary: {} }),
];
const rows = buildRows(bundled, own, new Set(['koln', 'own-hybride-oorlog']), 'en');
const ids = (list: readonly GlossaryRow[]): string[] => list.map((row) => row.id);
const find = (patch: Partial<RowFilter>): string[] => ids(filterRows(rows, { ...NO_FILTER, ...patch }));

describe('foldText', () => {
  test.each([
    ['Wałęsa', 'walesa'],
    ['KÖLN', 'koln'],
    ['Straße', 'strasse'],
    ['  Île-de-France ', 'ile-de-france'],
    ['Ørsted\tA/S', 'orsted a/s'],
  ])('%j -> %j', (text, folded) => expect(foldText(text)).toBe(folded));
});

describe('buildRows', () => {
  test('one row per entry; an own entry with a bundled id takes its place as "changed"', () => {
    expect(rows.map((row) => [row.id, row.source])).toEqual([
      ['nato', 'changed'],
      ['lech-walesa', 'bundled'],
      ['koln', 'bundled'],
      ['strasse', 'bundled'],
      ['own-hybride-oorlog', 'own'],
    ]);
    expect(rows[0]!.entry).toBe(own[1]);
  });

  test('label in the interface language, else English, else any; languages; disabled from the hidden ids', () => {
    const nl = buildRows(bundled, [], new Set(), 'nl');
    expect(nl.map((row) => row.label)).toEqual(['NAVO', 'Lech Wałęsa', 'Keulen', 'Straße von Hormus']);
    expect(buildRows(bundled, [], new Set(), 'fr')[0]!.label).toBe('OTAN');
    // No English name: the first language of the knowledge base that has one.
    expect(rows[2]).toMatchObject({ label: 'Keulen', langs: ['nl', 'de'], disabled: true });
    expect(buildRows(bundled, [], new Set(), 'de')[2]!.label).toBe('Köln');
    expect(rows[1]!.disabled).toBe(false);
  });
});

describe('filterRows', () => {
  test.each<[string, Partial<RowFilter>, string[]]>([
    ['no filter: everything', {}, ['nato', 'lech-walesa', 'koln', 'strasse', 'own-hybride-oorlog']],
    ['a name in another language than the label shown', { query: 'navo' }, ['nato']],
    ['label in any language', { query: 'keulen' }, ['koln']],
    ['without diacritics', { query: 'walesa' }, ['lech-walesa']],
    ['with diacritics and capitals', { query: 'WAŁĘSA' }, ['lech-walesa']],
    ['ß as ss', { query: 'strasse' }, ['strasse']],
    ['an alias of the own version', { query: 'bondgenootschap' }, ['nato']],
    ['part of a word', { query: 'ybrid' }, ['own-hybride-oorlog']],
    ['every word must be found', { query: 'grijze oorlog' }, ['own-hybride-oorlog']],
    ['a word not found', { query: 'grijze vrede' }, []],
    ['white space only', { query: '   ' }, ['nato', 'lech-walesa', 'koln', 'strasse', 'own-hybride-oorlog']],
    ['category', { category: 'concept' }, ['strasse', 'own-hybride-oorlog']],
    ['language', { lang: 'de' }, ['koln', 'strasse']],
    ['bundled: from Duiding, changed or not', { source: 'bundled' }, ['nato', 'lech-walesa', 'koln', 'strasse']],
    ['own: added or changed by the reader', { source: 'own' }, ['nato', 'own-hybride-oorlog']],
    ['disabled', { source: 'disabled' }, ['koln', 'own-hybride-oorlog']],
    ['filters together', { source: 'disabled', lang: 'nl', category: 'place', query: 'köln' }, ['koln']],
  ])('%s', (_, filter, expected) => {
    expect(find(filter)).toEqual(expected);
  });

  test('the own version replaces the bundled aliases in the search', () => {
    // The bundled NATO has French "OTAN"; the reader's version has no French name.
    expect(find({ query: 'otan' })).toEqual([]);
    expect(ids(filterRows(buildRows(bundled, [], new Set(), 'en'), { ...NO_FILTER, query: 'otan' }))).toEqual(['nato']);
  });
});

describe('sortRows', () => {
  test('by label in the interface language, ignoring case and accents', () => {
    expect(sortRows(rows, 'label', 'en').map((row) => row.label)).toEqual([
      'Hybride oorlog',
      'Keulen',
      'Lech Wałęsa',
      'NATO',
      'Straße von Hormus',
    ]);
  });

  test('by category (in the order of the category list), then label', () => {
    expect(ids(sortRows(rows, 'category', 'en'))).toEqual(['lech-walesa', 'nato', 'koln', 'own-hybride-oorlog', 'strasse']);
  });

  test('sorting returns a new array and leaves the rows as they were', () => {
    const before = ids(rows);
    sortRows(rows, 'label', 'en');
    expect(ids(rows)).toEqual(before);
  });
});

describe('twenty thousand own entries with the bundled ones', () => {
  const many = syntheticEntries(20_000);
  const all = sortRows(buildRows(BUNDLED.entries, many, new Set(), 'nl'), 'label', 'nl');

  test('every entry has a row', () => {
    expect(all.length).toBe(BUNDLED.entries.length + 20_000);
  });

  test('a search finds the one entry by an alias, and a bundled one by a name in another language', () => {
    expect(ids(filterRows(all, { ...NO_FILTER, query: 'alias 12345' }))).toEqual(['own-term-12345']);
    expect(ids(filterRows(all, { ...NO_FILTER, query: 'stoltenberg' }))).toContain('jens-stoltenberg');
  });
});
