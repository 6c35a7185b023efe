/**
 * Pages that fight back, in Chromium with the built extension: DOM methods and globals replaced in the page's
 * world, everything styled away under overlays at the top z-index, editors, frames and shadow roots. Duiding's
 * content script runs in its own world, paints its marks and shows its card regardless, never marks an editor,
 * leaves frames alone (the manifest does not ask for `all_frames`) and never touches the page's shadow roots.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { cardText, waitForCard } from '../../scripts/harness/chromium';
import {
  newsPage,
  OVERLAY_SCRIPT,
  PROSE,
  PROSE_NAMES,
  SHADOW_SCRIPT,
  TRAP_SCRIPT,
  UNSET_STYLE,
} from '../../scripts/harness/hostile-pages';
import {
  cardBox,
  cleanWorld,
  collectConsole,
  HIGHLIGHTS_EXPRESSION,
  markedTexts,
  wordPointExpression,
  type CleanWorld,
} from '../../scripts/harness/page-probe';
import { startServer } from '../../scripts/harness/server';
import { useExtensionBrowser } from './setup';

const env = useExtensionBrowser();

async function waitForMarks(world: CleanWorld, expected: string[], timeout = 10000): Promise<string[]> {
  const until = Date.now() + timeout;
  let marked: string[] = [];
  while (Date.now() < until) {
    marked = markedTexts(await world.evaluate<Record<string, string[]>>(HIGHLIGHTS_EXPRESSION));
    if (expected.every((name) => marked.includes(name))) return marked;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Marks never reached ${JSON.stringify(expected)}; last: ${JSON.stringify(marked)}`);
}

async function hover(page: Page, world: CleanWorld, word: string): Promise<void> {
  const point = await world.evaluate<{ x: number; y: number } | null>(wordPointExpression(word));
  if (!point) throw new Error(`"${word}" is not on the page`);
  await page.mouse.move(point.x - 30, point.y + 40);
  await page.mouse.move(point.x, point.y, { steps: 4 });
}

describe('hostile pages', () => {
  test('a page that replaces DOM methods, Range, CSS, MutationObserver and attachShadow in its own world', async () => {
    const url = env.server.add('/hostile/traps.html', newsPage({ body: PROSE, script: TRAP_SCRIPT }));
    const page = await env.browser.context.newPage();
    const messages = collectConsole(page);
    try {
      await page.goto(url);
      const world = await cleanWorld(page);
      // The page's own world really is broken.
      expect(
        await page.evaluate(() => typeof (window as unknown as { CSS: { highlights: unknown } }).CSS.highlights),
      ).toBe('object');
      await expect(page.evaluate(() => document.createRange())).rejects.toThrow(/trapped/);
      await page.evaluate(() => ((window as unknown as { __trapCalls: string[] }).__trapCalls.length = 0));
      const marked = await waitForMarks(world, PROSE_NAMES);
      expect(marked).toEqual(PROSE_NAMES);
      await hover(page, world, 'Stoltenberg');
      const text = await waitForCard(page, (t) => !!t && t.includes('Stoltenberg'));
      expect(text).toMatch(/Secretary General|secretaris-generaal/i);
      // None of the traps was ever called: the content script has its own DOM bindings and globals.
      expect(await world.evaluate<string[]>('window.__trapCalls ?? "not visible"')).toBe('not visible');
      expect(await page.evaluate(() => (window as unknown as { __trapCalls: string[] }).__trapCalls)).toEqual([]);
      expect(messages).toEqual([]);
    } finally {
      await page.close();
    }
  });

  test("a page probing for the extension finds nothing at its modules' fixed addresses, and the card still opens", async () => {
    const url = env.server.add('/hostile/probe.html', newsPage({ body: PROSE }));
    const page = await env.browser.context.newPage();
    const fixed = ['card.js', 'content-main.js'].map((file) => `chrome-extension://${env.browser.extensionId}/${file}`);
    const probe = (): Promise<string[]> =>
      page.evaluate(
        (addresses) =>
          Promise.all(
            addresses.map(async (address) => {
              try {
                return `loaded ${(await fetch(address)).status}`;
              } catch {
                return 'not loaded';
              }
            }),
          ),
        fixed,
      );
    try {
      await page.goto(url);
      const world = await cleanWorld(page);
      // The content script imported its own module (the marks are there) from the address of this browser session
      // (use_dynamic_url); the fixed address gives the page nothing.
      await waitForMarks(world, PROSE_NAMES);
      expect(await probe()).toEqual(['not loaded', 'not loaded']);
      // So is the card's code imported.
      await hover(page, world, 'Stoltenberg');
      await waitForCard(page, (t) => !!t && t.includes('Stoltenberg'));
      expect(await probe()).toEqual(['not loaded', 'not loaded']);
      // Nor does the page's resource timeline name the address either module came from.
      const named = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
      expect(named.filter((name) => name.startsWith('chrome-extension:'))).toEqual([]);
    } finally {
      await page.close();
    }
  });

  test('`* { all: unset !important }` and overlays at the top z-index: the card shows above them, readable', async () => {
    const url = env.server.add(
      '/hostile/unset.html',
      newsPage({ head: UNSET_STYLE, body: `<p style="padding-top:40px">${PROSE.slice(3)}`, script: OVERLAY_SCRIPT }),
    );
    const page = await env.browser.context.newPage();
    const messages = collectConsole(page);
    try {
      await page.goto(url);
      const world = await cleanWorld(page);
      await waitForMarks(world, ['NATO', 'Jens Stoltenberg']);
      await hover(page, world, 'Stoltenberg');
      const text = await waitForCard(page, (t) => !!t && t.includes('Stoltenberg'));
      expect(text).toMatch(/Secretary General/i);
      const box = (await cardBox(page))!;
      expect(box.right - box.left).toBeGreaterThan(150);
      expect(box.bottom - box.top).toBeGreaterThan(80);
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(1100);
      expect(box.bottom).toBeLessThanOrEqual(800);
      // What is on top at the card's middle (and near its corners) is the card's host, not the banner or overlay.
      const points = [
        [(box.left + box.right) / 2, (box.top + box.bottom) / 2],
        [box.left + 12, box.bottom - 12],
        [box.right - 12, box.top + 12],
      ];
      for (const [x, y] of points) {
        expect(await world.evaluate<string>(`document.elementFromPoint(${x}, ${y})?.localName ?? ''`)).toBe(
          'duiding-card',
        );
      }
      // The page's banner is still there, at the end of the document, as the page wants it.
      expect(await world.evaluate<string>('document.documentElement.lastElementChild.id')).toBe('banner');
      expect(messages).toEqual([]);
    } finally {
      await page.close();
    }
  });

  test('the page takes the card out of the document: the next card is back on top, nothing logged', async () => {
    const url = env.server.add('/hostile/remover.html', newsPage({ body: PROSE }));
    const page = await env.browser.context.newPage();
    const messages = collectConsole(page);
    try {
      await page.goto(url);
      const world = await cleanWorld(page);
      await waitForMarks(world, PROSE_NAMES);
      await hover(page, world, 'Stoltenberg');
      await waitForCard(page, (t) => !!t && t.includes('Stoltenberg'));
      // Straight on to another term: the first card's closing does not stop the second from opening.
      await hover(page, world, 'NATO');
      await waitForCard(page, (t) => !!t && t.includes('alliance'));
      // Removed while open (as a framework that owns the whole document might), then another term is pointed at.
      await page.evaluate(() => document.querySelector('duiding-card')!.remove());
      await hover(page, world, 'Germany');
      await waitForCard(page, (t) => !!t && t.includes('Berlin'));
      const box = (await cardBox(page))!;
      const middle = `document.elementFromPoint(${(box.left + box.right) / 2}, ${(box.top + box.bottom) / 2})?.localName`;
      expect(await world.evaluate<string>(middle)).toBe('duiding-card');
      expect(messages).toEqual([]);
    } finally {
      await page.close();
    }
  });

  test('editors and form fields are never annotated, also when names are typed or pasted into them', async () => {
    const body =
      `${PROSE}<div contenteditable="true" id="editor"><p>France in a rich-text editor</p><ul><li>Japan in its list</li></ul></div>` +
      '<div contenteditable="plaintext-only" id="plain">Poland in a plain editor</div>' +
      '<textarea id="area">Sweden in a textarea</textarea><input id="field" value="Norway in an input">' +
      '<div role="textbox" contenteditable="" id="box">Finland in a textbox</div>';
    const url = env.server.add('/hostile/editors.html', newsPage({ body }));
    const page = await env.browser.open(url);
    try {
      const world = await cleanWorld(page);
      await waitForMarks(world, PROSE_NAMES);
      await page.click('#editor p');
      await page.keyboard.type(' and Emmanuel Macron with Olaf Scholz');
      await page.evaluate(() => {
        const p = document.createElement('p');
        p.textContent = 'Pasted: Mark Rutte visited Kyiv.';
        document.getElementById('editor')!.append(p);
      });
      await page.click('#area');
      await page.keyboard.type(' Mark Rutte');
      await page.click('#plain');
      await page.keyboard.type(' Estonia');
      // A change outside the editors is annotated: the watcher ran after the edits above.
      await page.evaluate(() => {
        const p = document.createElement('p');
        p.textContent = 'Later, Belgium joined.';
        document.getElementById('story')!.append(p);
      });
      const marked = await waitForMarks(world, [...PROSE_NAMES, 'Belgium']);
      expect(marked).toEqual([...PROSE_NAMES, 'Belgium'].sort());
    } finally {
      await page.close();
    }
  });

  test('frames are left alone (content script in the top frame only); the page around them is annotated', async () => {
    const other = await startServer();
    try {
      const framed = newsPage({ body: '<p>NATO and Germany inside a frame, with Jens Stoltenberg.</p>' });
      const sameUrl = env.server.add('/hostile/framed.html', framed);
      const crossUrl = other.add('/framed.html', framed);
      const url = env.server.add(
        '/hostile/frames.html',
        newsPage({
          body: PROSE,
          after: `<iframe id="same" src="${sameUrl}" width="600" height="200"></iframe><iframe id="cross" src="${crossUrl}" width="600" height="200"></iframe>`,
        }),
      );
      const page = await env.browser.open(url);
      try {
        const world = await cleanWorld(page);
        await waitForMarks(world, PROSE_NAMES);
        await page.waitForTimeout(1500);
        expect(page.frames()).toHaveLength(3);
        for (const frame of page.frames().slice(1)) {
          const names = await frame.evaluate(() => [...CSS.highlights.keys()]);
          expect(names).toEqual([]);
          expect(await frame.evaluate(() => document.querySelector('duiding-card'))).toBeNull();
        }
        // Marks in the top frame cover its own text only.
        expect(markedTexts(await world.evaluate(HIGHLIGHTS_EXPRESSION))).toEqual(PROSE_NAMES);
      } finally {
        await page.close();
      }
    } finally {
      await other.close();
    }
  });

  test('a name cut into many text nodes (one per letter, as some sites do for effects) is marked whole, and each part opens its card', async () => {
    const letters = [...'Stoltenberg'].map((ch) => `<span>${ch}</span>`).join('');
    const filler = Array.from({ length: 400 }, (_, i) => `<span>w${i} </span>`).join('');
    const url = env.server.add(
      '/hostile/split.html',
      newsPage({ body: `<p>${filler}NATO chief Jens ${letters} spoke, ${filler}</p>` }),
    );
    const page = await env.browser.open(url);
    try {
      const world = await cleanWorld(page);
      await waitForMarks(world, ['Jens Stoltenberg']);
      for (const part of ['J', 'ten', 'g']) {
        await page.mouse.move(5, 5);
        await waitForCard(page, (t) => !t?.includes('Stoltenberg'));
        const point = await world.evaluate<{ x: number; y: number }>(`(() => {
          const spans = [...document.querySelectorAll('p span')].filter((s) => s.textContent.length === 1);
          const at = ${JSON.stringify(part)} === 'J' ? null : ${JSON.stringify(part)} === 'ten' ? spans[4] : spans[10];
          const range = document.createRange();
          if (at) range.selectNodeContents(at);
          else { const text = [...document.querySelector('p').childNodes].find((n) => n.nodeType === 3 && n.data.includes('Jens')); range.setStart(text, text.data.indexOf('Jens')); range.setEnd(text, text.data.indexOf('Jens') + 1); }
          const rect = range.getBoundingClientRect();
          return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
        })()`);
        await page.mouse.move(point.x - 20, point.y + 30);
        await page.mouse.move(point.x, point.y, { steps: 4 });
        expect(await waitForCard(page, (t) => !!t && t.includes('Stoltenberg'))).toMatch(/Secretary General/);
      }
    } finally {
      await page.close();
    }
  });

  test('open and closed shadow roots of the page: no error, their content untouched, the light DOM annotated', async () => {
    const body = `${PROSE}<div id="open-host"></div><div id="closed-host"><span>Poland slotted into a closed root</span></div>`;
    const url = env.server.add('/hostile/shadow.html', newsPage({ body, script: SHADOW_SCRIPT }));
    const page = await env.browser.context.newPage();
    const messages = collectConsole(page);
    try {
      await page.goto(url);
      const before = await page.evaluate(() => (window as unknown as { __shadowMarkup(): string }).__shadowMarkup());
      const world = await cleanWorld(page);
      await waitForMarks(world, PROSE_NAMES);
      await page.waitForTimeout(500);
      // Text in the page's shadow trees is the page's own widget: not scanned, not changed. Slotted light DOM is.
      expect(markedTexts(await world.evaluate(HIGHLIGHTS_EXPRESSION))).toEqual([...PROSE_NAMES, 'Poland'].sort());
      expect(await page.evaluate(() => (window as unknown as { __shadowMarkup(): string }).__shadowMarkup())).toBe(
        before,
      );
      await page.hover('#open-host');
      expect(await cardText(page)).toBeNull();
      expect(messages).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
