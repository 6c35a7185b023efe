import './tests/node20-polyfills';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { kbModules } from './scripts/vite-kb-modules';

export default defineConfig({
  plugins: [WxtVitest(), kbModules()],
  test: {
    environment: 'happy-dom',
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    globals: false,
  },
});
