import { categoryName, formatDay, t } from '../../lib/i18n';
import type { Lang } from '../../lib/kb/schema';
import type { CardView, FactView, RoleView, WhyView } from '../../lib/kb/view';
import { safeHref } from '../shared/safe-href';

export interface CardActions {
  onClose: () => void;
  /** Hide this one mention on this page. */
  onNotThis?: () => void;
  /** Stop marking this entry anywhere. */
  onHideTerm?: () => void;
  onTogglePin?: () => void;
}

export interface CardProps extends CardActions {
  view: CardView;
  lang: Lang;
  articleDate: string;
  asOf: string;
  pinned?: boolean;
}

/** Texts longer than this are cut in the card (the page is never touched). */
const MAX_TEXT = 600;

function cut(text: string, max = MAX_TEXT): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * A reader's text cut and set in a bidi isolate (FSI ... PDI) for a sentence around it: direction overrides in it
 * (U+202E) cannot turn the rest of the line around.
 */
function inLine(text: string, max: number): string {
  return `\u2068${cut(text, max)}\u2069`;
}

function RoleLine({ role, lang }: { role: RoleView; lang: Lang }) {
  const since = role.to
    ? t(lang, 'cardPeriod', formatDay(lang, role.from), formatDay(lang, role.to))
    : t(lang, 'cardSince', formatDay(lang, role.from));
  return (
    <li>
      <bdi>{cut(role.label, 160)}</bdi> <span class="muted">({since})</span>
    </li>
  );
}

function factText(fact: FactView, lang: Lang): string {
  switch (fact.kind) {
    case 'born':
      return t(lang, 'factBorn', formatDay(lang, fact.day));
    case 'died':
      return t(lang, 'factDied', formatDay(lang, fact.day));
    case 'founded':
      return t(lang, 'factFounded', formatDay(lang, fact.day));
    case 'capital':
      return t(lang, 'factCapital', inLine(fact.text, 120));
    case 'member':
      return t(lang, 'factMember', inLine(fact.org, 120), formatDay(lang, fact.from));
  }
}

function whyText(why: WhyView, lang: Lang): string[] {
  const lines = [t(lang, 'cardWhyAlias', inLine(why.alias, 120))];
  const settled = why.settledBy;
  if (settled?.kind === 'same-entry') lines.push(t(lang, 'cardWhySameEntry', inLine(settled.label ?? settled.value, 120)));
  if (settled?.kind === 'related') lines.push(t(lang, 'cardWhyRelated', inLine(settled.label ?? settled.value, 120)));
  if (settled?.kind === 'context') lines.push(t(lang, 'cardWhyContext', inLine(settled.value, 120)));
  return lines;
}

/** The card for one entry: only props, every text rendered as text. */
export function Card({ view, lang, articleDate, asOf, pinned, onClose, onNotThis, onHideTerm, onTogglePin }: CardProps) {
  const href = view.link ? safeHref(view.link.url) : null;
  const showRoles = view.then.length > 0 || view.now.length > 0;
  return (
    <div class="card" role="dialog" aria-label={t(lang, 'cardDialog', cut(view.label, 120))} lang={lang}>
      <div class="head">
        <span class="category">{categoryName(lang, view.category)}</span>
        <span class="tools">
          {onTogglePin && (
            <button type="button" class="tool" aria-pressed={pinned ? 'true' : 'false'} onClick={onTogglePin}>
              {pinned ? t(lang, 'cardUnpin') : t(lang, 'cardPin')}
            </button>
          )}
          <button type="button" class="close" aria-label={t(lang, 'cardClose')} onClick={onClose}>
            ×
          </button>
        </span>
      </div>
      <h2 class="label" dir="auto">
        {cut(view.label, 160)}
      </h2>
      {view.summary && (
        <p class="summary" lang={view.summaryLang}>
          {cut(view.summary)}
        </p>
      )}
      {view.note && <p class="note">{cut(view.note)}</p>}
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
          {(view.now.length > 0 || view.noneNow) && (
            <div class="role-group" data-when="now">
              <strong>{t(lang, 'cardNow')}</strong>
              <ul>
                {view.now.map((role) => (
                  <RoleLine key={role.label + role.from} role={role} lang={lang} />
                ))}
                {view.now.length === 0 && <li>{t(lang, 'cardNoRoleNow')}</li>}
              </ul>
            </div>
          )}
        </div>
      )}
      {view.facts.length > 0 && (
        <ul class="facts">
          {view.facts.map((fact, i) => (
            <li key={i}>{factText(fact, lang)}</li>
          ))}
        </ul>
      )}
      {href && (
        <a class="more" href={href} target="_blank" rel="noopener noreferrer" hreflang={view.link?.lang}>
          {view.link?.lang ? t(lang, 'cardReadMore') : t(lang, 'cardReadMoreLink')}
        </a>
      )}
      {view.why && (
        <details class="why">
          <summary>{t(lang, 'cardWhy')}</summary>
          {whyText(view.why, lang).map((line) => (
            <p key={line}>{line}</p>
          ))}
        </details>
      )}
      {(onNotThis || onHideTerm) && (
        <div class="actions">
          {onNotThis && (
            <button type="button" class="action" onClick={onNotThis}>
              {t(lang, 'cardNotThis')}
            </button>
          )}
          {onHideTerm && (
            <button type="button" class="action" onClick={onHideTerm}>
              {t(lang, 'cardHideTerm')}
            </button>
          )}
        </div>
      )}
      <p class="foot">{t(lang, 'cardAsOf', formatDay(lang, asOf))}</p>
    </div>
  );
}
