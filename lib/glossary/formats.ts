/**
 * The files the options page writes and reads. Written: own entries as JSON (`duiding-glossary`) or CSV, and a
 * full backup (`duiding-backup`: settings and own entries). Read: those three, and the knowledge base's own entry
 * format (one entry, a list, or `{ "entries": [...] }`). Reading only finds the entries and says where each came
 * from; checking them is the dry run's work (dry-run.ts).
 */
import type { Entry } from '../kb/schema';
import { CSV_COLUMNS, entryToRow, rowToInput, type CellError } from './columns';
import { parseCsv, writeCsv } from './csv';

export const GLOSSARY_FORMAT = 'duiding-glossary';
export const BACKUP_FORMAT = 'duiding-backup';
export const FORMAT_VERSION = 1;
/** Larger files are refused before they are read (20,000 full entries take about 15 MB). */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

/** Where an entry was found: a CSV row (its line, counting the header as line 1) or the n-th entry of a JSON file. */
export type Where = { kind: 'row'; line: number } | { kind: 'entry'; index: number } | { kind: 'settings' };

export interface Candidate {
  where: Where;
  raw: unknown;
  /** Cells that should have held JSON and did not (CSV only). */
  cellErrors: CellError[];
}

export type FileProblem =
  | { code: 'too-large' | 'empty' | 'not-json' | 'shape' | 'no-entries' | 'backup-version' }
  | { code: 'csv'; line: number; problem: string }
  | { code: 'columns-unknown' | 'columns-missing'; columns: string[] };

export type ReadResult =
  | { ok: true; kind: 'entries'; candidates: Candidate[] }
  | { ok: true; kind: 'backup'; candidates: Candidate[]; settings: unknown }
  | { ok: false; problem: FileProblem };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function entriesOf(items: readonly unknown[]): Candidate[] {
  return items.map((raw, index) => ({ where: { kind: 'entry', index: index + 1 }, raw, cellErrors: [] }));
}

/** Entries from JSON: the export format, a backup, or the knowledge base's entry format. */
export function readJson(text: string): ReadResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problem: { code: 'not-json' } };
  }
  if (Array.isArray(data)) {
    return data.length ? { ok: true, kind: 'entries', candidates: entriesOf(data) } : { ok: false, problem: { code: 'no-entries' } };
  }
  if (!isObject(data)) return { ok: false, problem: { code: 'shape' } };
  if (data.format === BACKUP_FORMAT) {
    if (data.version !== FORMAT_VERSION) return { ok: false, problem: { code: 'backup-version' } };
    if (!Array.isArray(data.entries) || !isObject(data.settings)) return { ok: false, problem: { code: 'shape' } };
    return { ok: true, kind: 'backup', candidates: entriesOf(data.entries), settings: data.settings };
  }
  if ('entries' in data) {
    if (!Array.isArray(data.entries)) return { ok: false, problem: { code: 'shape' } };
    if (!data.entries.length) return { ok: false, problem: { code: 'no-entries' } };
    return { ok: true, kind: 'entries', candidates: entriesOf(data.entries) };
  }
  // One entry on its own: it has at least an id or names (the dry run says what else is missing).
  if ('id' in data || 'names' in data) return { ok: true, kind: 'entries', candidates: entriesOf([data]) };
  return { ok: false, problem: { code: 'shape' } };
}

/** Entries from CSV with a header row of the documented columns. */
export function readCsv(text: string): ReadResult {
  const parsed = parseCsv(text);
  if (!parsed.ok) return { ok: false, problem: { code: 'csv', line: parsed.line, problem: parsed.problem } };
  const [header, ...rows] = parsed.rows;
  if (!header) return { ok: false, problem: { code: 'empty' } };
  const columns = header.cells.map((cell) => cell.trim().toLowerCase());
  const unknown = columns.filter((column) => !CSV_COLUMNS.includes(column));
  if (unknown.length) return { ok: false, problem: { code: 'columns-unknown', columns: unknown } };
  const hasLabel = columns.some((column) => column.startsWith('label_'));
  const missing = [...(columns.includes('category') ? [] : ['category']), ...(hasLabel ? [] : ['label_en'])];
  if (missing.length) return { ok: false, problem: { code: 'columns-missing', columns: missing } };
  if (!rows.length) return { ok: false, problem: { code: 'no-entries' } };
  const candidates = rows.map((row): Candidate => {
    const cells: Record<string, string> = {};
    columns.forEach((column, i) => (cells[column] = row.cells[i] ?? ''));
    const { input, errors } = rowToInput(cells);
    if (row.cells.length > columns.length) errors.push({ column: `#${columns.length + 1}`, problem: 'extra' });
    return { where: { kind: 'row', line: row.line }, raw: input, cellErrors: errors };
  });
  return { ok: true, kind: 'entries', candidates };
}

/** Reads a chosen file's text as CSV or JSON: by its name, else by its first character. */
export function readImportFile(name: string, text: string): ReadResult {
  if (text.length > MAX_FILE_BYTES) return { ok: false, problem: { code: 'too-large' } };
  const body = text.replace(/^\ufeff/, '');
  if (!body.trim()) return { ok: false, problem: { code: 'empty' } };
  const lower = name.toLowerCase();
  if (lower.endsWith('.csv')) return readCsv(body);
  if (lower.endsWith('.json')) return readJson(body);
  return /^\s*[[{]/.test(body) ? readJson(body) : readCsv(body);
}

/** Own entries as a JSON file. */
export function glossaryJson(entries: readonly Entry[], exportedAt: string): string {
  return `${JSON.stringify({ format: GLOSSARY_FORMAT, version: FORMAT_VERSION, exportedAt, entries }, null, 2)}\n`;
}

/** Own entries as CSV, every documented column. */
export function glossaryCsv(entries: readonly Entry[]): string {
  return writeCsv([CSV_COLUMNS, ...entries.map(entryToRow)]);
}

/** Settings and own entries as one JSON file; importing it restores both exactly. */
export function backupJson(settings: unknown, entries: readonly Entry[], exportedAt: string): string {
  return `${JSON.stringify({ format: BACKUP_FORMAT, version: FORMAT_VERSION, exportedAt, settings, entries }, null, 2)}\n`;
}
