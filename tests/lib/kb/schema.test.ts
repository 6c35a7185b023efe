import { describe, expect, test } from 'vitest';
import {
  EntrySchema,
  HttpUrlSchema,
  IdSchema,
  KnowledgeBaseSchema,
  RoleSchema,
  type EntryInput,
} from '../../../lib/kb/schema';

/** A valid entry; each test changes one thing. */
function base(): EntryInput {
  return {
    id: 'mark-rutte',
    category: 'person',
    names: { nl: { label: 'Mark Rutte', aliases: ['Rutte'] } },
    summary: { nl: 'Nederlands politicus.' },
    roles: [
      { label: { en: 'Prime Minister of the Netherlands' }, org: 'netherlands', from: '2010-10-14', to: '2024-07-02' },
    ],
    links: { wikipedia: { nl: 'https://nl.wikipedia.org/wiki/Mark_Rutte' } },
  };
}

describe('EntrySchema', () => {
  test('accepts a valid entry and fills in defaults', () => {
    const entry = EntrySchema.parse({ id: 'x', category: 'concept', names: { en: { label: 'X' } }, summary: {} });
    expect(entry.roles).toEqual([]);
    expect(entry.links).toEqual({ wikipedia: {} });
    expect(entry.names.en?.aliases).toEqual([]);
    expect(EntrySchema.safeParse(base()).success).toBe(true);
  });

  test.each<[string, (e: EntryInput) => void]>([
    ['javascript: Wikipedia link', (e) => void (e.links = { wikipedia: { nl: 'javascript:alert(1)' } })],
    ['javascript: link in capitals', (e) => void (e.links = { wikipedia: { nl: 'JavaScript:alert(1)' } })],
    ['javascript: link behind white space', (e) => void (e.links = { wikipedia: { nl: '  javascript:alert(1)' } })],
    ['data: link', (e) => void (e.links = { wikipedia: {}, more: 'data:text/html,<script>alert(1)</script>' })],
    ['relative link', (e) => void (e.links = { wikipedia: {}, more: '/wiki/Mark_Rutte' })],
    [
      'role ending before it starts',
      (e) => void (e.roles = [{ label: { en: 'PM' }, from: '2024-07-02', to: '2010-10-14' }]),
    ],
    ['role without an English label', (e) => void (e.roles = [{ label: { nl: 'premier' }, from: '2010-10-14' }])],
    ['role on a day that does not exist', (e) => void (e.roles = [{ label: { en: 'PM' }, from: '2024-02-30' }])],
    ['summary over 280 characters', (e) => void (e.summary = { nl: 'a'.repeat(281) })],
    ['empty summary', (e) => void (e.summary = { nl: '   ' })],
    ['id with capitals', (e) => void (e.id = 'Mark-Rutte')],
    ['id with a space', (e) => void (e.id = 'mark rutte')],
    ['id with a double hyphen', (e) => void (e.id = 'mark--rutte')],
    ['id ending in a hyphen', (e) => void (e.id = 'mark-')],
    ['id with an accent', (e) => void (e.id = 'oekraïne')],
    ['id over 80 characters', (e) => void (e.id = 'a'.repeat(81))],
    ['no names at all', (e) => void (e.names = {})],
    ['empty label', (e) => void (e.names = { nl: { label: ' ' } })],
    ['unknown language', (e) => void ((e.names as Record<string, unknown>).es = { label: 'Mark Rutte' })],
    ['unknown category', (e) => void ((e as Record<string, unknown>).category = 'animal')],
    ['bad Wikidata id', (e) => void (e.wikidata = 'Q0')],
  ])('rejects: %s', (_, change) => {
    const input = base();
    change(input);
    expect(EntrySchema.safeParse(input).success).toBe(false);
  });

  test.each<[string, (e: EntryInput) => void]>([
    ['summary of exactly 280 characters', (e) => void (e.summary = { nl: 'a'.repeat(280) })],
    ['role of one day', (e) => void (e.roles = [{ label: { en: 'PM' }, from: '2024-07-02', to: '2024-07-02' }])],
    ['role still held', (e) => void (e.roles = [{ label: { en: 'PM' }, from: '2024-07-02' }])],
    ['http link', (e) => void (e.links = { wikipedia: {}, more: 'http://example.org/' })],
    ['leap day', (e) => void (e.roles = [{ label: { en: 'PM' }, from: '2024-02-29' }])],
  ])('accepts: %s', (_, change) => {
    const input = base();
    change(input);
    expect(EntrySchema.safeParse(input).success).toBe(true);
  });

  test('the role error points at `to`', () => {
    const result = RoleSchema.safeParse({ label: { en: 'PM' }, from: '2024-07-02', to: '2010-10-14' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path)).toContainEqual(['to']);
  });
});

describe('HttpUrlSchema', () => {
  test.each([
    ['https://nl.wikipedia.org/wiki/NAVO', true],
    ['http://example.org', true],
    ['  https://example.org  ', true],
    ['javascript:alert(1)', false],
    ['JAVASCRIPT:alert(1)', false],
    ['data:text/html;base64,PHNjcmlwdD4=', false],
    ['vbscript:msgbox', false],
    ['file:///etc/passwd', false],
    ['ftp://example.org', false],
    ['//example.org', false],
    ['example.org', false],
    ['', false],
  ])('%j -> %s', (url, ok) => {
    expect(HttpUrlSchema.safeParse(url).success).toBe(ok);
  });

  test('trims what it accepts', () => {
    expect(HttpUrlSchema.parse('  https://example.org  ')).toBe('https://example.org');
  });
});

describe('IdSchema', () => {
  test.each([
    ['nato', true],
    ['mim-104-patriot', true],
    ['own-1a2b', true],
    ['a', true],
    ['', false],
    ['-nato', false],
    ['nato_sg', false],
    ['NATO', false],
  ])('%j -> %s', (id, ok) => {
    expect(IdSchema.safeParse(id).success).toBe(ok);
  });
});

describe('KnowledgeBaseSchema', () => {
  test('needs a valid asOf date', () => {
    expect(KnowledgeBaseSchema.safeParse({ asOf: '2025-06-01', entries: [] }).success).toBe(true);
    expect(KnowledgeBaseSchema.safeParse({ asOf: '2025-13-01', entries: [] }).success).toBe(false);
    expect(KnowledgeBaseSchema.safeParse({ asOf: '1 juni 2025', entries: [] }).success).toBe(false);
  });

  test('one bad entry rejects the file', () => {
    const bad = { ...base(), id: 'Bad Id' };
    expect(KnowledgeBaseSchema.safeParse({ asOf: '2025-06-01', entries: [base(), bad] }).success).toBe(false);
  });
});
