/**
 * The knowledge base the extension uses: the bundled entries, with the reader's own entries added. An own entry
 * with the id of a bundled one takes its place.
 */
import bundledData from './data/kb.json';
import type { Entry, KnowledgeBase } from './schema';

/** The bundled knowledge base. Its file is checked against the schema (defaults written out) by the tests. */
export const BUNDLED: KnowledgeBase = bundledData as unknown as KnowledgeBase;

/** Bundled and own entries together; an own entry replaces the bundled entry with the same id. */
export function mergeEntries(bundled: readonly Entry[], own: readonly Entry[]): Entry[] {
  const ownIds = new Set(own.map((entry) => entry.id));
  return [...bundled.filter((entry) => !ownIds.has(entry.id)), ...own];
}

export function indexById(entries: readonly Entry[]): Map<string, Entry> {
  return new Map(entries.map((entry) => [entry.id, entry]));
}
