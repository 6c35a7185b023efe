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

interface ChoiceProps<T extends string> {
  id: string;
  name: string;
  label: string;
  value: T;
  choices: readonly T[];
  labelOf: (choice: T) => string;
  /** The language an option's own text is in, when it is not the interface's. */
  langOf?: (choice: T) => string | undefined;
  onPick: (choice: T) => void;
}

/** A labelled drop-down of one setting's choices. */
function Choice<T extends string>({ id, name, label, value, choices, labelOf, langOf, onPick }: ChoiceProps<T>) {
  return (
    <>
      <label for={id}>{label}</label>
      <select id={id} name={name} value={value} onChange={(e) => onPick(e.currentTarget.value as T)}>
        {choices.map((choice) => (
          <option key={choice} value={choice} lang={langOf?.(choice)}>
            {labelOf(choice)}
          </option>
        ))}
      </select>
    </>
  );
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
      <Choice
        id={id('marks')}
        name="marks"
        label={t(lang, 'settingsMarks')}
        value={settings.marks}
        choices={MARK_STYLES}
        labelOf={(style) => t(lang, MARK_LABELS[style])}
        onPick={(marks) => onChange({ marks })}
      />
      <Choice
        id={id('look')}
        name="markLook"
        label={t(lang, 'settingsLook')}
        value={settings.markLook}
        choices={MARK_LOOKS}
        labelOf={(look) => t(lang, LOOK_LABELS[look])}
        onPick={(markLook) => onChange({ markLook })}
      />
      <Choice
        id={id('card-lang')}
        name="cardLang"
        label={t(lang, 'settingsCardLang')}
        value={settings.cardLang}
        choices={CARD_LANGS}
        labelOf={(code) => t(lang, CARD_LANG_LABELS[code])}
        langOf={(code) => (code === 'page' ? undefined : code)}
        onPick={(cardLang) => onChange({ cardLang })}
      />
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
