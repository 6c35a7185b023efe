/**
 * Draws every icon from the one source drawing, `assets/icon.svg`: the extension's icons in `public/icon/<size>.png`
 * (WXT lists them in the manifest) and the store icon in `docs/store/icon-128.png` (the Chrome Web Store wants
 * 96 px of artwork inside 16 px of transparent padding). The SVG is rendered by headless Chromium at each size on
 * a transparent background, so the PNGs are true renderings rather than scaled bitmaps. The hashes of the source
 * and of every PNG go to `assets/icons.json`, so a test can tell when the PNGs are older than the drawing.
 *
 * Run with `npm run icons` after editing the drawing, and commit the PNGs.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM, ROOT, scratchDir } from './harness/chromium';

/** The sizes the manifests and the stores ask for (toolbar 16/32, extensions page 48, AMO 64, Chrome 96/128). */
export const ICON_SIZES = [16, 32, 48, 64, 96, 128] as const;
export const ICON_SOURCE = 'assets/icon.svg';
export const ICON_RECORD = 'assets/icons.json';
export const STORE_ICON = 'docs/store/icon-128.png';

export interface IconRecord {
  source: string;
  sourceSha256: string;
  /** Path (from the repository root) -> size in pixels and SHA-256 of the PNG. */
  files: Record<string, { size: number; sha256: string }>;
}

export function iconPath(size: number): string {
  return `public/icon/${size}.png`;
}

export function sha256(bytes: Buffer | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The SVG rendered into a `canvas` x `canvas` PNG, the drawing `art` pixels wide in the middle. */
async function render(browser: Browser, svg: string, canvas: number, art: number): Promise<Buffer> {
  const page = await browser.newPage({ viewport: { width: canvas, height: canvas }, deviceScaleFactor: 1 });
  try {
    const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
    const offset = (canvas - art) / 2;
    await page.setContent(
      `<!doctype html><html><body style="margin:0;background:transparent">` +
        `<img src="${src}" width="${art}" height="${art}" style="position:absolute;left:${offset}px;top:${offset}px">` +
        `</body></html>`,
    );
    await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
    return await page.screenshot({ omitBackground: true, type: 'png' });
  } finally {
    await page.close();
  }
}

async function main(): Promise<void> {
  const svg = readFileSync(join(ROOT, ICON_SOURCE), 'utf8');
  scratchDir();
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--disable-gpu'] });
  const record: IconRecord = { source: ICON_SOURCE, sourceSha256: sha256(svg), files: {} };
  try {
    const jobs: [string, number, number][] = [
      ...ICON_SIZES.map((size): [string, number, number] => [iconPath(size), size, size]),
      [STORE_ICON, 128, 96],
    ];
    for (const [path, canvas, art] of jobs) {
      const png = await render(browser, svg, canvas, art);
      mkdirSync(dirname(join(ROOT, path)), { recursive: true });
      writeFileSync(join(ROOT, path), png);
      record.files[path] = { size: canvas, sha256: sha256(png) };
      console.log(`${path}  ${canvas}x${canvas}  ${png.length} bytes`);
    }
  } finally {
    await browser.close();
  }
  writeFileSync(join(ROOT, ICON_RECORD), `${JSON.stringify(record, null, 2)}\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
