import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Entry, EntryInput } from '../../lib/kb/schema';
import {
  DEFAULT_SETTINGS,
  GLOSSARY_BACKUP_KEY,
  GLOSSARY_KEY,
  GLOSSARY_VERSION,
  isActiveOn,
  loadOwnGlossary,
  loadSettings,
  putOwnEntry,
  saveOwnEntries,
  saveSettings,
  SETTINGS_VERSION,
  siteOf,
  watchStorage,
} from '../../lib/storage';
import { entry } from '../helpers/match';

const valid: EntryInput = {
  id: 'own-hybride-oorlog',
  category: 'concept',
  names: { nl: { label: 'Hybride oorlog' } },
  summary: { nl: 'Oorlog met militaire en andere middelen.' },
};
/** Stored by an older or damaged version: the link is not http(s). */
const invalid = {
  id: 'own-kapot',
  category: 'concept',
  names: { nl: { label: 'Kapot' } },
  summary: {},
  links: { wikipedia: {}, more: 'javascript:alert(1)' },
};

async function storedLocal(): Promise<Record<string, unknown>> {
  return fakeBrowser.storage.local.get(null);
}

async function storedSync(): Promise<Record<string, unknown>> {
  return fakeBrowser.storage.sync.get(null);
}

const v = { settingsVersion: SETTINGS_VERSION };

beforeEach(() => {
  fakeBrowser.reset();
});

describe('settings', () => {
  test('defaults when nothing is stored', async () => {
    expect(DEFAULT_SETTINGS).toMatchObject({ enabled: true, disabledSites: [] });
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  test('only keys that differ from the default are stored', async () => {
    await saveSettings({ enabled: false, disabledSites: [] });
    expect(await storedSync()).toEqual({ ...v, enabled: false });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, enabled: false });
  });

  test('setting a value back to its default removes the key', async () => {
    await saveSettings({ enabled: false, disabledSites: ['nos.nl'] });
    await saveSettings({ enabled: true });
    expect(await storedSync()).toEqual({ ...v, disabledSites: ['nos.nl'] });
    await saveSettings({ disabledSites: [] });
    expect(await storedSync()).toEqual(v);
  });

  test('a corrupt field is repaired to its default, a valid one kept', async () => {
    await fakeBrowser.storage.sync.set({ enabled: 'yes', disabledSites: ['nos.nl', 'example.com'] });
    expect(await loadSettings()).toEqual({
      ...DEFAULT_SETTINGS,
      enabled: true,
      disabledSites: ['nos.nl', 'example.com'],
    });
  });

  test('a corrupt list is repaired while a valid flag is kept', async () => {
    await fakeBrowser.storage.sync.set({ enabled: false, disabledSites: 'nos.nl' });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, enabled: false, disabledSites: [] });
  });

  test('settings stored before the version key are read migrated', async () => {
    await fakeBrowser.storage.sync.set({ disabledSites: ['https://www.nos.nl/artikel/1', 'NU.NL'] });
    expect((await loadSettings()).disabledSites).toEqual(['nos.nl', 'nu.nl']);
  });

  test('keys that are not settings are ignored', async () => {
    await fakeBrowser.storage.sync.set({ somethingElse: 1 });
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });
});

describe('siteOf', () => {
  test.each<[string, string | null]>([
    ['https://www.nos.nl/artikel/123', 'nos.nl'],
    ['http://nos.nl/', 'nos.nl'],
    ['https://WWW.Example.COM/a', 'example.com'],
    ['https://www2.example.com/', 'www2.example.com'],
    ['https://news.www.example.com/', 'news.www.example.com'],
    ['https://127.0.0.1:8080/x', '127.0.0.1'],
    ['chrome://extensions', null],
    ['about:blank', null],
    ['file:///home/me/page.html', null],
    ['chrome-extension://abc/options.html', null],
    ['not a url', null],
    ['', null],
  ])('%j -> %j', (url, expected) => {
    expect(siteOf(url)).toBe(expected);
  });
});

describe('isActiveOn', () => {
  test.each([
    ['on, site not disabled', { enabled: true, disabledSites: ['a.nl'] }, 'nos.nl', true],
    ['on, site disabled', { enabled: true, disabledSites: ['nos.nl'] }, 'nos.nl', false],
    ['off everywhere', { enabled: false, disabledSites: [] }, 'nos.nl', false],
    ['on, page without a site', { enabled: true, disabledSites: ['nos.nl'] }, null, true],
  ])('%s', (_, settings, site, expected) => {
    expect(isActiveOn({ ...DEFAULT_SETTINGS, ...settings }, site)).toBe(expected);
  });
});

