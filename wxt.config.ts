import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { kbModules } from './scripts/vite-kb-modules';
import { noInnerHtml } from './scripts/vite-no-inner-html';
import { trimPageMessages } from './scripts/vite-page-messages';

const TOOLBAR_ICON = { 16: 'icon/16.png', 32: 'icon/32.png' };

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
  vite: () => ({
    plugins: [preact(), noInnerHtml(), kbModules(), trimPageMessages()],
    build: { chunkSizeWarningLimit: 1000 },
  }),
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage'],
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
