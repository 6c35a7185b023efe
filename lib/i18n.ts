/**
 * One `t()` for every text the extension shows. The card speaks the page's language, which `browser.i18n` cannot
 * choose, so the `_locales` files are bundled and read directly.
 */
import de from '../public/_locales/de/messages.json';
import en from '../public/_locales/en/messages.json';
import fr from '../public/_locales/fr/messages.json';
import nl from '../public/_locales/nl/messages.json';
import type { Lang } from './kb/schema';

export type MessageKey = keyof typeof en;
type Messages = Record<MessageKey, { message: string }>;

export const MESSAGES: Record<Lang, Messages> = { en, nl, de, fr };

/** The message `key` in `lang` (English where missing), with `$1`, `$2`, ... replaced by `substitutions`. */
export function t(lang: Lang, key: MessageKey, ...substitutions: (string | number)[]): string {
  const template = MESSAGES[lang][key]?.message ?? MESSAGES.en[key].message;
  return template.replace(/\$(\d)/g, (whole, n: string) => {
    const value = substitutions[Number(n) - 1];
    return value === undefined ? whole : String(value);
  });
}

/** A category's name in `lang` (`weapon-system` is the message `category_weapon_system`). */
export function categoryName(lang: Lang, category: string): string {
  return t(lang, `category_${category.replaceAll('-', '_')}` as MessageKey);
}

/**
 * A day (YYYY-MM-DD) written out in the given language, e.g. "4 april 2024"; a month (YYYY-MM) or a year (YYYY)
 * as precisely as it is known.
 */
export function formatDay(lang: Lang, day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  if (m === undefined) return String(y);
  const date = new Date(Date.UTC(y!, m - 1, d ?? 1));
  const options: Intl.DateTimeFormatOptions =
    d === undefined
      ? { month: 'long', year: 'numeric', timeZone: 'UTC' }
      : { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' };
  // English as written in European news: 4 April 2024.
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : lang, options).format(date);
}
