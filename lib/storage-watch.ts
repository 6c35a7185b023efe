/**
 * What needs storage's keys without parsing anything: the content script (telling a page's site), and the
 * background and the extension's pages (which changes are Duiding's; the background passes them on to open pages).
 * Reading and validating stored data is `storage.ts`'s work (with zod), done in the extension's own pages and
 * background, which hand the content script validated data.
 */
import { browser } from 'wxt/browser';
import { siteListed } from './activation';
import { LANGS } from './kb/constants';
import type { Settings } from './storage';

/** Which mentions are marked: all, all with each name's first set apart, or only each name's first. */
export const MARK_STYLES = ['all', 'first-emphasised', 'first-only'] as const;
/** How marks look: a dotted underline, or a tinted background. */
export const MARK_LOOKS = ['underline', 'background'] as const;
/** The language of the cards: the article's own, or one the reader chose. */
export const CARD_LANGS = ['page', ...LANGS] as const;

/** The settings' keys in `storage.sync` (a test checks they are those of the settings schema). */
export const SETTINGS_KEYS = [
  'enabled',
  'disabledSites',
  'hiddenEntries',
  'dwellMs',
  'marks',
  'enabledSites',
  'disabledCategories',
  'markLook',
  'cardLang',
  'badge',
] as const;

export const GLOSSARY_KEY = 'glossary';

/** `example.com` for `https://www.example.com/path`; null for pages that are not on the web. */
export function siteOf(url: string): string | null {
  try {
    const { protocol, hostname } = new URL(url);
    if (protocol !== 'http:' && protocol !== 'https:') return null;
    return hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

/** Whether Duiding is on for the site: switched on, and the site (or a site it is part of) not switched off. */
export function isActiveOn(settings: Pick<Settings, 'enabled' | 'disabledSites'>, site: string | null): boolean {
  return settings.enabled && !siteListed(settings.disabledSites, site);
}

/** What a change in storage is to Duiding: of its settings, of the reader's glossary, or of neither (null). */
export function changeOf(changes: Record<string, unknown>, area: string): 'settings' | 'glossary' | null {
  if (area === 'sync' && SETTINGS_KEYS.some((key) => key in changes)) return 'settings';
  if (area === 'local' && GLOSSARY_KEY in changes) return 'glossary';
  return null;
}

/** Calls back whenever settings or the own glossary change, until the signal aborts. */
export function watchStorage(
  callbacks: { settings?: () => void; glossary?: () => void },
  signal: AbortSignal,
): void {
  const listener = (changes: Record<string, unknown>, area: string): void => {
    const change = changeOf(changes, area);
    if (change) callbacks[change]?.();
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}

