/** axe-core on the popup (on an article, and on a page that is not one) and the options page, light and dark. */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useExtensionBrowser } from './setup';
import { referenceArticlePage } from '../../scripts/harness/article-page';
import { waitForHighlights } from '../../scripts/harness/chromium';

const env = useExtensionBrowser();
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
let articleUrl: string;
let otherUrl: string;

beforeAll(() => {
  articleUrl = env.server.add('/axe/article.html', referenceArticlePage());
  otherUrl = env.server.add(
    '/axe/front.html',
    '<!doctype html><html lang="en"><head><title>Front page</title></head><body><main><h1>News</h1><p>NATO.</p></main></body></html>',
  );
});

interface Violation {
  id: string;
  nodes: { target: string[] }[];
}

const BACKGROUND = { light: 'rgb(255, 255, 255)', dark: 'rgb(26, 30, 36)' };

async function violations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol: the extension's pages allow no inline script.
  await page.evaluate(axeSource);
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: Violation[] }> } }).axe;
    return axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] });
  });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe.each(['light', 'dark'] as const)('axe-core, %s', (scheme) => {
  test.each([
    ['on an article', () => articleUrl, 'button.term'],
    ['on a page that is not an article', () => otherUrl, 'button[name="annotate-anyway"]'],
  ])('the popup %s, with its settings open', async (_, url, ready) => {
    const page = await env.browser.open(url());
    try {
      if (url() === articleUrl) await waitForHighlights(page, 40);
      const tabId = await env.browser.tabIdOf(page);
      const popup = await env.browser.openExtensionPage('popup.html', `?tab=${tabId}`);
      try {
        await popup.emulateMedia({ colorScheme: scheme });
        await popup.waitForSelector(ready);
        await popup.click('details summary');
        expect(await popup.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(BACKGROUND[scheme]);
        expect(await violations(popup)).toEqual([]);
      } finally {
        await popup.close();
      }
    } finally {
      await page.close();
    }
  });

  test('the options page, with the reset question and a refused site showing', async () => {
    const options = await env.browser.openExtensionPage('options.html');
    try {
      await options.emulateMedia({ colorScheme: scheme });
      await options.fill('#excluded-site', 'not a site');
      await options.click('[data-list="excluded"] button[type="submit"]');
      await options.waitForSelector('#excluded-site-error');
      await options.click('button[name="reset"]');
      expect(await options.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(BACKGROUND[scheme]);
      expect(await violations(options)).toEqual([]);
    } finally {
      await options.close();
    }
  });
});
