import { SCRIPT_START } from '../../lib/page/startup';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startAfterPause } from '../../lib/page/deferred-start';
import { importOwnModule } from '../../lib/page/extension-module';
import { endWhenCutOff } from '../../lib/page/lifecycle';
import type { StartOnPage } from './start';
import './highlights.css';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // Older instances hear of a newer one through a DOM event; a message posted to the page's window would reach
  // the page's own listeners, and costs milliseconds on busy pages.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    endWhenCutOff(ctx);
    const times = { scriptStart: SCRIPT_START, mainStart: performance.now() };
    // The page has just loaded and is drawing itself: Duiding's work waits a moment (see `deferred-start.ts`).
    await startAfterPause(ctx, async () => {
      if (import.meta.env.FIREFOX) {
        // Part of this script in Firefox (the build inlines it); Chromium's build leaves it out, with all it imports.
        const { startOnPage } = await import('./start');
        return () => startOnPage(ctx, times);
      }
      // In Chromium the content script is a loader: its work is in a module of the extension (`content-main.js`),
      // which the browser compiles on a background thread while the page goes on. A content script is compiled on
      // the page's main thread, whole, on every page.
      const startOnPage = await importOwnModule<StartOnPage>('/content-main.js');
      return () => startOnPage(ctx, times);
    });
  },
});
