import { beforeAll, describe, expect, test } from 'vitest';
import { useExtensionBrowser } from './setup';
import type { Page } from 'playwright-core';
import { referenceArticlePage } from '../../scripts/harness/article-page';
import {
  cardText,
  highlightedTexts,
  hoverWord,
  waitForHighlights,
  waitForCard,
} from '../../scripts/harness/chromium';

const env = useExtensionBrowser();
let url: string;

beforeAll(() => {
  url = env.server.add('/buitenland/navo-oekraine.html', referenceArticlePage());
});

async function totalMarks(page: Page): Promise<number> {
  return page.evaluate(() => [...CSS.highlights.values()].reduce((sum, h) => sum + h.size, 0));
}


describe('the reference article in Chromium', () => {
  test('every entity of the article is marked, under its category', async () => {
    const page = await env.browser.open(url);
    try {
      await waitForHighlights(page, 40);
      const byName = await highlightedTexts(page);
      const expected: [string, string][] = [
        ['NAVO', 'organization'],
        ['Oekraïne', 'country'],
        ['Rusland', 'country'],
        ['Koeleba', 'person'],
        ['Patriot', 'weapon-system'],
        ['Stoltenberg', 'person'],
        ['Duitsland', 'country'],
        ['Britten', 'country'],
        ['Frankrijk', 'country'],
        ['Finland', 'country'],
        ['Australië', 'country'],
        ['Japan', 'country'],
        ['Nieuw-Zeeland', 'country'],
        ['Zuid-Korea', 'country'],
        ['Biden', 'person'],
        ['Verenigde Staten', 'country'],
        ['VS', 'country'],
        ['Witte Huis', 'place'],
        ['Zweden', 'country'],
        ['Austin', 'person'],
        ['Donald Trump', 'person'],
        ['Trump', 'person'],
        ['Washington', 'place'],
        ['Rutte', 'person'],
        ['NOS', 'media'],
        ['Roemenië', 'country'],
        ['Iohannis', 'person'],
        ['Turkije', 'country'],
        ['Hongarije', 'country'],
        ['Slowakije', 'country'],
        ['NAVO-topman', 'office'],
        ['secretaris-generaal', 'office'],
      ];
      const missing = expected.filter(([text, category]) => !byName[`duiding-${category}`]?.includes(text));
      expect(missing).toEqual([]);
      // Nothing outside the knowledge base's forms is marked.
      const allForms = new Set(expected.map(([text]) => text));
      const extra = Object.values(byName)
        .flat()
        .filter((text) => !allForms.has(text));
      expect(extra).toEqual([]);
    } finally {
      await page.close();
    }
  });

  test('hovering Stoltenberg opens a Dutch card with his role on the article date; Escape closes it', async () => {
    const page = await env.browser.open(url);
    try {
      await waitForHighlights(page);
      expect(await cardText(page)).toBeNull();
      await hoverWord(page, 'Stoltenberg');
      const text = await waitForCard(page, (t) => !!t && t.includes('Stoltenberg'));
      expect(text).toContain('Jens Stoltenberg');
      expect(text).toContain('Op 4 april 2024');
      expect(text).toContain('secretaris-generaal van de NAVO');
      expect(text).toContain('Lees meer op Wikipedia');
      expect(text).toContain('Feiten per');

      await page.keyboard.press('Escape');
      await waitForCard(page, (t) => t === '');
    } finally {
      await page.close();
    }
  });

  test('the card stays open while the pointer moves into it, and closes after the pointer leaves', async () => {
    const page = await env.browser.open(url);
    try {
      await waitForHighlights(page);
      await hoverWord(page, 'Koeleba');
      await waitForCard(page, (t) => !!t && t.includes('Koeleba'));
      expect(await page.evaluate(() => document.querySelectorAll('duiding-card').length)).toBe(1);
      // Move down into the card (it opens below the word) in small steps, then wait past the close delay.
      const mouse = await page.evaluate(() => {
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const i = (node as Text).data.indexOf('Koeleba');
          if (i < 0) continue;
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + 7);
          const rect = range.getClientRects()[0]!;
          return { x: rect.left + 10, y: rect.bottom };
        }
        throw new Error('no Koeleba');
      });
      await page.mouse.move(mouse.x, mouse.y + 40, { steps: 5 });
      await page.waitForTimeout(800);
      expect(await cardText(page)).toContain('Koeleba');
      // Leave the card and the word: it closes.
      await page.mouse.move(5, 5, { steps: 3 });
      await waitForCard(page, (t) => t === '');
    } finally {
      await page.close();
    }
  });

  test("outside the card's host element, the page's DOM is exactly what the server sent", async () => {
    const page = await env.browser.open(url);
    try {
      await waitForHighlights(page);
      await hoverWord(page, 'Stoltenberg');
      await waitForCard(page, (t) => !!t && t.includes('Stoltenberg'));
      const result = await page.evaluate(async () => {
        const hosts = document.querySelectorAll('duiding-card');
        const source = await (await fetch(location.href)).text();
        const parsed = new DOMParser().parseFromString(source, 'text/html');
        const live = document.documentElement.cloneNode(true) as Element;
        live.querySelectorAll('duiding-card').forEach((host) => host.remove());
        return {
          hosts: hosts.length,
          hostParent: hosts[0]?.parentElement?.tagName,
          same: live.outerHTML === parsed.documentElement.outerHTML,
          styleElements: document.querySelectorAll('style').length,
          parsedStyleElements: parsed.querySelectorAll('style').length,
        };
      });
      expect(result.hosts).toBe(1);
      expect(result.hostParent).toBe('HTML');
      expect(result.same).toBe(true);
      expect(result.styleElements).toBe(result.parsedStyleElements);
    } finally {
      await page.close();
    }
  });

  test("the popup's switches remove the marks and bring them back without a reload", async () => {
    const page = await env.browser.open(url);
    try {
      await waitForHighlights(page);
      const before = await totalMarks(page);
      expect(before).toBeGreaterThan(40);
      const tabId = await env.browser.tabIdOf(page);
      const popup = await env.browser.openExtensionPage('popup.html', `?tab=${tabId}`);
      await popup.waitForSelector('[data-count]');
      expect(await popup.getAttribute('[data-count]', 'data-count')).toBe(String(before));

      await popup.click('input[name="enabled"]');
      await page.waitForFunction(() => [...CSS.highlights.values()].every((h) => h.size === 0));
      await popup.click('input[name="enabled"]');
      await waitForHighlights(page, before);

      await popup.click('input[name="site"]');
      await page.waitForFunction(() => [...CSS.highlights.values()].every((h) => h.size === 0));
      // Only what was changed is stored, beside the settings' version.
      const settings = async (): Promise<Record<string, unknown>> => {
        const { settingsVersion, ...rest } = await env.browser.worker.evaluate(() => chrome.storage.sync.get(null));
        expect(settingsVersion).toBe(1);
        return rest;
      };
      expect(await settings()).toEqual({ disabledSites: ['127.0.0.1'] });
      await popup.click('input[name="site"]');
      await waitForHighlights(page, before);
      expect(await settings()).toEqual({});

      // The names on the page, by category; a click shows the first mention with its card.
      await popup.reload();
      await popup.waitForSelector('.term-group[data-category="person"] button[data-id="jens-stoltenberg"]');
      const people = await popup.locator('.term-group[data-category="person"] button.term').allTextContents();
      expect(people.map((text) => text.replace(/\s+/g, ' ').trim())).toEqual(
        expect.arrayContaining(['Dmytro Kuleba ×1', 'Mark Rutte ×4']), // the popup speaks the browser's language
      );
      expect(await popup.locator('.term-group').count()).toBeGreaterThanOrEqual(5);
      expect(await cardText(page)).toBeNull();
      await popup.click('button[data-id="klaus-iohannis"]');
      await waitForCard(page, (text) => !!text && text.includes('Klaus Iohannis'));
      await popup.close();
    } finally {
      await page.close();
    }
  });
});
