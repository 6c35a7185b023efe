import { describe, expect, test } from 'vitest';
import { applyDryRun, dryRun, type DryRunContext } from '../../../lib/glossary/dry-run';
import { backupJson, glossaryCsv, readImportFile } from '../../../lib/glossary/formats';
import { BUNDLED } from '../../../lib/kb';
import type { Entry } from '../../../lib/kb/schema';
import { DEFAULT_SETTINGS } from '../../../lib/storage';
import { named } from '../../helpers/match';

const a = named('own-a', 'Alpha');
const b = named('own-b', 'Beta');
const c = named('own-c', 'Gamma');
const nato = BUNDLED.entries.find((e) => e.id === 'nato')!;

const context = (own: Entry[] = [a, b]): DryRunContext => ({ own, bundled: BUNDLED.entries, revision: 3, settings: DEFAULT_SETTINGS });
const noPause = { pause: async () => {} };

async function runJson(data: unknown, own?: Entry[]) {
  const file = readImportFile('f.json', JSON.stringify(data));
  if (!file.ok) throw new Error(file.problem.code);
  return dryRun(file, context(own), noPause);
}

const ids = (entries: readonly Entry[]): string[] => entries.map((e) => e.id);

describe('what an import would change', () => {
  test('added, updated, unchanged, each in the file order', async () => {
    const changedB = named('own-b', 'Beta', ['B-team']);
    const run = await runJson([c, a, changedB]);
    expect(ids(run.added)).toEqual(['own-c']);
    expect(ids(run.updated)).toEqual(['own-b']);
    expect(ids(run.unchanged)).toEqual(['own-a']);
    expect(run.rejected).toEqual([]);
    expect(run.revision).toBe(3);
  });

  test('a bundled entry given as it is: unchanged; changed: an update that replaces it', async () => {
    const changed = { ...nato, note: 'Mijn notitie.' };
    expect(ids((await runJson([nato])).unchanged)).toEqual(['nato']);
    expect(ids((await runJson([changed])).updated)).toEqual(['nato']);
  });

  test.each<[string, unknown, { field: string; code: string }[]]>([
    ['a javascript: link', { ...a, id: 'own-x', links: { wikipedia: {}, more: 'javascript:alert(1)' } }, [{ field: 'links.more', code: 'link' }]],
    ['HTML in a name', named('own-x', '<img src=x onerror=alert(1)>'), [{ field: 'names.en.label', code: 'markup' }]],
    ['HTML in an alias', named('own-x', 'X', ['<b>x</b>']), [{ field: 'names.en.aliases.0', code: 'markup' }]],
    ['HTML in a summary', { ...named('own-x', 'X'), summary: { en: 'a <script>b</script>' } }, [{ field: 'summary.en', code: 'markup' }]],
    ['no category', { id: 'own-x', names: { en: { label: 'X' } }, summary: {} }, [{ field: 'category', code: 'required' }]],
    ['an unknown category', { ...a, id: 'own-x', category: 'thing' }, [{ field: 'category', code: 'invalid' }]],
    ['a bad id', { ...a, id: 'Own X' }, [{ field: 'id', code: 'id' }]],
    ['no names', { ...a, id: 'own-x', names: {} }, [{ field: 'names', code: 'need-name' }]],
    ['a role that ends first', { ...a, id: 'own-x', roles: [{ label: { en: 'R' }, from: '2024-01-01', to: '2020-01-01' }] }, [{ field: 'roles.0.to', code: 'order' }]],
    ['a bad date', { ...a, id: 'own-x', verified: '4 april' }, [{ field: 'verified', code: 'date' }]],
    ['a summary too long', { ...a, id: 'own-x', summary: { en: 'x'.repeat(300) } }, [{ field: 'summary.en', code: 'too-long' }]],
    ['not an object', 'Alpha', [{ field: '(entry)', code: 'not-entry' }]],
  ])('rejected: %s, with its field', async (_, item, errors) => {
    const run = await runJson([c, item]);
    expect(ids(run.added)).toEqual(['own-c']);
    expect(run.rejected).toHaveLength(1);
    expect(run.rejected[0]?.where).toEqual({ kind: 'entry', index: 2 });
    expect(run.rejected[0]?.errors).toMatchObject(errors);
  });

  test('markup is reported beside the other errors of the same entry', async () => {
    const run = await runJson([{ ...named('own-x', '<b>x</b>'), links: { wikipedia: {}, more: 'javascript:x' } }]);
    expect(run.rejected[0]?.errors).toEqual([
      { field: 'links.more', code: 'link' },
      { field: 'names.en.label', code: 'markup' },
    ]);
  });

  test('HTML in a link is not called markup: it is not a web address', async () => {
    const run = await runJson([{ ...a, id: 'own-x', links: { wikipedia: {}, more: '<a href=x>' } }]);
    expect(run.rejected[0]?.errors).toEqual([{ field: 'links.more', code: 'link' }]);
  });

  test('an id given twice: the second is rejected', async () => {
    const run = await runJson([c, named('own-c', 'Gamma again')]);
    expect(run.rejected).toMatchObject([{ where: { index: 2 }, id: 'own-c', errors: [{ field: 'id', code: 'duplicate' }] }]);
  });

  test('CSV rows are rejected by line, with cell errors and schema errors', async () => {
    const csv = 'category,label_nl,more,roles\nplace,Goed,,\nplace,Link,javascript:x,\nplace,Rol,,[{\n';
    const file = readImportFile('f.csv', csv);
    if (!file.ok) throw new Error('not read');
    const run = await dryRun(file, context([]), noPause);
    expect(ids(run.added)).toEqual(['own-goed']);
    expect(run.rejected.map((r) => [r.where, r.errors.map((e) => e.field)])).toEqual([
      [{ kind: 'row', line: 3 }, ['links.more']],
      [{ kind: 'row', line: 4 }, ['roles']],
    ]);
  });

  test('CSV rows without an id get one from their name, not taken by another', async () => {
    const file = readImportFile('f.csv', 'category,label_en\nconcept,Alpha\nconcept,Alpha\n');
    if (!file.ok) throw new Error('not read');
    const run = await dryRun(file, context([a]), noPause);
    expect(ids(run.added)).toEqual(['own-alpha', 'own-alpha-2']);
  });
});

