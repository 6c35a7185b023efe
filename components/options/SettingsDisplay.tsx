import { categoryName, t, type MessageKey } from '../../lib/i18n';
import { CATEGORIES, type Category } from '../../lib/kb/constants';
import type { Lang } from '../../lib/kb/schema';
import { CARD_LANGS, MARK_LOOKS, MARK_STYLES, type Settings } from '../../lib/storage';
import './settings.css';

/** The settings of how names are marked and cards speak, shown in the popup and on the options page. */
export type DisplaySettingsValue = Pick<Settings, 'disabledCategories' | 'marks' | 'markLook' | 'cardLang' | 'badge'>;

export interface SettingsDisplayProps {
  settings: DisplaySettingsValue;
  lang: Lang;
  onChange: (patch: Partial<DisplaySettingsValue>) => void;
  /** Keeps ids apart when the fields appear twice in one document. */
  idPrefix?: string;
}

const MARK_LABELS: Record<(typeof MARK_STYLES)[number], MessageKey> = {
  all: 'settingsMarksAll',
  'first-emphasised': 'settingsMarksFirstEmphasised',
  'first-only': 'settingsMarksFirstOnly',
};
const LOOK_LABELS: Record<(typeof MARK_LOOKS)[number], MessageKey> = {
  underline: 'settingsLookUnderline',
  background: 'settingsLookBackground',
};
const CARD_LANG_LABELS: Record<(typeof CARD_LANGS)[number], MessageKey> = {
  page: 'settingsCardLangPage',
  nl: 'settingsLangNl',
  en: 'settingsLangEn',
  de: 'settingsLangDe',
  fr: 'settingsLangFr',
};

/** The categories with `category` switched on or off, in the order of the knowledge base. */
export function toggleCategory(off: readonly Category[], category: Category, on: boolean): Category[] {
  const next = new Set(off);
  if (on) next.delete(category);
  else next.add(category);
  return CATEGORIES.filter((c) => next.has(c));
}

/** Categories, which mentions, the marks' look, the cards' language and the badge. Props only. */
export function SettingsDisplay({ settings, lang, onChange, idPrefix = 'display' }: SettingsDisplayProps) {
  const id = (name: string): string => `${idPrefix}-${name}`;
  return (
    <div class="display-settings">
      <fieldset class="categories">
        <legend>{t(lang, 'settingsCategories')}</legend>
        {CATEGORIES.map((category) => (
          <label key={category} class="switch">
            <input
              type="checkbox"
              name="category"
              value={category}
              checked={!settings.disabledCategories.includes(category)}
              onChange={(e) =>
                onChange({ disabledCategories: toggleCategory(settings.disabledCategories, category, e.currentTarget.checked) })
              }
            />
            {categoryName(lang, category)}
          </label>
        ))}
      </fieldset>
      <label for={id('marks')}>{t(lang, 'settingsMarks')}</label>
      <select
        id={id('marks')}
        name="marks"
        value={settings.marks}
        onChange={(e) => onChange({ marks: e.currentTarget.value as Settings['marks'] })}
      >
        {MARK_STYLES.map((style) => (
          <option key={style} value={style}>
            {t(lang, MARK_LABELS[style])}
          </option>
        ))}
      </select>
      <label for={id('look')}>{t(lang, 'settingsLook')}</label>
      <select
        id={id('look')}
        name="markLook"
        value={settings.markLook}
        onChange={(e) => onChange({ markLook: e.currentTarget.value as Settings['markLook'] })}
      >
        {MARK_LOOKS.map((look) => (
          <option key={look} value={look}>
            {t(lang, LOOK_LABELS[look])}
          </option>
        ))}
      </select>
      <label for={id('card-lang')}>{t(lang, 'settingsCardLang')}</label>
      <select
        id={id('card-lang')}
        name="cardLang"
        value={settings.cardLang}
        onChange={(e) => onChange({ cardLang: e.currentTarget.value as Settings['cardLang'] })}
      >
        {CARD_LANGS.map((code) => (
          <option key={code} value={code} lang={code === 'page' ? undefined : code}>
            {t(lang, CARD_LANG_LABELS[code])}
          </option>
        ))}
      </select>
      <label class="switch">
        <input
          type="checkbox"
          name="badge"
          checked={settings.badge}
          onChange={(e) => onChange({ badge: e.currentTarget.checked })}
        />
        {t(lang, 'settingsBadge')}
      </label>
    </div>
  );
}
