/**
 * The knowledge base the extension uses: the bundled entries, with the reader's own entries added. An own entry
 * with the id of a bundled one takes its place. The bundled entries are spread over data files by subject;
 * `kb.json` also holds the date the facts were checked (`asOf`).
 */
import countries from './data/countries.json';
import core from './data/kb.json';
import organisations from './data/organisations.json';
import peopleGovernments from './data/people-governments.json';
import peopleNlBeIntl from './data/people-nl-be-intl.json';
import weaponsEvents from './data/weapons-events.json';
import type { Entry, KnowledgeBase } from './schema';

/** The data files, by name, as written (the tests check each against the schema). */
export const DATA_FILES: Record<string, { entries: unknown[] }> = {
  'kb.json': core,
  'countries.json': countries,
  'people-governments.json': peopleGovernments,
  'people-nl-be-intl.json': peopleNlBeIntl,
  'organisations.json': organisations,
  'weapons-events.json': weaponsEvents,
};

/**
 * Fills in the defaults the schema gives to fields a data file may leave out. The files are checked against the
 * schema in the tests; this only keeps a file written without its defaults from breaking a card.
 */
function withDefaults(entry: Entry): Entry {
  if (entry.roles && entry.links?.wikipedia) return entry;
  return { ...entry, roles: entry.roles ?? [], links: { ...entry.links, wikipedia: entry.links?.wikipedia ?? {} } };
}

/** The bundled knowledge base. */
export const BUNDLED: KnowledgeBase = {
  asOf: core.asOf,
  entries: (Object.values(DATA_FILES).flatMap((file) => file.entries) as Entry[]).map(withDefaults),
};

/** Bundled and own entries together; an own entry replaces the bundled entry with the same id. */
export function mergeEntries(bundled: readonly Entry[], own: readonly Entry[]): Entry[] {
  const ownIds = new Set(own.map((entry) => entry.id));
  return [...bundled.filter((entry) => !ownIds.has(entry.id)), ...own];
}

export { indexById } from './id-index';
