/**
 * Debian's Chromium with the built extension loaded, driven by playwright-core. Every request that does not go to
 * 127.0.0.1 is blocked, so nothing waits on a network that is not there.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The built extension: `.output/chrome-mv3`, or under `DUIDING_OUT_DIR` when set (see `wxt.config.ts`). */
export const EXTENSION_DIR = join(ROOT, process.env.DUIDING_OUT_DIR ?? '.output', 'chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** A new tab at `url`, loaded. */
  open(url: string): Promise<Page>;
  /** The id of the tab showing `page` (brought to the front to find it). */
  tabIdOf(page: Page): Promise<number>;
  /** The extension's own page (`popup.html`, `options.html`) in a tab, with an optional query. */
  openExtensionPage(name: string, query?: string): Promise<Page>;
  close(): Promise<void>;
}

/** The project's scratch folder (`.tmp`), also Chromium's temporary folder. */
export function scratchDir(): string {
  const tmp = join(ROOT, '.tmp');
  mkdirSync(tmp, { recursive: true });
  process.env.TMPDIR = tmp;
  return tmp;
}

/**
 * A fresh profile in Chromium with the given unpacked extensions loaded (none, Duiding, or Duiding beside a test's
 * own), every request off 127.0.0.1 blocked.
 */
export async function launchContext(
  extensions: readonly string[],
): Promise<{ context: BrowserContext; profile: string }> {
  if (extensions.includes(EXTENSION_DIR) && !existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${EXTENSION_DIR}: run "npm run build" first.`);
  }
  if (!existsSync(CHROMIUM)) {
    throw new Error(`No Chromium at ${CHROMIUM}: install it with "apt-get install -y chromium".`);
  }
  const profile = mkdtempSync(join(scratchDir(), 'profile-'));
  const loaded = extensions.join(',');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1100, height: 800 },
    args: [
      ...(extensions.length ? [`--disable-extensions-except=${loaded}`, `--load-extension=${loaded}`] : []),
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      '--no-default-browser-check',
      '--disable-gpu',
    ],
  });
  await context.route(/.*/, (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1' || url.protocol === 'chrome-extension:') return route.continue();
    return route.abort('blockedbyclient');
  });
  return { context, profile };
}

/** Chromium without the extension, to compare pages against. */
export async function launchPlain(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const { context, profile } = await launchContext([]);
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export async function launchWithExtension(): Promise<ExtensionBrowser> {
  const { context, profile } = await launchContext([EXTENSION_DIR]);
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15000 }));
    const extensionId = new URL(worker.url()).host;
    return {
      context,
      worker,
      extensionId,
      async open(url) {
        const page = await context.newPage();
        await page.goto(url, { waitUntil: 'load' });
        return page;
      },
      async tabIdOf(page) {
        await page.bringToFront();
        const id = await worker.evaluate(async () => {
          const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
          return tab?.id ?? -1;
        });
        if (id < 0) throw new Error('No active tab found.');
        return id;
      },
      async openExtensionPage(name, query = '') {
        const page = await context.newPage();
        await page.goto(`chrome-extension://${extensionId}/${name}${query}`);
        return page;
      },
      async close() {
        await context.close();
        rmSync(profile, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
}

/** The highlighted texts on a page, by highlight name, read in the page's own world. */
export async function highlightedTexts(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const [name, highlight] of CSS.highlights) {
      out[name] = [...highlight].map((range) => (range as Range).toString());
    }
    return out;
  });
}

/** Waits until the page has at least `min` highlighted ranges (the content script runs at document idle). */
export async function waitForHighlights(page: Page, min = 1, timeout = 10000): Promise<void> {
  await page.waitForFunction(
    (n) => [...CSS.highlights.values()].reduce((sum, h) => sum + h.size, 0) >= n,
    min,
    { timeout },
  );
}

interface CdpNode {
  nodeName: string;
  nodeType: number;
  nodeValue?: string;
  localName?: string;
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  attributes?: string[];
}

function textOf(node: CdpNode): string {
  if (node.nodeType === 3) return node.nodeValue ?? '';
  if (node.localName === 'style') return '';
  return [...(node.shadowRoots ?? []), ...(node.children ?? [])].map(textOf).join(' ');
}

function findNode(node: CdpNode, localName: string): CdpNode | null {
  if (node.localName === localName) return node;
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) {
    const found = findNode(child, localName);
    if (found) return found;
  }
  return null;
}

