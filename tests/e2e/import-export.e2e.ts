/**
 * Import and export on the options page, in Chromium with the built extension: broken, wrong-shaped and hostile
 * files are refused with a message and storage stays as it was; a good import exported again gives back what
 * went in (JSON and CSV); a backup restores settings and own terms exactly; an imported term is marked on an
 * article that is already open; a check made before another window saved is not applied; 20,000 entries.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useExtensionBrowser } from './setup';
import { articlePage } from '../../scripts/harness/article-page';
import { waitForHighlights } from '../../scripts/harness/chromium';
import { backupJson, glossaryCsv, glossaryJson } from '../../lib/glossary/formats';
import { EntrySchema, type Entry, type EntryInput } from '../../lib/kb/schema';
import damagedGlossary from '../fixtures/stored/glossary-damaged.json';
import damagedSettings from '../fixtures/stored/settings-damaged.json';

const env = useExtensionBrowser();
let articleUrl: string;

const entry = (input: EntryInput): Entry => EntrySchema.parse(input);

const zwaluw = entry({
  id: 'own-zwaluwstaartakkoord',
  category: 'concept',
  names: { nl: { label: 'Zwaluwstaartakkoord', aliases: ['zwaluwstaart-akkoord'] } },
  summary: { nl: 'Een verzonnen verdrag, om het importeren te beproeven.' },
  links: { wikipedia: {}, more: 'https://example.org/zwaluw' },
});
const roe = entry({
  id: 'own-jane-roe',
  category: 'person',
  names: { en: { label: 'Jane Roe', aliases: ['Roe', { text: 'JR', case: 'exact' }] }, nl: { label: 'Jane Roe' } },
  summary: { en: 'Mayor, then minister; says "no", often.\nTwo lines.' },
  roles: [{ label: { en: 'Mayor', nl: 'burgemeester' }, from: '2019-01-01', to: '2023-12-31' }],
  note: 'Notitie; met puntkomma, en "aanhalingstekens".',
});
const existing = entry({ id: 'own-bestaand', category: 'place', names: { nl: { label: 'Bestaand' } }, summary: {} });

beforeAll(() => {
  const text = [
    'Het Zwaluwstaartakkoord en de NAVO',
    'De ministers spraken dinsdag opnieuw over het Zwaluwstaartakkoord, dat de landen van de NAVO nauwer moet laten samenwerken. Volgens diplomaten is er nog veel werk te doen voordat het akkoord kan worden getekend.',
    'Secretaris-generaal Jens Stoltenberg zei dat het akkoord een belangrijke stap zou zijn. Ook andere bondgenoten lieten weten er positief tegenover te staan, al blijven er vragen over de uitvoering.',
  ].join('\n\n');
  articleUrl = env.server.add('/buitenland/zwaluw.html', articlePage(text, { lang: 'nl', published: '2024-04-04', headline: 'Het Zwaluwstaartakkoord' }));
});

afterEach(async () => {
  await env.browser.worker.evaluate(async () => {
    await chrome.storage.local.clear();
    await chrome.storage.sync.clear();
  });
});

interface Stored {
  local: Record<string, unknown>;
  sync: Record<string, unknown>;
}

const stored = (): Promise<Stored> =>
  env.browser.worker.evaluate(async () => ({ local: await chrome.storage.local.get(null), sync: await chrome.storage.sync.get(null) }));

const ownEntries = async (): Promise<unknown[]> =>
  ((await stored()).local.glossary as { entries?: unknown[] } | undefined)?.entries ?? [];

async function seed(entries: Entry[], sync: Record<string, unknown> = {}): Promise<void> {
  await env.browser.worker.evaluate(
    async ({ entries, sync }) => {
      await chrome.storage.local.set({ glossary: { version: 2, revision: 1, entries } });
      await chrome.storage.sync.set(sync);
    },
    { entries, sync },
  );
}

async function openOptions(): Promise<Page> {
  const options = await env.browser.openExtensionPage('options.html');
  await options.waitForSelector('.import-export input[type="file"]');
  return options;
}

/** Chooses a file in the import field; waits for the report or for the outcome message. */
async function choose(options: Page, name: string, text: string): Promise<void> {
  await options.setInputFiles('.import-export input[type="file"]', {
    name,
    mimeType: name.endsWith('.csv') ? 'text/csv' : 'application/json',
    buffer: Buffer.from(text, 'utf8'),
  });
  await options.waitForSelector('[data-testid="import-report"], [data-testid="import-outcome"]', { timeout: 30000 });
}

async function outcome(options: Page): Promise<string> {
  return (await options.waitForSelector('[data-testid="import-outcome"]', { timeout: 30000 })).textContent() as Promise<string>;
}

async function applyImport(options: Page): Promise<string> {
  await options.click('.import-report .import-actions button:not(.secondary)');
  return outcome(options);
}

