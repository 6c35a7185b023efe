import { describe, expect, test } from 'vitest';
import { parseCsv, writeCsv } from '../../../lib/glossary/csv';

const cellsOf = (text: string): string[][] => {
  const result = parseCsv(text);
  if (!result.ok) throw new Error(`${result.problem} on line ${result.line}`);
  return result.rows.map((row) => row.cells);
};

describe('parseCsv', () => {
  test.each<[string, string, string[][]]>([
    ['plain', 'a,b,c\n1,2,3\n', [['a', 'b', 'c'], ['1', '2', '3']]],
    ['no line end at the end', 'a,b\n1,2', [['a', 'b'], ['1', '2']]],
    ['CRLF', 'a,b\r\n1,2\r\n', [['a', 'b'], ['1', '2']]],
    ['CR only', 'a,b\r1,2\r', [['a', 'b'], ['1', '2']]],
    ['byte-order mark', '\ufeffid,label\nx,y\n', [['id', 'label'], ['x', 'y']]],
    ['empty cells', 'a,,c\n,,\n', [['a', '', 'c'], ['', '', '']]],
    ['blank lines left out', 'a\n\n\nb\n\n', [['a'], ['b']]],
    ['comma in quotes', '"Rutte, Mark",b\n', [['Rutte, Mark', 'b']]],
    ['doubled quotes', '"He said ""no""",x\n', [['He said "no"', 'x']]],
    ['only a quote', '"""",x\n', [['"', 'x']]],
    ['newline in quotes', '"two\nlines",x\n', [['two\nlines', 'x']]],
    ['CRLF in quotes becomes LF', '"two\r\nlines",x\r\n', [['two\nlines', 'x']]],
    ['empty quoted cell', '"",x\n', [['', 'x']]],
    ['a row of one empty quoted cell', 'a\n""\n', [['a'], ['']]],
    ['semicolons (spreadsheets in nl, de, fr)', 'id;label\nx;"a; b"\n', [['id', 'label'], ['x', 'a; b']]],
    ['commas win over semicolons in the header', 'id,label;x\n1,2\n', [['id', 'label;x'], ['1', '2']]],
    ['non-Latin text', 'label\nСтолтенберг\n', [['label'], ['Столтенберг']]],
    ['spaces kept', ' a , b \n', [[' a ', ' b ']]],
  ])('%s', (_, text, expected) => {
    expect(cellsOf(text)).toEqual(expected);
  });

  test('rows know the line they start on, also after a quoted line break', () => {
    const result = parseCsv('id,note\na,"one\ntwo"\n\nb,x\n');
    expect(result.ok && result.rows.map((r) => r.line)).toEqual([1, 2, 5]);
  });

  test.each<[string, string, number, string]>([
    ['an unclosed quote', 'id,note\na,"never closed\nb,c\n', 2, 'unclosed-quote'],
    ['a quote inside a plain cell', 'id,note\na,b"c\n', 2, 'stray-quote'],
    ['text after a closing quote', 'id,note\na,"b"c\n', 2, 'text-after-quote'],
    ['a quote after spaces', 'id,note\nx,y\na, "b"\n', 3, 'stray-quote'],
  ])('%s is an error with its line', (_, text, line, problem) => {
    expect(parseCsv(text)).toEqual({ ok: false, line, problem });
  });

  test('empty text: no rows', () => {
    expect(cellsOf('')).toEqual([]);
    expect(cellsOf('\ufeff')).toEqual([]);
  });
});

describe('writeCsv', () => {
  test('quotes only what needs it, CRLF line ends, a byte-order mark first', () => {
    expect(writeCsv([['a', 'b, c', 'say "x"', 'two\nlines', ' pad', 'semi;colon', '']])).toBe(
      '\ufeffa,"b, c","say ""x""","two\nlines"," pad","semi;colon",\r\n',
    );
  });

  test.each<[string, string[][]]>([
    ['plain', [['id', 'label'], ['a', 'b']]],
    ['every awkward character', [['id', 'note'], ['x', 'a,b "c"\nd;e\r'.replace('\r', '')], ['y', '']]],
    ['unicode', [['label'], ['Błaszczak'], ['Столтенберг'], ['北约']]],
  ])('what it writes parses back the same: %s', (_, rows) => {
    expect(cellsOf(writeCsv(rows))).toEqual(rows);
  });
});
