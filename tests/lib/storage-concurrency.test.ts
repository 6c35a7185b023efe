import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  deleteOwnEntry,
  loadOwnGlossary,
  loadSettings,
  putOwnEntry,
  restoreBackup,
  saveOwnEntries,
  saveSettings,
  updateOwnEntries,
  updateSettings,
} from '../../lib/storage';
import { named } from '../helpers/match';

const a = named('own-a', 'Alpha');
const b = named('own-b', 'Beta');
const c = named('own-c', 'Gamma');

beforeEach(() => {
  fakeBrowser.reset();
});

describe('two windows changing the glossary at once', () => {
  test('two entries saved at the same moment are both kept', async () => {
    await Promise.all([putOwnEntry(a), putOwnEntry(b)]);
    expect((await loadOwnGlossary()).entries.map((e) => e.id).sort()).toEqual(['own-a', 'own-b']);
  });

  test('a delete and an add at the same moment: both happen', async () => {
    await saveOwnEntries([a, b]);
    await Promise.all([deleteOwnEntry('own-a'), putOwnEntry(c)]);
    expect((await loadOwnGlossary()).entries.map((e) => e.id)).toEqual(['own-b', 'own-c']);
  });

  test('many changes at once: none is lost, and the revision counts every write', async () => {
    const entries = Array.from({ length: 20 }, (_, i) => named(`own-n${i}`, `Name ${i}`));
    await Promise.all(entries.map((entry) => putOwnEntry(entry)));
    const own = await loadOwnGlossary();
    expect(own.entries).toHaveLength(20);
    expect(own.revision).toBe(20);
  });

  test('a change prepared against an older revision is refused and writes nothing', async () => {
    await saveOwnEntries([a]);
    const seen = (await loadOwnGlossary()).revision;
    await putOwnEntry(b); // another window
    const result = await updateOwnEntries(() => [c], seen);
    expect(result).toEqual({ ok: false, reason: 'changed' });
    expect((await loadOwnGlossary()).entries.map((e) => e.id)).toEqual(['own-a', 'own-b']);
  });

  test('a change against the current revision is written once', async () => {
    await saveOwnEntries([a]);
    const seen = (await loadOwnGlossary()).revision;
    expect(await updateOwnEntries((entries) => [...entries, b], seen)).toEqual({ ok: true, revision: seen + 1 });
  });
});

describe('settings changed from two windows', () => {
  test('two sites switched off at the same moment are both kept', async () => {
    await Promise.all(
      ['nos.nl', 'nu.nl'].map((site) =>
        updateSettings((current) => ({ disabledSites: [...current.disabledSites, site] })),
      ),
    );
    expect((await loadSettings()).disabledSites.sort()).toEqual(['nos.nl', 'nu.nl']);
  });
});

describe('restoreBackup', () => {
  test('replaces own entries and settings exactly', async () => {
    await saveOwnEntries([a, b]);
    await saveSettings({ enabled: false, dwellMs: 800 });
    const revision = (await loadOwnGlossary()).revision;
    const settings = { ...DEFAULT_SETTINGS, disabledSites: ['nos.nl'] };
    expect((await restoreBackup(settings, [c], revision)).ok).toBe(true);
    expect((await loadOwnGlossary()).entries).toEqual([c]);
    expect(await loadSettings()).toEqual(settings);
  });

  test('refused when the glossary changed since the backup was checked: nothing changes', async () => {
    await saveOwnEntries([a]);
    await saveSettings({ enabled: false });
    const revision = (await loadOwnGlossary()).revision;
    await putOwnEntry(b);
    expect((await restoreBackup(DEFAULT_SETTINGS, [c], revision)).ok).toBe(false);
    expect((await loadOwnGlossary()).entries.map((e) => e.id)).toEqual(['own-a', 'own-b']);
    expect((await loadSettings()).enabled).toBe(false);
  });
});
