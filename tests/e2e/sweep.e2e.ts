import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchPlain } from '../../scripts/harness/chromium';
import { CORPUS_DIR } from '../../scripts/harness/server';
import { corpusPages, isFault, sweepPage, watchExtensionRequests, type SweepRow } from '../../scripts/harness/sweep';
import { useExtensionBrowser } from './setup';

const env = useExtensionBrowser();
let plain: Awaited<ReturnType<typeof launchPlain>>;

beforeAll(async () => {
  plain = await launchPlain();
});

afterAll(async () => {
  await plain?.close();
});

describe('real-page sweep over the shared corpus', () => {
  test('the checks can fail: a request from the content script is caught', async () => {
    const page = await env.browser.open(`${env.server.origin}/corpus/en-bbc-1.html`);
    try {
      const watch = await watchExtensionRequests(env.browser, page);
      // Run a fetch in the extension's own world on the page, as a content script that phoned home would.
      const cdp = await env.browser.context.newCDPSession(page);
      const contexts: { id: number; origin: string; auxData?: { type?: string } }[] = [];
      cdp.on('Runtime.executionContextCreated', (event: { context: (typeof contexts)[number] }) => contexts.push(event.context));
      await cdp.send('Runtime.enable');
      const isolated = contexts.find((c) => c.auxData?.type === 'isolated' && c.origin.includes(env.browser.extensionId));
      expect(isolated).toBeTruthy();
      // Named as the content script's file, as code in it would be.
      const script = `chrome-extension://${env.browser.extensionId}/content-scripts/content.js`;
      await cdp.send('Runtime.evaluate', {
        contextId: isolated!.id,
        expression: `fetch('${env.server.origin}/phone-home').catch(() => 0)\n//# sourceURL=${script}`,
        awaitPromise: true,
      });
      await page.waitForTimeout(200);
      watch.stop();
      expect(watch.requests).toContain(`${env.server.origin}/phone-home`);
    } finally {
      await page.close();
    }
  });

  test('every page: same DOM without scripts, no errors and no requests of the extension', { timeout: 900_000 }, async () => {
    const rows: SweepRow[] = [];
    for (const { file, lang } of corpusPages(CORPUS_DIR)) {
      rows.push(await sweepPage(env.browser, plain, env.server, file, lang));
    }
    expect(rows).toHaveLength(65);
    expect(rows.filter(isFault).map((row) => ({ page: row.page, dom: row.domSame, errors: row.extensionErrors, requests: row.extensionRequests }))).toEqual([]);
    // All but pages that navigate away at once were measured, and marked.
    const measured = rows.filter((row) => !row.skipped);
    expect(measured.length).toBeGreaterThanOrEqual(60);
    expect(measured.filter((row) => row.marks > 0).length).toBeGreaterThanOrEqual(55);
  });
});
