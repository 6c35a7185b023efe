/**
 * Hostile text in the reader's own glossary, in Chromium with the built extension. XSS payloads in every field a
 * reader can fill or import (names, other names, summary, note, role titles, capital, links) are stored as the
 * glossary is stored, then every card is opened on an article: nothing runs, no element is made from the text,
 * links that are not http(s) are taken out when the glossary is read (the rest of the entry kept, the original
 * kept aside), over-long text is taken out the same way, and the longest allowed text is cut inside the card,
 * which stays inside the window.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { cardText, hoverWord, waitForCard, waitForHighlights } from '../../scripts/harness/chromium';
import { newsPage } from '../../scripts/harness/hostile-pages';
import { cardBox, cardElements, collectConsole } from '../../scripts/harness/page-probe';
import {
  BAD_LINKS,
  HOSTILE_NAMES,
  hostileEntry,
  TRICKY_HTTP_LINKS,
  XSS_PAYLOADS,
} from '../../scripts/harness/xss-payloads';
import { useExtensionBrowser } from './setup';

const env = useExtensionBrowser();

/** The elements a card is made of; anything else came from somewhere it should not have. */
const CARD_ELEMENTS = new Set([
  '#document-fragment',
  'style',
  'div',
  'span',
  'button',
  'h2',
  'p',
  'strong',
  'ul',
  'li',
  'a',
  'details',
  'summary',
  'bdi',
  // The user-agent's own shadow tree of <details>.
  'slot',
]);

function seed(entries: unknown[]): Promise<void> {
  return env.browser.worker.evaluate(
    (list) => chrome.storage.local.set({ glossary: { version: 2, revision: 1, entries: list } }),
    entries,
  );
}

async function openCard(page: Page, name: string): Promise<string> {
  await page.mouse.move(5, 5);
  await waitForCard(page, (t) => t === null || !t.includes('Zorblax'));
  await hoverWord(page, name);
  return (await waitForCard(page, (t) => !!t && t.includes('×'), 5000))!;
}

async function noTrace(page: Page): Promise<void> {
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  expect(await page.title()).toBe('Hostile page');
  const { elements, attributes } = await cardElements(page);
  expect(elements.filter((name) => !CARD_ELEMENTS.has(name))).toEqual([]);
  expect(attributes.filter((a) => /^\w+\[on/i.test(a) || /\[(src|srcdoc|xlink:href)=/i.test(a))).toEqual([]);
  for (const link of attributes.filter((a) => a.startsWith('a[href='))) expect(link).toMatch(/^a\[href=https?:\/\//);
}

describe('hostile text in the glossary', () => {
  test('XSS payloads in every field: shown as text in the card, nothing runs, no element made', async () => {
    const entries = XSS_PAYLOADS.map((payload, i) =>
      hostileEntry(i, payload, TRICKY_HTTP_LINKS[i % TRICKY_HTTP_LINKS.length]!, BAD_LINKS[i % BAD_LINKS.length]!),
    );
    await seed(entries);
    const body = `<p>${HOSTILE_NAMES.slice(0, XSS_PAYLOADS.length)
      .map((name) => `${name} spoke.`)
      .join(' </p><p>')}</p>`;
    const url = env.server.add('/input/xss.html', newsPage({ body }));
    const page = await env.browser.context.newPage();
    const messages = collectConsole(page);
    try {
      await page.goto(url);
      await waitForHighlights(page, XSS_PAYLOADS.length);
      for (const [i, payload] of XSS_PAYLOADS.entries()) {
        const text = await openCard(page, HOSTILE_NAMES[i]!);
        // The payload itself is on the card, character for character (as text), in the name and the summary.
        const plain = payload.replace(/\s+/g, ' ').trim();
        expect(text.split(plain).length - 1).toBeGreaterThanOrEqual(2);
        await noTrace(page);
        // A link that is not http(s) never reaches the card; the tricky http one is a link, escaped.
        expect(text).toContain('Read more on Wikipedia');
      }
      expect(messages).toEqual([]);
      // The bad links were taken out when the glossary was read, every entry kept, the originals kept aside.
      const stored = await env.browser.worker.evaluate(() => chrome.storage.local.get(['glossary', 'glossaryBackup']));
      const backup = stored.glossaryBackup as { rejected: { id: string; links: { more: string } }[] };
      expect(backup.rejected.map((entry) => entry.links.more)).toEqual(expect.arrayContaining(BAD_LINKS));
    } finally {
      await page.close();
    }
  });

  test('right-to-left overrides in a role title do not turn the rest of the line around', async () => {
    await seed([hostileEntry(0, '\u202Eevil role title', 'https://example.org/', 'https://example.org/more')]);
    const url = env.server.add('/input/rtl.html', newsPage({ body: `<p>${HOSTILE_NAMES[0]} spoke.</p>` }));
    const page = await env.browser.open(url);
    try {
      await waitForHighlights(page, 1);
      await openCard(page, HOSTILE_NAMES[0]!);
      const line = (await cardBox(page, 'role-group'))!;
      const date = (await cardBox(page, 'muted'))!;
      // The dates follow the role's title on its line, as they do for any title.
      expect(date.left - line.left).toBeGreaterThan(60);
    } finally {
      await page.close();
    }
  });

  test('very long text: over the limits it is taken out on reading, at the limits it is cut in the card', async () => {
    const huge = 'Ω'.repeat(100_000);
    const wide = 'W'.repeat(120);
    await seed([
      {
        ...hostileEntry(0, 'Long entry', 'https://example.org/', 'https://example.org/'),
        summary: { en: huge },
        note: huge,
        roles: [{ label: { en: huge }, from: '2020-01-01' }],
      },
      {
        ...hostileEntry(1, wide, 'https://example.org/', 'https://example.org/'),
        summary: { en: 'S'.repeat(280) },
        note: 'N'.repeat(1000),
        roles: Array.from({ length: 40 }, (_, i) => ({ label: { en: 'R'.repeat(160) }, from: `${1980 + i}-01-01` })),
      },
    ]);
    const body = `<p>${HOSTILE_NAMES[0]} and ${HOSTILE_NAMES[1]} spoke.</p>`;
    const url = env.server.add('/input/long.html', newsPage({ body }));
    const page = await env.browser.open(url);
    try {
      await waitForHighlights(page, 2);
      const long = await openCard(page, HOSTILE_NAMES[0]!);
      expect(long).toContain('Long entry');
      expect(long).not.toContain('ΩΩΩ');
      await openCard(page, HOSTILE_NAMES[1]!);
      const text = (await cardText(page))!;
      expect(text).toContain('W'.repeat(120));
      expect(text).toContain('N'.repeat(599) + '…');
      expect(text).not.toContain('N'.repeat(600));
      const box = (await cardBox(page))!;
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.top).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(1100);
      expect(box.bottom).toBeLessThanOrEqual(800);
      // The page itself is as wide as it was: nothing spilled onto it.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1100);
      const stored = await env.browser.worker.evaluate(() => chrome.storage.local.get(['glossary', 'glossaryBackup']));
      expect((stored.glossary as { entries: unknown[] }).entries).toHaveLength(2);
      expect(JSON.stringify(stored.glossaryBackup)).toContain(huge);
    } finally {
      await page.close();
    }
  });
});
