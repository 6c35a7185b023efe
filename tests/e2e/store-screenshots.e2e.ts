/**
 * The store screenshots, 1280 x 800 as the Chrome Web Store and addons.mozilla.org ask, made with the built
 * extension: the card on the reference article in Dutch and on an English article, the popup over the article,
 * and the options page. Each is checked for what it should show before it is written to docs/store/screenshots/.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { referenceArticlePage } from '../../scripts/harness/article-page';
import { hoverWord, ROOT, waitForCard, waitForHighlights } from '../../scripts/harness/chromium';
import { samplePage } from '../../scripts/harness/sample-articles';
import { BUNDLED } from '../../lib/kb';
import { pngHeader } from '../helpers/png';
import { useExtensionBrowser } from './setup';

const OUT = join(ROOT, 'docs/store/screenshots');
const SIZE = { width: 1280, height: 800 };
const env = useExtensionBrowser();
const en = JSON.parse(readFileSync(join(ROOT, 'public/_locales/en/messages.json'), 'utf8')) as Record<string, { message: string }>;

beforeAll(() => mkdirSync(OUT, { recursive: true }));

/** Writes a screenshot and checks that it is the size the stores want. */
function save(name: string, png: Buffer): void {
  expect(pngHeader(png)).toMatchObject(SIZE);
  writeFileSync(join(OUT, name), png);
}

async function articleWithCard(path: string, html: string, word: string, expected: string): Promise<{ page: Page; text: string }> {
  const page = await env.browser.context.newPage();
  await page.setViewportSize(SIZE);
  await page.goto(env.server.add(path, html), { waitUntil: 'load' });
  await waitForHighlights(page);
  await hoverWord(page, word);
  const text = (await waitForCard(page, (t) => !!t && t.includes(expected)))!;
  // Let the card settle where Floating UI puts it before the picture is taken.
  await page.waitForTimeout(300);
  return { page, text };
}

describe('store screenshots', () => {
  test('the card on the Dutch reference article: Rutte then prime minister, now NATO Secretary General', async () => {
    const { page, text } = await articleWithCard('/store-nl.html', referenceArticlePage(), 'Rutte', 'Mark Rutte');
    try {
      expect(text).toContain('premier van Nederland');
      expect(text).toContain('secretaris-generaal van de NAVO');
      save('1-card-nl.png', await page.screenshot());
    } finally {
      await page.close();
    }
  });

  test('the card on an English article: Stoltenberg, Secretary General on the article date', async () => {
    const { page, text } = await articleWithCard('/store-en.html', samplePage('en'), 'Stoltenberg', 'Jens Stoltenberg');
    try {
      expect(text).toContain('On 4 April 2024');
      expect(text).toContain('Secretary General of NATO');
      save('2-card-en.png', await page.screenshot());
    } finally {
      await page.close();
    }
  });

  test('the popup over the article, listing the names on the page', async () => {
    const article = await env.browser.context.newPage();
    await article.setViewportSize(SIZE);
    await article.goto(env.server.add('/store-popup.html', referenceArticlePage()), { waitUntil: 'load' });
    await waitForHighlights(article, 40);
    const tabId = await env.browser.tabIdOf(article);
    const popup = await env.browser.openExtensionPage('popup.html', `?tab=${tabId}`);
    const scene = await env.browser.context.newPage();
    try {
      await popup.setViewportSize({ width: 360, height: 600 });
      await popup.waitForSelector('.term-group');
      const terms = await popup.locator('.terms').innerText();
      expect(terms).toContain('Jens Stoltenberg');
      expect(terms).toContain('Mark Rutte');
      // A browser fits the popup to its content.
      const height = await popup.evaluate(() => {
        const bottom = document.body.lastElementChild?.getBoundingClientRect().bottom ?? 600;
        return Math.min(600, Math.ceil(bottom + parseFloat(getComputedStyle(document.body).marginBottom) + 8));
      });
      const popupPng = await popup.screenshot({ clip: { x: 0, y: 0, width: 360, height } });
      const articlePng = await article.screenshot();
      // The popup where the browser shows it, under the toolbar button at the top right, over the article.
      await scene.setViewportSize(SIZE);
      await scene.setContent(
        `<body style="margin:0;position:relative;width:${SIZE.width}px;height:${SIZE.height}px;overflow:hidden">` +
          `<img src="data:image/png;base64,${articlePng.toString('base64')}" style="display:block">` +
          `<img src="data:image/png;base64,${popupPng.toString('base64')}" style="position:absolute;top:8px;right:16px;` +
          `border:1px solid #c8c8c8;border-radius:8px;box-shadow:0 8px 28px rgba(0,0,0,0.28)">` +
          `</body>`,
      );
      await scene.locator('img').evaluateAll((imgs: HTMLImageElement[]) => Promise.all(imgs.map((img) => img.decode())));
      save('3-popup.png', await scene.screenshot());
    } finally {
      await scene.close();
      await popup.close();
      await article.close();
    }
  });

  test('the options page with the glossary', async () => {
    const options = await env.browser.context.newPage();
    try {
      await options.setViewportSize(SIZE);
      await options.goto(`chrome-extension://${env.browser.extensionId}/options.html`);
      const heading = options.getByRole('heading', { name: en.optionsGlossaryTitle!.message, exact: true });
      await heading.waitFor();
      // The glossary says how many entries it holds: the bundled knowledge base.
      const count = BUNDLED.entries.length;
      await options.waitForFunction(
        (numbers) => numbers.some((n) => document.body.innerText.includes(n)),
        [String(count), count.toLocaleString('en')],
      );
      await heading.evaluate((element) => window.scrollTo(0, element.getBoundingClientRect().top + window.scrollY - 24));
      save('4-options.png', await options.screenshot());
    } finally {
      await options.close();
    }
  });
});
