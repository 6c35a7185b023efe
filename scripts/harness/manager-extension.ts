/**
 * Chromium with Duiding and a second, tiny extension that holds the `management` permission, so that a test can
 * switch Duiding off and on as a reader does on chrome://extensions (an extension cannot disable itself).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Worker } from 'playwright-core';
import { EXTENSION_DIR, launchContext, scratchDir } from './chromium';

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
  const managerDir = mkdtempSync(join(scratchDir(), 'manager-'));
  writeManager(managerDir);
  const { context, profile } = await launchContext([EXTENSION_DIR, managerDir]);
  const close = async (): Promise<void> => {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
    rmSync(managerDir, { recursive: true, force: true });
  };
  try {
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
