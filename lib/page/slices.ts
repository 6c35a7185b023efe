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

/**
 * The next slice runs on the next turn of the event loop, not when the page is idle: idle periods are when
 * Chromium's compositor and raster threads draw the frame the page just committed, and on a machine with two cores
 * a slice run then takes longer (A/B over ten corpus pages, 80 loads each: scan median 3.9 ms on the next turn,
 * 4.3 ms when idle). Changes to the page are queued and handled when it is idle (see `watch.ts`).
 */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Steps through `steps` (each `next()` a small unit of work) in slices of `budget` ms. Resolves to false when the
 * signal aborted before the work was done.
 */
export async function runInSlices(
  steps: Iterator<unknown>,
  stats: SliceStats,
  signal?: AbortSignal,
  budget = SLICE_BUDGET_MS,
): Promise<boolean> {
  for (;;) {
    if (signal?.aborted) return false;
    const start = performance.now();
    let done = false;
    while (!done && performance.now() - start < budget) done = steps.next().done === true;
    const spent = performance.now() - start;
    stats.slices++;
    stats.busyMs += spent;
    stats.longestMs = Math.max(stats.longestMs, spent);
    if (done) return true;
    await nextTurn();
  }
}

export function emptyStats(): SliceStats {
  return { slices: 0, busyMs: 0, longestMs: 0 };
}
