import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startOnPage } from './content/start';

/**
 * Duiding's work on a page, built as a module of its own that the content script imports in Chromium; its default
 * export is `startOnPage` (see `entrypoints/content/index.ts` and `wxt.config.ts`). Firefox's content script
 * carries it.
 */
export default defineUnlistedScript({ exclude: ['firefox'], main: () => startOnPage });
