import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { deleteOwnEntry, loadOwnGlossary, restoreOwnEntry, saveOwnEntries } from '../../../lib/storage';
import { named } from '../../helpers/match';

const a = named('own-a', 'Alpha');
const b = named('own-b', 'Beta', ['B-team']);
const c = named('own-c', 'Gamma');

beforeEach(() => fakeBrowser.reset());

describe('deleting and restoring own entries', () => {
  test('delete returns the entry and its place; restore puts it back exactly', async () => {
    await saveOwnEntries([a, b, c]);
    const deleted = await deleteOwnEntry('own-b');
    expect(deleted).toEqual({ entry: b, index: 1 });
    expect((await loadOwnGlossary()).entries.map((e) => e.id)).toEqual(['own-a', 'own-c']);
    await restoreOwnEntry(deleted!.entry, deleted!.index);
    expect((await loadOwnGlossary()).entries).toEqual([a, b, c]);
  });

  test('deleting an id that is not stored changes nothing', async () => {
    await saveOwnEntries([a]);
    expect(await deleteOwnEntry('own-x')).toBeUndefined();
    expect((await loadOwnGlossary()).entries).toEqual([a]);
  });

  test('restore keeps entries added in the meantime and replaces one given the same id', async () => {
    await saveOwnEntries([a, b]);
    const deleted = (await deleteOwnEntry('own-a'))!;
    const readded = named('own-a', 'Alpha again');
    await saveOwnEntries([b, c, readded]);
    await restoreOwnEntry(deleted.entry, deleted.index);
    expect((await loadOwnGlossary()).entries).toEqual([a, b, c]);
  });

  test('a place past the end of a shorter list puts the entry last', async () => {
    await saveOwnEntries([a, b, c]);
    const deleted = (await deleteOwnEntry('own-c'))!;
    await saveOwnEntries([a]);
    await restoreOwnEntry(deleted.entry, deleted.index);
    expect((await loadOwnGlossary()).entries).toEqual([a, c]);
  });
});
