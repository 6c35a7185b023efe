import { categoryName, t } from '../../lib/i18n';
import type { Lang } from '../../lib/kb/schema';

export interface TermListProps {
  terms: readonly { id: string; category: string; count: number }[];
  labelOf: (id: string) => string;
  lang: Lang;
  onShow: (id: string) => void;
}

/** The names marked on the page, grouped by category, each a button that shows it on the page. Props only. */
export function TermList({ terms, labelOf, lang, onShow }: TermListProps) {
  const groups = new Map<string, TermListProps['terms'][number][]>();
  for (const term of terms) {
    const group = groups.get(term.category);
    if (group) group.push(term);
    else groups.set(term.category, [term]);
  }
  return (
    <section class="terms" aria-label={t(lang, 'popupTerms')}>
      {[...groups].map(([category, list]) => (
        <div key={category} class="term-group" data-category={category}>
          <h2>
            {categoryName(lang, category)} <span class="muted">({list.length})</span>
          </h2>
          <ul>
            {list.map((term) => (
              <li key={term.id}>
                <button
                  type="button"
                  class="term"
                  data-id={term.id}
                  aria-label={t(lang, 'popupShowTerm', labelOf(term.id), term.count)}
                  onClick={() => onShow(term.id)}
                >
                  {labelOf(term.id)} <span class="muted">×{term.count}</span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
