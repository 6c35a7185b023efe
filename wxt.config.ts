import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { kbModules } from './scripts/vite-kb-modules';
import { noInnerHtml } from './scripts/vite-no-inner-html';
import { trimPageMessages } from './scripts/vite-page-messages';

const TOOLBAR_ICON = { 16: 'icon/16.png', 32: 'icon/32.png' };
/** Entry points built as ES modules, which the content script imports in Chromium. */
const MODULES = ['content-main', 'card'];
/** DUIDING_SOURCEMAP=1 adds source maps, for reading profiles of the built extension. */
const SOURCE_MAPS = Boolean(process.env.DUIDING_SOURCEMAP);

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere, so that the lint rules on import direction see every dependency.
  imports: false,
  // A separate output directory lets two builds (say, a benchmark and a test run) live side by side.
  outDir: process.env.DUIDING_OUT_DIR ?? '.output',
  zip: {
    // The sources package for addons.mozilla.org holds what the build needs; tests, benchmarks and docs stay out.
    excludeSources: ['tests/**', 'bench/**', 'docs/**', 'coverage/**'],
  },
  hooks: {
    // The content script carries V8's compile hint and uses the browser's own extension namespace and its own
    // context. In Chromium it imports two modules of the extension, built as modules: its own work on the page
    // (entrypoints/content-main.ts, built as the content script is) and the card's drawing code
    // (entrypoints/card.ts).
    'vite:build:extendConfig': (entrypoints, config) => {
      if (entrypoints.some((entrypoint) => entrypoint.name === 'content')) {
        config.plugins = [ownNamespace(), ...(config.plugins ?? []), compiledOnLoad()];
        return;
      }
      const lib = config.build?.lib;
      const name = entrypoints.length === 1 ? entrypoints[0]!.name : '';
      if (!MODULES.includes(name) || !lib) return;
      lib.formats = ['es'];
      // Vite leaves the white space of a library built as a module; these ship, minified like the others. The
      // content script's own module is built as the content script is.
      // With source maps (for reading profiles) they are left as Vite prints them, which the maps describe.
      const plugins = config.plugins ?? [];
      const minified = SOURCE_MAPS ? [] : [minifiedModule()];
      config.plugins =
        name === 'content-main'
          ? [ownNamespace(), ...plugins, ...minified, compiledOnLoad()]
          : [...plugins, ...minified];
    },
  },
  vite: () => ({
    plugins: [preact(), noInnerHtml(), kbModules(), trimPageMessages()],
    build: { chunkSizeWarningLimit: 1000, sourcemap: SOURCE_MAPS },
  }),
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage'],
    // The content script uses the `browser` namespace, which Chromium has from version 148 (see
    // lib/page/browser-api.ts).
    ...(browser === 'firefox' ? {} : { minimum_chrome_version: '148' }),
    // The modules the content script imports in Chromium: its own work on the page, and the card's drawing code when
    // a card first opens. Only by the address of the browser session (`use_dynamic_url`), so that pages cannot tell
    // Duiding is installed by asking for a file at the extension's fixed address.
    ...(browser === 'firefox'
      ? {}
      : {
          web_accessible_resources: [
            {
              resources: MODULES.map((name) => `${name}.js`),
              matches: ['http://*/*', 'https://*/*'],
              use_dynamic_url: true,
            },
          ],
        }),
    // The toolbar button uses the small icons (WXT lists every public/icon/<size>.png under "icons"). MV2 names it
    // browser_action here, because WXT does not carry `action` over when the popup fills in browser_action.
    [manifestVersion === 2 ? 'browser_action' : 'action']: { default_title: 'Duiding', default_icon: TOOLBAR_ICON },
    commands: {
      'navigate-terms': {
        suggested_key: { default: 'Alt+Shift+D' },
        description: '__MSG_commandNavigate__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'duiding@duiding.app',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});

/**
 * Marks the content script for compiling whole as it loads (V8's explicit compile hints: a comment on its first
 * line). Nearly every function in it runs on every page; compiled one by one on first call, each is parsed twice
 * (skimmed with the script, then in full), and the second parse of each lands in the page's start-up. What runs
 * only when the reader asks for it (the card and keyboard navigation of the terms) is in `card.js`, compiled
 * when it loads.
 */
function compiledOnLoad(): Plugin {
  return {
    name: 'duiding:compiled-on-load',
    generateBundle(_, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        chunk.code = `//# allFunctionsCalledOnLoad\n${chunk.code}`;
        // One line more at the top: the source map's lines move down with the code.
        if (chunk.map) chunk.map.mappings = `;${chunk.map.mappings}`;
      }
    },
  };
}

/**
 * Gives the content script the browser's own `browser` namespace where the rest of the extension imports the
 * polyfill (`wxt/browser`, which the polyfill's WXT module points at the polyfill): see `lib/page/browser-api.ts`.
 * And its own context in place of WXT's, which WXT's start-up code for content scripts imports: see
 * `lib/page/script-context.ts`.
 */
function ownNamespace(): Plugin {
  const api = fileURLToPath(new URL('./lib/page/browser-api.ts', import.meta.url));
  const context = fileURLToPath(new URL('./lib/page/script-context.ts', import.meta.url));
  const replaced: Record<string, string> = {
    'wxt/browser': api,
    '@wxt-dev/webextension-polyfill/browser': api,
    'wxt/utils/content-script-context': context,
  };
  return {
    name: 'duiding:own-namespace',
    enforce: 'pre',
    resolveId: (id) => replaced[id] ?? null,
  };
}

function minifiedModule(): Plugin {
  return {
    name: 'duiding:minified-module',
    // After Vite's own last pass over the code, which would print it out again with its white space.
    async generateBundle(_, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk') chunk.code = (await transform(chunk.code, { minify: true, format: 'esm' })).code;
      }
    },
  };
}