async function exported(options: Page, kind: 'json' | 'csv' | 'backup'): Promise<string> {
  const [download] = await Promise.all([options.waitForEvent('download'), options.click(`[data-export="${kind}"]`)]);
  return readFileSync((await download.path())!, 'utf8');
}

describe('refused imports change nothing', () => {
  test.each<[string, string, string, RegExp]>([
    ['broken JSON', 'broken.json', '{"format": "duiding-glossary", "entries": [{"id": "own-x",', /not valid JSON/],
    ['a wrong-shaped JSON file', 'shape.json', JSON.stringify({ settings: { theme: 'dark' }, words: ['NAVO'] }), /neither|not a Duiding/],
    ['a CSV with a quote never closed', 'broken.csv', 'category,label_nl,summary_nl\nconcept,Kapot,"nooit gesloten\n', /line 2/],
    ['a CSV with a column nobody knows', 'columns.csv', 'category,label_nl,kleur\nconcept,Kleur,rood\n', /kleur/],
  ])('%s: refused as a whole with a message', async (_, name, text, message) => {
    await seed([existing], { enabled: false, settingsVersion: 1 });
    const before = await stored();
    const options = await openOptions();
    try {
      await choose(options, name, text);
      expect(await outcome(options)).toMatch(/Nothing was imported/);
      expect(await outcome(options)).toMatch(message);
      expect(await options.locator('[data-testid="import-report"]').count()).toBe(0);
      expect(await stored()).toEqual(before);
    } finally {
      await options.close();
    }
  });

  test('a javascript: link and HTML in names: each entry rejected by field, shown as text, nothing saved unless skipped', async () => {
    await seed([existing]);
    const before = await stored();
    const hostile = [
      { ...zwaluw, id: 'own-link', links: { wikipedia: {}, more: 'javascript:alert(document.domain)' } },
      { ...zwaluw, id: 'own-html', names: { nl: { label: '<img src=x onerror="window.__pwned=1">' } } },
      { ...zwaluw, id: 'own-script', names: { nl: { label: 'Veilig', aliases: ['<script>window.__pwned=2</script>'] } } },
    ];
    const options = await openOptions();
    try {
      await choose(options, 'hostile.json', JSON.stringify({ entries: hostile }));
      const rejected = (await options.textContent('[data-testid="import-rejected"]'))!;
      expect(rejected).toContain('Entry 1 (own-link)');
      expect(rejected).toContain('links.more');
      expect(rejected).toContain('Entry 2 (own-html)');
      expect(rejected).toContain('names.nl.label');
      expect(rejected).toContain('names.nl.aliases.0');
      // The names are shown as text: no element came from them, nothing ran.
      expect(await options.locator('.import-export img, .import-export script').count()).toBe(0);
      expect(await options.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(await applyImport(options)).toMatch(/Nothing was imported: 3 entries are invalid/);
      expect(await stored()).toEqual(before);
      // Skipping them leaves nothing to import, and still nothing is written.
      await options.check('.import-report input[type="checkbox"]');
      expect(await applyImport(options)).toMatch(/Nothing to import/);
      expect(await stored()).toEqual(before);
    } finally {
      await options.close();
    }
  });

  test('a broken CSV row is rejected by line and column; skipped, the good rows are imported in one write', async () => {
    await seed([existing]);
    const csv = 'id,category,label_nl,more,roles\r\nown-goed,concept,Goed,,\r\nown-fout,concept,Fout,ftp://x,\r\nown-rol,person,Rol,,"[{""label"":"\r\n';
    const options = await openOptions();
    try {
      await choose(options, 'rows.csv', csv);
      const rejected = (await options.textContent('[data-testid="import-rejected"]'))!;
      expect(rejected).toContain('Row 3 (own-fout)');
      expect(rejected).toContain('links.more');
      expect(rejected).toContain('Row 4 (own-rol)');
      expect(rejected).toContain('roles');
      await options.check('.import-report input[type="checkbox"]');
      expect(await applyImport(options)).toMatch(/Imported: 1 added, 0 updated/);
      expect((await ownEntries()).map((e) => (e as Entry).id)).toEqual(['own-bestaand', 'own-goed']);
      expect(((await stored()).local.glossary as { revision: number }).revision).toBe(2);
    } finally {
      await options.close();
    }
  });
});

describe('round trips', () => {
  test('JSON: import, then export gives the same entries; clashes with bundled names are listed', async () => {
    const options = await openOptions();
    try {
      const clashing = entry({ id: 'own-alliantie', category: 'organization', names: { nl: { label: 'Alliantie', aliases: ['NAVO'] } }, summary: {} });
      const input = [zwaluw, roe, clashing];
      await choose(options, 'glossary.json', glossaryJson(input, '2024-04-04T00:00:00.000Z'));
      expect(await options.textContent('[data-testid="import-report"] [role="status"]')).toContain('3 to add, 0 to update, 0 unchanged, 0 rejected');
      expect(await options.textContent('[data-testid="import-clashes"]')).toMatch(/“NAVO” is also a name of NAVO \(bundled\)/);
      expect(await applyImport(options)).toMatch(/Imported: 3 added/);
      const json = JSON.parse(await exported(options, 'json')) as { format: string; entries: unknown[] };
      expect(json.format).toBe('duiding-glossary');
      expect(json.entries).toEqual(input);
    } finally {
      await options.close();
    }
  });

  test('CSV: import, then export gives the same file', async () => {
    const options = await openOptions();
    try {
      const csv = glossaryCsv([zwaluw, roe]);
      await choose(options, 'glossary.csv', csv);
      expect(await applyImport(options)).toMatch(/Imported: 2 added/);
      expect(await exported(options, 'csv')).toBe(csv);
    } finally {
      await options.close();
    }
  });

  test('a full backup restores settings and own entries exactly', async () => {
    await seed([zwaluw, roe], { enabled: false, disabledSites: ['nos.nl'], dwellMs: 700, settingsVersion: 1 });
    const original = await stored();
    const options = await openOptions();
    try {
      const backup = await exported(options, 'backup');
      expect(JSON.parse(backup)).toMatchObject({ format: 'duiding-backup', entries: [zwaluw, roe], settings: { enabled: false, dwellMs: 700 } });
      // Everything changed afterwards ...
      await seed([existing], { enabled: true, disabledSites: ['nu.nl'], dwellMs: 300, marks: 'first-only' });
      await options.reload();
      await choose(options, 'backup.json', backup);
      expect(await options.textContent('[data-testid="import-report"]')).toMatch(/1 own terms that are not in it would be removed/);
      expect(await applyImport(options)).toMatch(/Backup restored: 2 own terms/);
      const after = await stored();
      expect((after.local.glossary as { entries: unknown[] }).entries).toEqual([zwaluw, roe]);
      expect(after.sync).toEqual(original.sync);
    } finally {
      await options.close();
    }
  });

  test('a backup made with default settings also restores them', async () => {
    const options = await openOptions();
    try {
      await choose(options, 'backup.json', backupJson({ enabled: true, disabledSites: [] }, [zwaluw], '2024-04-04T00:00:00.000Z'));
      expect(await applyImport(options)).toMatch(/Backup restored: 1 own terms/);
      expect((await stored()).sync).toEqual({});
      expect(await ownEntries()).toEqual([zwaluw]);
    } finally {
      await options.close();
    }
  });
});

describe('damaged stored data', () => {
  test('the options page repairs it, says what happened, and offers the originals for download', async () => {
    await env.browser.worker.evaluate(
      async ({ glossary, settings }) => {
        await chrome.storage.local.set({ glossary });
        await chrome.storage.sync.set(settings);
      },
      { glossary: damagedGlossary, settings: damagedSettings },
    );
    const options = await openOptions();
    try {
      const notice = await options.waitForSelector('[data-testid="kept-aside"]', { timeout: 10000 });
      expect(await notice.textContent()).toContain('5 own terms and 4 settings');
      const after = await stored();
      expect(((after.local.glossary as { entries: Entry[] }).entries).map((e) => e.id)).toEqual(['own-goed', 'own-link', 'own-rollen']);
      expect(after.sync).toEqual({ settingsVersion: 1, disabledSites: ['nos.nl'] });
      const [download] = await Promise.all([
        options.waitForEvent('download'),
        options.click('[data-testid="kept-aside"] button:not(.secondary)'),
      ]);
      const kept = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { entries: unknown[]; settings: unknown };
      expect(kept.entries).toEqual(damagedGlossary.entries.slice(1));
      expect(kept.settings).toEqual({ enabled: 'yes', hiddenEntries: 'nato', dwellMs: -5, marks: 'blink' });
      options.once('dialog', (dialog) => void dialog.accept());
      await options.click('[data-testid="kept-aside"] button.secondary');
      await options.waitForSelector('[data-testid="kept-aside"]', { state: 'detached' });
      expect(Object.keys((await stored()).local)).toEqual(['glossary']);
    } finally {
      await options.close();
    }
  });
});

describe.each(['light', 'dark'] as const)('axe-core, %s', (scheme) => {
  test('the import section with a report, its rejections and clashes, and the kept-aside notice', async () => {
    const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    await env.browser.worker.evaluate((glossary) => chrome.storage.local.set({ glossary }), damagedGlossary);
    const options = await openOptions();
    try {
      await options.emulateMedia({ colorScheme: scheme });
      await options.waitForSelector('[data-testid="kept-aside"]');
      const clashing = { ...zwaluw, id: 'own-alliantie', names: { nl: { label: 'NAVO' } } };
      await choose(options, 'mixed.json', JSON.stringify([clashing, { ...zwaluw, links: { wikipedia: {}, more: 'javascript:x' } }]));
      await options.waitForSelector('[data-testid="import-clashes"]');
      await options.waitForSelector('[data-testid="import-rejected"]');
      await options.evaluate(axeSource);
      const result = await options.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
        return axe.run('.import-export', { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] });
      });
      expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    } finally {
      await options.close();
    }
  });
});

