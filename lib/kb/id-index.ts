import type { Entry } from './schema';

/** Entries by id. */
export function indexById(entries: readonly Entry[]): Map<string, Entry> {
  return new Map(entries.map((entry) => [entry.id, entry]));
}