describe('own glossary in storage.local', () => {
  test('loads the valid entry, repairs the damaged one and backs up its original', async () => {
    await fakeBrowser.storage.local.set({ [GLOSSARY_KEY]: { version: GLOSSARY_VERSION, revision: 1, entries: [valid, invalid] } });
    const own = await loadOwnGlossary();
    expect(own.entries.map((e) => e.id)).toEqual(['own-hybride-oorlog', 'own-kapot']);
    expect(own.entries[1]?.links).toEqual({ wikipedia: {} });
    expect(own.problems).toEqual(['own-kapot: links.more']);
    expect(own.revision).toBe(1);
    const stored = await storedLocal();
    expect(stored[GLOSSARY_BACKUP_KEY]).toMatchObject({ rejected: [invalid] });
    // Loading does not rewrite the glossary itself.
    expect(stored[GLOSSARY_KEY]).toEqual({ version: GLOSSARY_VERSION, revision: 1, entries: [valid, invalid] });
  });

  test('loading twice does not back up the same entry twice', async () => {
    await fakeBrowser.storage.local.set({ [GLOSSARY_KEY]: { version: GLOSSARY_VERSION, revision: 1, entries: [valid, invalid] } });
    await loadOwnGlossary();
    await loadOwnGlossary();
    expect((await storedLocal())[GLOSSARY_BACKUP_KEY]).toMatchObject({ rejected: [invalid] });
  });

  test('a new bad entry is added to an existing backup', async () => {
    const older = { id: 'own-oud', broken: true };
    await fakeBrowser.storage.local.set({
      [GLOSSARY_BACKUP_KEY]: { savedAt: '2024-01-01T00:00:00.000Z', rejected: [older] },
      [GLOSSARY_KEY]: { version: GLOSSARY_VERSION, revision: 1, entries: [invalid] },
    });
    await loadOwnGlossary();
    expect((await storedLocal())[GLOSSARY_BACKUP_KEY]).toMatchObject({ rejected: [older, invalid] });
  });

  test('a clean glossary writes no backup', async () => {
    await saveOwnEntries([entry(valid)]);
    const own = await loadOwnGlossary();
    expect(own).toEqual({ entries: [entry(valid)], problems: [], revision: 1 });
    expect(await storedLocal()).not.toHaveProperty(GLOSSARY_BACKUP_KEY);
  });

  test('saveOwnEntries stores a versioned list and raises the revision', async () => {
    await saveOwnEntries([entry(valid)]);
    await saveOwnEntries([entry(valid)]);
    expect((await storedLocal())[GLOSSARY_KEY]).toEqual({
      version: GLOSSARY_VERSION,
      revision: 2,
      writeId: expect.any(String),
      entries: [entry(valid)],
    });
  });

  test('each write has its own id; a glossary written by another page is read afresh', async () => {
    await saveOwnEntries([entry(valid)]);
    const first = (await storedLocal())[GLOSSARY_KEY] as { writeId: string };
    await saveOwnEntries([entry(valid)]);
    expect(((await storedLocal())[GLOSSARY_KEY] as { writeId: string }).writeId).not.toBe(first.writeId);
    const other = entry({ ...valid, id: 'own-ander', names: { nl: { label: 'Ander' } } });
    await fakeBrowser.storage.local.set({ [GLOSSARY_KEY]: { version: GLOSSARY_VERSION, revision: 3, writeId: 'elders', entries: [other] } });
    expect((await loadOwnGlossary()).entries).toEqual([other]);
  });

  test('changing the list a load returned does not change the next load', async () => {
    await saveOwnEntries([entry(valid)]);
    (await loadOwnGlossary()).entries.pop();
    expect((await loadOwnGlossary()).entries).toEqual([entry(valid)]);
  });

  test('putOwnEntry adds an entry and keeps the others', async () => {
    const other: Entry = entry({ ...valid, id: 'own-ander', names: { nl: { label: 'Ander' } } });
    await saveOwnEntries([entry(valid)]);
    await putOwnEntry(other);
    expect((await loadOwnGlossary()).entries.map((e) => e.id)).toEqual(['own-hybride-oorlog', 'own-ander']);
  });

  test('putOwnEntry replaces the entry with the same id in its place', async () => {
    const first = entry(valid);
    const other = entry({ ...valid, id: 'own-ander', names: { nl: { label: 'Ander' } } });
    const changed = entry({ ...valid, summary: { nl: 'Nieuwe samenvatting.' } });
    await saveOwnEntries([first, other]);
    await putOwnEntry(changed);
    const { entries } = await loadOwnGlossary();
    expect(entries.map((e) => e.id)).toEqual(['own-hybride-oorlog', 'own-ander']);
    expect(entries[0]?.summary.nl).toBe('Nieuwe samenvatting.');
  });

  test('putOwnEntry on a damaged glossary keeps the bad original in the backup', async () => {
    const broken = { id: 'own-stuk', category: 'concept', names: {}, summary: {} };
    await fakeBrowser.storage.local.set({ [GLOSSARY_KEY]: { version: GLOSSARY_VERSION, revision: 1, entries: [valid, broken] } });
    const other = entry({ ...valid, id: 'own-ander', names: { nl: { label: 'Ander' } } });
    await putOwnEntry(other);
    const stored = await storedLocal();
    expect(stored[GLOSSARY_BACKUP_KEY]).toMatchObject({ rejected: [broken] });
    expect((await loadOwnGlossary()).entries.map((e) => e.id)).toEqual(['own-hybride-oorlog', 'own-ander']);
  });
});

describe('watchStorage', () => {
  test('calls back for settings and glossary changes until aborted', async () => {
    const calls: string[] = [];
    const controller = new AbortController();
    watchStorage({ settings: () => calls.push('settings'), glossary: () => calls.push('glossary') }, controller.signal);
    await saveSettings({ enabled: false });
    await saveOwnEntries([entry(valid)]);
    await fakeBrowser.storage.local.set({ unrelated: 1 });
    expect(calls).toEqual(['settings', 'glossary']);
    controller.abort();
    await saveSettings({ enabled: true });
    expect(calls).toEqual(['settings', 'glossary']);
  });
});
