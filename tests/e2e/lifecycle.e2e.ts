/**
 * The extension's life around open pages, in Chromium with the built extension. The service worker may be stopped
 * at any time (browsers do it after half a minute idle): the next card wakes it. When the extension is reloaded,
 * updated, disabled or removed, the content script in open pages is cut off; it notices within a second, takes
 * its marks and card off the page, removes its listeners and says nothing. Disabling is done as a reader does it,
 * through `chrome.management` (from a second extension: one cannot disable itself).
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { cardText, hoverWord, waitForCard, waitForHighlights } from '../../scripts/harness/chromium';
import { newsPage, PROSE } from '../../scripts/harness/hostile-pages';
import { launchWithManager } from '../../scripts/harness/manager-extension';
import { collectConsole, extensionListeners } from '../../scripts/harness/page-probe';
import { useExtensionBrowser } from './setup';

const env = useExtensionBrowser();

async function duidingHighlights(page: Page): Promise<string[]> {
  return page.evaluate(() => [...CSS.highlights.keys()].filter((name) => name.startsWith('duiding-')));
}

/** Opens the page, waits for its marks and opens the card of `word`. */
async function openCard(page: Page, url: string, word: string): Promise<void> {
  await page.goto(url);
  await waitForHighlights(page, 5);
  await hoverWord(page, word);
  await waitForCard(page, (t) => !!t && t.includes(word));
}

/** Waits until none of Duiding's marks and no card is left on the page. */
async function waitUntilNothingLeft(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      ![...CSS.highlights.keys()].some((name) => name.startsWith('duiding-')) &&
      !document.querySelector('duiding-card'),
    null,
    { timeout: 5000 },
  );
}

describe('the extension around open pages', () => {
  test('the service worker stopped mid-use: the next card wakes it and opens', async () => {
    const url = env.server.add('/life/worker.html', newsPage({ body: PROSE }));
    const page = await env.browser.context.newPage();
    const messages = collectConsole(page);
    try {
      await openCard(page, url, 'NATO');
      await page.mouse.move(5, 5);
      await waitForCard(page, (t) => !t?.includes('NATO'));
      // Stopped as the browser stops an idle worker (Playwright's worker handle does not follow restarts).
      const cdp = await env.browser.context.newCDPSession(page);
      const states: string[] = [];
      cdp.on(
        'ServiceWorker.workerVersionUpdated',
        (event: { versions: { scriptURL: string; runningStatus: string }[] }) => {
          for (const version of event.versions)
            if (version.scriptURL.includes(env.browser.extensionId)) states.push(version.runningStatus);
        },
      );
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await expect.poll(() => states.at(-1), { timeout: 10000 }).toBe('stopped');
      // A card whose entry the page has not fetched yet: only the (stopped) worker has it.
      await hoverWord(page, 'Stoltenberg');
      const text = await waitForCard(page, (t) => !!t && t.includes('Stoltenberg'), 10000);
      expect(text).toMatch(/NATO|Norw/);
      expect(states.at(-1)).toBe('running');
      // Marks are as they were, and nothing was logged.
      expect((await duidingHighlights(page)).length).toBeGreaterThan(0);
      expect(messages).toEqual([]);
      await cdp.detach();
    } finally {
      await page.close();
    }
  });

  test('the extension reloaded (as on an update) with a page open: marks, card and listeners go, silently', async () => {
    const url = env.server.add('/life/reload.html', newsPage({ body: PROSE }));
    const page = await env.browser.context.newPage();
    const messages = collectConsole(page);
    try {
      await openCard(page, url, 'Stoltenberg');
      const listening = await extensionListeners(page, env.browser.extensionId);
      expect(listening).toEqual(expect.arrayContaining(['document:pointermove', 'document:keydown', 'window:scroll']));
      const worker = env.browser.worker;
      // Reloaded a moment after the call returns, so that the call itself ends cleanly. (Loaded from the command
      // line, the extension does not come back: for open pages this is the same as being disabled or removed.)
      await worker.evaluate(() => {
        setTimeout(() => chrome.runtime.reload(), 50);
      });
      // The old content script notices it was cut off and cleans up.
      await waitUntilNothingLeft(page);
      expect(await extensionListeners(page, env.browser.extensionId)).toEqual([]);
      // Pointing at a former mark does nothing, and nothing was said on the console.
      await hoverWord(page, 'NATO');
      await page.waitForTimeout(800);
      expect(await cardText(page)).toBeNull();
      expect(messages).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe('the extension switched off and on by the reader', () => {
  test('disabled with a page open: marks, card and listeners go silently; enabled again, a reloaded page is marked', async () => {
    const managed = await launchWithManager();
    const page = await managed.context.newPage();
    const messages = collectConsole(page);
    try {
      await openCard(page, env.server.add('/life/disable.html', newsPage({ body: PROSE })), 'Stoltenberg');
      expect(await extensionListeners(page, managed.extensionId)).toContain('document:pointermove');
      await managed.setEnabled(false);
      await waitUntilNothingLeft(page);
      expect(await extensionListeners(page, managed.extensionId)).toEqual([]);
      await managed.setEnabled(true);
      await page.reload();
      await waitForHighlights(page, 5);
      expect(messages).toEqual([]);
    } finally {
      await managed.close();
    }
  });
});
