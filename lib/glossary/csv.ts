/**
 * CSV as spreadsheets write it (RFC 4180): fields separated by commas (or semicolons, as spreadsheets set to
 * Dutch, German or French write them), fields in double quotes may hold separators, line breaks and doubled
 * quotes. A byte-order mark is skipped, CRLF, LF and CR all end a line. A quote that opens or closes a field in
 * the wrong place is an error with its line, rather than a guess.
 */

export interface CsvRow {
  /** The line the row starts on, counting from 1. */
  line: number;
  cells: string[];
}

export type CsvResult =
  | { ok: true; rows: CsvRow[]; separator: ',' | ';' }
  | { ok: false; line: number; problem: 'unclosed-quote' | 'stray-quote' | 'text-after-quote' };

/** The separator of the first line: a semicolon when it has semicolons and no commas outside quotes. */
function separatorOf(text: string): ',' | ';' {
  let quoted = false;
  let commas = 0;
  let semicolons = 0;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && char === ',') commas++;
    else if (!quoted && char === ';') semicolons++;
  }
  return semicolons > 0 && commas === 0 ? ';' : ',';
}

/** Parses CSV text into rows of cells. Lines with nothing on them are left out. */
export function parseCsv(input: string): CsvResult {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const separator = separatorOf(text);
  // A plain cell runs to the next separator, line end or quote; finding it with one regular expression keeps
  // 20,000 rows well under a second.
  const plain = separator === ',' ? /[,\r\n"]/g : /[;\r\n"]/g;
  const rows: CsvRow[] = [];
  let cells: string[] = [];
  let line = 1;
  let rowLine = 1;
  let i = 0;
  let quotedInRow = false;

  const endRow = (): void => {
    if (cells.length > 1 || cells[0] !== '' || quotedInRow) rows.push({ line: rowLine, cells });
    cells = [];
    quotedInRow = false;
  };

  while (i <= text.length) {
    let cell: string;
    if (text[i] === '"') {
      // A quoted cell: up to the quote that is not doubled.
      const quoteLine = line;
      let value = '';
      let from = i + 1;
      for (;;) {
        const close = text.indexOf('"', from);
        if (close < 0) return { ok: false, line: quoteLine, problem: 'unclosed-quote' };
        value += text.slice(from, close);
        if (text[close + 1] === '"') {
          value += '"';
          from = close + 2;
          continue;
        }
        i = close + 1;
        break;
      }
      const breaks = value.match(/\r\n|\r|\n/g);
      if (breaks) {
        line += breaks.length;
        value = value.replace(/\r\n?/g, '\n');
      }
      cell = value;
      quotedInRow = true;
      const next = text[i];
      if (next !== undefined && next !== separator && next !== '\n' && next !== '\r') {
        return { ok: false, line, problem: 'text-after-quote' };
      }
    } else {
      plain.lastIndex = i;
      const found = plain.exec(text);
      const end = found ? found.index : text.length;
      if (found?.[0] === '"') return { ok: false, line, problem: 'stray-quote' };
      cell = text.slice(i, end);
      i = end;
    }
    cells.push(cell);
    const next = text[i];
    if (next === separator) {
      i++;
      continue;
    }
    endRow();
    if (next === undefined) break;
    i += next === '\r' && text[i + 1] === '\n' ? 2 : 1;
    line++;
    rowLine = line;
    if (i === text.length) break;
  }
  return { ok: true, rows, separator };
}

function quote(cell: string): string {
  return /[",\r\n;]|^\s|\s$/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/**
 * Writes rows as CSV with commas and CRLF line ends, quoting only cells that need it, with a byte-order mark so
 * that spreadsheets read the text as UTF-8.
 */
export function writeCsv(rows: readonly (readonly string[])[]): string {
  return `\ufeff${rows.map((row) => row.map(quote).join(',')).join('\r\n')}\r\n`;
}
