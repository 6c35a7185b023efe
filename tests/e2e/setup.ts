/** One Chromium with the built extension and one page server per test file, closed after it. */
import { afterAll, beforeAll } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/harness/chromium';
import { startServer, type PageServer } from '../../scripts/harness/server';

export function useExtensionBrowser(): { readonly browser: ExtensionBrowser; readonly server: PageServer } {
  let browser: ExtensionBrowser | undefined;
  let server: PageServer | undefined;
  beforeAll(async () => {
    server = await startServer();
    browser = await launchWithExtension();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get browser() {
      return browser!;
    },
    get server() {
      return server!;
    },
  };
}
