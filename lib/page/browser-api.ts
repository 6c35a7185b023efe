/**
 * The extension API as the content script sees it: the browser's own `browser` namespace, which Firefox has always
 * had and Chromium has from version 148 (the manifest's `minimum_chrome_version`). webextension-polyfill hands
 * back this same object wherever it exists, so in the content script, which is compiled on every page a reader
 * opens, its 10 kB would be compiled and never run; the build points the content script's `wxt/browser` here
 * instead (see `wxt.config.ts`). The extension's own pages keep the polyfill; the types are its types.
 */
import type { browser as polyfill } from 'wxt/browser';

type Api = typeof polyfill;

function ownNamespace(): Api {
  const api = (globalThis as unknown as { browser?: Api }).browser;
  if (!api?.runtime?.id)
    throw new Error('Duiding needs a browser with the "browser" extension namespace (Chromium 148 or later, Firefox).');
  return api;
}

export const browser: Api = ownNamespace();
