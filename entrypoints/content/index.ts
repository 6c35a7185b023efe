import { SCRIPT_START } from '../../lib/page/startup';
import { defineContentScript } from 'wxt/utils/define-content-script';
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
    if (import.meta.env.FIREFOX) {
      // Part of this script in Firefox (the build inlines it); Chromium's build leaves it out, with all it imports.
      const { startOnPage } = await import('./start');
      await startOnPage(ctx, times);
      return;
    }
    // In Chromium the content script is a loader: its work is in a module of the extension (`content-main.js`),
    // which the browser compiles on a background thread while the page goes on. A content script is compiled on
    // the page's main thread, whole, on every page.
    let startOnPage: StartOnPage;
    try {
      startOnPage = await importOwnModule<StartOnPage>('/content-main.js');
    } catch (error) {
      // The extension was reloaded or removed while the page loaded: this script has nothing left to do.
      if (!ctx.isValid) return;
      throw error;
    }
    // The session's start up to its first wait runs here, outside the script's evaluation: counted as setting up.
    const start = performance.now();
    const starting = startOnPage(ctx, times);
    const startMs = performance.now() - start;
    (await starting).countSetup(startMs);
  },
});
