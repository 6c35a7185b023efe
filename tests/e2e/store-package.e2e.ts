/**
 * `npm run zip`, as a user runs it: the Chrome and Firefox packages and the Firefox sources package, checked by
 * their listings and manifests, and the sources built again on their own to show they give the same extension.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ROOT, scratchDir } from '../../scripts/harness/chromium';
import { ICON_SIZES } from '../../scripts/icons';
import { pngHeader } from '../helpers/png';
import { openZip, type ZipArchive } from '../helpers/zip';

const { name, version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
};
const work = mkdtempSync(join(scratchDir(), 'zip-'));
const outDir = join(work, 'out');

interface Manifest {
  manifest_version: number;
  version: string;
  icons: Record<string, string>;
  action?: { default_icon: Record<string, string>; default_popup: string };
  browser_action?: { default_icon: Record<string, string>; default_popup: string };
  background: { service_worker?: string; scripts?: string[] };
  content_scripts: { js: string[]; css?: string[] }[];
  browser_specific_settings?: { gecko: { id: string; data_collection_permissions: unknown } };
  web_accessible_resources?: unknown;
  minimum_chrome_version?: string;
}

/**
 * Runs a command as a user would: `outDir` is the build directory it gets (the default `.output` when not given),
 * and the test runner's NODE_ENV=test is not passed on, since it changes what the build makes.
 */
function run(command: string, args: string[], cwd: string, outDir?: string): void {
  const env = { ...process.env };
  delete env.NODE_ENV;
  if (outDir === undefined) delete env.DUIDING_OUT_DIR;
  else env.DUIDING_OUT_DIR = outDir;
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
}

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

let chrome: ZipArchive;
let firefox: ZipArchive;
let sources: ZipArchive;

