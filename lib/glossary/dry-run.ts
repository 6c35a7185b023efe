/**
 * The dry run of an import: every entry found in the file is checked with the knowledge base's schema and
 * compared with what is stored, without writing anything. It says what would be added, updated, left unchanged
 * and rejected (with the row or entry and the field of every error), and every alias clash. The work is done in
 * slices with a yield to the event loop between them, so 20,000 entries leave the page responsive and a progress
 * bar moving. Applying the result is a pure function of the stored list, written by the caller in one write.
 */
import type { z } from 'zod';
import { EntrySchema, type Entry } from '../kb/schema';
import { ownId } from '../kb/own-entry';
import type { ErrorCode } from '../kb/entry-errors';
import { readSettings, type Settings } from '../storage';
import { AliasIndex, existingIndex, type AliasOwner } from './clashes';
import type { Candidate, ReadResult, Where } from './formats';

export type ImportErrorCode = ErrorCode | 'markup' | 'json' | 'extra' | 'duplicate' | 'not-entry';

export interface ImportError {
  /** The entry's field (`names.nl.label`, `links.more`, `roles.0.to`), or a CSV column. */
  field: string;
  code: ImportErrorCode;
  max?: number;
}

export interface Rejected {
  where: Where;
  id?: string;
  errors: ImportError[];
}

export interface Clash {
  where: Where;
  id: string;
  alias: string;
  with: AliasOwner;
}

export interface DryRun {
  kind: 'entries' | 'backup';
  /** The glossary's revision the run was checked against. */
  revision: number;
  /** Every valid entry, in the file's order. */
  valid: Entry[];
  added: Entry[];
  updated: Entry[];
  unchanged: Entry[];
  rejected: Rejected[];
  clashes: Clash[];
  /** A backup restores the own glossary exactly: own entries it does not hold are removed. */
  removed: Entry[];
  /** A backup's settings, and the keys that differ from the current ones. */
  settings?: Settings;
  settingsChanged: string[];
}

export interface DryRunContext {
  own: readonly Entry[];
  bundled: readonly Entry[];
  revision: number;
  settings: Settings;
}

export interface DryRunOptions {
  /** Called between slices with the number of entries checked so far. */
  onProgress?: (done: number, total: number) => void;
  /** Lets the page breathe between slices; the default waits for the next macrotask. */
  pause?: () => Promise<void>;
  /** How long one slice may run, in milliseconds. */
  sliceMs?: number;
  signal?: AbortSignal;
}

/** Text that looks like HTML markup: names and summaries are plain text, so an import refuses it. */
const MARKUP = /<\s*\/?\s*[a-z][^>]*>|<!--|<!\[cdata\[/i;

/** Every text field holding markup (links are checked as links): names, aliases, summaries, roles, the note. */
function markupFields(value: unknown, path: string[] = []): string[] {
  if (typeof value === 'string') return MARKUP.test(value) ? [path.join('.')] : [];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) =>
    path.length === 0 && key === 'links' ? [] : markupFields(inner, [...path, key]),
  );
}

function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let value = raw;
  for (const key of path) value = typeof value === 'object' && value !== null ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  return value;
}

function errorOf(issue: z.core.$ZodIssue, raw: unknown): ImportError {
  const field = issue.path.map(String).join('.') || '(entry)';
  const last = String(issue.path.at(-1) ?? '');
  if (!issue.path.length && (typeof raw !== 'object' || raw === null || Array.isArray(raw))) return { field, code: 'not-entry' };
  if (issue.path.length && valueAt(raw, issue.path) === undefined && issue.code !== 'custom') return { field, code: 'required' };
  switch (issue.code) {
    case 'too_small':
      return { field, code: 'required' };
    case 'too_big':
      return { field, code: issue.origin === 'array' ? 'too-many' : 'too-long', max: Number(issue.maximum) };
    case 'invalid_format':
      if (last === 'id' || last === 'org' || issue.path[0] === 'related') return { field, code: 'id' };
      if (last === 'wikidata') return { field, code: 'wikidata' };
      if (last === 'born' || last === 'died' || last === 'founded') return { field, code: 'partial-date' };
      return { field, code: 'date' };
    case 'custom':
      if (issue.path[0] === 'links') return { field, code: 'link' };
      if (field === 'names') return { field, code: 'need-name' };
      if (last === 'to') return { field, code: 'order' };
      if (last === 'label') return { field, code: 'role-english' };
      return { field, code: 'invalid' };
    default:
      return { field, code: 'invalid' };
  }
}

