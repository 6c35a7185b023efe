import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { kbModules } from './scripts/vite-kb-modules';
import { noInnerHtml } from './scripts/vite-no-inner-html';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere, so that the lint rules on import direction see every dependency.
  imports: false,
  // A separate output directory lets two builds (say, a benchmark and a test run) live side by side.
  outDir: process.env.DUIDING_OUT_DIR ?? '.output',
  vite: () => ({
    plugins: [preact(), noInnerHtml(), kbModules()],
    build: { chunkSizeWarningLimit: 1000 },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage'],
    action: { default_title: 'Duiding' },
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
