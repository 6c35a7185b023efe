/**
 * The glossary on the options page, in Chromium with the built extension: adding, editing, extending a bundled
 * entry, switching entries off and deleting with undo, each seen at once on an open article; and the table with
 * twenty thousand own entries.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useExtensionBrowser } from './setup';
import { referenceArticlePage } from '../../scripts/harness/article-page';
import { highlightedTexts, hoverWord, waitForCard, waitForHighlights } from '../../scripts/harness/chromium';
import { syntheticEntries } from '../helpers/glossary';

const env = useExtensionBrowser();
let url: string;

beforeAll(() => {
  url = env.server.add('/buitenland/navo-glossary.html', referenceArticlePage());
});

afterEach(async () => {
  await env.browser.worker.evaluate(async () => {
    await chrome.storage.local.clear();
    await chrome.storage.sync.clear();
  });
});

/** Every marked text on the page, whatever its category. */
async function marked(page: Page): Promise<string[]> {
  const byName = await highlightedTexts(page);
  return Object.entries(byName)
    .filter(([name]) => name !== 'duiding-focus')
    .flatMap(([, texts]) => texts);
}

/** Waits until `word` is marked on the page (or, with `present` false, no longer marked). */
async function waitForMark(page: Page, word: string, present = true): Promise<void> {
  await page.waitForFunction(
    ({ word, present }) =>
      [...CSS.highlights].some(([name, h]) => name !== 'duiding-focus' && [...h].some((r) => (r as Range).toString() === word)) === present,
    { word, present },
    { timeout: 10000 },
  );
}

const storedLocal = (): Promise<Record<string, unknown>> => env.browser.worker.evaluate(() => chrome.storage.local.get(null));
const hiddenStored = (): Promise<unknown> =>
  env.browser.worker.evaluate(async () => (await chrome.storage.sync.get('hiddenEntries')).hiddenEntries ?? []);
const ownStored = (): Promise<unknown> =>
  env.browser.worker.evaluate(async () => ((await chrome.storage.local.get('glossary')).glossary as { entries?: unknown[] } | undefined)?.entries);

async function openArticleAndOptions(): Promise<{ page: Page; options: Page }> {
  const page = await env.browser.open(url);
  await waitForHighlights(page);
  const options = await env.browser.openExtensionPage('options.html');
  await options.waitForSelector('.vlist li');
  return { page, options };
}

/** Opens an entry from the table by searching for it and clicking its row. */
async function openEntry(options: Page, query: string, id: string): Promise<void> {
  await options.fill('.glossary-list input[type="search"]', query);
  await options.click(`.vlist li[data-id="${id}"] button`);
  await options.waitForSelector(`.entry-panel[data-entry="${id}"]`);
}

const save = (options: Page): Promise<void> => options.click('.entry-panel button[type="submit"]');

