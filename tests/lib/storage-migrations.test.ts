import { describe, expect, test } from 'vitest';
import { EntrySchema } from '../../lib/kb/schema';
import {
  GLOSSARY_VERSION,
  glossaryVersionOf,
  migrateGlossary,
  migrateSettings,
  SETTINGS_VERSION,
  settingsVersionOf,
} from '../../lib/storage-migrations';
import glossaryV0 from '../fixtures/stored/glossary-v0.json';
import glossaryV1 from '../fixtures/stored/glossary-v1.json';
import settingsV0 from '../fixtures/stored/settings-v0.json';
import settingsV1 from '../fixtures/stored/settings-v1.json';

const clone = <T>(value: T): T => structuredClone(value);

describe('settings migrations', () => {
  test('v0 (no version key, sites as written) becomes v1', () => {
    expect(migrateSettings(clone(settingsV0))).toEqual(settingsV1);
  });

  test('v1 is left as it is', () => {
    expect(migrateSettings(clone(settingsV1))).toEqual(settingsV1);
  });

  test('a migration does not change its input', () => {
    const input = clone(settingsV0);
    migrateSettings(input);
    expect(input).toEqual(settingsV0);
  });

  test.each<[string, unknown[], string[]]>([
    ['bare host', ['nos.nl'], ['nos.nl']],
    ['www and capitals', ['WWW.Volkskrant.NL'], ['volkskrant.nl']],
    ['whole address', ['https://www.nrc.nl/nieuws/2024/04/04/a'], ['nrc.nl']],
    ['http address with port', ['http://127.0.0.1:8080/x'], ['127.0.0.1']],
    ['the same site twice', ['nos.nl', 'https://nos.nl/'], ['nos.nl']],
    ['not a site', ['chrome://extensions', '', '   ', 7, null], []],
  ])('v0 site list: %s', (_, sites, expected) => {
    expect(migrateSettings({ disabledSites: sites }).disabledSites).toEqual(expected);
  });

  test.each<[string, Record<string, unknown>, number | null]>([
    ['no version key', { enabled: false }, 0],
    ['current', { settingsVersion: SETTINGS_VERSION }, SETTINGS_VERSION],
    ['from a newer release', { settingsVersion: SETTINGS_VERSION + 1 }, null],
    ['not a number', { settingsVersion: 'one' }, null],
  ])('version of %s', (_, stored, expected) => {
    expect(settingsVersionOf(stored)).toBe(expected);
  });

  test('an unknown version is read as v0, so readable values are kept', () => {
    expect(migrateSettings({ settingsVersion: 'x', enabled: false, disabledSites: ['WWW.NOS.NL'] })).toEqual({
      settingsVersion: SETTINGS_VERSION,
      enabled: false,
      disabledSites: ['nos.nl'],
    });
  });
});

describe('glossary migrations', () => {
  test.each([
    ['v0, a bare array', glossaryV0, 0],
    ['v1, with a version', glossaryV1, 1],
    ['v2, with a revision', { version: 2, revision: 3, entries: [] }, 2],
  ])('%s is recognised', (_, stored, version) => {
    expect(glossaryVersionOf(stored)).toBe(version);
  });

  test('v0 becomes the current shape with its entries unchanged, at revision 0', () => {
    expect(migrateGlossary(clone(glossaryV0))).toEqual({ revision: 0, entries: glossaryV0 });
  });

  test('v1 becomes the current shape with its entries unchanged, at revision 0', () => {
    expect(migrateGlossary(clone(glossaryV1))).toEqual({ revision: 0, entries: glossaryV1.entries });
  });

  test('the current shape keeps its revision', () => {
    expect(migrateGlossary({ version: GLOSSARY_VERSION, revision: 12, entries: [] })).toEqual({ revision: 12, entries: [] });
  });

  test('a damaged revision counts from 0', () => {
    expect(migrateGlossary({ version: GLOSSARY_VERSION, revision: -1, entries: [] })?.revision).toBe(0);
  });

  test('the entries of every old fixture are readable after migration', () => {
    for (const fixture of [glossaryV0, glossaryV1]) {
      for (const item of migrateGlossary(clone(fixture))!.entries) expect(EntrySchema.safeParse(item).success).toBe(true);
    }
  });

  test.each<[string, unknown]>([
    ['a string', 'kapot'],
    ['null', null],
    ['a number', 42],
    ['a foreign object', { version: 0, terms: ['NAVO'] }],
    ['a version from a newer release', { version: GLOSSARY_VERSION + 1, entries: [] }],
    ['entries that are not a list', { version: 1, entries: {} }],
  ])('%s is not a known shape', (_, stored) => {
    expect(glossaryVersionOf(stored)).toBeNull();
    expect(migrateGlossary(stored)).toBeNull();
  });
});
