/**
 * The shapes stored data has had, and pure migrations from each version to the next. A migration is never
 * edited once released; a new shape gets a new version and a new step at the end of the list. Each step is
 * tested against a frozen fixture of the shape it starts from (tests/fixtures/stored/).
 *
 * Settings (storage.sync, one key per setting):
 * - v0: no version key. Sites were kept as written, sometimes whole addresses ("https://www.nos.nl/a") that never
 *   matched a page's site; hidden entries could repeat.
 * - v1: `settingsVersion: 1`; sites are bare host names as `siteOf` gives them, each once; hidden ids each once.
 *
 * Own glossary (storage.local, key `glossary`):
 * - v0: a bare array of entries.
 * - v1: `{ version: 1, entries }`.
 * - v2: `{ version: 2, revision, writeId, entries }`; `revision` goes up by one with every write, so a change
 *   prepared against an older state (an import checked in one window while another saved) is noticed; `writeId`
 *   is a random id per write, so a page can tell the glossary it parsed last is still the one stored.
 */
import { siteOf } from './storage-watch';

export const SETTINGS_VERSION_KEY = 'settingsVersion';
export const SETTINGS_VERSION = 1;
export const GLOSSARY_VERSION = 2;

type Stored = Record<string, unknown>;

/** `nos.nl` for `nos.nl`, `WWW.NOS.NL` or `https://www.nos.nl/artikel`; null for what is not a site. */
function normaliseSite(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (!text) return null;
  return siteOf(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

/** Settings migrations, by the version they start from. */
const SETTINGS_STEPS: ((stored: Stored) => Stored)[] = [
  // 0 -> 1
  (stored) => {
    const next: Stored = { ...stored, [SETTINGS_VERSION_KEY]: 1 };
    if (Array.isArray(stored.disabledSites)) {
      next.disabledSites = unique(
        stored.disabledSites.map(normaliseSite).filter((site): site is string => site !== null),
      );
    }
    if (Array.isArray(stored.hiddenEntries)) next.hiddenEntries = unique(stored.hiddenEntries);
    return next;
  },
];

/** The version stored settings are in: 0 without a version key, null for one this version does not know. */
export function settingsVersionOf(stored: Stored): number | null {
  const version = stored[SETTINGS_VERSION_KEY];
  if (version === undefined) return 0;
  return Number.isInteger(version) && (version as number) >= 0 && (version as number) <= SETTINGS_VERSION
    ? (version as number)
    : null;
}

/**
 * The stored settings in the current shape. A version this one does not know (from a newer release, or
 * damaged) is read as v0, whose migration only tidies values, so whatever is readable is kept.
 */
export function migrateSettings(stored: Stored): Stored {
  let version = settingsVersionOf(stored) ?? 0;
  let current = stored;
  while (version < SETTINGS_VERSION) current = SETTINGS_STEPS[version++]!(current);
  return { ...current, [SETTINGS_VERSION_KEY]: SETTINGS_VERSION };
}

/** Glossary migrations, by the version they start from. */
const GLOSSARY_STEPS: ((stored: unknown) => unknown)[] = [
  // 0 -> 1: a bare array of entries.
  (stored) => ({ version: 1, entries: stored }),
  // 1 -> 2: a revision counter.
  (stored) => ({ ...(stored as Stored), version: 2, revision: 0 }),
];

/** The version of stored glossary data; null when it is not one of the known shapes. */
export function glossaryVersionOf(stored: unknown): number | null {
  if (Array.isArray(stored)) return 0;
  if (typeof stored !== 'object' || stored === null) return null;
  const { version, entries } = stored as Stored;
  if (!Array.isArray(entries)) return null;
  return Number.isInteger(version) && (version as number) >= 1 && (version as number) <= GLOSSARY_VERSION
    ? (version as number)
    : null;
}

/** The stored glossary in the current shape, or null when it has none of the known shapes. */
export function migrateGlossary(stored: unknown): { revision: number; entries: unknown[] } | null {
  let version = glossaryVersionOf(stored);
  if (version === null) return null;
  let current = stored;
  while (version < GLOSSARY_VERSION) current = GLOSSARY_STEPS[version++]!(current);
  const { revision, entries } = current as { revision: unknown; entries: unknown[] };
  return {
    revision: Number.isSafeInteger(revision) && (revision as number) >= 0 ? (revision as number) : 0,
    entries,
  };
}
