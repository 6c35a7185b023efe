/**
 * The reader's own glossary in `storage.local` (part of the storage module; `storage.ts` re-exports it). Every
 * change is a function of the stored list, run under a lock, written once, and raises the revision.
 */
import { browser } from 'wxt/browser';
import { parseStoredGlossary, type StoredGlossary } from './glossary/stored';
import type { Entry } from './kb/schema';
import { GLOSSARY_VERSION } from './storage-migrations';
import { withLock } from './storage-lock';
import { GLOSSARY_KEY } from './storage-watch';

export const GLOSSARY_BACKUP_KEY = 'glossaryBackup';

export interface OwnGlossary {
  entries: Entry[];
  /** What could not be read, one short line each, when stored data was damaged. */
  problems: string[];
  /** Goes up by one with every write. */
  revision: number;
}

/** Keeps originals that could not be read under the backup key, each once. */
async function keepAside(items: readonly unknown[]): Promise<void> {
  if (!items.length) return;
  const backup = (await browser.storage.local.get(GLOSSARY_BACKUP_KEY))[GLOSSARY_BACKUP_KEY] as
    | { rejected?: unknown }
    | undefined;
  const kept = Array.isArray(backup?.rejected) ? backup.rejected : [];
  const seen = new Set(kept.map((item) => JSON.stringify(item)));
  const added = items.filter((item) => !seen.has(JSON.stringify(item)));
  if (added.length) {
    await browser.storage.local.set({
      [GLOSSARY_BACKUP_KEY]: { savedAt: new Date().toISOString(), rejected: [...kept, ...added] },
    });
  }
}

/**
 * The last glossary this page parsed or wrote, by the random id of the write that stored it: parsing 20,000
 * entries takes a second, and the background reads the glossary for every page.
 */
let parsedCache: { writeId: string; glossary: StoredGlossary } | null = null;

function writeIdOf(raw: unknown): string | undefined {
  const id = (raw as { writeId?: unknown } | null | undefined)?.writeId;
  return typeof id === 'string' ? id : undefined;
}

async function readGlossary(): Promise<StoredGlossary & { raw: unknown }> {
  const raw = (await browser.storage.local.get(GLOSSARY_KEY))[GLOSSARY_KEY];
  const writeId = writeIdOf(raw);
  if (writeId && parsedCache?.writeId === writeId) {
    const { glossary } = parsedCache;
    return { ...glossary, entries: [...glossary.entries], raw };
  }
  const parsed = parseStoredGlossary(raw);
  await keepAside(parsed.keptAside);
  if (writeId && parsed.problems.length === 0) parsedCache = { writeId, glossary: parsed };
  return { ...parsed, entries: [...parsed.entries], raw };
}

/** Reads the own glossary. Unreadable data is copied to the backup key before anything else is written. */
export async function loadOwnGlossary(): Promise<OwnGlossary> {
  const { entries, problems, revision } = await readGlossary();
  return { entries, problems, revision };
}

async function writeGlossary(entries: readonly Entry[], revision: number): Promise<void> {
  const writeId = crypto.randomUUID();
  await browser.storage.local.set({ [GLOSSARY_KEY]: { version: GLOSSARY_VERSION, revision, writeId, entries } });
  parsedCache = { writeId, glossary: { entries: [...entries], revision, problems: [], keptAside: [] } };
}

export type GlossaryUpdate = { ok: true; revision: number } | { ok: false; reason: 'changed' };

/**
 * Changes the own glossary as a function of the stored list, in one write. With `expectedRevision`, nothing is
 * written when the glossary changed since that revision was read (another window saved in the meantime).
 */
export async function updateOwnEntries(
  change: (entries: Entry[]) => Entry[],
  expectedRevision?: number,
): Promise<GlossaryUpdate> {
  return withLock('glossary', async () => {
    const current = await readGlossary();
    if (expectedRevision !== undefined && current.revision !== expectedRevision) return { ok: false, reason: 'changed' };
    const revision = current.revision + 1;
    await writeGlossary(change(current.entries), revision);
    return { ok: true, revision };
  });
}

/** Replaces the own glossary with `entries`. */
export async function saveOwnEntries(entries: readonly Entry[]): Promise<void> {
  await updateOwnEntries(() => [...entries]);
}

/** Adds or replaces one own entry, reading the stored list first so that no other change is lost. */
export async function putOwnEntry(entry: Entry): Promise<void> {
  await updateOwnEntries((entries) => {
    const index = entries.findIndex((e) => e.id === entry.id);
    return index < 0 ? [...entries, entry] : entries.map((e, i) => (i === index ? entry : e));
  });
}

/** Removes one own entry; returns it with its place in the stored list, so that it can be put back exactly. */
export async function deleteOwnEntry(id: string): Promise<{ entry: Entry; index: number } | undefined> {
  let deleted: { entry: Entry; index: number } | undefined;
  await updateOwnEntries((entries) => {
    const index = entries.findIndex((e) => e.id === id);
    if (index < 0) return entries;
    deleted = { entry: entries[index]!, index };
    return entries.filter((_, i) => i !== index);
  });
  return deleted;
}

/** Puts a deleted own entry back at its place (replacing an entry given its id in the meantime). */
export async function restoreOwnEntry(entry: Entry, index: number): Promise<void> {
  await updateOwnEntries((entries) => {
    const rest = entries.filter((e) => e.id !== entry.id);
    const at = Math.min(Math.max(0, index), rest.length);
    return [...rest.slice(0, at), entry, ...rest.slice(at)];
  });
}

/** Run on install, update and when the options page opens: rewrites an old or repaired glossary in the current shape. */
export async function checkGlossary(): Promise<string[]> {
  return withLock('glossary', async () => {
    const current = await readGlossary();
    if (current.raw === undefined) return [];
    const version = (current.raw as { version?: unknown }).version;
    if (version !== GLOSSARY_VERSION || current.problems.length) await writeGlossary(current.entries, current.revision + 1);
    return current.problems;
  });
}
