/**
 * The floor under any extension's content script on this machine: the same trace of evaluating a content script,
 * for an extension whose content script only looks up `document.body`, on the same pages. What Chromium spends
 * there (setting up the extension's world on the page, compiling and running a line) any extension that reads a
 * page pays too, and it moves with the machine's state from day to day as Duiding's own numbers do; it is shown
 * beside them, never subtracted from them.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchContext, scratchDir } from '../harness/chromium';
import type { PageServer } from '../harness/server';
import { corpusPages, traceEvaluation } from './corpus';

/** Writes the empty extension into the scratch folder and returns its folder. */
export function writeEmptyExtension(dir = join(scratchDir(), 'empty-extension')): string {
  mkdirSync(join(dir, 'content-scripts'), { recursive: true });
  const manifest = {
    manifest_version: 3,
    name: 'Empty content script',
    version: '1.0',
    content_scripts: [
      { matches: ['http://*/*', 'https://*/*'], js: ['content-scripts/empty.js'], run_at: 'document_idle' },
    ],
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  writeFileSync(join(dir, 'content-scripts', 'empty.js'), 'document.body;\n');
  return dir;
}

/** The median evaluation of the empty content script per page (wall-clock ms), by page name without `.html`. */
export async function benchFloor(
  server: PageServer,
  dir: string,
  runs: number,
  log: (line: string) => void,
  only?: string,
): Promise<Map<string, number>> {
  const { context, profile } = await launchContext([writeEmptyExtension()]);
  const floor = new Map<string, number>();
  try {
    for (const { file } of corpusPages(dir, only)) {
      const samples: number[] = [];
      for (let run = 0; run < runs; run++) {
        const page = await context.newPage();
        try {
          const trace = await traceEvaluation(page);
          await page.goto(`${server.origin}/corpus/${file}`);
          // The script runs once the page is idle; it leaves no trace on the page to wait for, so wait for the
          // browser to have run it (a second is many times what the page needs to become idle here).
          await page.waitForTimeout(1000);
          const evaluation = await trace.stop();
          if (evaluation.ms > 0) samples.push(evaluation.ms);
        } catch (error) {
          log(
            `  ${file}: no measurement of the empty script (${error instanceof Error ? error.message : String(error)})`,
          );
        } finally {
          await page.close();
        }
      }
      if (samples.length === 0) continue;
      samples.sort((a, b) => a - b);
      floor.set(file.replace(/\.html$/, ''), samples[samples.length >> 1]!);
    }
    log(`  empty content script: measured on ${floor.size} pages`);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
  return floor;
}
