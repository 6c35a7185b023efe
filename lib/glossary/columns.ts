/**
 * One glossary entry per CSV row. The columns (documented in the README):
 *
 * - `id`: lowercase letters, digits and hyphens; left empty, one is made from the first name;
 * - `category`: one of the knowledge base's categories;
 * - per language (nl, en, de, fr): `label_xx`, `aliases_xx` (separated by `|`), `summary_xx`, `wikipedia_xx`;
 * - `more` (a link), `note`, `wikidata`, `born`, `died`, `founded`, `verified`;
 * - `roles`, `memberships`, `capital`: JSON, as in the knowledge base's entries (left empty when there are none).
 *
 * An aliases cell that starts with `[` is read as a JSON list, so aliases with options (case rule, compounds)
 * survive a round trip. Export writes every column; import needs a header row and `category` plus one label,
 * and refuses columns it does not know.
 */
import { LANGS, type Alias, type Entry, type Lang } from '../kb/schema';

const PER_LANG = ['label', 'aliases', 'summary', 'wikipedia'] as const;
const SIMPLE = ['more', 'note', 'wikidata', 'born', 'died', 'founded', 'verified'] as const;
const JSON_COLUMNS = ['roles', 'memberships', 'capital'] as const;

export const CSV_COLUMNS: readonly string[] = [
  'id',
  'category',
  ...LANGS.flatMap((lang) => PER_LANG.map((field) => `${field}_${lang}`)),
  ...SIMPLE,
  ...JSON_COLUMNS,
];

/** A CSV row's problem, by column: a cell that should hold JSON, or a cell past the last named column. */
export interface CellError {
  column: string;
  problem: 'json' | 'extra';
}

const ALIAS_SEPARATOR = ' | ';

function aliasesCell(aliases: readonly Alias[]): string {
  const plain = aliases.every(
    (alias): alias is string => typeof alias === 'string' && !alias.includes('|') && !alias.startsWith('['),
  );
  return plain ? aliases.join(ALIAS_SEPARATOR) : JSON.stringify(aliases);
}

/** The entry as a row of cells in the order of `CSV_COLUMNS`. */
export function entryToRow(entry: Entry): string[] {
  const cells: Record<string, string> = { id: entry.id, category: entry.category };
  for (const lang of LANGS) {
    const names = entry.names[lang];
    cells[`label_${lang}`] = names?.label ?? '';
    cells[`aliases_${lang}`] = names ? aliasesCell(names.aliases) : '';
    cells[`summary_${lang}`] = entry.summary[lang] ?? '';
    cells[`wikipedia_${lang}`] = entry.links.wikipedia[lang] ?? '';
  }
  cells.more = entry.links.more ?? '';
  for (const field of ['note', 'wikidata', 'born', 'died', 'founded', 'verified'] as const) cells[field] = entry[field] ?? '';
  cells.roles = entry.roles.length ? JSON.stringify(entry.roles) : '';
  cells.memberships = entry.memberships ? JSON.stringify(entry.memberships) : '';
  cells.capital = entry.capital ? JSON.stringify(entry.capital) : '';
  return CSV_COLUMNS.map((column) => cells[column] ?? '');
}

function parseJsonCell(text: string, column: string, errors: CellError[]): unknown {
  try {
    return JSON.parse(text);
  } catch {
    errors.push({ column, problem: 'json' });
    return undefined;
  }
}

function aliasesFrom(text: string, column: string, errors: CellError[]): unknown {
  if (text.startsWith('[')) return parseJsonCell(text, column, errors);
  return text
    .split('|')
    .map((alias) => alias.trim())
    .filter((alias) => alias.length > 0);
}

/**
 * The entry a row describes, not yet checked (the schema does that, so that its messages name the fields). Empty
 * cells leave their field out. Cells that should hold JSON and do not are reported by column.
 */
export function rowToInput(cells: Readonly<Record<string, string>>): { input: Record<string, unknown>; errors: CellError[] } {
  const errors: CellError[] = [];
  const value = (column: string): string => (cells[column] ?? '').trim();
  const input: Record<string, unknown> = {};
  if (value('id')) input.id = value('id');
  if (value('category')) input.category = value('category');
  const names: Partial<Record<Lang, unknown>> = {};
  const summary: Partial<Record<Lang, string>> = {};
  const wikipedia: Partial<Record<Lang, string>> = {};
  for (const lang of LANGS) {
    const label = value(`label_${lang}`);
    const aliases = value(`aliases_${lang}`);
    if (label || aliases) {
      names[lang] = { label, aliases: aliases ? aliasesFrom(aliases, `aliases_${lang}`, errors) : [] };
    }
    if (value(`summary_${lang}`)) summary[lang] = value(`summary_${lang}`);
    if (value(`wikipedia_${lang}`)) wikipedia[lang] = value(`wikipedia_${lang}`);
  }
  input.names = names;
  input.summary = summary;
  input.links = { wikipedia, ...(value('more') ? { more: value('more') } : {}) };
  for (const field of ['note', 'wikidata', 'born', 'died', 'founded', 'verified'] as const) {
    if (value(field)) input[field] = value(field);
  }
  for (const column of JSON_COLUMNS) {
    if (value(column)) input[column] = parseJsonCell(value(column), column, errors);
  }
  return { input, errors };
}
