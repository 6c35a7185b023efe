// @vitest-environment node
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

/** The store listings in docs/store/<lang>.json, one per language the extension speaks. */
const LANGS = ['nl', 'en', 'de', 'fr'] as const;
const DIR = fileURLToPath(new URL('../../docs/store/', import.meta.url));

type Listing = Record<string, unknown> & {
  lang: string;
  name: string;
  summary: string;
  description: string[];
  permissions: Record<string, string>;
  storage: string[];
};

const listings = Object.fromEntries(
  LANGS.map((lang) => [lang, JSON.parse(readFileSync(`${DIR}${lang}.json`, 'utf8')) as Listing]),
) as Record<(typeof LANGS)[number], Listing>;

/** Every field as a path (`permissions.storage`, `description`), so nested fields are compared too. */
function fieldPaths(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [prefix];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, inner]) =>
    fieldPaths(inner, prefix ? `${prefix}.${key}` : key),
  );
}

function texts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(texts);
  if (value && typeof value === 'object') return Object.values(value).flatMap(texts);
  return [];
}

describe('store listings', () => {
  test('all four languages have the same fields as the English one', () => {
    const fields = fieldPaths(listings.en).sort();
    expect(fields).toEqual(
      expect.arrayContaining(['name', 'summary', 'description', 'singlePurpose', 'storage', 'privacy', 'remoteCode']),
    );
    for (const lang of LANGS) {
      expect(fieldPaths(listings[lang]).sort(), lang).toEqual(fields);
      expect(listings[lang].lang).toBe(lang);
      expect(listings[lang].description.length, lang).toBe(listings.en.description.length);
      expect(listings[lang].storage.length, lang).toBe(listings.en.storage.length);
    }
  });

  test.each(LANGS)('%s: every text is filled in and no longer than the stores allow', (lang) => {
    const listing = listings[lang];
    for (const text of texts(listing)) expect(text.trim().length).toBeGreaterThan(1);
    // Chrome Web Store: summary up to 132 characters. addons.mozilla.org: name up to 50.
    expect([...listing.summary].length).toBeLessThanOrEqual(132);
    expect([...listing.name].length).toBeLessThanOrEqual(50);
    expect(listing.name.startsWith('Duiding')).toBe(true);
    expect(listing.description.join('\n\n').length).toBeLessThanOrEqual(16000);
  });

  test('the permission notes cover every permission the manifest asks for, and host access', async () => {
    const { default: config } = await import('../../wxt.config');
    const manifest = (config.manifest as (env: object) => { permissions: string[] })({
      browser: 'chrome',
      manifestVersion: 3,
      mode: 'production',
      command: 'build',
    });
    for (const lang of LANGS) {
      expect(Object.keys(listings[lang].permissions).sort(), lang).toEqual([...manifest.permissions, 'hostAccess'].sort());
    }
  });

  test('the listings are translated, not copied', () => {
    for (const lang of LANGS.filter((l) => l !== 'en')) {
      expect(listings[lang].summary).not.toBe(listings.en.summary);
      listings[lang].description.forEach((paragraph, i) => expect(paragraph).not.toBe(listings.en.description[i]));
    }
  });
});
