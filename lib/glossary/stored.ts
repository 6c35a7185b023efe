/**
 * Reading the stored own glossary, without a browser: migrate it to the current shape, parse every entry, repair
 * what can be repaired field by field, and say what is to be kept aside. Pure, so every case is a table row.
 */
import type { Entry } from '../kb/schema';
import { migrateGlossary } from '../storage-migrations';
import { repairEntry } from './repair';

export interface StoredGlossary {
  entries: Entry[];
  revision: number;
  /** What could not be read, one short line each (the entry's id or place, and the fields). */
  problems: string[];
  /** The original of every entry that was repaired or left out, or the whole value when it was unreadable. */
  keptAside: unknown[];
}

function nameOf(item: unknown, index: number): string {
  const id = (item as { id?: unknown } | null)?.id;
  return typeof id === 'string' && id.length <= 80 ? id : `#${index + 1}`;
}

/** Parses stored glossary data of any known version. Nothing stored gives an empty glossary at revision 0. */
export function parseStoredGlossary(raw: unknown): StoredGlossary {
  if (raw === undefined) return { entries: [], revision: 0, problems: [], keptAside: [] };
  const migrated = migrateGlossary(raw);
  if (!migrated) return { entries: [], revision: 0, problems: ['glossary: unreadable as a whole'], keptAside: [raw] };
  const entries: Entry[] = [];
  const ids = new Set<string>();
  const problems: string[] = [];
  const keptAside: unknown[] = [];
  migrated.entries.forEach((item, index) => {
    const repair = repairEntry(item);
    if (repair.ok && !ids.has(repair.entry.id)) {
      entries.push(repair.entry);
      ids.add(repair.entry.id);
      if (repair.removed.length === 0) return;
      problems.push(`${nameOf(item, index)}: ${repair.removed.join(', ')}`);
    } else {
      problems.push(`${nameOf(item, index)}: ${repair.ok ? 'id' : repair.fields.join(', ')}`);
    }
    keptAside.push(item);
  });
  return { entries, revision: migrated.revision, problems, keptAside };
}
