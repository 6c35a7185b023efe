import { afterEach, describe, expect, test } from 'vitest';
import { emptyStats, IDLE_WAIT_MS, runInSlices } from '../../../lib/page/slices';

const global = globalThis as { requestIdleCallback?: unknown };
const own = global.requestIdleCallback;

afterEach(() => {
  global.requestIdleCallback = own;
});

/** Steps that each take `ms` of busy time, each logging `state()` as it runs. */
function busySteps(count: number, ms: number, log: string[], state: () => string): Iterator<void> {
  function* steps(): Generator<void> {
    for (let i = 0; i < count; i++) {
      const until = performance.now() + ms;
      while (performance.now() < until);
      log.push(state());
      yield;
    }
  }
  return steps();
}

describe('runInSlices', () => {
  test('runs each slice from an idle callback asked for with a timeout of IDLE_WAIT_MS, one slice after the other', async () => {
    const asked: { timeout?: number }[] = [];
    let fired = 0;
    global.requestIdleCallback = (callback: () => void, options?: { timeout?: number }) => {
      asked.push(options ?? {});
      setTimeout(() => {
        fired++;
        callback();
      }, 0);
      return asked.length;
    };
    const log: string[] = [];
    const stats = emptyStats();
    const done = await runInSlices(busySteps(6, 3, log, () => `asked ${asked.length}, fired ${fired}`), stats, undefined, 8);
    expect(done).toBe(true);
    // Three steps of 3 ms each fill a slice of 8 ms (the third starts before the budget is spent); each slice runs
    // once its idle callback fired, and the next is asked for only after it.
    expect(log).toEqual([...Array(3).fill('asked 1, fired 1'), ...Array(3).fill('asked 2, fired 2')]);
    // A third slice finds the steps at their end.
    expect(stats.slices).toBe(3);
    expect(asked).toEqual(Array(3).fill({ timeout: IDLE_WAIT_MS }));
    // A slice ends at the first step that finds the budget spent: at most one step over it.
    expect(stats.longestMs).toBeLessThan(8 + 3 + 5);
  });

  test('without requestIdleCallback, slices run on later turns of the event loop', async () => {
    global.requestIdleCallback = undefined;
    let turn = 'this turn';
    setTimeout(() => (turn = 'a later turn'), 0);
    const log: string[] = [];
    const stats = emptyStats();
    expect(await runInSlices(busySteps(3, 1, log, () => turn), stats)).toBe(true);
    expect(log).toEqual(['a later turn', 'a later turn', 'a later turn']);
    expect(stats.slices).toBe(1);
  });

  test('stops before the next slice once the signal aborts', async () => {
    const controller = new AbortController();
    global.requestIdleCallback = (callback: () => void) => setTimeout(callback, 0);
    const log: string[] = [];
    function* steps(): Generator<void> {
      for (let i = 0; i < 100; i++) {
        log.push(`step ${i}`);
        controller.abort();
        const until = performance.now() + 3;
        while (performance.now() < until);
        yield;
      }
    }
    const stats = emptyStats();
    expect(await runInSlices(steps(), stats, controller.signal, 8)).toBe(false);
    expect(stats.slices).toBe(1);
    expect(log.length).toBeLessThan(5);
  });
});
