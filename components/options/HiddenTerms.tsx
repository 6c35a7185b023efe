import { t } from '../../lib/i18n';
import type { Entry, Lang } from '../../lib/kb/schema';
import { labelOf } from '../../lib/kb/view';

export interface HiddenTermsProps {
  ids: readonly string[];
  lookup: (id: string) => Entry | undefined;
  lang: Lang;
  onShow: (id: string) => void;
}

/** The terms hidden with "Hide this term", each with a button to mark it again. Props only. */
export function HiddenTerms({ ids, lookup, lang, onShow }: HiddenTermsProps) {
  if (ids.length === 0) return <p class="muted">{t(lang, 'optionsHiddenNone')}</p>;
  return (
    <ul class="glossary hidden-terms">
      {ids.map((id) => {
        const entry = lookup(id);
        const label = entry ? labelOf(entry, [lang, 'en']) : id;
        return (
          <li key={id} data-id={id}>
            <strong>{label}</strong>{' '}
            <button type="button" onClick={() => onShow(id)} aria-label={`${t(lang, 'optionsShowAgain')}: ${label}`}>
              {t(lang, 'optionsShowAgain')}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
