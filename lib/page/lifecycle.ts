/**
 * Notices that the extension is gone from under an open page. When the extension is reloaded, updated, disabled
 * or removed, the browser leaves the old content script running in open tabs but cut off: `runtime.id` is gone
 * and no event says so. WXT's context checks `runtime.id` whenever `isValid` is read, and aborts its signal when
 * it is gone; every mark, listener and timer of the content script ends with that signal.
 */

export interface ScriptContext {
  /** Reading it checks that the extension is still there (and aborts `signal` when it is not). */
  readonly isValid: boolean;
  readonly signal: AbortSignal;
}

/** Checks every `every` ms (one property read) until the context is found invalid or aborted. */
export function endWhenCutOff(ctx: ScriptContext, every = 1000): void {
  if (ctx.signal.aborted) return;
  const timer = setInterval(() => {
    if (!ctx.isValid) clearInterval(timer);
  }, every);
  ctx.signal.addEventListener('abort', () => clearInterval(timer), { once: true });
}
