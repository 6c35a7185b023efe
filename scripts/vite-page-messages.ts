/**
 * Build step: the content script runs on every page, so it (and the card layer it loads) carries only the
 * interface texts a page can show (the card, its facts, keyboard navigation and the category names), not those of
 * the popup and the options page. The browser still gets every text through `_locales`; only the bundled copies
 * of the content script and the card layer are trimmed.
 * `tests/scripts/page-messages.test.ts` checks that page code asks for no other key.
 */
import type { Plugin } from 'vite';

/** Keys of the texts a page can show. */
export const PAGE_MESSAGE = /^(card|fact|nav|category_)/;

/** The content script and the modules it loads (see `entrypoints/content-main.ts` and `entrypoints/card.ts`). */
const PAGE_ENTRY = /[\\/]entrypoints[\\/](?:content[\\/]|content-main\.ts$|card\.ts$)/;

const LOCALE_FILE = /[\\/]_locales[\\/][a-z]{2}[\\/]messages\.json$/;

/** Keeps only the page's keys of a messages file. */
export function pageMessages(json: string): string {
  const all = JSON.parse(json) as Record<string, unknown>;
  return JSON.stringify(Object.fromEntries(Object.entries(all).filter(([key]) => PAGE_MESSAGE.test(key))));
}

export function trimPageMessages(): Plugin {
  let contentBuild = false;
  return {
    name: 'duiding:page-messages',
    enforce: 'pre',
    buildStart(options) {
      const input = options.input;
      const entries = Array.isArray(input) ? input : typeof input === 'string' ? [input] : Object.values(input ?? {});
      contentBuild = entries.length > 0 && entries.every((entry) => PAGE_ENTRY.test(entry));
    },
    transform(code, id) {
      if (!contentBuild || !LOCALE_FILE.test(id)) return null;
      return { code: pageMessages(code), map: null };
    },
  };
}