const defaultPause = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Gives entries without an id (CSV rows may leave it empty) one made from their first name. */
function withId(raw: unknown, taken: Set<string>): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw) || 'id' in raw) return raw;
  const names = (raw as { names?: Record<string, { label?: unknown }> }).names ?? {};
  const label = Object.values(names).find((n) => typeof n?.label === 'string' && n.label.trim())?.label;
  return typeof label === 'string' ? { ...raw, id: ownId(label, taken) } : raw;
}

/** Checks what a file would change, in slices. Nothing is written. */
export async function dryRun(
  file: Extract<ReadResult, { ok: true }>,
  context: DryRunContext,
  options: DryRunOptions = {},
): Promise<DryRun> {
  const { onProgress, pause = defaultPause, sliceMs = 12, signal } = options;
  const ownById = new Map(context.own.map((entry) => [entry.id, entry]));
  const bundledById = new Map(context.bundled.map((entry) => [entry.id, entry]));
  const existing = existingIndex(context.bundled, context.own);
  const inFile = new AliasIndex();
  const firstSeen = new Map<string, Where>();
  const taken = new Set([...ownById.keys(), ...bundledById.keys()]);
  const run: DryRun = {
    kind: file.kind,
    revision: context.revision,
    valid: [],
    added: [],
    updated: [],
    unchanged: [],
    rejected: [],
    clashes: [],
    removed: [],
    settingsChanged: [],
  };

  const check = (candidate: Candidate): void => {
    const raw = withId(candidate.raw, taken);
    const parsed = EntrySchema.safeParse(raw);
    const errors: ImportError[] = candidate.cellErrors.map((e) => ({ field: e.column, code: e.problem }));
    const id = parsed.success ? parsed.data.id : (raw as { id?: unknown } | null)?.id;
    if (!parsed.success) errors.push(...parsed.error.issues.map((issue) => errorOf(issue, raw)));
    else if (firstSeen.has(parsed.data.id)) errors.push({ field: 'id', code: 'duplicate' });
    for (const field of markupFields(raw)) {
      if (!errors.some((error) => error.field === field)) errors.push({ field, code: 'markup' });
    }
    if (errors.length || !parsed.success) {
      run.rejected.push({ where: candidate.where, ...(typeof id === 'string' ? { id } : {}), errors });
      return;
    }
    const entry = parsed.data;
    firstSeen.set(entry.id, candidate.where);
    taken.add(entry.id);
    run.valid.push(entry);
    const before = ownById.get(entry.id) ?? bundledById.get(entry.id);
    if (!before) run.added.push(entry);
    else if (JSON.stringify(before) === JSON.stringify(entry)) run.unchanged.push(entry);
    else run.updated.push(entry);
    for (const clash of [...existing.clashesOf(entry), ...inFile.clashesOf(entry)]) {
      run.clashes.push({ where: candidate.where, id: entry.id, alias: clash.alias, with: clash.with });
    }
    inFile.add(entry, 'file');
  };

  const total = file.candidates.length;
  let start = performance.now();
  for (let i = 0; i < total; i++) {
    check(file.candidates[i]!);
    if (performance.now() - start >= sliceMs && i + 1 < total) {
      onProgress?.(i + 1, total);
      await pause();
      if (signal?.aborted) throw signal.reason;
      start = performance.now();
    }
  }
  onProgress?.(total, total);

  if (file.kind === 'backup') {
    const kept = new Set(run.valid.map((entry) => entry.id));
    run.removed = context.own.filter((entry) => !kept.has(entry.id));
    const { settings, repaired } = readSettings(file.settings as Record<string, unknown>);
    run.settings = settings;
    if (repaired.length) {
      run.rejected.push({ where: { kind: 'settings' }, errors: repaired.map((key) => ({ field: key, code: 'invalid' })) });
    }
    run.settingsChanged = (Object.keys(settings) as (keyof Settings)[]).filter(
      (key) => JSON.stringify(settings[key]) !== JSON.stringify(context.settings[key]),
    );
  }
  return run;
}

/**
 * The own glossary after the import: updated entries in their place, added ones at the end in the file's order,
 * and for a backup exactly the backup's valid entries. Rejected entries are never part of it; the caller applies
 * a run with rejected entries only when the reader chose to skip them.
 */
export function applyDryRun(current: readonly Entry[], run: DryRun): Entry[] {
  if (run.kind === 'backup') return [...run.valid];
  const incoming = new Map([...run.added, ...run.updated].map((entry) => [entry.id, entry]));
  const next = current.map((entry) => {
    const replacement = incoming.get(entry.id);
    if (replacement) incoming.delete(entry.id);
    return replacement ?? entry;
  });
  return [...next, ...incoming.values()];
}
