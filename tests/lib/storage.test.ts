import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Entry, EntryInput } from '../../lib/kb/schema';
import {
  checkStoredData,
  DEFAULT_SETTINGS,
  GLOSSARY_BACKUP_KEY,
  GLOSSARY_KEY,
  GLOSSARY_VERSION,
  isActiveOn,
  loadOwnGlossary,
  loadSettings,
  parseGlossary,
  putOwnEntry,
  saveOwnEntries,
  saveSettings,
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
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({ enabled: false });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, enabled: false });
  });

  test('setting a value back to its default removes the key', async () => {
    await saveSettings({ enabled: false, disabledSites: ['nos.nl'] });
    await saveSettings({ enabled: true });
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({ disabledSites: ['nos.nl'] });
    await saveSettings({ disabledSites: [] });
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
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

describe('parseGlossary', () => {
  test('nothing stored: empty, no problems', () => {
    expect(parseGlossary(undefined)).toEqual({ entries: [], problems: [], rejected: [] });
  });

  test('one valid and one invalid entry: the valid one, a problem, the invalid one rejected', () => {
    const result = parseGlossary({ version: GLOSSARY_VERSION, entries: [valid, invalid] });
    expect(result.entries.map((e) => e.id)).toEqual(['own-hybride-oorlog']);
    expect(result.entries[0]?.roles).toEqual([]);
    expect(result.problems).toHaveLength(1);
    expect(result.rejected).toEqual([invalid]);
  });

  test.each([
    ['wrong version', { version: 99, entries: [valid] }],
    ['not an object', 'kapot'],
    ['entries not a list', { version: GLOSSARY_VERSION, entries: {} }],
  ])('unreadable as a whole (%s): all of it rejected', (_, raw) => {
    const result = parseGlossary(raw);
    expect(result.entries).toEqual([]);
    expect(result.problems).toHaveLength(1);
    expect(result.rejected).toEqual([raw]);
  });
});

describe('own glossary in storage.local', () => {
  test('loads the valid entry and backs up the invalid one', async () => {
    await fakeBrowser.storage.local.set({ [GLOSSARY_KEY]: { version: GLOSSARY_VERSION, entries: [valid, invalid] } });
    const own = await loadOwnGlossary();
    expect(own.entries.map((e) => e.id)).toEqual(['own-hybride-oorlog']);
    expect(own.problems).toHaveLength(1);
    const stored = await storedLocal();
    expect(stored[GLOSSARY_BACKUP_KEY]).toMatchObject({ rejected: [invalid] });
    // Loading does not rewrite the glossary itself.
    expect(stored[GLOSSARY_KEY]).toEqual({ version: GLOSSARY_VERSION, entries: [valid, invalid] });
  });

  test('loading twice does not back up the same entry twice', async () => {
    await fakeBrowser.storage.local.set({ [GLOSSARY_KEY]: { version: GLOSSARY_VERSION, entries: [valid, invalid] } });
    await loadOwnGlossary();
    await loadOwnGlossary();
    expect((await storedLocal())[GLOSSARY_BACKUP_KEY]).toMatchObject({ rejected: [invalid] });
  });

  test('a new bad entry is added to an existing backup', async () => {
    const older = { id: 'own-oud', broken: true };
    await fakeBrowser.storage.local.set({
      [GLOSSARY_BACKUP_KEY]: { savedAt: '2024-01-01T00:00:00.000Z', rejected: [older] },
      [GLOSSARY_KEY]: { version: GLOSSARY_VERSION, entries: [invalid] },
    });
    await loadOwnGlossary();
    expect((await storedLocal())[GLOSSARY_BACKUP_KEY]).toMatchObject({ rejected: [older, invalid] });
  });

  test('a clean glossary writes no backup', async () => {
    await saveOwnEntries([entry(valid)]);
    const own = await loadOwnGlossary();
    expect(own).toEqual({ entries: [entry(valid)], problems: [] });
    expect(await storedLocal()).not.toHaveProperty(GLOSSARY_BACKUP_KEY);
  });

  test('saveOwnEntries stores a versioned list', async () => {
    await saveOwnEntries([entry(valid)]);
    expect((await storedLocal())[GLOSSARY_KEY]).toEqual({ version: GLOSSARY_VERSION, entries: [entry(valid)] });
  });

  test('putOwnEntry adds an entry and keeps the others', async () => {
    const other: Entry = entry({ ...valid, id: 'own-ander', names: { nl: { label: 'Ander' } } });
    await saveOwnEntries([entry(valid)]);
    await putOwnEntry(other);
    expect((await loadOwnGlossary()).entries.map((e) => e.id)).toEqual(['own-hybride-oorlog', 'own-ander']);
  });

  test('putOwnEntry replaces the entry with the same id', async () => {
    const first = entry(valid);
    const other = entry({ ...valid, id: 'own-ander', names: { nl: { label: 'Ander' } } });
    const changed = entry({ ...valid, summary: { nl: 'Nieuwe samenvatting.' } });
    await saveOwnEntries([first, other]);
    await putOwnEntry(changed);
    const { entries } = await loadOwnGlossary();
    expect(entries.map((e) => e.id).sort()).toEqual(['own-ander', 'own-hybride-oorlog']);
    expect(entries.find((e) => e.id === valid.id)?.summary.nl).toBe('Nieuwe samenvatting.');
  });

  test('putOwnEntry on a damaged glossary keeps the bad entry in the backup', async () => {
    await fakeBrowser.storage.local.set({ [GLOSSARY_KEY]: { version: GLOSSARY_VERSION, entries: [valid, invalid] } });
    const other = entry({ ...valid, id: 'own-ander', names: { nl: { label: 'Ander' } } });
    await putOwnEntry(other);
    const stored = await storedLocal();
    expect(stored[GLOSSARY_BACKUP_KEY]).toMatchObject({ rejected: [invalid] });
    expect((await loadOwnGlossary()).entries.map((e) => e.id)).toEqual(['own-hybride-oorlog', 'own-ander']);
  });
});

describe('checkStoredData', () => {
  test('rewrites the glossary in the current format without losing the backup', async () => {
    await fakeBrowser.storage.local.set({ [GLOSSARY_KEY]: { version: GLOSSARY_VERSION, entries: [valid, invalid] } });
    const problems = await checkStoredData();
    expect(problems).toHaveLength(1);
    const stored = await storedLocal();
    expect(stored[GLOSSARY_KEY]).toEqual({ version: GLOSSARY_VERSION, entries: [entry(valid)] });
    expect(stored[GLOSSARY_BACKUP_KEY]).toMatchObject({ rejected: [invalid] });
  });

  test('a glossary unreadable as a whole is backed up before it is replaced', async () => {
    const old = { version: 0, terms: ['NAVO'] };
    await fakeBrowser.storage.local.set({ [GLOSSARY_KEY]: old });
    await checkStoredData();
    const stored = await storedLocal();
    expect(stored[GLOSSARY_BACKUP_KEY]).toMatchObject({ rejected: [old] });
    expect(stored[GLOSSARY_KEY]).toEqual({ version: GLOSSARY_VERSION, entries: [] });
  });

  test('with nothing stored it writes nothing', async () => {
    expect(await checkStoredData()).toEqual([]);
    expect(await storedLocal()).toEqual({});
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });

  test('running it again changes nothing more', async () => {
    await fakeBrowser.storage.local.set({ [GLOSSARY_KEY]: { version: GLOSSARY_VERSION, entries: [valid, invalid] } });
    await checkStoredData();
    const once = structuredClone(await storedLocal());
    expect(await checkStoredData()).toEqual([]);
    const twice = await storedLocal();
    expect(twice[GLOSSARY_KEY]).toEqual(once[GLOSSARY_KEY]);
    expect(twice[GLOSSARY_BACKUP_KEY]).toEqual(once[GLOSSARY_BACKUP_KEY]);
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
