import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { useExtensionBrowser } from './setup';
import type { Page } from 'playwright-core';
import { referenceArticlePage } from '../../scripts/harness/article-page';
import {
  cardLayerAttribute,
  cardMarkup,
  cardStyle,
  cardText,
  clickCardButton,
  EXTENSION_DIR,
  highlightedTexts,
  hoverWord,
  waitForHighlights,
  waitForCard,
} from '../../scripts/harness/chromium';
import { darken, samplePage } from '../../scripts/harness/sample-articles';

const env = useExtensionBrowser();


async function openCard(url: string, word: string, expected: string): Promise<{ page: Page; text: string }> {
  const page = await env.browser.open(url);
  await waitForHighlights(page);
  await hoverWord(page, word);
  const text = (await waitForCard(page, (t) => !!t && t.includes(expected)))!;
  return { page, text };
}

/** Whether the card's own file (`card.js`) was compiled in the page's tab, by the scripts the debugger has seen. */
async function cardCodeLoaded(page: Page): Promise<boolean> {
  const session = await page.context().newCDPSession(page);
  const urls: string[] = [];
  session.on('Debugger.scriptParsed', (event: { url: string }) => urls.push(event.url));
  await session.send('Debugger.enable');
  await session.detach();
  if (!urls.some((url) => url.startsWith('chrome-extension://'))) throw new Error('the content script is not among the scripts seen');
  return urls.some((url) => url.startsWith('chrome-extension://') && url.endsWith('/card.js'));
}

