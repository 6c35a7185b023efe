import { isDeepStrictEqual } from 'node:util';
import { describe, expect, test } from 'vitest';
import { BUNDLED, indexById } from '../../../lib/kb';
import { fieldOf } from '../../../lib/kb/entry-errors';
import {
  emptyForm,
  emptyMembership,
  emptyRole,
  entryToForm,
  formToEntry,
  ownId,
  type EntryForm,
  type FormContext,
} from '../../../lib/kb/own-entry';
import { EntrySchema, IdSchema, type Entry } from '../../../lib/kb/schema';
import { entry } from '../../helpers/match';

const NOW = Date.UTC(2024, 3, 4);
const bundledById = indexById(BUNDLED.entries);
const bundledIds = new Set(bundledById.keys());

/** Without keys whose value is undefined, which the schema's output may carry. */
const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

const existing: Entry[] = [
  entry({ id: 'own-digitale-oorlog', category: 'concept', names: { nl: { label: 'Digitale oorlog' } }, summary: {} }),
];

function newContext(patch: Partial<FormContext> = {}): FormContext {
  return { mode: 'new', taken: new Set([...bundledIds, ...existing.map((e) => e.id)]), own: existing, lang: 'nl', ...patch };
}

/** A valid new form: one Dutch name and summary; `patch` changes it. */
function form(patch: (f: EntryForm) => void = () => {}): EntryForm {
  const f = emptyForm('concept');
  f.names.nl = { label: 'Hybride oorlogsvoering', aliases: '' };
  f.summary.nl = 'Oorlog met militaire en niet-militaire middelen.';
  patch(f);
  return f;
}

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

  test.each(['Łódź', 'Straße', 'Ørsted', 'Кулеба', 'Μητσοτάκης', '!!!', 'a'.repeat(200), 'Organisatie voor Veiligheid en Samenwerking in Europa en de Raad'])(
    '%j gives a valid id',
    (name) => {
      const id = ownId(name, new Set(), NOW);
      expect(id.startsWith('own-')).toBe(true);
      expect(IdSchema.safeParse(id).success, id).toBe(true);
    },
  );

  test('names without Latin letters get a time-based id; a taken id gets -2, then -3', () => {
    expect(ownId('Кулеба', new Set(), NOW)).toBe(`own-${NOW.toString(36)}`);
    expect(ownId('Rutte', new Set(['own-rutte']), NOW)).toBe('own-rutte-2');
    expect(ownId('Rutte', new Set(['own-rutte', 'own-rutte-2']), NOW)).toBe('own-rutte-3');
  });
});

