/**
 * The storage module: the only code that reads and writes `browser.storage` (with storage-glossary.ts, which it
 * re-exports, and storage-watch.ts, which only listens). Settings live in `storage.sync`, and only the keys the reader
 * changed are written there; the reader's own glossary lives in `storage.local`. Both are versioned and migrated
 * on read (storage-migrations.ts). Everything read is parsed: a bad value is repaired field by field, and what
 * could not be read is kept under a backup key instead of being dropped.
 *
 * Two open options pages (or a page and the background) must not overwrite each other's changes: every change
 * to the glossary is a function of the stored list, run under a Web Lock shared by all of the extension's pages,
 * and each write raises the glossary's revision, so a change prepared against an older revision can be refused.
 * Settings are changed key by key, and lists in them read-modify-written under a lock (`updateSettings`).
 */
import { browser } from 'wxt/browser';
import { z } from 'zod';
import { IdSchema, type Entry } from './kb/schema';
import { checkGlossary, GLOSSARY_BACKUP_KEY, updateOwnEntries, type GlossaryUpdate } from './storage-glossary';
import { withLock } from './storage-lock';
import { GLOSSARY_VERSION, migrateSettings, SETTINGS_VERSION, SETTINGS_VERSION_KEY } from './storage-migrations';
import { CATEGORIES } from './kb/constants';
import { CARD_LANGS, MARK_LOOKS, MARK_STYLES, SETTINGS_KEYS } from './storage-watch';

export { CARD_LANGS, GLOSSARY_KEY, MARK_LOOKS, MARK_STYLES, SETTINGS_KEYS, isActiveOn, siteOf, watchStorage } from './storage-watch';

/** A list read item by item: an item that does not parse is left out, the others are kept. */
function listOf<T extends z.ZodType>(item: T, max: number) {
  return z
    .array(z.unknown())
    .catch([])
    .transform((items) =>
      items.flatMap((value): z.output<T>[] => {
        const parsed = item.safeParse(value);
        return parsed.success ? [parsed.data] : [];
      }).slice(0, max),
    );
}

export const SettingsSchema = z.object({
  enabled: z.boolean().catch(true),
  disabledSites: z.array(z.string().min(1).max(253)).max(5000).catch([]),
  /** Entries the reader chose to hide ("hide this term"). */
  hiddenEntries: z.array(IdSchema).max(5000).catch([]),
  /** How long the pointer rests on a name before its card opens, in milliseconds. */
  dwellMs: z.number().int().min(0).max(3000).catch(300),
  marks: z.enum(MARK_STYLES).catch('all'),
  /** Sites whose every page is annotated, article or not. */
  enabledSites: listOf(z.string().min(1).max(253), 1000),
  /** Categories whose names are not marked. */
  disabledCategories: listOf(z.enum(CATEGORIES), CATEGORIES.length),
  markLook: z.enum(MARK_LOOKS).catch('underline'),
  /** The language cards are written in: the article's own (`page`), or the one chosen. */
  cardLang: z.enum(CARD_LANGS).catch('page'),
  /** The number of names marked on a tab, shown on the toolbar button. */
  badge: z.boolean().catch(false),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});

export const SETTINGS_BACKUP_KEY = 'settingsBackup';
export { GLOSSARY_VERSION, SETTINGS_VERSION, SETTINGS_VERSION_KEY };
export {
  deleteOwnEntry,
  GLOSSARY_BACKUP_KEY,
  loadOwnGlossary,
  putOwnEntry,
  restoreOwnEntry,
  saveOwnEntries,
  updateOwnEntries,
  type GlossaryUpdate,
  type OwnGlossary,
} from './storage-glossary';

// ---------------------------------------------------------------------------------------------------------------
// Settings

export interface SettingsRead {
  settings: Settings;
  /** Keys whose stored value could not be read and was replaced by its default. */
  repaired: string[];
}

/** Settings as stored (any version) read into the current shape, with the keys that had to be repaired. Pure. */
export function readSettings(stored: Record<string, unknown>): SettingsRead {
  const migrated = migrateSettings(stored);
  const settings = SettingsSchema.parse(migrated);
  const repaired = SETTINGS_KEYS.filter(
    (key) => key in migrated && JSON.stringify(settings[key]) !== JSON.stringify(migrated[key]),
  );
  return { settings, repaired };
}

/** The stored settings keys; a key stored as null counts as not stored (a default), as missing keys do. */
async function storedSettings(): Promise<Record<string, unknown>> {
  const stored = await browser.storage.sync.get([...SETTINGS_KEYS, SETTINGS_VERSION_KEY]);
  return Object.fromEntries(Object.entries(stored).filter(([, value]) => value !== null && value !== undefined));
}

export async function loadSettings(): Promise<Settings> {
  return readSettings(await storedSettings()).settings;
}

function isDefault(key: keyof Settings, value: unknown): boolean {
  return JSON.stringify(value) === JSON.stringify(DEFAULT_SETTINGS[key]);
}

