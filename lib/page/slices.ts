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
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Steps through `steps` (each `next()` a small unit of work) in slices of at most `budget` ms. A step is begun only
 * when the slice can still hold the longest step seen so far; the first step of a slice always runs. `since` is when
 * the task that runs the first slice began, when work came before it in the same task: that work counts as part of
 * the first slice. Resolves to false when the signal aborted before the work was done.
 */
export async function runInSlices(
  steps: Iterator<unknown>,
  stats: SliceStats,
  signal?: AbortSignal,
  budget = SLICE_BUDGET_MS,
  since?: number,
): Promise<boolean> {
  let longestStep = 0;
  let start = since ?? performance.now();
  for (;;) {
    if (signal?.aborted) return false;
    let now = performance.now();
    let done: boolean;
    do {
      const before = now;
      done = steps.next().done === true;
      now = performance.now();
      longestStep = Math.max(longestStep, now - before);
    } while (!done && now - start + longestStep <= budget);
    const spent = now - start;
    stats.slices++;
    stats.busyMs += spent;
    stats.longestMs = Math.max(stats.longestMs, spent);
    if (done) return true;
    await nextTurn();
    start = performance.now();
  }
}

/**
 * Notes the length of a piece of work that ran as a task of its own, outside `runInSlices` (its time is counted
 * where it is done).
 */
export function notePiece(stats: SliceStats, ms: number): void {
  stats.longestMs = Math.max(stats.longestMs, ms);
}

/** Where a scan's main-thread time went (each part also counted in the scan's `SliceStats`). */
export interface ScanPhases {
  /** Finding the article and walking its text. */
  collectMs: number;
  /** Resolving ambiguous names and placing the mentions in the page's text. */
  resolveMs: number;
  paintMs: number;
}

export function emptyPhases(): ScanPhases {
  return { collectMs: 0, resolveMs: 0, paintMs: 0 };
}

export function emptyStats(): SliceStats {
  return { slices: 0, busyMs: 0, longestMs: 0 };
}
