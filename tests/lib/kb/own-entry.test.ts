import { describe, expect, test } from 'vitest';
import { IdSchema, type Entry } from '../../../lib/kb/schema';
import { ownId, SUMMARY_MAX, termToEntry, type TermForm } from '../../../lib/kb/own-entry';
import { entry } from '../../helpers/match';

const NOW = Date.UTC(2024, 3, 4);

function form(patch: Partial<TermForm> = {}): TermForm {
  return {
    name: 'Hybride oorlogsvoering',
    aliases: '',
    summary: 'Oorlog met militaire en niet-militaire middelen.',
    link: '',
    category: 'concept',
    ...patch,
  };
}

const existing: Entry[] = [
  entry({ id: 'own-digitale-oorlog', category: 'concept', names: { nl: { label: 'Digitale oorlog' } }, summary: {} }),
];

describe('ownId', () => {
  test.each([
    ['plain name', 'Hybride oorlogsvoering', 'own-hybride-oorlogsvoering'],
    ['accents removed', 'Zuid-Koreaanse Défense', 'own-zuid-koreaanse-defense'],
    ['diaeresis', 'Oekraïne', 'own-oekraine'],
    ['punctuation and spaces collapse', '  F-35 (Lightning II)! ', 'own-f-35-lightning-ii'],
    ['ligature decomposed by NFKD', 'ﬁnance', 'own-finance'],
  ])('%s: %j -> %s', (_, name, expected) => {
    expect(ownId(name, new Set(), NOW)).toBe(expected);
  });

  test.each([
    'Łódź',
    'Straße',
    'Ørsted',
    'Кулеба',
    'Μητσοτάκης',
    '!!!',
    'a'.repeat(200),
    // Sixty characters cut right after a word: the id must not end in a hyphen.
    'Organisatie voor Veiligheid en Samenwerking in Europa en de Raad',
  ])('%j gives a valid id', (name) => {
    const id = ownId(name, new Set(), NOW);
    expect(id.startsWith('own-')).toBe(true);
    expect(IdSchema.safeParse(id).success, id).toBe(true);
  });

  test('Łódź: the accented letters that decompose are kept without their accents', () => {
    // NFKD splits ó and ź into a letter and a combining mark; Ł has no decomposition, so it is dropped today
    // (own-odz). Either form is a valid, stable id.
    expect(ownId('Łódź', new Set(), NOW)).toMatch(/^own-l?odz$/);
  });

  test('names without Latin letters get a time-based id', () => {
    expect(ownId('Кулеба', new Set(), NOW)).toBe(`own-${NOW.toString(36)}`);
  });

  test('a taken id gets -2, then -3', () => {
    expect(ownId('Rutte', new Set(['own-rutte']), NOW)).toBe('own-rutte-2');
    expect(ownId('Rutte', new Set(['own-rutte', 'own-rutte-2']), NOW)).toBe('own-rutte-3');
  });

  test('the same name gives the same id', () => {
    expect(ownId('Oekraïne', new Set(), 1)).toBe(ownId('Oekraïne', new Set(), 2));
  });
});

describe('termToEntry: field errors', () => {
  test.each<[string, Partial<TermForm>, Record<string, unknown>]>([
    ['empty name', { name: '' }, { name: { code: 'required' } }],
    ['name of spaces', { name: '   ' }, { name: { code: 'required' } }],
    ['name too long', { name: 'x'.repeat(121) }, { name: { code: 'too-long', max: 120 } }],
    ['javascript: link', { link: 'javascript:alert(1)' }, { link: { code: 'link' } }],
    ['data: link', { link: 'data:text/html,hi' }, { link: { code: 'link' } }],
    ['link without scheme', { link: 'nos.nl' }, { link: { code: 'link' } }],
    [
      'summary of 281 characters',
      { summary: 'a'.repeat(SUMMARY_MAX + 1) },
      { summary: { code: 'too-long', max: 280 } },
    ],
    ['alias too long', { aliases: `ok\n${'x'.repeat(121)}` }, { aliases: { code: 'too-long', max: 120 } }],
    ['two fields at once', { name: '', link: 'javascript:x' }, { name: { code: 'required' }, link: { code: 'link' } }],
  ])('%s', (_, patch, errors) => {
    expect(termToEntry(form(patch), 'nl', existing)).toEqual({ ok: false, errors });
  });

  test('a name already used by an own entry is taken, whatever its case', () => {
    expect(termToEntry(form({ name: 'digitale OORLOG' }), 'nl', existing)).toEqual({
      ok: false,
      errors: { name: { code: 'taken' } },
    });
  });

  test('a summary of exactly 280 characters is fine', () => {
    expect(termToEntry(form({ summary: 'a'.repeat(SUMMARY_MAX) }), 'nl', existing).ok).toBe(true);
  });
});

describe('termToEntry: the entry', () => {
  test('a valid form gives an own entry in the form language', () => {
    const result = termToEntry(
      form({
        name: ' Hybride oorlogsvoering ',
        aliases: 'hybride oorlog\n\n  grijze-zone-oorlog  \nHybride oorlogsvoering\n',
        link: 'https://example.org/hybride',
        category: 'concept',
      }),
      'de',
      existing,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const e = result.entry;
    expect(e.id).toBe('own-hybride-oorlogsvoering');
    expect(e.category).toBe('concept');
    expect(Object.keys(e.names)).toEqual(['de']);
    expect(e.names.de).toEqual({ label: 'Hybride oorlogsvoering', aliases: ['hybride oorlog', 'grijze-zone-oorlog'] });
    expect(e.summary).toEqual({ de: 'Oorlog met militaire en niet-militaire middelen.' });
    expect(e.links).toEqual({ wikipedia: {}, more: 'https://example.org/hybride' });
    expect(e.roles).toEqual([]);
  });

  test('no summary and no link: empty summary and no `more`', () => {
    const result = termToEntry(form({ summary: '  ' }), 'nl', []);
    expect(result.ok && result.entry.summary).toEqual({});
    expect(result.ok && result.entry.links).toEqual({ wikipedia: {} });
  });

  test('an id already used by another own entry gets a suffix', () => {
    const clash = [
      entry({ id: 'own-patriot', category: 'concept', names: { nl: { label: 'Iets anders' } }, summary: {} }),
    ];
    const result = termToEntry(form({ name: 'Patriot' }), 'nl', clash);
    expect(result.ok && result.entry.id).toBe('own-patriot-2');
  });

  test('a long name cut at a word boundary still gives an entry', () => {
    const result = termToEntry(
      form({ name: 'Organisatie voor Veiligheid en Samenwerking in Europa en de Raad' }),
      'nl',
      [],
    );
    expect(result.ok).toBe(true);
  });
});