describe('alias clashes', () => {
  test.each<[string, Entry, Entry[], { alias: string; with: { id: string; source: string } }[]]>([
    ['with a bundled entry', named('own-x', 'Navo'), [], [{ alias: 'Navo', with: { id: 'nato', source: 'bundled' } }]],
    ['with an own entry', named('own-x', 'X', ['ALPHA']), [a], [{ alias: 'ALPHA', with: { id: 'own-a', source: 'own' } }]],
    ['none when only the entry itself has the name', named('own-a', 'Alpha', ['A']), [a], []],
    ['none for new names', named('own-x', 'Xylofoon'), [a], []],
  ])('%s', async (_, item, own, clashes) => {
    const run = await runJson([item], own);
    expect(run.clashes).toMatchObject(clashes);
  });

  test('with an earlier entry of the same file', async () => {
    const run = await runJson([named('own-x', 'Zeta'), named('own-y', 'Y', ['zeta'])], []);
    expect(run.clashes).toMatchObject([{ where: { index: 2 }, id: 'own-y', alias: 'zeta', with: { id: 'own-x', source: 'file' } }]);
  });

  test('an own entry that replaces a bundled one hides the bundled names', async () => {
    const ownNato = named('nato', 'Alliantie');
    const run = await runJson([named('own-x', 'NAVO')], [ownNato]);
    expect(run.clashes).toEqual([]);
  });
});

describe('applying', () => {
  test('updates in place, additions at the end, nothing else touched', async () => {
    const changedA = named('own-a', 'Alpha', ['Al']);
    const run = await runJson([c, changedA, b]);
    expect(applyDryRun([a, b], run)).toEqual([changedA, b, c]);
  });

  test('a changed bundled entry becomes an own one', async () => {
    const changed = { ...nato, note: 'Mijn notitie.' };
    const run = await runJson([changed]);
    expect(ids(applyDryRun([a], run))).toEqual(['own-a', 'nato']);
  });

  test('rejected entries are never applied', async () => {
    const run = await runJson([c, named('own-x', '<i>x</i>')]);
    expect(ids(applyDryRun([a], run))).toEqual(['own-a', 'own-c']);
  });
});

describe('backups', () => {
  test('restore exactly: the backup entries, own entries not in it removed, settings compared', async () => {
    const file = readImportFile('b.json', backupJson({ ...DEFAULT_SETTINGS, enabled: false }, [c, a], 'x'));
    if (!file.ok) throw new Error('not read');
    const run = await dryRun(file, context([a, b]), noPause);
    expect(ids(run.removed)).toEqual(['own-b']);
    expect(ids(applyDryRun([a, b], run))).toEqual(['own-c', 'own-a']);
    expect(run.settings).toEqual({ ...DEFAULT_SETTINGS, enabled: false });
    expect(run.settingsChanged).toEqual(['enabled']);
  });

  test('unreadable settings in a backup are rejected by key', async () => {
    const file = readImportFile('b.json', backupJson({ dwellMs: 'slow' }, [], 'x'));
    if (!file.ok) throw new Error('not read');
    const run = await dryRun(file, context(), noPause);
    expect(run.rejected).toEqual([{ where: { kind: 'settings' }, errors: [{ field: 'dwellMs', code: 'invalid' }] }]);
  });
});

describe('slices', () => {
  test('a large file is checked in slices with progress reported, ending at the total', async () => {
    const many = Array.from({ length: 3000 }, (_, i) => named(`own-n${i}`, `Name ${i}`));
    const file = readImportFile('big.csv', glossaryCsv(many));
    if (!file.ok) throw new Error('not read');
    const progress: number[] = [];
    let pauses = 0;
    const run = await dryRun(file, context([]), {
      sliceMs: 0,
      pause: async () => void pauses++,
      onProgress: (done, total) => progress.push(done / total),
    });
    expect(run.added).toHaveLength(3000);
    expect(pauses).toBeGreaterThan(1);
    expect(progress.at(-1)).toBe(1);
    expect(progress).toEqual([...progress].sort((x, y) => x - y));
  });

  test('an aborted run stops', async () => {
    const controller = new AbortController();
    const file = readImportFile('f.json', JSON.stringify([a, b, c]));
    if (!file.ok) throw new Error('not read');
    const pending = dryRun(file, context([]), { sliceMs: 0, signal: controller.signal, pause: async () => controller.abort(new Error('stopped')) });
    await expect(pending).rejects.toThrow('stopped');
  });
});