/** The text inside the card's closed shadow root, read through the DevTools protocol; null when there is no card. */
export async function cardText(page: Page, cdp?: CDPSession): Promise<string | null> {
  const session = cdp ?? (await page.context().newCDPSession(page));
  const { root } = (await session.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
  const host = findNode(root, 'duiding-card');
  if (!host) return null;
  const shadow = host.shadowRoots?.[0];
  if (!shadow) return null;
  return textOf(shadow).replace(/\s+/g, ' ').trim();
}

async function documentRoot(page: Page, cdp?: CDPSession): Promise<{ session: CDPSession; root: CdpNode }> {
  const session = cdp ?? (await page.context().newCDPSession(page));
  const { root } = (await session.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
  return { session, root };
}

function findAll(node: CdpNode, test: (node: CdpNode) => boolean, out: CdpNode[] = []): CdpNode[] {
  if (test(node)) out.push(node);
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) findAll(child, test, out);
  return out;
}

/** Clicks the button in the card's closed shadow root whose text is `label` (through the DevTools protocol). */
export async function clickCardButton(page: Page, label: string): Promise<void> {
  const { session, root } = await documentRoot(page);
  const host = findNode(root, 'duiding-card');
  const buttons = host ? findAll(host, (node) => node.localName === 'button' && textOf(node).trim() === label) : [];
  const button = buttons[0] as (CdpNode & { nodeId: number }) | undefined;
  if (!button) throw new Error(`No card button "${label}"`);
  // The card scrolls inside itself when it is taller than the room beside the term.
  await session.send('DOM.scrollIntoViewIfNeeded', { nodeId: button.nodeId });
  const { model } = (await session.send('DOM.getBoxModel', { nodeId: button.nodeId })) as { model: { content: number[] } };
  const [x1, y1, , , x3, y3] = model.content as [number, number, number, number, number, number];
  await page.mouse.move((x1 + x3) / 2, (y1 + y3) / 2, { steps: 3 });
  await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
}

/** The card's markup (its style and layer) copied out of the closed shadow root, for checks such as axe-core. */
export async function cardMarkup(page: Page): Promise<string | null> {
  const { session, root } = await documentRoot(page);
  const host = findNode(root, 'duiding-card');
  const shadow = host?.shadowRoots?.[0] as (CdpNode & { nodeId: number }) | undefined;
  if (!shadow) return null;
  const parts: string[] = [];
  for (const child of (shadow.children ?? []) as (CdpNode & { nodeId: number })[]) {
    const { outerHTML } = (await session.send('DOM.getOuterHTML', { nodeId: child.nodeId })) as { outerHTML: string };
    parts.push(outerHTML);
  }
  return parts.join('\n');
}

/** The first `<div class="{className}">` in the card's host (inside the closed shadow root), if any. */
function cardDiv(root: CdpNode, className: string): (CdpNode & { nodeId: number }) | undefined {
  const host = findNode(root, 'duiding-card');
  if (!host) return undefined;
  const isIt = (node: CdpNode): boolean =>
    node.localName === 'div' && (node.attributes ?? []).some((a, i, all) => i % 2 === 0 && a === 'class' && all[i + 1] === className);
  return findAll(host, isIt)[0] as (CdpNode & { nodeId: number }) | undefined;
}

/** An attribute of the card's layer element (inside the closed shadow root). */
export async function cardLayerAttribute(page: Page, name: string): Promise<string | null> {
  const { root } = await documentRoot(page);
  const attributes = cardDiv(root, 'layer')?.attributes ?? [];
  const at = attributes.findIndex((a, i) => i % 2 === 0 && a === name);
  return at >= 0 ? attributes[at + 1]! : null;
}

/** A computed style of the card (the `.card` element inside the closed shadow root), or null without a card. */
export async function cardStyle(page: Page, property: string): Promise<string | null> {
  const { session, root } = await documentRoot(page);
  const card = cardDiv(root, 'card');
  if (!card) return null;
  await session.send('CSS.enable');
  const { computedStyle } = (await session.send('CSS.getComputedStyleForNode', { nodeId: card.nodeId })) as {
    computedStyle: { name: string; value: string }[];
  };
  return computedStyle.find((entry) => entry.name === property)?.value ?? null;
}

/** Moves the pointer to the middle of the first occurrence of `word` in an element matching `selector`. */
export async function hoverWord(page: Page, word: string, selector = 'article'): Promise<void> {
  const point = await page.evaluate(
    ({ word, selector }) => {
      const root = document.querySelector(selector) ?? document.body;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const index = (node as Text).data.indexOf(word);
        if (index < 0) continue;
        const range = document.createRange();
        range.setStart(node, index);
        range.setEnd(node, index + word.length);
        range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
        const rect = range.getClientRects()[0]!;
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
      throw new Error(`"${word}" is not on the page`);
    },
    { word, selector },
  );
  await page.mouse.move(point.x - 30, point.y + 40);
  await page.mouse.move(point.x, point.y, { steps: 4 });
}

/** Waits until the card's text satisfies `predicate` (null: no card host yet) and returns it. */
export async function waitForCard(
  page: Page,
  predicate: (text: string | null) => boolean,
  timeout = 5000,
): Promise<string | null> {
  const until = Date.now() + timeout;
  let text: string | null = null;
  while (Date.now() < until) {
    text = await cardText(page);
    if (predicate(text)) return text;
    await page.waitForTimeout(100);
  }
  throw new Error(`The card did not reach the expected state; last text: ${JSON.stringify(text)}`);
}
