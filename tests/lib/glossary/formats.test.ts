import { describe, expect, test } from 'vitest';
import { CSV_COLUMNS, entryToRow, rowToInput } from '../../../lib/glossary/columns';
import { backupJson, glossaryCsv, glossaryJson, readImportFile, type ReadResult } from '../../../lib/glossary/formats';
import { EntrySchema, type Entry } from '../../../lib/kb/schema';
import { entry } from '../../helpers/match';

const rich: Entry = entry({
  id: 'own-jane-roe',
  category: 'person',
  wikidata: 'Q42',
  names: {
    en: { label: 'Jane Roe', aliases: ['Roe', { text: 'JR', case: 'exact' }] },
    nl: { label: 'Jane Roe', aliases: ['Roe, Jane'] },
  },
  summary: { en: 'Mayor, then minister; says "no" often.\nTwo lines.', nl: 'Burgemeester, daarna minister.' },
  roles: [{ label: { en: 'Mayor', nl: 'burgemeester' }, org: 'nato', from: '2019-01-01', to: '2023-12-31' }],
  born: '1970',
  links: { wikipedia: { en: 'https://en.wikipedia.org/wiki/Jane_Roe' }, more: 'https://example.org/roe?a=1,2' },
  note: 'Een eigen notitie; met puntkomma.',
});
const plain: Entry = entry({ id: 'own-sleutelbos', category: 'place', names: { nl: { label: 'Sleutelbos', aliases: ['Het Bos'] } }, summary: {} });

const ok = (result: ReadResult) => {
  if (!result.ok) throw new Error(`not read: ${JSON.stringify(result.problem)}`);
  return result;
};

describe('CSV columns', () => {
  test.each([
    ['a rich entry', rich],
    ['a plain entry', plain],
  ])('an entry written to a row reads back the same: %s', (_, original) => {
    const cells = Object.fromEntries(CSV_COLUMNS.map((column, i) => [column, entryToRow(original)[i]!]));
    const { input, errors } = rowToInput(cells);
    expect(errors).toEqual([]);
    expect(EntrySchema.parse(input)).toEqual(original);
  });

  test('plain aliases are separated by a bar; aliases with options are JSON', () => {
    const row = entryToRow(rich);
    expect(row[CSV_COLUMNS.indexOf('aliases_nl')]).toBe('Roe, Jane');
    expect(row[CSV_COLUMNS.indexOf('aliases_en')]).toBe('["Roe",{"text":"JR","case":"exact"}]');
    expect(entryToRow(plain)[CSV_COLUMNS.indexOf('aliases_nl')]).toBe('Het Bos');
  });

  test.each<[string, Record<string, string>, unknown]>([
    ['bar-separated aliases, spaces trimmed', { aliases_nl: ' a |b|| c ', label_nl: 'X' }, { nl: { label: 'X', aliases: ['a', 'b', 'c'] } }],
    ['aliases without a label', { aliases_en: 'a' }, { en: { label: '', aliases: ['a'] } }],
    ['no names at all', {}, {}],
  ])('names from cells: %s', (_, cells, names) => {
    expect(rowToInput(cells).input.names).toEqual(names);
  });

  test('a JSON column that is not JSON is reported by column', () => {
    expect(rowToInput({ roles: '[{"label":', capital: '{}' }).errors).toEqual([{ column: 'roles', problem: 'json' }]);
  });
});

