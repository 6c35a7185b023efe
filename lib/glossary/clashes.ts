/**
 * Alias clashes: a name of an imported entry that another entry (bundled, own, or earlier in the same file)
 * already answers to. A clash is not an error, since the knowledge base has names shared on purpose, but the
 * reader sees each one before importing.
 */
import type { Alias, Entry } from '../kb/schema';

export type ClashSource = 'bundled' | 'own' | 'file';

export interface AliasOwner {
  id: string;
  label: string;
  source: ClashSource;
}

/** How names are compared: case, width and spacing do not count. */
export function aliasKey(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

const aliasText = (alias: Alias): string => (typeof alias === 'string' ? alias : alias.text);

/** Every name an entry answers to (labels and aliases in all languages), each once. */
export function namesOf(entry: Entry): string[] {
  const seen = new Map<string, string>();
  for (const names of Object.values(entry.names)) {
    if (!names) continue;
    for (const text of [names.label, ...names.aliases.map(aliasText)]) {
      const key = aliasKey(text);
      if (key && !seen.has(key)) seen.set(key, text);
    }
  }
  return [...seen.values()];
}

function firstLabel(entry: Entry): string {
  return Object.values(entry.names).find((names) => names)?.label ?? entry.id;
}

/** Names to the entries that answer to them. */
export class AliasIndex {
  private readonly owners = new Map<string, AliasOwner[]>();

  add(entry: Entry, source: ClashSource): void {
    const owner = { id: entry.id, label: firstLabel(entry), source };
    for (const name of namesOf(entry)) {
      const key = aliasKey(name);
      const list = this.owners.get(key);
      if (list) list.push(owner);
      else this.owners.set(key, [owner]);
    }
  }

  /** For each name of `entry`, the other entries that answer to it (an entry does not clash with itself). */
  clashesOf(entry: Entry): { alias: string; with: AliasOwner }[] {
    const out: { alias: string; with: AliasOwner }[] = [];
    for (const name of namesOf(entry)) {
      for (const owner of this.owners.get(aliasKey(name)) ?? []) {
        if (owner.id !== entry.id) out.push({ alias: name, with: owner });
      }
    }
    return out;
  }
}

/** The index of what is there before an import: bundled entries (those not replaced by an own one) and own ones. */
export function existingIndex(bundled: readonly Entry[], own: readonly Entry[]): AliasIndex {
  const index = new AliasIndex();
  const ownIds = new Set(own.map((entry) => entry.id));
  for (const entry of bundled) if (!ownIds.has(entry.id)) index.add(entry, 'bundled');
  for (const entry of own) index.add(entry, 'own');
  return index;
}
