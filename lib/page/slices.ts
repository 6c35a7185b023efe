/**
 * Runs work in slices of at most a few milliseconds, yielding to the page between slices, so that annotating a
 * long page never makes a long task. Records how much main-thread time the work took.
 */

export interface SliceStats {
  slices: number;
  /** Main-thread time of all slices, in milliseconds. */
  busyMs: number;
  longestMs: number;
}

export const SLICE_BUDGET_MS = 8;

/** The longest wait for the page to go idle before a slice runs anyway, in milliseconds. */
export const IDLE_WAIT_MS = 500;

/**
 * Resolves when the page's main thread is idle (or after `IDLE_WAIT_MS` at most), or on the next turn of the event
 * loop where the browser has no `requestIdleCallback`.
 */
function whenIdle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: IDLE_WAIT_MS });
    else setTimeout(resolve, 0);
  });
}

/**
 * Steps through `steps` (each `next()` a small unit of work) in slices of `budget` ms, each slice when the page is
 * idle: the page's own loading and drawing go first, and the slices are not slowed by them. Resolves to false when
 * the signal aborted before the work was done.
 */
export async function runInSlices(
  steps: Iterator<unknown>,
  stats: SliceStats,
  signal?: AbortSignal,
  budget = SLICE_BUDGET_MS,
): Promise<boolean> {
  for (;;) {
    await whenIdle();
    if (signal?.aborted) return false;
    const start = performance.now();
    let done = false;
    while (!done && performance.now() - start < budget) done = steps.next().done === true;
    const spent = performance.now() - start;
    stats.slices++;
    stats.busyMs += spent;
    stats.longestMs = Math.max(stats.longestMs, spent);
    if (done) return true;
  }
}

export function emptyStats(): SliceStats {
  return { slices: 0, busyMs: 0, longestMs: 0 };
}
