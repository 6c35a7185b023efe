/**
 * Field-by-field repair of a stored own entry. A value that no longer parses (a link that is not http(s), a role
 * that ends before it starts, a summary too long) is taken out, and the rest of the entry kept; the caller keeps
 * the original under a backup key. An entry without a readable id, category or name cannot be repaired.
 */
import type { z } from 'zod';
import { EntrySchema, type Entry } from '../kb/schema';

export type Repair =
  | { ok: true; entry: Entry; removed: string[] }
  | { ok: false; fields: string[] };

type PathKey = PropertyKey;

/** Fields an entry cannot do without: a bad value here makes the entry unrepairable. */
const ESSENTIAL = new Set<PathKey>(['id', 'category', 'names']);

/** How much to take out for an issue at `path`: a whole role or membership, a whole name, one alias, or the field. */
function removalPath(path: readonly PathKey[]): PathKey[] | null {
  const [field, key, sub] = path;
  if (field === undefined) return null;
  if (field === 'names') {
    if (key === undefined) return null;
    if (sub === 'aliases' && typeof path[3] === 'number') return path.slice(0, 4) as PathKey[];
    return ['names', key];
  }
  if (ESSENTIAL.has(field)) return null;
  if ((field === 'roles' || field === 'memberships') && typeof key === 'number') return [field, key];
  return path.slice(0, 3) as PathKey[];
}

function removeAt(root: Record<PropertyKey, unknown>, path: readonly PathKey[]): void {
  let parent: unknown = root;
  for (const key of path.slice(0, -1)) {
    if (typeof parent !== 'object' || parent === null) return;
    parent = (parent as Record<PropertyKey, unknown>)[key];
  }
  const last = path[path.length - 1]!;
  if (Array.isArray(parent) && typeof last === 'number') parent.splice(last, 1);
  else if (typeof parent === 'object' && parent !== null) delete (parent as Record<PropertyKey, unknown>)[last];
}

function pathText(path: readonly PathKey[]): string {
  return path.map(String).join('.');
}

/** The fields named by a failed parse, as dotted paths (`links.more`, `roles.0.to`). */
export function issueFields(error: z.ZodError): string[] {
  return [...new Set(error.issues.map((issue) => pathText(issue.path) || '(entry)'))];
}

/** Parses a stored entry, taking out the values that do not parse (a few rounds, since one repair can reveal another). */
export function repairEntry(raw: unknown): Repair {
  const first = EntrySchema.safeParse(raw);
  if (first.success) return { ok: true, entry: first.data, removed: [] };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, fields: issueFields(first.error) };
  const copy = structuredClone(raw) as Record<PropertyKey, unknown>;
  const removed: string[] = [];
  let error = first.error;
  for (let round = 0; round < 4; round++) {
    const paths: PathKey[][] = [];
    for (const issue of error.issues) {
      const path = removalPath(issue.path);
      if (!path) return { ok: false, fields: issueFields(error) };
      if (!paths.some((p) => pathText(p) === pathText(path))) paths.push(path);
    }
    // Later array items first, so that taking one out does not move the others.
    paths.sort((a, b) => pathText(b).localeCompare(pathText(a), 'en', { numeric: true }));
    for (const path of paths) {
      removeAt(copy, path);
      removed.push(pathText(path));
    }
    const again = EntrySchema.safeParse(copy);
    if (again.success) return { ok: true, entry: again.data, removed };
    error = again.error;
  }
  return { ok: false, fields: issueFields(error) };
}
