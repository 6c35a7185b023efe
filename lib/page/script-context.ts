/**
 * The content script's context, in place of WXT's own: the build points `wxt/utils/content-script-context` here for
 * the content script (see `wxt.config.ts`). It keeps the parts Duiding uses:
 * - an abort signal that every mark, listener and timer of the script ends with;
 * - `isValid`, which checks that the extension is still there and aborts the signal when it is not;
 * - the handover between instances: a newer instance of the script on the same page announces itself with a DOM
 *   event (under the same name as WXT's context uses, so instances of either kind hear each other), and older ones
 *   end.
 *
 * WXT's timer and listener wrappers and its address watcher are not used here, and the script is compiled on every
 * page a reader opens.
 */
import { browser } from 'wxt/browser';

export interface ContextOptions {
  /** Unused here: the announcement is always a DOM event, never a message posted to the page's window. */
  noScriptStartedPostMessage?: boolean;
}

interface Announcement {
  contentScriptName?: unknown;
  messageId?: unknown;
}

/** The DOM event by which an instance of the content script named `name` announces itself. */
export function startedEventName(name: string): string {
  return `${browser.runtime?.id}:${name}:wxt:content-script-started`;
}

export class ContentScriptContext {
  private readonly controller = new AbortController();
  private readonly id = Math.random().toString(36).slice(2);

  constructor(
    readonly contentScriptName: string,
    readonly options?: ContextOptions,
  ) {
    const type = startedEventName(contentScriptName);
    // Older instances on this page end; the event reaches this instance's listener only after it is added below.
    document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName, messageId: this.id } }));
    const newer = (event: Event): void => {
      const detail = (event as CustomEvent<Announcement | null>).detail;
      if (detail?.contentScriptName === contentScriptName && detail.messageId !== this.id) this.abort();
    };
    document.addEventListener(type, newer);
    this.signal.addEventListener('abort', () => document.removeEventListener(type, newer), { once: true });
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** Whether the extension is still there; reading it ends the context when it is not. */
  get isValid(): boolean {
    if (browser.runtime?.id == null) this.abort();
    return !this.signal.aborted;
  }

  abort(reason: unknown = 'Content script context invalidated'): void {
    this.controller.abort(reason);
  }
}
