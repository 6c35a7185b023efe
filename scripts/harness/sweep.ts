/**
 * The real-page sweep: every saved news page of the shared corpus, served from 127.0.0.1 with every other request
 * blocked, compared with and without the extension.
 * - Without the page's scripts, the serialised DOM with the extension equals the DOM without it, once the
 *   extension's one host element (if any) is taken out.
 * - With the page's scripts, nothing reaches the console from the extension's code, and the extension makes no
 *   request of its own.
 * - The extension's main-thread time and longest slice of work are recorded.
 */
import type { Page } from 'playwright-core';
import { corpusPages, settledInfo } from '../bench/corpus';
import type { ExtensionBrowser } from './chromium';
import type { PageServer } from './server';

/**
 * The start of any extension's address. The extension's module may be named by the address of the browser session
 * (use_dynamic_url) rather than its id, so errors and requests of any extension's scripts count as Duiding's (it is
 * the only extension in this browser).
 */
const ANY_EXTENSION = 'chrome-extension://';

export interface SweepRow {
  page: string;
  lang: string;
  /** The DOM without scripts is the same with and without the extension. */
  domSame: boolean;
  /** Console messages and page errors that come from the extension's code. */
  extensionErrors: string[];
  /** Requests made by the extension itself (its pages, service worker or scripts). */
  extensionRequests: string[];
  marks: number;
  mainThreadMs: number;
  longestMs: number;
  /** Set when the page could not be measured (it navigated away to a blocked address). */
  skipped?: string;
}

/** The document as markup, without the extension's host element. */
async function serialise(page: Page): Promise<string> {
  return page.evaluate(() => {
    const copy = document.documentElement.cloneNode(true) as Element;
    copy.querySelectorAll('duiding-card').forEach((host) => host.remove());
    return copy.outerHTML;
  });
}

interface Initiator {
  url?: string;
  stack?: { callFrames: { url: string }[]; parent?: Initiator['stack'] };
}

/** Whether the DevTools protocol says a request was started by a script at `prefix` (a content script's fetch). */
function startedBy(initiator: Initiator | undefined, prefix: string): boolean {
  if (!initiator) return false;
  if (initiator.url?.startsWith(prefix)) return true;
  for (let stack = initiator.stack; stack; stack = stack.parent) {
    if (stack.callFrames.some((frame) => frame.url.startsWith(prefix))) return true;
  }
  return false;
}

export async function sweepPage(
  browser: ExtensionBrowser,
  plain: { context: ExtensionBrowser['context'] },
  server: PageServer,
  file: string,
  lang: string,
): Promise<SweepRow> {
  const row: SweepRow = {
    page: file.replace(/\.html$/, ''),
    lang,
    domSame: false,
    extensionErrors: [],
    extensionRequests: [],
    marks: 0,
    mainThreadMs: 0,
    longestMs: 0,
  };
  // 1. No page scripts: the DOM is the extension's business only through its host element.
  const noScript = `${server.origin}/corpus-noscript/${file}`;
  const reference = await plain.context.newPage();
  let expected: string;
  try {
    await reference.goto(noScript, { waitUntil: 'load' });
    await reference.waitForTimeout(200);
    expected = await serialise(reference);
  } finally {
    await reference.close();
  }
  const annotated = await browser.open(noScript);
  try {
    await settledInfo(browser, annotated);
    row.domSame = (await serialise(annotated)) === expected;
  } finally {
    await annotated.close();
  }

  // 2. With the page's scripts: errors and requests of the extension's own, and its time on the page.
  const page = await browser.context.newPage();
  const watch = await watchExtensionRequests(browser, page);
  page.on('console', (message) => {
    if (message.type() !== 'error' && message.type() !== 'warning') return;
    if (message.location().url.startsWith(ANY_EXTENSION) || message.text().includes(ANY_EXTENSION)) row.extensionErrors.push(message.text());
  });
  page.on('pageerror', (error) => {
    if ((error.stack ?? '').includes(ANY_EXTENSION)) row.extensionErrors.push(error.message);
  });
  try {
    await page.goto(`${server.origin}/corpus/${file}`, { waitUntil: 'load' });
    const info = await settledInfo(browser, page);
    row.marks = info.count;
    row.mainThreadMs = info.timing.loadMs + info.timing.setupMs + info.timing.scanMs;
    row.longestMs = info.timing.longestMs;
  } catch (error) {
    row.skipped = error instanceof Error ? error.message : String(error);
  } finally {
    watch.stop();
    await page.close();
  }
  row.extensionRequests = watch.requests;
  return row;
}

/**
 * Records the requests the extension itself makes while `page` is open: from its service worker or its own pages
 * (Playwright's request events), and from its content script's code (the DevTools protocol names the script that
 * started a request). A page's own service worker, or a page probing for extensions, is the page's business.
 */
export async function watchExtensionRequests(
  browser: ExtensionBrowser,
  page: Page,
): Promise<{ requests: string[]; stop(): void }> {
  const ours = `chrome-extension://${browser.extensionId}/`;
  const requests: string[] = [];
  const onRequest = (request: {
    url(): string;
    frame(): { url(): string } | null;
    serviceWorker(): { url(): string } | null;
  }): void => {
    let origin = '';
    try {
      origin = request.serviceWorker()?.url() ?? request.frame()?.url() ?? '';
    } catch {
      // A request of a worker without a frame.
    }
    if (origin.startsWith(ours)) requests.push(request.url());
  };
  browser.context.on('request', onRequest);
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Network.enable');
  cdp.on('Network.requestWillBeSent', (event: { request: { url: string }; initiator?: Initiator }) => {
    // The content script importing the extension's own module reads the installed package, not the network.
    if (event.request.url.startsWith(ANY_EXTENSION)) return;
    // As for errors (see `sweepPage`), any extension's script counts.
    if (startedBy(event.initiator, ANY_EXTENSION)) requests.push(event.request.url);
  });
  return { requests, stop: () => browser.context.off('request', onRequest) };
}

export function isFault(row: SweepRow): boolean {
  return !row.domSame || row.extensionErrors.length > 0 || row.extensionRequests.length > 0;
}

export { corpusPages };
