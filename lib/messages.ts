/**
 * The only module that uses runtime messaging. Requests are typed at the sender and parsed at the receiver.
 */
import { browser } from 'wxt/browser';
import { z } from 'zod';

export const RequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('page-info') }),
  /** The reader pressed the command for keyboard navigation of the page's terms. */
  z.object({ type: z.literal('navigate') }),
]);
export type Request = z.infer<typeof RequestSchema>;

export interface PageInfo {
  site: string | null;
  active: boolean;
  /** Mentions marked on the page. */
  count: number;
  /** Main-thread time Duiding spent on the page, in milliseconds. */
  timing: PageTiming;
}

export interface PageTiming {
  /** Evaluating the content script up to its start (knowledge base included). */
  loadMs: number;
  /** Compiling the matcher. */
  compileMs: number;
  /** Collecting, matching, resolving and painting, all slices together. */
  scanMs: number;
  /** The longest single slice of work. */
  longestMs: number;
  slices: number;
}

export interface Responses {
  'page-info': PageInfo;
  navigate: { ok: boolean };
}

export type Handlers = { [K in Request['type']]: (request: Extract<Request, { type: K }>) => Responses[K] };

/** Asks the content script of a tab; null when the tab has none (a browser page, or one still loading). */
export async function askTab<T extends Request>(tabId: number, request: T): Promise<Responses[T['type']] | null> {
  try {
    return ((await browser.tabs.sendMessage(tabId, request)) as Responses[T['type']] | undefined) ?? null;
  } catch {
    return null;
  }
}

/** Answers requests with the given handlers until the signal aborts. Unknown messages are ignored. */
export function answerRequests(handlers: Handlers, signal: AbortSignal): void {
  const listener = (message: unknown): Promise<unknown> | undefined => {
    const parsed = RequestSchema.safeParse(message);
    if (!parsed.success) return undefined;
    const handler = handlers[parsed.data.type] as (request: Request) => unknown;
    return Promise.resolve(handler(parsed.data));
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });
}
