/**
 * The options page's glossary table as plain data: one row per entry (bundled and own together), searched,
 * filtered and sorted without a browser. Rows are built and sorted once when the entries change; a search only
 * filters the sorted rows, so typing stays quick with tens of thousands of entries.
 */
import { withoutDiacritics } from '../match/compile';
import { CATEGORIES, LANGS, type Category, type Entry, type Lang } from './schema';
import { labelOf } from './view';

/** Where a row's entry comes from: bundled, the reader's own, or a bundled entry the reader changed. */
export type RowSource = 'bundled' | 'own' | 'changed';

export interface GlossaryRow {
  id: string;
  entry: Entry;
  /** The label in the interface language (else English, else any). */
  label: string;
  category: Category;
  /** The languages the entry has names in. */
  langs: Lang[];
  source: RowSource;
  /** Hidden everywhere by the reader (settings.hiddenEntries). */
  disabled: boolean;
  /** Every label and alias, folded (see `foldText`), one per line. */
  haystack: string;
}

export const SOURCE_FILTERS = ['all', 'bundled', 'own', 'disabled'] as const;
export type SourceFilter = (typeof SOURCE_FILTERS)[number];
export const SORT_KEYS = ['label', 'category'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export interface RowFilter {
  query: string;
  category: Category | 'all';
  lang: Lang | 'all';
  source: SourceFilter;
}

export const NO_FILTER: RowFilter = { query: '', category: 'all', lang: 'all', source: 'all' };

/** Text as searched: without diacritics, in lower case, ß as ss, runs of white space as one space. */
export function foldText(text: string): string {
  return withoutDiacritics(text).toLowerCase().replace(/ß/g, 'ss').replace(/\s+/g, ' ').trim();
}

function namesOf(entry: Entry): string[] {
  const out: string[] = [];
  for (const lang of LANGS) {
    const names = entry.names[lang];
    if (!names) continue;
    out.push(names.label);
    for (const alias of names.aliases) out.push(typeof alias === 'string' ? alias : alias.text);
  }
  return out;
}

/** Every label and alias of an entry, each once, in the order of the languages. */
export function allNames(entry: Entry): string[] {
  return [...new Set(namesOf(entry))];
}

/**
 * One row per entry: the bundled entries, an own entry in place of a bundled one with its id, then the other own
 * entries. Not sorted.
 */
export function buildRows(
  bundled: readonly Entry[],
  own: readonly Entry[],
  hidden: ReadonlySet<string>,
  lang: Lang,
): GlossaryRow[] {
  const ownById = new Map(own.map((entry) => [entry.id, entry]));
  const bundledIds = new Set<string>();
  const preferred: Lang[] = [lang, 'en', ...LANGS];
  const row = (entry: Entry, source: RowSource): GlossaryRow => ({
    id: entry.id,
    entry,
    label: labelOf(entry, preferred),
    category: entry.category,
    langs: LANGS.filter((l) => entry.names[l] !== undefined),
    source,
    disabled: hidden.has(entry.id),
    haystack: allNames(entry).map(foldText).join('\n'),
  });
  const rows: GlossaryRow[] = [];
  for (const entry of bundled) {
    bundledIds.add(entry.id);
    const mine = ownById.get(entry.id);
    rows.push(mine ? row(mine, 'changed') : row(entry, 'bundled'));
  }
  for (const entry of own) if (!bundledIds.has(entry.id)) rows.push(row(entry, 'own'));
  return rows;
}

/** Whether a row passes the filter: every word of the query in its names, and the category, language and source. */
export function matchesFilter(row: GlossaryRow, filter: RowFilter, words = foldText(filter.query).split(' ')): boolean {
  if (filter.category !== 'all' && row.category !== filter.category) return false;
  if (filter.lang !== 'all' && !row.langs.includes(filter.lang)) return false;
  if (filter.source === 'bundled' && row.source === 'own') return false;
  if (filter.source === 'own' && row.source === 'bundled') return false;
  if (filter.source === 'disabled' && !row.disabled) return false;
  return words.every((word) => row.haystack.includes(word));
}

/** The rows that pass the filter, in their order. */
export function filterRows(rows: readonly GlossaryRow[], filter: RowFilter): readonly GlossaryRow[] {
  const words = foldText(filter.query).split(' ').filter((word) => word.length > 0);
  const open = words.length === 0 && filter.category === 'all' && filter.lang === 'all' && filter.source === 'all';
  return open ? rows : rows.filter((row) => matchesFilter(row, filter, words));
}

/** The rows sorted by label, or by category (in the order of the category list) and then label; a new array. */
export function sortRows(rows: readonly GlossaryRow[], key: SortKey, lang: Lang): GlossaryRow[] {
  const collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
  const byLabel = (a: GlossaryRow, b: GlossaryRow): number => collator.compare(a.label, b.label) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  if (key === 'label') return [...rows].sort(byLabel);
  const rank = new Map(CATEGORIES.map((category, i) => [category, i]));
  return [...rows].sort((a, b) => rank.get(a.category)! - rank.get(b.category)! || byLabel(a, b));
}
