import { browser } from 'wxt/browser';
import { toLang } from '../../lib/page/article';
import type { Lang } from '../../lib/kb/schema';

/** The language of the popup and options page: the browser's, when Duiding speaks it, else English. */
export function uiLang(): Lang {
  return toLang(browser.i18n.getUILanguage()) ?? 'en';
}