beforeAll(() => {
  run('npm', ['run', 'zip'], ROOT, relative(ROOT, outDir));
  chrome = openZip(join(outDir, `${name}-${version}-chrome.zip`));
  firefox = openZip(join(outDir, `${name}-${version}-firefox.zip`));
  sources = openZip(join(outDir, `${name}-${version}-sources.zip`));
}, 180_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

function manifestOf(zip: ZipArchive): Manifest {
  return JSON.parse(zip.read('manifest.json')!.toString('utf8')) as Manifest;
}

/** A file of a package as text; empty when the package lacks it. */
function text(zip: ZipArchive, file: string): string {
  return zip.read(file)?.toString('utf8') ?? '';
}

describe('npm run zip', () => {
  test('makes the Chrome, Firefox and sources packages, named with the version from package.json', () => {
    expect(
      readdirSync(outDir)
        .filter((file) => file.endsWith('.zip'))
        .sort(),
    ).toEqual(
      [`${name}-${version}-chrome.zip`, `${name}-${version}-firefox.zip`, `${name}-${version}-sources.zip`].sort(),
    );
  });

  test.each([
    ['Chrome', 3, 'action'],
    ['Firefox', 2, 'browser_action'],
  ] as const)(
    '%s package: MV%i manifest with the version, every icon and the toolbar icon',
    (browser, mv, actionKey) => {
      const zip = browser === 'Chrome' ? chrome : firefox;
      const manifest = manifestOf(zip);
      expect(manifest.manifest_version).toBe(mv);
      expect(manifest.version).toBe(version);
      expect(Object.keys(manifest.icons).map(Number)).toEqual([...ICON_SIZES]);
      for (const [size, path] of Object.entries(manifest.icons)) {
        expect(pngHeader(zip.read(path)!), path).toMatchObject({ width: Number(size), height: Number(size) });
      }
      const action = manifest[actionKey]!;
      expect(Object.keys(action.default_icon)).toEqual(['16', '32']);
      for (const path of Object.values(action.default_icon)) expect(zip.names).toContain(path);
      // Everything the manifest starts is in the package; no source maps or TypeScript.
      const started = [
        action.default_popup,
        ...(manifest.background.service_worker
          ? [manifest.background.service_worker]
          : (manifest.background.scripts ?? [])),
        ...manifest.content_scripts.flatMap((script) => [...script.js, ...(script.css ?? [])]),
      ];
      for (const path of started) expect(zip.names).toContain(path);
      expect(zip.names.filter((file) => /\.(map|tsx?)$/.test(file))).toEqual([]);
      expect(zip.names).toEqual(expect.arrayContaining(['_locales/nl/messages.json', '_locales/fr/messages.json']));
    },
  );

  test('in Chrome the content script imports its work and the card from modules of their own; Firefox carries both in the content script', () => {
    // A line of the card's styles, which only the card's drawing code has, and a line of the page scan's own.
    const cardStyle = 'clip-path: inset(50%)';
    const scan = '[hidden], [aria-hidden], [contenteditable], [style]';
    expect(manifestOf(chrome).web_accessible_resources).toEqual([
      { resources: ['content-main.js', 'card.js'], matches: ['http://*/*', 'https://*/*'], use_dynamic_url: true },
    ]);
    expect(text(chrome, 'card.js')).toContain(cardStyle);
    expect(text(chrome, 'content-main.js')).toContain(scan);
    expect(text(chrome, 'content-main.js')).toContain('/card.js');
    expect(text(chrome, 'content-main.js')).not.toContain(cardStyle);
    // Compiled whole as it loads (off the page's main thread, as a module), as the content script is.
    expect(text(chrome, 'content-main.js').startsWith('//# allFunctionsCalledOnLoad\n')).toBe(true);
    // The content script itself is a loader of a few lines, with none of the work in it.
    const loader = text(chrome, 'content-scripts/content.js');
    expect(loader).toContain('/content-main.js');
    expect(loader).not.toContain(scan);
    expect(loader).not.toContain(cardStyle);
    expect(loader.length).toBeLessThan(4000);
    expect(manifestOf(firefox).web_accessible_resources).toBeUndefined();
    expect(firefox.names).not.toContain('card.js');
    expect(firefox.names).not.toContain('content-main.js');
    expect(text(firefox, 'content-scripts/content.js')).toContain(cardStyle);
    expect(text(firefox, 'content-scripts/content.js')).toContain(scan);
  });

  test("the content script uses the browser's own extension namespace, the extension's pages the polyfill; Chrome 148 or later", () => {
    // The polyfill's own error message: in a file, the polyfill is too.
    const polyfill = 'This script should only be loaded in a browser extension.';
    for (const zip of [chrome, firefox]) {
      expect(text(zip, 'content-scripts/content.js')).not.toContain(polyfill);
      expect(text(zip, 'content-scripts/content.js')).toContain('"browser" extension namespace');
    }
    expect(text(chrome, 'content-main.js')).not.toContain(polyfill);
    expect(text(chrome, 'content-main.js')).toContain('"browser" extension namespace');
    expect(text(chrome, 'background.js')).toContain(polyfill);
    expect(text(firefox, 'background.js')).toContain(polyfill);
    expect(manifestOf(chrome).minimum_chrome_version).toBe('148');
    expect(manifestOf(firefox).minimum_chrome_version).toBeUndefined();
  });

  test("the content script carries its own context, not WXT's (whose address watcher it never uses)", () => {
    for (const zip of [chrome, firefox]) {
      const script = text(zip, 'content-scripts/content.js');
      // WXT's context carries its address watcher and the event name it sends on each change of address.
      expect(script).not.toContain('wxt:locationchange');
      // The handover between instances stays under WXT's event name.
      expect(script).toContain(':wxt:content-script-started');
    }
  });

  test('Firefox package: add-on id and no data collection', () => {
    expect(manifestOf(firefox).browser_specific_settings?.gecko).toMatchObject({
      id: expect.stringContaining('@'),
      data_collection_permissions: { required: ['none'] },
    });
  });

  test('sources package: what the build needs, without dependencies, build output, tests or hidden files', () => {
    expect(sources.names).toEqual(
      expect.arrayContaining([
        'README.md',
        'package.json',
        'package-lock.json',
        'tsconfig.json',
        'wxt.config.ts',
        'assets/icon.svg',
        'entrypoints/background.ts',
        'entrypoints/content/index.ts',
        'scripts/vite-kb-modules.ts',
        'public/icon/128.png',
        'public/_locales/de/messages.json',
      ]),
    );
    expect(sources.names.some((file) => /^lib\/kb\/data\/.+\.json$/.test(file))).toBe(true);
    const unwanted = sources.names.filter(
      (file) =>
        /(^|\/)(node_modules|\.output)\//.test(file) || /^(tests|bench|docs)\//.test(file) || /(^|\/)\./.test(file),
    );
    expect(unwanted).toEqual([]);
  });

  test('the sources, built on their own as the README says, give the same files as the Firefox package', () => {
    const src = join(work, 'src');
    mkdirSync(src);
    for (const file of sources.names) {
      mkdirSync(join(src, file, '..'), { recursive: true });
      writeFileSync(join(src, file), sources.read(file)!);
    }
    // The project's installed packages stand in for `npm ci`, which would fetch them again.
    symlinkSync(join(ROOT, 'node_modules'), join(src, 'node_modules'), 'dir');
    run('npm', ['run', 'build:firefox'], src);
    const built = join(src, '.output/firefox-mv2');
    expect(files(built)).toEqual([...firefox.names].sort());
    for (const file of files(built)) {
      expect(readFileSync(join(built, file)).equals(firefox.read(file)!), file).toBe(true);
    }
  }, 120_000);
});
