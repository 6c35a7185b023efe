import { useMemo, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { Entry, Lang } from '../../lib/kb/schema';
import { pickLanguage } from '../../lib/kb/view';
import { aliasesOf } from '../../lib/match/compile';

const SHOWN_AT_MOST = 300;

export interface GlossaryListProps {
  entries: readonly Entry[];
  ownIds: ReadonlySet<string>;
  lang: Lang;
}

function labelOf(entry: Entry, lang: Lang): string {
  const chosen = pickLanguage(entry.names, [lang, 'en']);
  return chosen ? entry.names[chosen]!.label : entry.id;
}

/** The glossary, searchable by any name or alias in any language. Props only. */
export function GlossaryList({ entries, ownIds, lang }: GlossaryListProps) {
  const [query, setQuery] = useState('');
  const rows = useMemo(
    () =>
      entries
        .map((entry) => ({
          entry,
          label: labelOf(entry, lang),
          names: aliasesOf(entry).map((alias) => (typeof alias === 'string' ? alias : alias.text)),
        }))
        .sort((a, b) => a.label.localeCompare(b.label, lang)),
    [entries, lang],
  );
  const needle = query.trim().toLocaleLowerCase(lang);
  const found = needle
    ? rows.filter((row) => row.names.some((name) => name.toLocaleLowerCase(lang).includes(needle)))
    : rows;
  return (
    <section>
      <input
        type="search"
        aria-label={t(lang, 'optionsSearch')}
        placeholder={t(lang, 'optionsSearch')}
        value={query}
        onInput={(e) => setQuery(e.currentTarget.value)}
      />
      <p class="muted" role="status">
        {t(lang, 'optionsCount', found.length, rows.length)}
      </p>
      {found.length === 0 && <p>{t(lang, 'optionsNoResults')}</p>}
      <ul class="glossary">
        {found.slice(0, SHOWN_AT_MOST).map(({ entry, label, names }) => (
          <li key={entry.id} data-id={entry.id}>
            <strong>{label}</strong>
            <span class="badge">{t(lang, `category_${entry.category.replace('-', '_')}` as 'category_person')}</span>
            {ownIds.has(entry.id) && <span class="badge">{t(lang, 'optionsOwn')}</span>}
            <div class="aliases muted">{names.filter((name) => name !== label).join(' · ')}</div>
          </li>
        ))}
      </ul>
    </section>
  );
}
