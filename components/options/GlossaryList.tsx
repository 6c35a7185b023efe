import { useMemo, useState } from 'preact/hooks';
import { categoryName, t } from '../../lib/i18n';
import {
  allNames,
  filterRows,
  NO_FILTER,
  SOURCE_FILTERS,
  sortRows,
  type GlossaryRow,
  type RowFilter,
  type SortKey,
  type SourceFilter,
} from '../../lib/kb/glossary-rows';
import { CATEGORIES, LANGS, type Category, type Lang } from '../../lib/kb/schema';
import { langName } from './field-errors';
import { VirtualRows } from './VirtualRows';

export const ROW_HEIGHT = 52;
export const LIST_HEIGHT = 520;

const SOURCE_LABELS = { all: 'sourceAll', bundled: 'sourceBundled', own: 'sourceOwn', disabled: 'sourceDisabled' } as const;

export interface GlossaryListProps {
  /** Every entry's row, bundled and own, in any order. */
  rows: readonly GlossaryRow[];
  lang: Lang;
  onOpen: (row: GlossaryRow) => void;
}

function RowContent({ row, lang }: { row: GlossaryRow; lang: Lang }) {
  const others = allNames(row.entry).filter((name) => name !== row.label);
  return (
    <>
      <span class="row-main">
        <strong>{row.label}</strong>
        <span class="badge">{categoryName(lang, row.category)}</span>
        {row.source === 'own' && <span class="badge own">{t(lang, 'optionsOwn')}</span>}
        {row.source === 'changed' && <span class="badge own">{t(lang, 'badgeChanged')}</span>}
        {row.disabled && <span class="badge off">{t(lang, 'badgeDisabled')}</span>}
      </span>
      <span class="row-sub muted">
        {row.langs.join(' ')}
        {others.length > 0 && ` · ${others.join(' · ')}`}
      </span>
    </>
  );
}

/**
 * The glossary: search over every name and alias in every language, filters by category, language and source,
 * sorting, and a virtualised list of the results. Props only.
 */
export function GlossaryList({ rows, lang, onOpen }: GlossaryListProps) {
  const [filter, setFilter] = useState<RowFilter>(NO_FILTER);
  const [sort, setSort] = useState<SortKey>('label');
  const sorted = useMemo(() => sortRows(rows, sort, lang), [rows, sort, lang]);
  const found = useMemo(() => filterRows(sorted, filter), [sorted, filter]);
  const set = (patch: Partial<RowFilter>): void => setFilter((old) => ({ ...old, ...patch }));

  return (
    <div class="glossary-list">
      <div class="toolbar">
        <input
          type="search"
          class="search"
          aria-label={t(lang, 'optionsSearch')}
          placeholder={t(lang, 'optionsSearch')}
          value={filter.query}
          onInput={(e) => set({ query: e.currentTarget.value })}
        />
        <label>
          {t(lang, 'filterCategory')}
          <select name="filter-category" value={filter.category} onChange={(e) => set({ category: e.currentTarget.value as Category | 'all' })}>
            <option value="all">{t(lang, 'filterAllCategories')}</option>
            {CATEGORIES.map((category) => (
              <option key={category} value={category}>
                {categoryName(lang, category)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t(lang, 'filterLanguage')}
          <select name="filter-lang" value={filter.lang} onChange={(e) => set({ lang: e.currentTarget.value as Lang | 'all' })}>
            <option value="all">{t(lang, 'filterAllLanguages')}</option>
            {LANGS.map((l) => (
              <option key={l} value={l}>
                {langName(lang, l)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t(lang, 'filterSource')}
          <select name="filter-source" value={filter.source} onChange={(e) => set({ source: e.currentTarget.value as SourceFilter })}>
            {SOURCE_FILTERS.map((source) => (
              <option key={source} value={source}>
                {t(lang, SOURCE_LABELS[source])}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t(lang, 'sortBy')}
          <select name="sort" value={sort} onChange={(e) => setSort(e.currentTarget.value as SortKey)}>
            <option value="label">{t(lang, 'sortLabel')}</option>
            <option value="category">{t(lang, 'sortCategory')}</option>
          </select>
        </label>
      </div>
      <p class="muted count" role="status">
        {t(lang, 'optionsCount', found.length, rows.length)}
      </p>
      <p class="muted hint" id="glossary-keys">
        {t(lang, 'glossaryKeys')}
      </p>
      {found.length === 0 ? (
        <p>{t(lang, 'optionsNoResults')}</p>
      ) : (
        <VirtualRows
          items={found}
          keyOf={(row) => row.id}
          label={t(lang, 'glossaryListLabel')}
          describedBy="glossary-keys"
          rowHeight={ROW_HEIGHT}
          height={Math.min(LIST_HEIGHT, found.length * ROW_HEIGHT)}
          resetKey={JSON.stringify([filter, sort])}
          renderRow={(row) => <RowContent row={row} lang={lang} />}
          onOpen={onOpen}
        />
      )}
    </div>
  );
}
