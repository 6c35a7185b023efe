import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { START_PAUSE_MS, startAfterPause, type Started } from '../../../lib/page/deferred-start';
import type { ScriptContext } from '../../../lib/page/lifecycle';

/** A context that stays valid until `gone` is set or its signal is aborted. */
function context(): ScriptContext & { controller: AbortController; gone: boolean } {
  const controller = new AbortController();
  return {
    controller,
    gone: false,
    signal: controller.signal,
    get isValid() {
      if (this.gone) controller.abort();
      return !controller.signal.aborted;
    },
  };
}

/** A session that records the setup time counted for it. */
function session(): Started & { counted: number[] } {
  const counted: number[] = [];
  return { counted, countSetup: (ms) => void counted.push(ms) };
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'performance'] });
});

afterEach(() => {
  vi.useRealTimers();
});

describe('starting after a pause', () => {
  test('loads nothing until the pause is over, then loads and starts once', async () => {
    const ctx = context();
    const started = session();
    const log: string[] = [];
    const load = vi.fn(async () => {
      log.push('load');
      return () => {
        log.push('start');
        return Promise.resolve(started);
      };
    });
    const done = startAfterPause(ctx, load);
    await vi.advanceTimersByTimeAsync(START_PAUSE_MS - 1);
    expect(log).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(await done).toBe(started);
    expect(log).toEqual(['load', 'start']);
    expect(load).toHaveBeenCalledTimes(1);
  });

  test('counts the main-thread time of asking for the code and of starting as setup, not the wait in between', async () => {
    const ctx = context();
    const started = session();
    const done = startAfterPause(ctx, () => {
      // Asking for the code: 2 ms of work, then 40 ms until it arrives (off the main thread).
      vi.advanceTimersByTime(2);
      return new Promise<() => Promise<typeof started>>((resolve) =>
        setTimeout(
          () =>
            resolve(() => {
              // Starting up to the first wait: 3 ms; the wait itself (10 ms) is the session's to count.
              vi.advanceTimersByTime(3);
              return new Promise<typeof started>((ready) => setTimeout(() => ready(started), 10));
            }),
          40,
        ),
      );
    });
    await vi.advanceTimersByTimeAsync(START_PAUSE_MS + 100);
    expect(await done).toBe(started);
    expect(started.counted).toEqual([5]);
  });

  test('a context ended during the pause (extension reloaded, newer instance) loads nothing', async () => {
    const ctx = context();
    const load = vi.fn(async () => () => Promise.resolve(session()));
    const done = startAfterPause(ctx, load, 50);
    await vi.advanceTimersByTimeAsync(20);
    ctx.controller.abort();
    await vi.advanceTimersByTimeAsync(50);
    expect(await done).toBeUndefined();
    expect(load).not.toHaveBeenCalled();
  });

  test('loading that fails because the extension is gone ends quietly', async () => {
    const ctx = context();
    const done = startAfterPause(ctx, async () => {
      ctx.gone = true;
      throw new TypeError('Failed to fetch dynamically imported module');
    });
    await vi.advanceTimersByTimeAsync(START_PAUSE_MS);
    expect(await done).toBeUndefined();
  });

  test('loading that fails while the extension is there is an error, not swallowed', async () => {
    const ctx = context();
    const done = startAfterPause(ctx, async () => {
      throw new Error('module broken');
    });
    const outcome = expect(done).rejects.toThrow('module broken');
    await vi.advanceTimersByTimeAsync(START_PAUSE_MS);
    await outcome;
  });
});