describe('reading files', () => {
  test.each<[string, string, string, number]>([
    ['export format', 'a.json', glossaryJson([rich, plain], '2024-04-04T00:00:00.000Z'), 2],
    ['knowledge base: one entry', 'a.json', JSON.stringify(rich), 1],
    ['knowledge base: a list', 'a.json', JSON.stringify([rich, plain]), 2],
    ['knowledge base: { entries }', 'kb.json', JSON.stringify({ asOf: '2024-01-01', entries: [plain] }), 1],
    ['JSON without a known extension', 'export.txt', JSON.stringify([plain]), 1],
    ['CSV export', 'a.csv', glossaryCsv([rich, plain]), 2],
    ['CSV without an extension', 'terms', 'category,label_nl\nplace,Sleutelbos\n', 1],
    ['CSV with few columns, in capitals', 'a.csv', 'Category;Label_NL;Aliases_NL\nplace;Sleutelbos;Het Bos\n', 1],
  ])('%s', (_, name, text, count) => {
    const result = ok(readImportFile(name, text));
    expect(result.kind).toBe('entries');
    expect(result.candidates).toHaveLength(count);
  });

  test('a backup gives entries and settings', () => {
    const result = ok(readImportFile('b.json', backupJson({ enabled: false }, [plain], '2024-04-04T00:00:00.000Z')));
    expect(result.kind).toBe('backup');
    expect(result.kind === 'backup' && result.settings).toEqual({ enabled: false });
  });

  test('entries know where they came from', () => {
    const csv = ok(readImportFile('a.csv', 'category,label_nl,note\nplace,A,"two\nlines"\nplace,B,\n'));
    expect(csv.candidates.map((c) => c.where)).toEqual([{ kind: 'row', line: 2 }, { kind: 'row', line: 4 }]);
    const json = ok(readImportFile('a.json', JSON.stringify([plain, rich])));
    expect(json.candidates.map((c) => c.where)).toEqual([{ kind: 'entry', index: 1 }, { kind: 'entry', index: 2 }]);
  });

  test.each<[string, string, string, unknown]>([
    ['broken JSON', 'a.json', '{"entries": [', { code: 'not-json' }],
    ['a JSON number', 'a.json', '42', { code: 'shape' }],
    ['an object of another kind', 'a.json', '{"settings": {}, "terms": []}', { code: 'shape' }],
    ['entries that are not a list', 'a.json', '{"entries": {"id": "x"}}', { code: 'shape' }],
    ['an empty list', 'a.json', '[]', { code: 'no-entries' }],
    ['a backup of an unknown version', 'a.json', '{"format": "duiding-backup", "version": 9, "settings": {}, "entries": []}', { code: 'backup-version' }],
    ['an empty file', 'a.csv', '\ufeff  \n', { code: 'empty' }],
    ['a CSV quote never closed', 'a.csv', 'category,label_nl\nplace,"Sleutel\n', { code: 'csv', line: 2, problem: 'unclosed-quote' }],
    ['unknown CSV columns', 'a.csv', 'category,label_nl,colour\nplace,A,red\n', { code: 'columns-unknown', columns: ['colour'] }],
    ['no category column', 'a.csv', 'label_nl\nA\n', { code: 'columns-missing', columns: ['category'] }],
    ['a header only', 'a.csv', 'category,label_nl\n', { code: 'no-entries' }],
  ])('%s is refused as a whole', (_, name, text, problem) => {
    expect(readImportFile(name, text)).toEqual({ ok: false, problem });
  });

  test('a CSV row with more cells than the header has columns is reported', () => {
    const result = ok(readImportFile('a.csv', 'category,label_nl\nplace,A,extra\n'));
    expect(result.candidates[0]?.cellErrors).toEqual([{ column: '#3', problem: 'extra' }]);
  });
});

describe('writing files', () => {
  test('the JSON export names its format and holds the entries as stored', () => {
    const data = JSON.parse(glossaryJson([rich], '2024-04-04T00:00:00.000Z')) as Record<string, unknown>;
    expect(data).toEqual({ format: 'duiding-glossary', version: 1, exportedAt: '2024-04-04T00:00:00.000Z', entries: [rich] });
  });

  test('the CSV export has every documented column in its header', () => {
    const header = glossaryCsv([]).replace(/^\ufeff/, '').split('\r\n')[0]!;
    expect(header.split(',')).toEqual([...CSV_COLUMNS]);
  });
});
