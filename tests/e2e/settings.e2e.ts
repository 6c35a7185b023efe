/**
 * Settings at work on open pages: article-only activation and "annotate anyway", sites excluded and enabled,
 * categories, the look of marks, the cards' language, the toolbar badge, the options page's checks and reset.
 */
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useExtensionBrowser } from './setup';
import { referenceArticlePage } from '../../scripts/harness/article-page';
import { cardText, highlightedTexts, hoverWord, waitForCard, waitForHighlights } from '../../scripts/harness/chromium';

const env = useExtensionBrowser();
let articleUrl: string;
let frontUrl: string;

/** A front page: teasers naming people and countries, no article markup, no article prose. */
function frontPage(): string {
  const teasers = [
    ['Rutte in Kyiv', 'Mark Rutte meets Volodymyr Zelensky.'],
    ['NATO summit', 'Allies meet in Washington in July.'],
    ['Germany and France', 'Talks on the budget go on.'],
  ]
    .map(([title, line]) => `<article><h2><a href="/a">${title}</a></h2><p>${line}</p></article>`)
    .join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>News</title>
<meta property="og:type" content="website"></head><body><main><h1>Today's news</h1>${teasers}</main></body></html>`;
}

beforeAll(() => {
  articleUrl = env.server.add('/settings/article.html', referenceArticlePage());
  frontUrl = env.server.add('/settings/front.html', frontPage());
});

afterEach(async () => {
  await env.browser.worker.evaluate(() => chrome.storage.sync.clear());
});

async function totalMarks(page: Page): Promise<number> {
  return page.evaluate(() => [...CSS.highlights.values()].reduce((sum, h) => sum + h.size, 0));
}

/** What the page's content script says about itself, once it answers. */
async function pageStatus(tabId: number): Promise<string> {
  const until = Date.now() + 10000;
  while (Date.now() < until) {
    const info = (await env.browser.worker.evaluate(
      (id) => chrome.tabs.sendMessage(id, { type: 'page-info' }).catch(() => null),
      tabId,
    )) as { status: string } | null;
    if (info) return info.status;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('The page did not answer.');
}

async function openPopup(page: Page): Promise<{ popup: Page; tabId: number }> {
  const tabId = await env.browser.tabIdOf(page);
  const popup = await env.browser.openExtensionPage('popup.html', `?tab=${tabId}`);
  await popup.waitForSelector('main.popup');
  return { popup, tabId };
}

async function syncStorage(): Promise<Record<string, unknown>> {
  const stored = await env.browser.worker.evaluate(() => chrome.storage.sync.get(null));
  delete (stored as Record<string, unknown>).settingsVersion;
  return stored as Record<string, unknown>;
}

describe('where Duiding runs', () => {
  test('a page that is not an article is left alone until "annotate anyway"; "every page on this site" keeps it on', async () => {
    const page = await env.browser.open(frontUrl);
    try {
      const { popup, tabId } = await openPopup(page);
      expect(await pageStatus(tabId)).toBe('not-article');
      expect(await totalMarks(page)).toBe(0);

      await popup.click('button[name="annotate-anyway"]');
      await waitForHighlights(page, 3);
      expect(Object.values(await highlightedTexts(page)).flat()).toEqual(expect.arrayContaining(['Mark Rutte', 'NATO', 'Germany']));
      expect(await syncStorage()).toEqual({});
      // The open popup follows the page: its list fills in, and grows with text the page adds, without a reload.
      await popup.waitForSelector('button.term[data-id="mark-rutte"]');
      expect(await popup.locator('button.term[data-id="jens-stoltenberg"]').count()).toBe(0);
      await page.evaluate(() => {
        const line = document.createElement('p');
        line.textContent = 'Jens Stoltenberg spoke in Brussels.';
        document.querySelector('main')!.append(line);
      });
      await popup.waitForSelector('button.term[data-id="jens-stoltenberg"]');

      // Only for this page: after a reload it is left alone again.
      await page.reload();
      expect(await pageStatus(tabId)).toBe('not-article');
      expect(await totalMarks(page)).toBe(0);

      await popup.reload();
      await popup.click('input[name="always"]');
      await waitForHighlights(page, 3);
      expect(await syncStorage()).toEqual({ enabledSites: ['127.0.0.1'] });
      await popup.click('input[name="always"]');
      await page.waitForFunction(() => [...CSS.highlights.values()].every((h) => h.size === 0));
      await popup.close();
    } finally {
      await page.close();
    }
  });

  test('a page that renders its article after loading (a single-page app) is annotated once the article is there', async () => {
    const url = env.server.add(
      '/settings/spa.html',
      '<!doctype html><html lang="en"><head><title>App</title></head><body><div id="app"><p>Loading</p></div></body></html>',
    );
    const page = await env.browser.open(url);
    try {
      const tabId = await env.browser.tabIdOf(page);
      expect(await pageStatus(tabId)).toBe('not-article');
      // The app renders its article.
      await page.evaluate(() => {
        const article = document.createElement('article');
        for (let i = 0; i < 4; i++) {
          const p = document.createElement('p');
          p.textContent = 'Jens Stoltenberg said on Thursday that NATO allies would send more air defence to Ukraine soon. '.repeat(3);
          article.append(p);
        }
        document.getElementById('app')!.replaceChildren(article);
      });
      await waitForHighlights(page, 3);
      expect(await pageStatus(tabId)).toBe('on');
      expect(Object.values(await highlightedTexts(page)).flat()).toEqual(expect.arrayContaining(['Jens Stoltenberg', 'NATO', 'Ukraine']));
    } finally {
      await page.close();
    }
  });

  test('an excluded site is never annotated, not even when asked; taking it off the list brings the marks back', async () => {
    const options = await env.browser.openExtensionPage('options.html');
    await options.fill('#excluded-site', 'http://127.0.0.1/any/page');
    await options.click('[data-list="excluded"] button[type="submit"]');
    await options.waitForSelector('[data-list="excluded"] li[data-site="127.0.0.1"]');
    expect(await syncStorage()).toEqual({ disabledSites: ['127.0.0.1'] });

    const page = await env.browser.open(articleUrl);
    try {
      const { popup, tabId } = await openPopup(page);
      expect(await pageStatus(tabId)).toBe('site-off');
      expect(await popup.locator('button[name="annotate-anyway"]').count()).toBe(0);
      const answer = await env.browser.worker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'annotate-anyway' }), tabId);
      expect(answer).toEqual({ ok: false });
      await page.waitForTimeout(300);
      expect(await totalMarks(page)).toBe(0);

      await options.click('[data-list="excluded"] li[data-site="127.0.0.1"] button');
      await waitForHighlights(page, 40);
      expect(await syncStorage()).toEqual({});
      await popup.close();
    } finally {
      await page.close();
      await options.close();
    }
  });
});

