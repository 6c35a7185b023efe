/**
 * The only module that uses runtime messaging. Requests are typed at the sender and checked at the receiver:
 * the background parses its requests with zod (`message-schemas.ts`); the content script, which must load fast on
 * every page and only ever hears from the extension itself, checks the `type` of its two requests here.
 *
 * The background does the reading and validating of stored data for the content script (`page-state`) and hands
 * out full entries for cards (`entries`), so the content script carries neither zod nor the full knowledge base.
 */
import { browser, type Browser } from 'wxt/browser';
import type { Activation } from './activation';
import type { Entry } from './kb/schema';
import type { FoundBlocks } from './match/wire';
import type { Settings } from './storage';

/** Requests to a page's content script. */
export type TabRequest =
  | { type: 'page-info' }
  | { type: 'navigate' }
  | { type: 'show-term'; id: string }
  | { type: 'annotate-anyway' }
  /** Settings or the reader's glossary changed: the page asks for its state again (see `tellPages`). */
  | { type: 'state-changed' };

/** Requests to the background. */
export type BackgroundRequest =
  | { type: 'page-state' }
  | { type: 'entries'; ids: string[] }
  | { type: 'hide-entry'; id: string }
  /** Blocks of the page's text, for the names in them (see `lib/match/finder.ts`). */
  | { type: 'find'; texts: string[] }
  /** The number of names marked on the sender's tab, for the toolbar badge; null for no badge. */
  | { type: 'badge'; count: number | null };

export interface PageInfo {
  site: string | null;
  active: boolean;
  /** Why the page is annotated or not. */
  status: Activation;
  /** Mentions marked on the page. */
  count: number;
  /** Main-thread time Duiding spent on the page, in milliseconds. */
  timing: PageTiming;
  /** The entries marked on the page, with how often, in order of first mention. */
  terms: { id: string; category: string; count: number }[];
}

export interface PageTiming {
  /** Evaluating the content script up to its start. */
  loadMs: number;
  /**
   * Starting up once the background's first answer is in, and applying settings later (the matcher itself is built
   * and run in the background, off the page's main thread). Where the content script imports its work as a module
   * (Chromium), also the start up to the first wait for the background, which then runs outside the script's
   * evaluation.
   */
  setupMs: number;
  /** Waiting for the background's answers to `find` (wall time; the page's main thread is free meanwhile). */
  waitMs: number;
  /** Collecting, matching, resolving and painting, all slices together. */
  scanMs: number;
  /** Of `scanMs`: finding the article and collecting its text. */
  collectMs: number;
  /** Of `scanMs`: sending the text to the background and unpacking its answers. */
  findMs: number;
  /** Of `scanMs`: resolving ambiguous names and placing the mentions in the page's text. */
  resolveMs: number;
  /** Of `scanMs`: painting the marks. */
  paintMs: number;
  /** The longest single slice of work. */
  longestMs: number;
  slices: number;
}

/** What a page needs to know of storage, read and validated by the background. */
export interface PageState {
  settings: Settings;
  /** The day the bundled facts were checked. */
  asOf: string;
}

export interface Responses {
  'page-info': PageInfo;
  navigate: { ok: boolean };
  /** Whether the term was found on the page (its first mention scrolled to and its card opened). */
  'show-term': { ok: boolean };
  'page-state': PageState;
  /** The entries asked for, and the entries they refer to (organisations of roles and memberships). */
  entries: Record<string, Entry>;
  'hide-entry': { ok: boolean };
  find: FoundBlocks;
  /** Whether the page is annotated now. */
  'annotate-anyway': { ok: boolean };
  'state-changed': { ok: boolean };
  badge: { ok: boolean };
}

/** Who sent a request: a page's content script has its tab. */
export interface Sender {
  tab?: { id?: number };
}

type Request = TabRequest | BackgroundRequest;
export type Handlers<R extends Request> = {
  [K in R['type']]: (request: Extract<R, { type: K }>, sender: Sender) => Responses[K] | Promise<Responses[K]>;
};

/** Asks the content script of a tab; null when the tab has none (a browser page, or one still loading). */
export async function askTab<T extends TabRequest>(tabId: number, request: T): Promise<Responses[T['type']] | null> {
  try {
    return ((await browser.tabs.sendMessage(tabId, request)) as Responses[T['type']] | undefined) ?? null;
  } catch {
    return null;
  }
}

