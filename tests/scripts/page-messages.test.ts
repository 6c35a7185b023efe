import { readFileSync } from 'node:fs';
import { build } from 'esbuild';
import { describe, expect, test } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import { PAGE_MESSAGE, pageMessages } from '../../scripts/vite-page-messages';

/** The project's own source files that end up in the content script and the card layer it loads. */
async function contentScriptSources(): Promise<string[]> {
  const result = await build({
    entryPoints: ['entrypoints/content/index.ts', 'entrypoints/content-main.ts', 'entrypoints/card.ts'],
    outdir: 'out',
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    logLevel: 'silent',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    external: ['virtual:*', '*.css'],
  });
  return Object.keys(result.metafile.inputs).filter((file) => /^(lib|components|entrypoints)\//.test(file));
}

describe('the content script carries only the texts a page shows', () => {
  test('every text page code asks for is one it carries', async () => {
    const sources = await contentScriptSources();
    expect(sources).toEqual(expect.arrayContaining(['components/card/Card.tsx', 'components/card/card-layer.tsx', 'lib/session.ts']));
    const keys = new Set<string>();
    for (const file of sources) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\bt\(\s*[\w.]+,\s*'([A-Za-z0-9_]+)'/g)) keys.add(match[1]!);
    }
    expect(keys.size).toBeGreaterThan(10);
    expect([...keys].filter((key) => !PAGE_MESSAGE.test(key))).toEqual([]);
    expect([...keys].filter((key) => !(key in en))).toEqual([]);
  });

  test('the trimmed messages keep the card texts and drop the others', () => {
    const trimmed = JSON.parse(pageMessages(JSON.stringify(en))) as Record<string, unknown>;
    expect(Object.keys(trimmed)).toEqual(expect.arrayContaining(['cardNow', 'factBorn', 'category_person']));
    expect(trimmed).not.toHaveProperty('extName');
    expect(Object.keys(trimmed).length).toBeLessThan(Object.keys(en).length / 2);
  });
});
