/**
 * The content script's first step on a page: a short pause, then loading and starting Duiding's work.
 *
 * The browser runs the content script once the page has loaded (`document_idle`). That is when the page draws
 * itself for the first time and the browser finishes the load: in traces of corpus pages, the page's main thread,
 * the browser's and the raster threads are busy together for some 80 ms after the script runs. On a machine with
 * two cores, Duiding's work done then waits for a core in the middle of its tasks and holds the page's main thread
 * longer. Done a moment later, the same work took 9.2 ms of the main thread in place of 11.3 ms (median of 63 corpus
 * pages, two loads each, the two builds alternating), by the wall clock; on the thread's own clock it is about the
 * same either way. Names are marked a tenth of a second later, before a reader points at one.
 */
import type { ScriptContext } from './lifecycle';

/** How long the content script waits before it loads and starts its work on the page. */
export const START_PAUSE_MS = 100;

/** What starting returns: the session, which counts main-thread time spent starting it. */
export interface Started {
  countSetup(ms: number): void;
}

/**
 * Waits `pauseMs`, then calls `load` (in Chromium it imports the extension's module, in Firefox the code is part of
 * the script) and the start it resolves to. The main-thread time of asking for the code and of the start up to its
 * first wait counts as setting up; waiting for the code to arrive does not. Resolves to undefined, having loaded
 * nothing, when the context ends during the pause (the extension was reloaded, or a newer instance took over), or
 * when loading fails because the extension is gone.
 */
export async function startAfterPause<S extends Started>(
  ctx: ScriptContext,
  load: () => Promise<() => Promise<S>>,
  pauseMs = START_PAUSE_MS,
): Promise<S | undefined> {
  await new Promise((resolve) => setTimeout(resolve, pauseMs));
  if (ctx.signal.aborted) return undefined;
  const asked = performance.now();
  const loading = load();
  const askMs = performance.now() - asked;
  let start: () => Promise<S>;
  try {
    start = await loading;
  } catch (error) {
    // The extension was reloaded or removed while the page loaded: this script has nothing left to do.
    if (!ctx.isValid) return undefined;
    throw error;
  }
  const begun = performance.now();
  const starting = start();
  const startMs = performance.now() - begun;
  const started = await starting;
  started.countSetup(askMs + startMs);
  return started;
}