describe('the card', () => {
  test('Rutte on the reference article (April 2024): then prime minister, now NATO Secretary General', async () => {
    const { page, text } = await openCard(env.server.add('/nl-2024.html', referenceArticlePage('2024-04-04')), 'Rutte', 'Mark Rutte');
    try {
      expect(text).toMatch(/Op 4 april 2024 premier van Nederland \( 14 oktober 2010 tot 2 juli 2024 \)/);
      expect(text).toMatch(/Nu secretaris-generaal van de NAVO \( sinds 1 oktober 2024 \)/);
    } finally {
      await page.close();
    }
  });

  test('Rutte on a page dated March 2025: Secretary General only, no "now"', async () => {
    const { page, text } = await openCard(env.server.add('/nl-2025.html', referenceArticlePage('2025-03-12')), 'Rutte', 'Mark Rutte');
    try {
      expect(text).toContain('Op 12 maart 2025 secretaris-generaal van de NAVO');
      expect(text).not.toContain('premier van Nederland (');
      expect(text).not.toMatch(/\bNu\b/);
    } finally {
      await page.close();
    }
  });

  test('opens on a page whose Content-Security-Policy allows nothing, styled (the card is drawn by its own module)', async () => {
    const csp = { 'content-security-policy': "default-src 'none'; script-src 'none'; style-src 'none'; img-src 'none'" };
    const url = env.server.add('/nl-csp.html', referenceArticlePage('2024-04-04'), csp);
    const { page, text } = await openCard(url, 'Rutte', 'Mark Rutte');
    try {
      expect(text).toContain('Nu secretaris-generaal van de NAVO');
      // The card's own styles apply: a card with no styles would have no border radius.
      expect(await cardStyle(page, 'border-top-left-radius')).toBe('10px');
    } finally {
      await page.close();
    }
  });

  test.each([
    ['en', 'Stoltenberg', 'On 4 April 2024', 'Secretary General of NATO'],
    ['de', 'Stoltenberg', 'Am 4. April 2024', 'NATO-Generalsekretär'],
    ['fr', 'Stoltenberg', 'Le 4 avril 2024', "secrétaire général de l'OTAN"],
  ] as const)('speaks the page language: %s', async (lang, word, then, role) => {
    const { page, text } = await openCard(env.server.add(`/sample-${lang}.html`, samplePage(lang)), word, 'Jens Stoltenberg');
    try {
      expect(text).toContain(then);
      expect(text).toContain(role);
    } finally {
      await page.close();
    }
  });

  test('is dark on a dark page and light on a light one', async () => {
    const dark = await openCard(env.server.add('/dark.html', darken(referenceArticlePage())), 'Stoltenberg', 'Stoltenberg');
    try {
      expect(await cardLayerAttribute(dark.page, 'data-theme')).toBe('dark');
    } finally {
      await dark.page.close();
    }
    const light = await openCard(env.server.add('/light.html', referenceArticlePage()), 'Stoltenberg', 'Stoltenberg');
    try {
      expect(await cardLayerAttribute(light.page, 'data-theme')).toBe('light');
    } finally {
      await light.page.close();
    }
  });

  test('axe-core finds no violations in the card (light and dark)', async () => {
    const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    for (const html of [referenceArticlePage(), darken(referenceArticlePage())]) {
      const { page } = await openCard(env.server.add(`/axe-${html.length}.html`, html), 'Rutte', 'Mark Rutte');
      let markup: string | null;
      try {
        markup = await cardMarkup(page);
      } finally {
        await page.close();
      }
      expect(markup).toBeTruthy();
      // The card's own markup and styles, copied out of the closed shadow root into a page of their own.
      const copy = await env.browser.context.newPage();
      try {
        await copy.setContent(`<!doctype html><html lang="nl"><head><title>card</title></head><body><main>${markup}</main></body></html>`);
        await copy.addScriptTag({ content: axeSource });
        const result = await copy.evaluate(async () => {
          const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe;
          return axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] });
        });
        expect(result.violations.filter((v) => v.id !== 'region').map((v) => v.id)).toEqual([]);
      } finally {
        await copy.close();
      }
    }
  });

  test('keyboard only: the command starts term navigation, arrows move, Enter opens, Escape closes and leaves', async () => {
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
      commands: Record<string, { suggested_key: { default: string } }>;
    };
    expect(manifest.commands['navigate-terms']?.suggested_key.default).toBe('Alt+Shift+D');
    const page = await env.browser.open(env.server.add('/keys.html', referenceArticlePage()));
    try {
      await waitForHighlights(page, 40);
      const tabId = await env.browser.tabIdOf(page);
      // What the background does when the command's keys are pressed.
      await env.browser.worker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'navigate' }), tabId);
      const focused = async (): Promise<string[]> => (await highlightedTexts(page))['duiding-focus'] ?? [];
      await page.waitForFunction(() => CSS.highlights.has('duiding-focus'));
      expect(await focused()).toEqual(['NAVO']);
      await page.keyboard.press('ArrowDown');
      expect(await focused()).toEqual(['Oekraïne']);
      await page.keyboard.press('j');
      await page.keyboard.press('k');
      await page.keyboard.press('ArrowRight');
      const term = (await focused())[0]!;
      await page.keyboard.press('Enter');
      const text = await waitForCard(page, (t) => !!t && t.includes('Feiten per'));
      expect(text).toMatch(/van \d+: /);
      expect(term.length).toBeGreaterThan(0);
      await page.keyboard.press('Escape');
      await waitForCard(page, (t) => t !== null && !t.includes('Feiten per'));
      expect(await focused()).toEqual([term]);
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => !CSS.highlights.has('duiding-focus'));
    } finally {
      await page.close();
    }
  });

  test('the popup asks for a term before the pointer moved: its first mention gets its card, pinned', async () => {
    const page = await env.browser.open(env.server.add('/show-term.html', referenceArticlePage()));
    try {
      await waitForHighlights(page, 40);
      // The pointer away from every term: no card.
      await page.mouse.move(5, 5);
      await page.waitForTimeout(300);
      expect(await cardText(page)).toBeNull();
      const tabId = await env.browser.tabIdOf(page);
      // What the popup sends when a term in its list is chosen.
      const answer = await env.browser.worker.evaluate(
        (id) => chrome.tabs.sendMessage(id, { type: 'show-term', id: 'mark-rutte' }),
        tabId,
      );
      expect(answer).toEqual({ ok: true });
      const text = await waitForCard(page, (t) => !!t && t.includes('Mark Rutte'));
      expect(text).toContain('Mark Rutte');
      // Pinned: moving the pointer away leaves it open.
      await page.mouse.move(5, 5);
      await page.mouse.move(8, 8);
      await page.waitForTimeout(600);
      expect(await cardText(page)).toContain('Mark Rutte');
    } finally {
      await page.close();
    }
  });

  test('"not this one" takes one mention off the page; "hide this term" stops marking the entry', async () => {
    const { page } = await openCard(env.server.add('/actions.html', referenceArticlePage()), 'Iohannis', 'Klaus Iohannis');
    try {
      const persons = async (): Promise<string[]> => (await highlightedTexts(page))['duiding-person'] ?? [];
      expect(await persons()).toContain('Iohannis');
      await clickCardButton(page, 'Niet deze');
      await page.waitForFunction(() => ![...(CSS.highlights.get('duiding-person') ?? [])].some((r) => (r as Range).toString() === 'Iohannis'));
      const stoltenbergs = (await persons()).filter((t) => t === 'Stoltenberg').length;
      expect(stoltenbergs).toBeGreaterThan(1);

      await hoverWord(page, 'Stoltenberg');
      await waitForCard(page, (t) => !!t && t.includes('Jens Stoltenberg'));
      await clickCardButton(page, 'Verberg deze term');
      await page.waitForFunction(() => ![...(CSS.highlights.get('duiding-person') ?? [])].some((r) => (r as Range).toString() === 'Stoltenberg'));
      expect(await env.browser.worker.evaluate(() => chrome.storage.sync.get('hiddenEntries'))).toEqual({ hiddenEntries: ['jens-stoltenberg'] });
      // Undone on the options page.
      const options = await env.browser.openExtensionPage('options.html');
      await options.click('.hidden-terms li[data-id="jens-stoltenberg"] button');
      await page.waitForFunction(() => [...(CSS.highlights.get('duiding-person') ?? [])].some((r) => (r as Range).toString() === 'Stoltenberg'));
      expect(await env.browser.worker.evaluate(() => chrome.storage.sync.get('hiddenEntries'))).toEqual({});
      await options.close();
    } finally {
      await page.close();
    }
  });

  test("the card's code loads only when the pointer rests on a mark: not over plain text, not over the page's own highlight", async () => {
    const page = await env.browser.open(env.server.add('/lazy-card.html', referenceArticlePage()));
    try {
      await waitForHighlights(page);
      const marked = Object.values(await highlightedTexts(page)).flat();
      expect(marked).toContain('Koeleba');
      expect(marked).not.toContain('jubileum');
      expect(marked).not.toContain('bondgenootschap');
      // The page paints a highlight of its own over a word the extension does not mark.
      await page.evaluate(() => {
        const walker = document.createTreeWalker(document.querySelector('article')!, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = (node as Text).data.indexOf('jubileum');
          if (at < 0) continue;
          const range = new Range();
          range.setStart(node, at);
          range.setEnd(node, at + 'jubileum'.length);
          CSS.highlights.set('page-own', new Highlight(range));
          return;
        }
      });
      await hoverWord(page, 'bondgenootschap');
      await page.waitForTimeout(400);
      await hoverWord(page, 'jubileum');
      await page.waitForTimeout(400);
      expect(await cardCodeLoaded(page)).toBe(false);
      await hoverWord(page, 'Koeleba');
      await waitForCard(page, (t) => !!t && t.includes('Dmytro Koeleba'));
      expect(await cardCodeLoaded(page)).toBe(true);
    } finally {
      await page.close();
    }
  });

  test('a pinned card stays open after the pointer leaves', async () => {
    const { page } = await openCard(env.server.add('/pin.html', referenceArticlePage()), 'Koeleba', 'Dmytro Koeleba');
    try {
      await clickCardButton(page, 'Vastzetten');
      await page.mouse.move(5, 5, { steps: 3 });
      await page.waitForTimeout(800);
      expect(await cardText(page)).toContain('Dmytro Koeleba');
      await page.keyboard.press('Escape');
      await waitForCard(page, (t) => t !== null && !t.includes('Koeleba'));
    } finally {
      await page.close();
    }
  });
});
