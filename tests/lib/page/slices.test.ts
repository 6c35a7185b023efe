import { describe, expect, test } from 'vitest';
import { emptyStats, runInSlices } from '../../../lib/page/slices';

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
  test('each slice after the first runs on a later turn of the event loop, and a slice ends once its budget is spent', async () => {
    let turn = 'this turn';
    setTimeout(() => (turn = 'a later turn'), 0);
    const log: string[] = [];
    const stats = emptyStats();
    expect(await runInSlices(busySteps(6, 3, log, () => turn), stats, undefined, 8)).toBe(true);
    // Three steps of 3 ms fill a slice of 8 ms (the third starts before the budget is spent); a third slice finds
    // the steps at their end.
    expect(log).toEqual([...Array(3).fill('this turn'), ...Array(3).fill('a later turn')]);
    expect(stats.slices).toBe(3);
    expect(stats.longestMs).toBeLessThan(8 + 3 + 5);
  });

  test('stops before the next slice once the signal aborts', async () => {
    const controller = new AbortController();
    const log: string[] = [];
    const aborting = (): string => {
      controller.abort();
      return `step ${log.length}`;
    };
    const stats = emptyStats();
    expect(await runInSlices(busySteps(100, 3, log, aborting), stats, controller.signal, 8)).toBe(false);
    expect(stats.slices).toBe(1);
    expect(log.length).toBeLessThan(5);
  });
});
