import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  checkStoredData,
  clearKeptAside,
  DEFAULT_SETTINGS,
  GLOSSARY_BACKUP_KEY,
  GLOSSARY_KEY,
  GLOSSARY_VERSION,
  loadKeptAside,
  loadOwnGlossary,
  loadSettings,
  readSettings,
  SETTINGS_BACKUP_KEY,
  SETTINGS_VERSION,
} from '../../lib/storage';
import damagedGlossary from '../fixtures/stored/glossary-damaged.json';
import glossaryV0 from '../fixtures/stored/glossary-v0.json';
import glossaryV1 from '../fixtures/stored/glossary-v1.json';
import damagedSettings from '../fixtures/stored/settings-damaged.json';
import settingsV0 from '../fixtures/stored/settings-v0.json';
import settingsV1 from '../fixtures/stored/settings-v1.json';

const local = (): Promise<Record<string, unknown>> => fakeBrowser.storage.local.get(null);
const sync = (): Promise<Record<string, unknown>> => fakeBrowser.storage.sync.get(null);

beforeEach(() => {
  fakeBrowser.reset();
});

describe('readSettings', () => {
  test.each<[string, Record<string, unknown>, string[]]>([
    ['nothing stored', {}, []],
    ['v0 fixture: migrated, nothing to repair', structuredClone(settingsV0), []],
    ['damaged fixture', structuredClone(damagedSettings), ['enabled', 'hiddenEntries', 'dwellMs', 'marks']],
    ['a number out of range', { dwellMs: 99999 }, ['dwellMs']],
    ['a list of the wrong items', { hiddenEntries: ['Not An Id'] }, ['hiddenEntries']],
  ])('%s', (_, stored, repaired) => {
    expect(readSettings(stored).repaired).toEqual(repaired);
  });
});

describe('checkStoredData: settings', () => {
  test('v0 settings are written back as v1, only the keys that were stored', async () => {
    await fakeBrowser.storage.sync.set(structuredClone(settingsV0));
    expect(await checkStoredData()).toEqual([]);
    expect(await sync()).toEqual(settingsV1);
    expect(await local()).toEqual({});
  });

  test('damaged values are reset, their originals kept in storage.local, readable ones kept', async () => {
    await fakeBrowser.storage.sync.set(structuredClone(damagedSettings));
    const problems = await checkStoredData();
    expect(problems).toEqual(['settings: enabled', 'settings: hiddenEntries', 'settings: dwellMs', 'settings: marks']);
    // Defaults are not stored: only the readable site list and the version remain.
    expect(await sync()).toEqual({ settingsVersion: SETTINGS_VERSION, disabledSites: ['nos.nl'] });
    expect((await local())[SETTINGS_BACKUP_KEY]).toMatchObject({
      values: { enabled: 'yes', hiddenEntries: 'nato', dwellMs: -5, marks: 'blink' },
    });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, disabledSites: ['nos.nl'] });
  });

  test('nothing stored: nothing written', async () => {
    expect(await checkStoredData()).toEqual([]);
    expect(await sync()).toEqual({});
    expect(await local()).toEqual({});
  });
});

describe('checkStoredData: glossary', () => {
  test.each([
    ['v0', glossaryV0],
    ['v1', glossaryV1],
  ])('the %s fixture is rewritten in the current shape with the same entries', async (_, fixture) => {
    await fakeBrowser.storage.local.set({ [GLOSSARY_KEY]: structuredClone(fixture) });
    expect(await checkStoredData()).toEqual([]);
    const stored = (await local())[GLOSSARY_KEY] as { version: number; revision: number; entries: { id: string }[] };
    expect(stored.version).toBe(GLOSSARY_VERSION);
    expect(stored.revision).toBe(1);
    expect(stored.entries.map((e) => e.id)).toEqual(['own-hybride-oorlog', 'own-sleutelbos']);
    expect(await local()).not.toHaveProperty(GLOSSARY_BACKUP_KEY);
  });

  test('a damaged glossary: repaired in place, every original it could not keep whole backed up', async () => {
    await fakeBrowser.storage.local.set({ [GLOSSARY_KEY]: structuredClone(damagedGlossary) });
    const problems = await checkStoredData();
    expect(problems).toHaveLength(5);
    const own = await loadOwnGlossary();
    expect(own.entries.map((e) => e.id)).toEqual(['own-goed', 'own-link', 'own-rollen']);
    expect(own.problems).toEqual([]);
    expect(own.revision).toBe(8);
    const kept = await loadKeptAside();
    expect(kept.entries).toEqual(damagedGlossary.entries.slice(1));
  });

  test('a glossary unreadable as a whole is backed up before it is replaced', async () => {
    const old = { version: 0, terms: ['NAVO'] };
    await fakeBrowser.storage.local.set({ [GLOSSARY_KEY]: old });
    await checkStoredData();
    const stored = await local();
    expect(stored[GLOSSARY_BACKUP_KEY]).toMatchObject({ rejected: [old] });
    expect(stored[GLOSSARY_KEY]).toEqual({ version: GLOSSARY_VERSION, revision: 1, writeId: expect.any(String), entries: [] });
  });

  test('running it again changes nothing more', async () => {
    await fakeBrowser.storage.local.set({ [GLOSSARY_KEY]: structuredClone(damagedGlossary) });
    await fakeBrowser.storage.sync.set(structuredClone(damagedSettings));
    await checkStoredData();
    const once = structuredClone({ local: await local(), sync: await sync() });
    expect(await checkStoredData()).toEqual([]);
    expect({ local: await local(), sync: await sync() }).toEqual(once);
  });
});

describe('kept aside', () => {
  test('lists glossary and settings originals, and can be cleared', async () => {
    await fakeBrowser.storage.local.set({ [GLOSSARY_KEY]: 'kapot' });
    await fakeBrowser.storage.sync.set({ dwellMs: 'slow' });
    await checkStoredData();
    const kept = await loadKeptAside();
    expect(kept.entries).toEqual(['kapot']);
    expect(kept.settings).toEqual({ dwellMs: 'slow' });
    expect(kept.savedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    await clearKeptAside();
    expect(await loadKeptAside()).toEqual({ savedAt: null, entries: [], settings: {} });
  });
});
