import { afterEach, describe, expect, test, vi } from 'vitest';

const global = globalThis as unknown as { browser?: unknown };
const before = global.browser;

afterEach(() => {
  global.browser = before;
  vi.resetModules();
});

describe("the content script's extension API", () => {
  test("is the browser's own `browser` namespace, the very object", async () => {
    const own = { runtime: { id: 'duiding-test', sendMessage: () => Promise.resolve() } };
    global.browser = own;
    const { browser } = await import('../../../lib/page/browser-api');
    expect(browser).toBe(own);
  });

  test.each([
    ['missing', undefined],
    ['without runtime', {}],
    ['cut off from its extension (no runtime.id)', { runtime: {} }],
  ])('a namespace %s stops the script with a message saying what is needed', async (_, value) => {
    global.browser = value;
    await expect(import('../../../lib/page/browser-api')).rejects.toThrow(
      /"browser" extension namespace \(Chromium 148 or later, Firefox\)/,
    );
  });
});
