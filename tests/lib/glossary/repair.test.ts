import { describe, expect, test } from 'vitest';
import { repairEntry } from '../../../lib/glossary/repair';

const base = {
  id: 'own-test',
  category: 'person',
  names: { en: { label: 'Jane Roe', aliases: ['Roe'] } },
  summary: { en: 'Someone.' },
};

describe('repairEntry', () => {
  test('a valid entry comes back with nothing removed', () => {
    const result = repairEntry(base);
    expect(result).toMatchObject({ ok: true, removed: [] });
  });

  test.each<[string, Record<string, unknown>, string[], (entry: Record<string, unknown>) => unknown, unknown]>([
    ['a javascript: link', { links: { wikipedia: {}, more: 'javascript:alert(1)' } }, ['links.more'], (e) => (e.links as { more?: string }).more, undefined],
    ['a bad Wikipedia link, the good one kept', { links: { wikipedia: { en: 'data:text/html,x', nl: 'https://nl.wikipedia.org/wiki/A' } } }, ['links.wikipedia.en'], (e) => (e.links as { wikipedia: object }).wikipedia, { nl: 'https://nl.wikipedia.org/wiki/A' }],
    ['an empty alias, the other kept', { names: { en: { label: 'Jane Roe', aliases: ['Roe', '', 'J. Roe'] } } }, ['names.en.aliases.1'], (e) => (e.names as { en: { aliases: string[] } }).en.aliases, ['Roe', 'J. Roe']],
    ['a role that ends before it starts', { roles: [{ label: { en: 'Mayor' }, from: '2020-01-01' }, { label: { en: 'Minister' }, from: '2024-01-01', to: '2020-01-01' }] }, ['roles.1'], (e) => (e.roles as unknown[]).length, 1],
    ['two bad roles', { roles: [{ label: { en: 'A' }, from: 'x' }, { label: { en: 'B' }, from: '2020-01-01' }, { label: {}, from: '2020-01-01' }] }, ['roles.2', 'roles.0'], (e) => (e.roles as { label: { en: string } }[]).map((r) => r.label.en), ['B']],
    ['a note too long', { note: 'x'.repeat(1001) }, ['note'], (e) => e.note, undefined],
    ['a summary too long in one language', { summary: { en: 'ok', nl: 'x'.repeat(281) } }, ['summary.nl'], (e) => e.summary, { en: 'ok' }],
    ['a bad name in one of two languages', { names: { en: { label: 'Jane Roe' }, nl: { label: '' } } }, ['names.nl'], (e) => Object.keys(e.names as object), ['en']],
    ['a bad Wikidata id', { wikidata: 'Q0' }, ['wikidata'], (e) => e.wikidata, undefined],
  ])('%s is taken out, the rest kept', (_, change, removed, pick, expected) => {
    const result = repairEntry({ ...base, ...change });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.removed).toEqual(removed);
    expect(pick(result.entry as unknown as Record<string, unknown>)).toEqual(expected);
    expect(result.entry.id).toBe('own-test');
  });

  test.each<[string, unknown, string]>([
    ['no id', { ...base, id: undefined }, 'id'],
    ['a bad id', { ...base, id: 'Own Test' }, 'id'],
    ['an unknown category', { ...base, category: 'thing' }, 'category'],
    ['no names', { ...base, names: {} }, 'names'],
    ['its only name unreadable', { ...base, names: { en: { label: '' } } }, 'names'],
    ['not an object', 'Jane Roe', '(entry)'],
    ['a list', [base], '(entry)'],
  ])('an entry with %s cannot be repaired', (_, raw, field) => {
    const result = repairEntry(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.fields.join(' ')).toContain(field);
  });

  test('the original is not changed', () => {
    const raw = { ...base, links: { wikipedia: {}, more: 'javascript:x' } };
    const copy = structuredClone(raw);
    repairEntry(raw);
    expect(raw).toEqual(copy);
  });
});
