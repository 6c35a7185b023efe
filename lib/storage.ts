/**
 * The only module that touches `browser.storage`. Settings live in `storage.sync`, and only the keys the reader
 * changed are written there; the reader's own glossary lives in `storage.local`. Everything read is parsed: a bad
 * value is repaired field by field, and an own entry that no longer parses is set aside under a backup key
 * instead of being dropped.
 */
import { browser } from 'wxt/browser';
import { z } from 'zod';
import { EntrySchema, IdSchema, type Entry } from './kb/schema';
import { CATEGORIES } from './kb/constants';
import { CARD_LANGS, GLOSSARY_KEY, MARK_LOOKS, MARK_STYLES, SETTINGS_KEYS } from './storage-watch';

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

export const GLOSSARY_BACKUP_KEY = 'glossaryBackup';
export const GLOSSARY_VERSION = 1;

const StoredGlossarySchema = z.object({
  version: z.literal(GLOSSARY_VERSION),
  entries: z.array(z.unknown()),
});

export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.sync.get([...SETTINGS_KEYS]);
  return SettingsSchema.parse(stored);
}

/** Writes the changed settings; a value equal to its default is removed instead of stored. */
export async function saveSettings(patch: Partial<Settings>): Promise<void> {
  const set: Record<string, unknown> = {};
  const remove: string[] = [];
  for (const key of Object.keys(patch) as (keyof Settings)[]) {
    const value = patch[key];
    if (JSON.stringify(value) === JSON.stringify(DEFAULT_SETTINGS[key])) remove.push(key);
    else set[key] = value;
  }
  if (remove.length) await browser.storage.sync.remove(remove);
  if (Object.keys(set).length) await browser.storage.sync.set(set);
}

export interface OwnGlossary {
  entries: Entry[];
  /** What could not be read, in words, when stored data was damaged. */
  problems: string[];
}

/** Parses stored glossary data; entries that do not parse are reported and left out. */
export function parseGlossary(raw: unknown): OwnGlossary & { rejected: unknown[] } {
  if (raw === undefined) return { entries: [], problems: [], rejected: [] };
  const stored = StoredGlossarySchema.safeParse(raw);
  if (!stored.success) {
    return { entries: [], problems: ['The stored glossary could not be read.'], rejected: [raw] };
  }
  const entries: Entry[] = [];
  const rejected: unknown[] = [];
  const problems: string[] = [];
  for (const item of stored.data.entries) {
    const parsed = EntrySchema.safeParse(item);
    if (parsed.success) entries.push(parsed.data);
    else {
      rejected.push(item);
      problems.push(`An own entry could not be read: ${z.prettifyError(parsed.error)}`);
    }
  }
  return { entries, problems, rejected };
}

/** Reads the own glossary. Unreadable data is copied to a backup key before anything else is written. */
export async function loadOwnGlossary(): Promise<OwnGlossary> {
  const stored = await browser.storage.local.get([GLOSSARY_KEY, GLOSSARY_BACKUP_KEY]);
  const { entries, problems, rejected } = parseGlossary(stored[GLOSSARY_KEY]);
  if (rejected.length) {
    const backup = stored[GLOSSARY_BACKUP_KEY] as { rejected?: unknown } | undefined;
    const kept = Array.isArray(backup?.rejected) ? backup.rejected : [];
    const seen = new Set(kept.map((item) => JSON.stringify(item)));
    const added = rejected.filter((item) => !seen.has(JSON.stringify(item)));
    if (added.length) {
      await browser.storage.local.set({
        [GLOSSARY_BACKUP_KEY]: { savedAt: new Date().toISOString(), rejected: [...kept, ...added] },
      });
    }
  }
  return { entries, problems };
}

export async function saveOwnEntries(entries: readonly Entry[]): Promise<void> {
  await browser.storage.local.set({ [GLOSSARY_KEY]: { version: GLOSSARY_VERSION, entries } });
}

/** Adds or replaces one own entry, reading the stored list first so that no other change is lost. */
export async function putOwnEntry(entry: Entry): Promise<void> {
  const { entries } = await loadOwnGlossary();
  await saveOwnEntries([...entries.filter((e) => e.id !== entry.id), entry]);
}

/**
 * Run on install and update: reads everything stored, so damaged data is set aside under the backup key before
 * any page or the options page writes, and rewrites the glossary in the current format.
 */
export async function checkStoredData(): Promise<string[]> {
  await loadSettings();
  const stored = await browser.storage.local.get(GLOSSARY_KEY);
  const own = await loadOwnGlossary();
  if (stored[GLOSSARY_KEY] !== undefined) await saveOwnEntries(own.entries);
  return own.problems;
}

/** Removes one own entry; returns it with its place in the stored list, so that it can be put back exactly. */
export async function deleteOwnEntry(id: string): Promise<{ entry: Entry; index: number } | undefined> {
  const { entries } = await loadOwnGlossary();
  const index = entries.findIndex((e) => e.id === id);
  if (index < 0) return undefined;
  await saveOwnEntries(entries.filter((_, i) => i !== index));
  return { entry: entries[index]!, index };
}

/** Puts a deleted own entry back at its place (replacing an entry given its id in the meantime). */
export async function restoreOwnEntry(entry: Entry, index: number): Promise<void> {
  const { entries } = await loadOwnGlossary();
  const rest = entries.filter((e) => e.id !== entry.id);
  const at = Math.min(Math.max(0, index), rest.length);
  await saveOwnEntries([...rest.slice(0, at), entry, ...rest.slice(at)]);
}
