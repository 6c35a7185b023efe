/**
 * Chromium with Duiding and a second, tiny extension that holds the `management` permission, so that a test can
 * switch Duiding off and on as a reader does on chrome://extensions (an extension cannot disable itself).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { CHROMIUM, EXTENSION_DIR, ROOT } from './chromium';

export interface ManagedBrowser {
  context: BrowserContext;
  /** Duiding's id. */
  extensionId: string;
  /** Switches Duiding on or off through the manager extension. */
  setEnabled(enabled: boolean): Promise<void>;
  close(): Promise<void>;
}

function writeManager(dir: string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'Test manager',
      version: '1.0',
      permissions: ['management'],
      background: { service_worker: 'background.js' },
    }),
  );
  // The worker only needs to exist; the test calls chrome.management from it.
  writeFileSync(join(dir, 'background.js'), 'self.addEventListener("install", () => undefined);\n');
}

export async function launchWithManager(): Promise<ManagedBrowser> {
  const tmp = join(ROOT, '.tmp');
  mkdirSync(tmp, { recursive: true });
  process.env.TMPDIR = tmp;
  const profile = mkdtempSync(join(tmp, 'profile-'));
  const managerDir = join(profile, 'manager-extension');
  writeManager(managerDir);
  const both = `${EXTENSION_DIR},${managerDir}`;
  const context = await chromium.launchPersistentContext(join(profile, 'data'), {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1100, height: 800 },
    args: [
      `--disable-extensions-except=${both}`,
      `--load-extension=${both}`,
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      '--no-default-browser-check',
      '--disable-gpu',
    ],
  });
  const close = async (): Promise<void> => {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  };
  try {
    await context.route(/.*/, (route) => {
      const url = new URL(route.request().url());
      if (url.hostname === '127.0.0.1' || url.protocol === 'chrome-extension:') return route.continue();
      return route.abort('blockedbyclient');
    });
    const workers = async (): Promise<Worker[]> => {
      const until = Date.now() + 15000;
      while (context.serviceWorkers().length < 2 && Date.now() < until) {
        await context.waitForEvent('serviceworker', { timeout: until - Date.now() }).catch(() => undefined);
      }
      return context.serviceWorkers();
    };
    let duiding: Worker | undefined;
    let manager: Worker | undefined;
    for (const worker of await workers()) {
      const name = await worker.evaluate(() => chrome.runtime.getManifest().name);
      if (name === 'Test manager') manager = worker;
      else duiding = worker;
    }
    if (!duiding || !manager) throw new Error('Both extensions did not start.');
    const extensionId = new URL(duiding.url()).host;
    return {
      context,
      extensionId,
      async setEnabled(enabled) {
        await manager.evaluate(([id, on]) => chrome.management.setEnabled(id, on), [extensionId, enabled] as [
          string,
          boolean,
        ]);
      },
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