/** Writes the changed settings; a value equal to its default is removed instead of stored. */
export async function saveSettings(patch: Partial<Settings>): Promise<void> {
  const set: Record<string, unknown> = {};
  const remove: string[] = [];
  for (const key of Object.keys(patch) as (keyof Settings)[]) {
    if (isDefault(key, patch[key])) remove.push(key);
    else set[key] = patch[key];
  }
  if (remove.length) await browser.storage.sync.remove(remove);
  if (Object.keys(set).length) await browser.storage.sync.set({ ...set, [SETTINGS_VERSION_KEY]: SETTINGS_VERSION });
}

/** Changes settings as a function of what is stored now, so that a change made in another window is kept. */
export async function updateSettings(change: (current: Settings) => Partial<Settings>): Promise<void> {
  await withLock('settings', async () => saveSettings(change(await loadSettings())));
}

/** Replaces all settings (restoring a backup): keys at their default are removed, the others written. */
export async function replaceSettings(settings: Settings): Promise<void> {
  await withLock('settings', async () => {
    const stored = await storedSettings();
    const patch = Object.fromEntries(SETTINGS_KEYS.map((key) => [key, settings[key]])) as Partial<Settings>;
    await saveSettings(patch);
    const leftover = Object.keys(stored).filter((key) => key !== SETTINGS_VERSION_KEY && !(key in patch));
    if (leftover.length) await browser.storage.sync.remove(leftover);
  });
}

/**
 * Reads the stored settings, migrates them and repairs unreadable values: the original of each repaired value is
 * kept in `storage.local` under the settings backup key, and the current shape written back.
 */
async function checkSettings(): Promise<string[]> {
  return withLock('settings', async () => {
    const stored = await storedSettings();
    if (!SETTINGS_KEYS.some((key) => key in stored)) return [];
    const { settings, repaired } = readSettings(stored);
    if (repaired.length) {
      const previous = (await browser.storage.local.get(SETTINGS_BACKUP_KEY))[SETTINGS_BACKUP_KEY] as
        | { values?: Record<string, unknown> }
        | undefined;
      const values = { ...previous?.values, ...Object.fromEntries(repaired.map((key) => [key, stored[key]])) };
      await browser.storage.local.set({ [SETTINGS_BACKUP_KEY]: { savedAt: new Date().toISOString(), values } });
    }
    const changed = SETTINGS_KEYS.filter(
      (key) => key in stored && JSON.stringify(stored[key]) !== JSON.stringify(settings[key]),
    );
    const patch = Object.fromEntries(changed.map((key) => [key, settings[key]])) as Partial<Settings>;
    if (stored[SETTINGS_VERSION_KEY] !== SETTINGS_VERSION) await browser.storage.sync.set({ [SETTINGS_VERSION_KEY]: SETTINGS_VERSION });
    await saveSettings(patch);
    return repaired.map((key) => `settings: ${key}`);
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Kept aside, backups, checks

export interface KeptAside {
  savedAt: string | null;
  /** Own entries (or a whole glossary) that could not be read. */
  entries: unknown[];
  /** Settings values that could not be read, by key. */
  settings: Record<string, unknown>;
}

/** What was kept aside because it could not be read, for the options page to show and offer for download. */
export async function loadKeptAside(): Promise<KeptAside> {
  const stored = await browser.storage.local.get([GLOSSARY_BACKUP_KEY, SETTINGS_BACKUP_KEY]);
  const glossary = stored[GLOSSARY_BACKUP_KEY] as { savedAt?: unknown; rejected?: unknown } | undefined;
  const settings = stored[SETTINGS_BACKUP_KEY] as { savedAt?: unknown; values?: unknown } | undefined;
  const dates = [glossary?.savedAt, settings?.savedAt].filter((d): d is string => typeof d === 'string').sort();
  const values = settings?.values;
  return {
    savedAt: dates.at(-1) ?? null,
    entries: Array.isArray(glossary?.rejected) ? glossary.rejected : [],
    settings: typeof values === 'object' && values !== null && !Array.isArray(values) ? (values as Record<string, unknown>) : {},
  };
}

/** Calls back whenever what was kept aside changes, until the signal aborts. */
export function watchKeptAside(callback: () => void, signal: AbortSignal): void {
  const listener = (changes: Record<string, unknown>, area: string): void => {
    if (area === 'local' && (GLOSSARY_BACKUP_KEY in changes || SETTINGS_BACKUP_KEY in changes)) callback();
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}

/** Removes what was kept aside (the reader chose to, after downloading it or not). */
export async function clearKeptAside(): Promise<void> {
  await browser.storage.local.remove([GLOSSARY_BACKUP_KEY, SETTINGS_BACKUP_KEY]);
}

/** Restores a full backup: the own glossary in one write (unless it changed since `expectedRevision`), then settings. */
export async function restoreBackup(settings: Settings, entries: readonly Entry[], expectedRevision: number): Promise<GlossaryUpdate> {
  const result = await updateOwnEntries(() => [...entries], expectedRevision);
  if (result.ok) await replaceSettings(settings);
  return result;
}

/**
 * Run on install and update: reads everything stored, migrates it, keeps what cannot be read under the backup
 * keys before anything is written, and writes settings and glossary back in the current shape.
 */
export async function checkStoredData(): Promise<string[]> {
  return [...(await checkSettings()), ...(await checkGlossary())];
}