describe('the glossary on the options page', () => {
  test('a new term: a javascript: link is refused beside its field; saved, it is marked on the open article', async () => {
    const { page, options } = await openArticleAndOptions();
    try {
      expect(await marked(page)).not.toContain('jubileum');
      const before = await storedLocal();
      await options.click('button[name="add"]');
      await options.fill('[name="names.nl.label"]', 'jubileum');
      await options.fill('[name="more"]', 'javascript:alert(1)');
      await save(options);
      await options.waitForSelector('#f-more-error');
      expect(await options.textContent('#f-more-error')).toContain('http');
      expect(await options.getAttribute('[name="more"]', 'aria-invalid')).toBe('true');
      expect(await options.getAttribute('[name="more"]', 'aria-describedby')).toBe('f-more-error');
      expect(await storedLocal()).toEqual(before);

      await options.fill('[name="more"]', 'https://nl.wikipedia.org/wiki/Jubileum');
      await options.fill('[name="summary.nl"]', 'Een gedenkdag na een rond aantal jaren.');
      await save(options);
      await options.waitForSelector('.entry-panel[data-entry="own-jubileum"]');
      await waitForMark(page, 'jubileum');
      await hoverWord(page, 'jubileum');
      const text = await waitForCard(page, (t) => !!t && t.includes('gedenkdag'));
      expect(text).toContain('Lees meer');
    } finally {
      await options.close();
      await page.close();
    }
  });

  test('editing an own term: an added alias is marked at once', async () => {
    await env.browser.worker.evaluate(() =>
      chrome.storage.local.set({
        glossary: {
          version: 1,
          entries: [{ id: 'own-munitie', category: 'weapon-system', names: { nl: { label: 'munitie', aliases: [] } }, summary: {}, roles: [], links: { wikipedia: {} } }],
        },
      }),
    );
    const { page, options } = await openArticleAndOptions();
    try {
      await waitForMark(page, 'munitie');
      expect(await marked(page)).not.toContain('reserveonderdelen');
      await openEntry(options, 'munitie', 'own-munitie');
      expect(await options.inputValue('[name="id"]')).toBe('own-munitie');
      await options.fill('[name="names.nl.aliases"]', 'reserveonderdelen');
      await save(options);
      await waitForMark(page, 'reserveonderdelen');
      const stored = (await ownStored()) as { names: { nl: { aliases: string[] } } }[];
      expect(stored.map((e) => e.names.nl.aliases)).toEqual([['reserveonderdelen']]);
    } finally {
      await options.close();
      await page.close();
    }
  });

  test('extending a bundled entry: an extra alias and a note; deleting the own version brings the bundled one back', async () => {
    const { page, options } = await openArticleAndOptions();
    try {
      expect(await marked(page)).not.toContain('bondgenootschap');
      await openEntry(options, 'Noord-Atlantische', 'nato');
      expect(await options.inputValue('[name="names.nl.label"]')).toBe('NAVO');
      const aliases = await options.inputValue('[name="names.nl.aliases"]');
      await options.fill('[name="names.nl.aliases"]', `${aliases}\nbondgenootschap`);
      await options.fill('[name="note"]', 'Mijn notitie over het bondgenootschap.');
      await save(options);
      await waitForMark(page, 'bondgenootschap');
      await hoverWord(page, 'bondgenootschap');
      await waitForCard(page, (t) => !!t && t.includes('Mijn notitie over het bondgenootschap.'));
      expect(await options.textContent('.vlist li[data-id="nato"]')).toMatch(/changed/);

      await options.click('.entry-panel button[name="delete"]');
      await waitForMark(page, 'bondgenootschap', false);
      expect(await marked(page)).toContain('NAVO');
      expect(await options.inputValue('[name="note"]')).toBe('');
    } finally {
      await options.close();
      await page.close();
    }
  });

  test('switching a bundled entry off takes its marks off the article, and on again brings them back', async () => {
    const { page, options } = await openArticleAndOptions();
    try {
      await waitForMark(page, 'Rutte');
      await openEntry(options, 'rutte', 'mark-rutte');
      await options.click('.entry-panel button[name="toggle"]');
      await waitForMark(page, 'Rutte', false);
      expect(await hiddenStored()).toEqual(['mark-rutte']);
      await options.selectOption('select[name="filter-source"]', 'disabled');
      await options.fill('.glossary-list input[type="search"]', '');
      expect(await options.$$eval('.vlist li', (items) => items.map((li) => li.getAttribute('data-id')))).toEqual(['mark-rutte']);

      await options.click('.entry-panel button[name="toggle"]');
      await waitForMark(page, 'Rutte');
      expect(await hiddenStored()).toEqual([]);
    } finally {
      await options.close();
      await page.close();
    }
  });

  test('deleting an own term takes it off the article; Undo restores exactly what was stored', async () => {
    const entries = [
      { id: 'own-granaten', category: 'weapon-system', names: { nl: { label: 'granaten', aliases: ['granaat'] } }, summary: { nl: 'Explosieve projectielen.' }, roles: [], links: { wikipedia: {} } },
      { id: 'own-drones', category: 'weapon-system', names: { nl: { label: 'drones', aliases: [] } }, summary: {}, roles: [], links: { wikipedia: {}, more: 'https://example.org/drones' } },
    ];
    await env.browser.worker.evaluate((entries) => chrome.storage.local.set({ glossary: { version: 1, entries } }), entries);
    const { page, options } = await openArticleAndOptions();
    try {
      await waitForMark(page, 'granaten');
      const before = await ownStored();
      expect(before).toEqual(entries);
      await openEntry(options, 'granaat', 'own-granaten');
      await options.click('.entry-panel button[name="delete"]');
      await waitForMark(page, 'granaten', false);
      expect(await options.$('.entry-panel')).toBeNull();
      expect(await options.textContent('.toast')).toContain('granaten');

      await options.click('.toast button[name="undo"]');
      await waitForMark(page, 'granaten');
      expect(await ownStored()).toEqual(before);
      expect(await marked(page)).toContain('drones');
    } finally {
      await options.close();
      await page.close();
    }
  });

  test('twenty thousand own entries: a bounded number of rows in the page, search filters them, keys move and open', async () => {
    // Sent as one JSON string: handing the worker twenty thousand objects one by one takes seconds.
    const entries = JSON.stringify(syntheticEntries(20_000));
    await env.browser.worker.evaluate((json) => chrome.storage.local.set({ glossary: { version: 1, entries: JSON.parse(json) } }), entries);
    const options = await env.browser.openExtensionPage('options.html');
    try {
      await options.waitForFunction(() => /\b20,?\d{3} of 20,?\d{3}\b/.test(document.querySelector('.count')?.textContent ?? ''), null, { timeout: 20000 });
      const rows = await options.$$eval('.vlist li', (items) => items.length);
      expect(rows).toBeGreaterThan(5);
      expect(rows).toBeLessThan(30);

      await options.fill('.glossary-list input[type="search"]', 'alias 19999');
      await options.waitForFunction(() => document.querySelector('.count')?.textContent?.startsWith('1 of'));
      expect(await options.$$eval('.vlist li', (items) => items.map((li) => li.getAttribute('data-id')))).toEqual(['own-term-19999']);

      await options.fill('.glossary-list input[type="search"]', 'alias 1999');
      await options.waitForFunction(() => document.querySelector('.count')?.textContent?.startsWith('12 of'));
      await options.focus('.vlist button[tabindex="0"]');
      await options.keyboard.press('ArrowDown');
      await options.keyboard.press('ArrowDown');
      // The focus is on the third row as soon as the keys are handled.
      expect(await options.evaluate(() => document.activeElement?.closest('li')?.getAttribute('aria-posinset'))).toBe('3');
      const id = await options.evaluate(() => document.activeElement?.closest('li')?.getAttribute('data-id'));
      expect(id).toMatch(/^own-term-\d+$/);
      await options.keyboard.press('Enter');
      await options.waitForSelector(`.entry-panel[data-entry="${id}"]`);
      expect(await options.evaluate(() => document.activeElement?.id)).toBe('entry-panel-title');
    } finally {
      await options.close();
    }
  });

  test.each(['light', 'dark'] as const)('axe-core finds no violations with an entry open, its errors and a message showing (%s)', async (scheme) => {
    const axe = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    const options = await env.browser.openExtensionPage('options.html');
    try {
      await options.emulateMedia({ colorScheme: scheme });
      await options.waitForSelector('.vlist li');
      await openEntry(options, 'rutte', 'mark-rutte');
      await options.click('.entry-panel button[name="toggle"]');
      await options.waitForSelector('.toast span');
      await options.fill('[name="wikipedia.nl"]', 'javascript:alert(1)');
      await options.fill('[name="roles.0.from"]', 'gisteren');
      await save(options);
      await options.waitForSelector('#f-wikipedia-nl-error');
      // Evaluated through the DevTools protocol: the extension's pages allow no inline script.
      await options.evaluate(axe);
      const found = await options.evaluate(async () => {
        const run = (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run;
        const result = await run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] });
        return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      });
      expect(found).toEqual([]);
    } finally {
      await options.close();
    }
  });
});
