import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { emptyStats, notePiece, runInSlices } from '../../../lib/page/slices';

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

/**
 * Steps of the given lengths on the page's clock (`performance.now()`, faked here), each logging how many turns of
 * the event loop had passed when it ran.
 */
function timedSteps(lengths: readonly number[], log: [turn: number, ms: number][], turn: () => number): Iterator<void> {
  function* steps(): Generator<void> {
    for (const ms of lengths) {
      vi.advanceTimersByTime(ms);
      log.push([turn(), ms]);
      yield;
    }
  }
  return steps();
}

/** Counts turns of the event loop (each a real `setTimeout`) until `stop()`. */
function turnCounter(): { turn: () => number; stop: () => void } {
  let turn = 0;
  let timer = setTimeout(function next() {
    turn++;
    timer = setTimeout(next, 0);
  }, 0);
  return { turn: () => turn, stop: () => clearTimeout(timer) };
}

/** The step lengths of each slice, from a log of `timedSteps`. */
function bySlice(log: readonly [number, number][]): number[][] {
  const slices = new Map<number, number[]>();
  for (const [turn, ms] of log) slices.set(turn, [...(slices.get(turn) ?? []), ms]);
  return [...slices.values()];
}

describe('runInSlices', () => {
  test('each slice after the first runs on a later turn of the event loop, and a slice ends before it would pass its budget', async () => {
    let turn = 'this turn';
    setTimeout(() => (turn = 'a later turn'), 0);
    const log: string[] = [];
    const stats = emptyStats();
    expect(await runInSlices(busySteps(6, 2, log, () => turn), stats, undefined, 8)).toBe(true);
    // Steps of 2 ms: a slice of 8 ms takes a step only while one more would still fit.
    expect(log.filter((t) => t === 'this turn').length).toBeGreaterThan(0);
    expect(log.filter((t) => t === 'this turn').length).toBeLessThan(5);
    expect(stats.slices).toBeGreaterThan(1);
  });

  describe('on the page clock', () => {
    beforeEach(() => {
      vi.useFakeTimers({ toFake: ['performance'] });
    });
    afterEach(() => {
      vi.useRealTimers();
    });

    test('a slice takes a step only while the longest step seen so far still fits in its budget', async () => {
      const counter = turnCounter();
      const log: [number, number][] = [];
      const stats = emptyStats();
      const lengths = [3, 3, 3, 3, 3, 3];
      expect(await runInSlices(timedSteps(lengths, log, counter.turn), stats, undefined, 8)).toBe(true);
      counter.stop();
      // 3 + 3 = 6 ms; a third step would end at 9 ms. A last slice finds the steps at their end.
      expect(bySlice(log)).toEqual([[3, 3], [3, 3], [3, 3]]);
      expect(stats).toEqual({ slices: 4, busyMs: 18, longestMs: 6 });
    });

    test('after a long step, a slice keeps room for one as long', async () => {
      const counter = turnCounter();
      const log: [number, number][] = [];
      const stats = emptyStats();
      expect(await runInSlices(timedSteps([1, 1, 5, 1, 1, 1, 1, 1, 1], log, counter.turn), stats, undefined, 8)).toBe(true);
      counter.stop();
      // 1 + 1 + 5 fit while the longest step seen was 1 ms; after it, a step is taken only while 5 ms more fit.
      expect(bySlice(log)).toEqual([[1, 1, 5], [1, 1, 1, 1], [1, 1]]);
      expect(stats.longestMs).toBe(7);
    });

    test('a step longer than the budget still runs, alone in its slice', async () => {
      const counter = turnCounter();
      const log: [number, number][] = [];
      const stats = emptyStats();
      expect(await runInSlices(timedSteps([2, 12, 2], log, counter.turn), stats, undefined, 8)).toBe(true);
      counter.stop();
      expect(bySlice(log)).toEqual([[2, 12], [2]]);
      expect(stats.longestMs).toBe(14);
    });

    test('work done earlier in the same task counts towards the first slice', async () => {
      const counter = turnCounter();
      const since = performance.now();
      vi.advanceTimersByTime(5);
      const log: [number, number][] = [];
      const stats = emptyStats();
      expect(await runInSlices(timedSteps([2, 2, 2], log, counter.turn), stats, undefined, 8, since)).toBe(true);
      counter.stop();
      // 5 ms spent and a step of 2 ms: a second step would end past 8 ms.
      expect(bySlice(log)).toEqual([[2], [2, 2]]);
      // The earlier work is part of the first slice, in its length and in the busy time.
      expect(stats).toEqual({ slices: 2, busyMs: 11, longestMs: 7 });
    });
  });

  test('a piece of work outside the slices counts as the longest when it is, and adds no busy time', () => {
    const stats = { slices: 2, busyMs: 7, longestMs: 4 };
    notePiece(stats, 3);
    expect(stats).toEqual({ slices: 2, busyMs: 7, longestMs: 4 });
    notePiece(stats, 9);
    expect(stats).toEqual({ slices: 2, busyMs: 7, longestMs: 9 });
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