describe('in use', () => {
  test('an imported term is marked on an article that is already open', async () => {
    const page = await env.browser.open(articleUrl);
    const options = await openOptions();
    try {
      await waitForHighlights(page);
      const marked = (): Promise<boolean> =>
        page.evaluate(() => [...CSS.highlights.values()].some((h) => [...h].some((r) => (r as Range).toString() === 'Zwaluwstaartakkoord')));
      expect(await marked()).toBe(false);
      await choose(options, 'zwaluw.json', JSON.stringify(zwaluw));
      expect(await applyImport(options)).toMatch(/Imported: 1 added/);
      await page.waitForFunction(
        () => [...CSS.highlights.values()].some((h) => [...h].some((r) => (r as Range).toString() === 'Zwaluwstaartakkoord')),
        undefined,
        { timeout: 10000 },
      );
    } finally {
      await options.close();
      await page.close();
    }
  });

  test('two options pages: a check made before the other page saved is not applied over its change', async () => {
    await seed([existing]);
    const first = await openOptions();
    const second = await openOptions();
    try {
      await choose(first, 'a.json', JSON.stringify([zwaluw]));
      await choose(second, 'b.json', JSON.stringify([roe]));
      expect(await applyImport(second)).toMatch(/Imported: 1 added/);
      expect(await applyImport(first)).toMatch(/changed in another window/);
      expect((await ownEntries()).map((e) => (e as Entry).id)).toEqual(['own-bestaand', 'own-jane-roe']);
      // Checked again, the first page's import goes through and keeps the second page's entry.
      await choose(first, 'a.json', JSON.stringify([zwaluw]));
      expect(await applyImport(first)).toMatch(/Imported: 1 added/);
      expect((await ownEntries()).map((e) => (e as Entry).id)).toEqual(['own-bestaand', 'own-jane-roe', 'own-zwaluwstaartakkoord']);
    } finally {
      await first.close();
      await second.close();
    }
  });

  test('20,000 entries from CSV: a progress bar while checking, one write, all stored', async () => {
    const many = Array.from({ length: 20000 }, (_, i) =>
      entry({
        id: `own-term-${i}`,
        category: 'concept',
        names: { nl: { label: `Proefterm ${i}`, aliases: [`PT${i}`] }, en: { label: `Test term ${i}` } },
        summary: { nl: 'Een korte samenvatting van deze term, zoals een lezer die zelf schrijft.' },
        links: { wikipedia: {}, more: `https://example.org/terms/${i}` },
      }),
    );
    const options = await openOptions();
    try {
      // Long tasks on the options page while the file is checked (reported, not asserted).
      await options.evaluate(() => {
        const w = window as unknown as { __longest: number };
        w.__longest = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) w.__longest = Math.max(w.__longest, e.duration);
        }).observe({ type: 'longtask' });
      });
      // The progress bar's values as the page shows them.
      await options.evaluate(() => {
        const w = window as unknown as { __progress: number[] };
        w.__progress = [];
        new MutationObserver(() => {
          const bar = document.querySelector<HTMLProgressElement>('.import-progress progress');
          if (bar && bar.hasAttribute('value')) w.__progress.push(bar.value / bar.max);
        }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
      });
      const started = Date.now();
      await options.setInputFiles('.import-export input[type="file"]', { name: 'many.csv', mimeType: 'text/csv', buffer: Buffer.from(glossaryCsv(many)) });
      await options.waitForSelector('[data-testid="import-report"]', { timeout: 60000 });
      const progress = await options.evaluate(() => (window as unknown as { __progress: number[] }).__progress);
      expect(progress.filter((p) => p > 0 && p < 1).length).toBeGreaterThan(1);
      const checked = Date.now() - started;
      expect(await options.textContent('[data-testid="import-report"] [role="status"]')).toContain('20000 to add');
      const applyStarted = Date.now();
      expect(await applyImport(options)).toMatch(/Imported: 20000 added/);
      const applied = Date.now() - applyStarted;
      const longest = await options.evaluate(() => (window as unknown as { __longest: number }).__longest);
      console.log(`20,000 entries: checked in ${checked} ms, saved in ${applied} ms, longest task ${Math.round(longest)} ms`);
      expect(await ownEntries()).toHaveLength(20000);
    } finally {
      await options.close();
    }
  });
});
