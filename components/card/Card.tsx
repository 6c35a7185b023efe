import { formatDay, t } from '../../lib/i18n';
import type { Lang } from '../../lib/kb/schema';
import type { CardView, RoleView } from '../../lib/kb/view';
import { safeHref } from '../shared/safe-href';

export interface CardProps {
  view: CardView;
  lang: Lang;
  articleDate: string;
  asOf: string;
  onClose: () => void;
}

function RoleLine({ role, lang }: { role: RoleView; lang: Lang }) {
  const since = role.to
    ? t(lang, 'cardPeriod', formatDay(lang, role.from), formatDay(lang, role.to))
    : t(lang, 'cardSince', formatDay(lang, role.from));
  return (
    <li>
      {role.label} <span class="muted">({since})</span>
    </li>
  );
}

/** The card for one entry: only props, every text rendered as text. */
export function Card({ view, lang, articleDate, asOf, onClose }: CardProps) {
  const href = view.link ? safeHref(view.link.url) : null;
  const categoryKey = `category_${view.category.replace('-', '_')}` as Parameters<typeof t>[1];
  const showRoles = view.then.length > 0 || view.now.length > 0;
  return (
    <div class="card" role="dialog" aria-live="polite" aria-label={view.label} lang={lang}>
      <div class="head">
        <span class="category">{t(lang, categoryKey)}</span>
        <button type="button" class="close" aria-label={t(lang, 'cardClose')} onClick={onClose}>
          ×
        </button>
      </div>
      <h2 class="label">{view.label}</h2>
      {view.summary && (
        <p class="summary" lang={view.summaryLang}>
          {view.summary}
        </p>
      )}
      {view.note && <p class="note">{view.note}</p>}
      {showRoles && (
        <div class="roles">
          {view.then.length > 0 && (
            <div class="role-group" data-when="then">
              <strong>{t(lang, 'cardThen', formatDay(lang, articleDate))}</strong>
              <ul>
                {view.then.map((role) => (
                  <RoleLine key={role.label + role.from} role={role} lang={lang} />
                ))}
              </ul>
            </div>
          )}
          {view.now.length > 0 && (
            <div class="role-group" data-when="now">
              <strong>{t(lang, 'cardNow')}</strong>
              <ul>
                {view.now.map((role) => (
                  <RoleLine key={role.label + role.from} role={role} lang={lang} />
                ))}
              </ul>
            </div>
          )}
        </div>
      )}
      {href && (
        <a class="more" href={href} target="_blank" rel="noopener noreferrer" hreflang={view.link?.lang}>
          {view.link?.lang ? t(lang, 'cardReadMore') : t(lang, 'cardReadMoreLink')}
        </a>
      )}
      <p class="foot">{t(lang, 'cardAsOf', formatDay(lang, asOf))}</p>
    </div>
  );
}
