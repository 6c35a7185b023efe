import { browser } from 'wxt/browser';

/**
 * The default export of one of the extension's own modules (see `wxt.config.ts`), imported by the content script
 * in Chromium. Named by the extension's own URL for the file, never by anything from the page.
 */
export async function importOwnModule<T>(file: '/content-main.js' | '/card.js'): Promise<T> {
  const url = browser.runtime.getURL(file);
  // eslint-disable-next-line no-unsanitized/method -- a fixed file of the extension itself
  const module = (await import(/* @vite-ignore */ url)) as { default: T };
  return module.default;
}