describe('how names are marked', () => {
  test("switching a category off removes that category's marks from the open page, and on brings them back", async () => {
    const page = await env.browser.open(articleUrl);
    try {
      await waitForHighlights(page, 40);
      const before = await highlightedTexts(page);
      expect(before['duiding-person']?.length).toBeGreaterThan(5);
      // The page samples its country marks between tasks: they must never disappear while the page is redone.
      await page.evaluate(() => {
        const sampled = window as unknown as { fewestCountryMarks: number };
        sampled.fewestCountryMarks = Infinity;
        setInterval(() => {
          const size = CSS.highlights.get('duiding-country')?.size ?? 0;
          sampled.fewestCountryMarks = Math.min(sampled.fewestCountryMarks, size);
        }, 0);
      });
      const fewestCountryMarks = (): Promise<number> =>
        page.evaluate(() => (window as unknown as { fewestCountryMarks: number }).fewestCountryMarks);
      const { popup } = await openPopup(page);
      await popup.click('details summary');
      await popup.click('input[name="category"][value="person"]');
      await page.waitForFunction(() => (CSS.highlights.get('duiding-person')?.size ?? 0) === 0);
      const after = await highlightedTexts(page);
      expect(after['duiding-country']).toEqual(before['duiding-country']);
      expect(await syncStorage()).toEqual({ disabledCategories: ['person'] });
      await popup.click('input[name="category"][value="person"]');
      await page.waitForFunction((n) => (CSS.highlights.get('duiding-person')?.size ?? 0) === n, before['duiding-person']!.length);
      expect(await fewestCountryMarks()).toBe(before['duiding-country']!.length);
      await popup.close();
    } finally {
      await page.close();
    }
  });

  test('a tinted background, and only the first mention of each name', async () => {
    const page = await env.browser.open(articleUrl);
    try {
      await waitForHighlights(page, 40);
      const rutteMarks = (await highlightedTexts(page))['duiding-person']!.filter((text) => text.includes('Rutte')).length;
      expect(rutteMarks).toBeGreaterThan(1);
      const { popup } = await openPopup(page);
      await popup.click('details summary');
      await popup.selectOption('select[name="markLook"]', 'background');
      await page.waitForFunction(() => (CSS.highlights.get('duiding-person-bg')?.size ?? 0) > 0);
      const names = Object.keys(await highlightedTexts(page));
      expect(names.every((name) => name.endsWith('-bg'))).toBe(true);
      // The stylesheet paints it: a tinted background in the person colour, no underline.
      const style = await page.evaluate(() => {
        const computed = getComputedStyle(document.querySelector('article p')!, '::highlight(duiding-person-bg)');
        return { background: computed.backgroundColor, line: computed.textDecorationLine };
      });
      expect(style).toEqual({ background: 'rgba(180, 87, 28, 0.2)', line: 'none' });

      await popup.selectOption('select[name="marks"]', 'first-only');
      await page.waitForFunction(
        () => [...(CSS.highlights.get('duiding-person-bg') ?? [])].filter((r) => (r as Range).toString().includes('Rutte')).length === 1,
      );
      expect(await syncStorage()).toEqual({ markLook: 'background', marks: 'first-only' });
      await popup.close();
    } finally {
      await page.close();
    }
  });

  test('cards speak the chosen language instead of the article’s', async () => {
    const page = await env.browser.open(articleUrl);
    try {
      await waitForHighlights(page, 40);
      const { popup } = await openPopup(page);
      await popup.click('details summary');
      await popup.selectOption('select[name="cardLang"]', 'en');
      await popup.close();
      await page.bringToFront();
      await hoverWord(page, 'Stoltenberg');
      const text = await waitForCard(page, (t) => !!t && t.includes('Stoltenberg'));
      expect(text).toContain('On 4 April 2024');
      expect(text).toContain('Secretary General of NATO');
      expect(text).not.toContain('Lees meer');
      await page.keyboard.press('Escape');
      expect(await cardText(page)).toBe('');
    } finally {
      await page.close();
    }
  });

  test('the toolbar badge shows the number of names marked on the tab, when switched on', async () => {
    const page = await env.browser.open(articleUrl);
    try {
      await waitForHighlights(page, 40);
      const { popup, tabId } = await openPopup(page);
      await popup.waitForSelector('button.term');
      const names = await popup.locator('button.term').count();
      const badge = (): Promise<string> => env.browser.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
      expect(await badge()).toBe('');
      await popup.click('details summary');
      await popup.click('input[name="badge"]');
      await expect.poll(badge).toBe(String(names));
      await popup.click('input[name="badge"]');
      await expect.poll(badge).toBe('');
      await popup.close();
    } finally {
      await page.close();
    }
  });
});

