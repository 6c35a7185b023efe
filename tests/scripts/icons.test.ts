// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import config from '../../wxt.config';
import { ICON_RECORD, ICON_SIZES, ICON_SOURCE, iconPath, sha256, STORE_ICON, type IconRecord } from '../../scripts/icons';
import { pngHeader, topLeftAlpha } from '../helpers/png';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const read = (path: string): Buffer => readFileSync(join(ROOT, path));

type ManifestFn = (env: { browser: string; manifestVersion: 2 | 3; mode: string; command: string }) => Record<string, unknown>;

describe('icons', () => {
  test.each(ICON_SIZES.map((size) => [size]))('public/icon/%i.png is a %i px square RGBA image, transparent round the mark', (size) => {
    const png = read(iconPath(size));
    expect(pngHeader(png)).toEqual({ width: size, height: size, bitDepth: 8, colorType: 6 });
    expect(topLeftAlpha(png)).toBe(0);
  });

  test('public/icon holds those sizes and nothing else (WXT lists every icon it finds there)', () => {
    const files = readdirSync(join(ROOT, 'public/icon')).sort();
    expect(files).toEqual(ICON_SIZES.map((size) => `${size}.png`).sort());
  });

  test('the store icon is 128 px with the mark inside a transparent border', () => {
    const png = read(STORE_ICON);
    expect(pngHeader(png)).toMatchObject({ width: 128, height: 128, colorType: 6 });
    expect(topLeftAlpha(png)).toBe(0);
  });

  test('every PNG was drawn from the current source drawing (npm run icons)', () => {
    const record = JSON.parse(read(ICON_RECORD).toString('utf8')) as IconRecord;
    expect(record.source).toBe(ICON_SOURCE);
    expect(record.sourceSha256).toBe(sha256(read(ICON_SOURCE)));
    expect(Object.keys(record.files).sort()).toEqual([...ICON_SIZES.map(iconPath), STORE_ICON].sort());
    for (const [path, { size, sha256: hash }] of Object.entries(record.files)) {
      expect(sha256(read(path)), path).toBe(hash);
      expect(pngHeader(read(path)).width, path).toBe(size);
    }
  });

  test.each([
    ['chrome', 3, 'action'],
    ['firefox', 2, 'browser_action'],
    ['firefox', 3, 'action'],
  ] as const)('the %s MV%i manifest gives the toolbar button (%s) small icons that exist', (browser, manifestVersion, key) => {
    const manifest = (config.manifest as ManifestFn)({ browser, manifestVersion, mode: 'production', command: 'build' });
    const action = manifest[key] as { default_icon: Record<string, string> };
    expect(Object.keys(action.default_icon).map(Number)).toEqual([16, 32]);
    for (const [size, path] of Object.entries(action.default_icon)) {
      expect(pngHeader(read(join('public', path))).width).toBe(Number(size));
    }
  });
});