/** Asks the background; throws when it cannot answer (the extension was reloaded or removed). */
export async function askBackground<T extends BackgroundRequest>(request: T): Promise<Responses[T['type']]> {
  const answer = (await browser.runtime.sendMessage(request)) as Responses[T['type']] | undefined;
  if (answer === undefined) throw new Error(`No answer to ${request.type}`);
  return answer;
}

/** Most characters of page text in one `find` request, and most blocks; a longer block is cut to this length. */
export const FIND_BATCH_CHARS = 256 * 1024;
export const FIND_BATCH_BLOCKS = 4000;

/** Batches of blocks, each within the bounds of one `find` request, in order. */
export function findBatches(texts: readonly string[]): string[][] {
  const batches: string[][] = [];
  let batch: string[] = [];
  let size = 0;
  for (const whole of texts) {
    const text = whole.length > FIND_BATCH_CHARS ? whole.slice(0, FIND_BATCH_CHARS) : whole;
    if (batch.length && (size + text.length > FIND_BATCH_CHARS || batch.length >= FIND_BATCH_BLOCKS)) {
      batches.push(batch);
      batch = [];
      size = 0;
    }
    batch.push(text);
    size += text.length;
  }
  if (batch.length) batches.push(batch);
  return batches;
}

/** The content script's check of what it is asked: one of its requests, with exactly its fields. */
export function parseTabRequest(message: unknown): TabRequest | null {
  if (!message || typeof message !== 'object') return null;
  const { type, ...rest } = message as { type?: unknown; id?: unknown };
  const fields = Object.keys(rest);
  const bare = type === 'page-info' || type === 'navigate' || type === 'annotate-anyway' || type === 'state-changed';
  if (bare && fields.length === 0) return message as TabRequest;
  if (type === 'show-term' && fields.length === 1 && typeof rest.id === 'string' && /^[a-z0-9-]{1,80}$/.test(rest.id)) {
    return message as TabRequest;
  }
  return null;
}

/**
 * Answers requests with the given handlers until the signal aborts. `parse` checks a message and returns the
 * request, or null for anything else (which is left to other listeners).
 */
export function answerRequests<R extends Request>(
  handlers: Handlers<R>,
  parse: (message: unknown) => R | null,
  signal?: AbortSignal,
): void {
  const listener = (message: unknown, sender: Sender): Promise<unknown> | undefined => {
    const request = parse(message);
    if (!request) return undefined;
    const handler = handlers[request.type as R['type']] as (request: R, sender: Sender) => unknown;
    return Promise.resolve(handler(request, sender));
  };
  browser.runtime.onMessage.addListener(listener);
  signal?.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });
}

/** The name of the port a popup opens to a tab's content script to follow what is marked there. */
export const PAGE_PORT = 'duiding-page';

/**
 * Follows the page in a tab while the signal lasts: `onInfo` gets the content script's `PageInfo` at once and again
 * after every change of its marks, and null when the tab has no content script or it goes away.
 */
export function followTab(tabId: number, onInfo: (info: PageInfo | null) => void, signal: AbortSignal): void {
  let port: Browser.runtime.Port;
  try {
    port = browser.tabs.connect(tabId, { name: PAGE_PORT, frameId: 0 });
  } catch {
    onInfo(null);
    return;
  }
  port.onMessage.addListener((message) => onInfo(message as PageInfo));
  port.onDisconnect.addListener(() => {
    // Read, so that a tab without a content script is not reported as an unchecked error.
    void browser.runtime.lastError;
    if (!signal.aborted) onInfo(null);
  });
  signal.addEventListener('abort', () => port.disconnect(), { once: true });
}

/**
 * The content script's side of `followTab`: each port opened to it gets `info()` at once and whenever `subscribe`
 * calls back, until the port closes or the signal aborts.
 */
export function servePageInfo(
  info: () => PageInfo,
  subscribe: (send: () => void) => () => void,
  signal: AbortSignal,
): void {
  const listener = (port: Browser.runtime.Port): void => {
    if (port.name !== PAGE_PORT) return;
    const send = (): void => port.postMessage(info());
    const unsubscribe = subscribe(send);
    const close = (): void => {
      unsubscribe();
      port.disconnect();
    };
    port.onDisconnect.addListener(() => {
      unsubscribe();
      signal.removeEventListener('abort', close);
    });
    signal.addEventListener('abort', close, { once: true });
    send();
  };
  browser.runtime.onConnect.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onConnect.removeListener(listener), { once: true });
}