describe('the options page', () => {
  test('a delay that is not a number from 0 to 3000 is refused beside the field; a good one is saved', async () => {
    const options = await env.browser.openExtensionPage('options.html');
    try {
      await options.fill('input[name="dwellMs"]', '5000');
      await options.press('input[name="dwellMs"]', 'Enter');
      await options.locator('input[name="dwellMs"]').blur();
      await options.waitForSelector('#options-dwell-error');
      expect(await syncStorage()).toEqual({});
      await options.fill('input[name="dwellMs"]', '600');
      await options.locator('input[name="dwellMs"]').blur();
      await expect.poll(syncStorage).toEqual({ dwellMs: 600 });
      expect(await options.locator('#options-dwell-error').count()).toBe(0);
    } finally {
      await options.close();
    }
  });

  test('reset asks first, then puts every setting back but the hidden terms', async () => {
    await env.browser.worker.evaluate(() =>
      chrome.storage.sync.set({ markLook: 'background', enabledSites: ['nos.nl'], badge: true, hiddenEntries: ['nato'] }),
    );
    const options = await env.browser.openExtensionPage('options.html');
    try {
      await options.waitForSelector('[data-list="enabled"] li[data-site="nos.nl"]');
      await options.click('button[name="reset"]');
      await options.click('button[name="reset-cancel"]');
      expect(await syncStorage()).toEqual({ markLook: 'background', enabledSites: ['nos.nl'], badge: true, hiddenEntries: ['nato'] });
      await options.click('button[name="reset"]');
      await options.click('button[name="reset-confirm"]');
      await expect.poll(syncStorage).toEqual({ hiddenEntries: ['nato'] });
      await options.waitForSelector('[data-list="enabled"] li', { state: 'detached' });
      expect(await options.inputValue('select[name="markLook"]')).toBe('underline');
    } finally {
      await options.close();
    }
  });
});