describe('entry -> form -> entry', () => {
  test('every bundled entry comes back unchanged, alias rules included', () => {
    const changed = BUNDLED.entries.filter((e) => {
      const result = formToEntry(entryToForm(e), { mode: 'bundled', base: e, taken: bundledIds, own: [], lang: 'nl' });
      return !result.ok || !isDeepStrictEqual(plain(result.entry), plain(EntrySchema.parse(e)));
    });
    expect(changed.map((e) => e.id)).toEqual([]);
  });

  test('the form of Rutte holds his names, aliases, roles and links as text', () => {
    const rutte = bundledById.get('mark-rutte')!;
    const f = entryToForm(rutte);
    expect(f.id).toBe('mark-rutte');
    expect(f.names.nl.label).toBe('Mark Rutte');
    expect(f.names.nl.aliases.split('\n')).toContain('Rutte');
    expect(f.roles.length).toBe(rutte.roles.length);
    expect(f.roles.some((role) => role.label.en.includes('Secretary General') && role.from === '2024-10-01')).toBe(true);
    expect(f.wikipedia.nl).toMatch(/^https:\/\/nl\.wikipedia\.org\//);
  });

  test('extending a bundled entry: an added alias and a note; the alias rules of the others stay', () => {
    const patriot = BUNDLED.entries.find((e) => e.names.nl?.aliases.some((a) => typeof a !== 'string'))!;
    const f = entryToForm(patriot);
    f.names.nl.aliases += '\nmijn eigen naam';
    f.note = 'Mijn notitie.';
    const result = formToEntry(f, { mode: 'bundled', base: patriot, taken: bundledIds, own: [], lang: 'nl' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.entry.id).toBe(patriot.id);
    expect(result.entry.note).toBe('Mijn notitie.');
    expect(result.entry.names.nl!.aliases).toEqual([...patriot.names.nl!.aliases, 'mijn eigen naam']);
  });
});

describe('formToEntry: a new entry', () => {
  test('names in two languages, roles, a membership and links', () => {
    const f = form((f) => {
      f.names.nl.aliases = 'hybride oorlog\n\n  grijze-zone-oorlog  ';
      f.names.en = { label: 'Hybrid warfare', aliases: 'hybrid war' };
      f.summary.en = 'War waged with military and other means.';
      f.wikipedia.en = 'https://en.wikipedia.org/wiki/Hybrid_warfare';
      f.more = ' https://example.org/hybride ';
      f.roles = [{ ...emptyRole(), label: { ...emptyRole().label, en: 'Doctrine', nl: 'Doctrine' }, from: '2014-03-01' }];
      f.memberships = [{ org: 'nato', from: '2015-01-01', to: '' }];
      f.founded = '2014';
    });
    const result = formToEntry(f, newContext());
    expect(result).toEqual({
      ok: true,
      entry: {
        id: 'own-hybride-oorlogsvoering',
        category: 'concept',
        names: {
          nl: { label: 'Hybride oorlogsvoering', aliases: ['hybride oorlog', 'grijze-zone-oorlog'] },
          en: { label: 'Hybrid warfare', aliases: ['hybrid war'] },
        },
        summary: { nl: 'Oorlog met militaire en niet-militaire middelen.', en: 'War waged with military and other means.' },
        roles: [{ label: { en: 'Doctrine', nl: 'Doctrine' }, from: '2014-03-01' }],
        memberships: [{ org: 'nato', from: '2015-01-01' }],
        founded: '2014',
        links: { wikipedia: { en: 'https://en.wikipedia.org/wiki/Hybrid_warfare' }, more: 'https://example.org/hybride' },
      },
    });
  });

  test('the id comes from the name in the interface language, else the first language with a name', () => {
    const both = form((f) => (f.names.en = { label: 'Hybrid warfare', aliases: '' }));
    expect(formToEntry(both, newContext({ lang: 'en' })).ok && formToEntry(both, newContext({ lang: 'en' }))).toMatchObject({
      entry: { id: 'own-hybrid-warfare' },
    });
    const french = form((f) => {
      f.names.nl.label = '';
      f.names.fr.label = 'Guerre hybride';
    });
    expect(formToEntry(french, newContext({ lang: 'en' }))).toMatchObject({ ok: true, entry: { id: 'own-guerre-hybride' } });
  });

  test('an id made from a taken name gets a suffix; a typed id that is taken is refused', () => {
    const clash = form((f) => (f.names.nl.label = 'Digitale oorlog!'));
    expect(formToEntry(clash, newContext({ own: [] }))).toMatchObject({ ok: true, entry: { id: 'own-digitale-oorlog-2' } });
    expect(formToEntry(form((f) => (f.id = 'mark-rutte')), newContext())).toEqual({ ok: false, errors: { id: { code: 'id-taken' } } });
  });

  test('a name an own entry already has in that language is taken, whatever its case', () => {
    expect(formToEntry(form((f) => (f.names.nl.label = 'digitale OORLOG')), newContext())).toEqual({
      ok: false,
      errors: { 'names.nl.label': { code: 'taken' } },
    });
  });
});

describe('formToEntry: errors beside each field', () => {
  test.each<[string, (f: EntryForm) => void, Record<string, unknown>]>([
    ['no name at all', (f) => (f.names.nl.label = ''), { names: { code: 'need-name' } }],
    ['aliases without a name', (f) => (f.names.de.aliases = 'Hybrider Krieg'), { 'names.de.label': { code: 'required' } }],
    ['name too long', (f) => (f.names.nl.label = 'x'.repeat(121)), { 'names.nl.label': { code: 'too-long', max: 120 } }],
    ['alias too long, on line 3', (f) => (f.names.nl.aliases = `ok\n\n${'x'.repeat(121)}`), { 'names.nl.aliases': { code: 'too-long', max: 120, line: 3 } }],
    ['summary of 281 characters', (f) => (f.summary.nl = 'a'.repeat(281)), { 'summary.nl': { code: 'too-long', max: 280 } }],
    ['javascript: link', (f) => (f.more = 'javascript:alert(1)'), { more: { code: 'link' } }],
    ['data: Wikipedia link', (f) => (f.wikipedia.fr = 'data:text/html,hi'), { 'wikipedia.fr': { code: 'link' } }],
    ['link without scheme', (f) => (f.wikipedia.nl = 'nos.nl'), { 'wikipedia.nl': { code: 'link' } }],
    ['bad typed id', (f) => (f.id = 'Own Term'), { id: { code: 'id' } }],
    ['bad wikidata id', (f) => (f.wikidata = 'Q0'), { wikidata: { code: 'wikidata' } }],
    ['bad partial date', (f) => (f.born = '1967-3'), { born: { code: 'partial-date' } }],
    ['bad verified date', (f) => (f.verified = '2024-02-30'), { verified: { code: 'date' } }],
    ['note too long', (f) => (f.note = 'n'.repeat(1001)), { note: { code: 'too-long', max: 1000 } }],
    ['role without English label', (f) => (f.roles = [{ ...emptyRole(), label: { ...emptyRole().label, nl: 'Premier' }, from: '2010-10-14' }]), { 'roles.0.label.en': { code: 'role-english' } }],
    ['role ending before it starts', (f) => (f.roles = [{ ...emptyRole(), label: { ...emptyRole().label, en: 'PM' }, from: '2010-10-14', to: '2009-01-01' }]), { 'roles.0.to': { code: 'order' } }],
    ['an empty role row', (f) => (f.roles = [emptyRole()]), { 'roles.0.label.en': { code: 'role-english' }, 'roles.0.from': { code: 'date' } }],
    ['role with a bad organisation id', (f) => (f.roles = [{ ...emptyRole(), label: { ...emptyRole().label, en: 'PM' }, org: 'NATO!', from: '2010-10-14' }]), { 'roles.0.org': { code: 'id' } }],
    ['membership without a start', (f) => (f.memberships = [{ ...emptyMembership(), org: 'nato' }]), { 'memberships.0.from': { code: 'date' } }],
    ['two fields at once', (f) => ((f.names.nl.label = ''), (f.names.en.label = 'War'), (f.more = 'javascript:x')), { more: { code: 'link' } }],
  ])('%s', (_, patch, errors) => {
    expect(formToEntry(form(patch), newContext())).toEqual({ ok: false, errors });
  });

  test('a summary of exactly 280 characters is fine', () => {
    expect(formToEntry(form((f) => (f.summary.nl = 'a'.repeat(280))), newContext()).ok).toBe(true);
  });

  test.each([
    [['links', 'wikipedia', 'nl'], 'wikipedia.nl'],
    [['links', 'more'], 'more'],
    [['names', 'de', 'aliases', 4, 'text'], 'names.de.aliases'],
    [['roles', 2, 'label'], 'roles.2.label.en'],
    [['roles', 2, 'label', 'fr'], 'roles.2.label.fr'],
    [['memberships', 0, 'to'], 'memberships.0.to'],
    [['summary', 'en'], 'summary.en'],
  ] as const)('the issue at %j belongs to the field %s', (path, field) => {
    expect(fieldOf(path)).toBe(field);
  });
});
