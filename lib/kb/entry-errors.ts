/**
 * zod's issues for an entry, turned into one error per form field. The field keys are the entry's paths as the
 * options form names its inputs: `names.nl.label`, `roles.0.from`, `wikipedia.de`, `more`. An alias's problem is
 * reported on its language's alias box with the line it is on.
 */
import type { z } from 'zod';
import { LANGS, type Lang } from './schema';

export type ErrorCode =
  | 'required'
  | 'too-long'
  | 'too-many'
  | 'link'
  | 'id'
  | 'id-taken'
  | 'taken'
  | 'date'
  | 'partial-date'
  | 'order'
  | 'need-name'
  | 'role-english'
  | 'wikidata'
  | 'invalid';

export interface FieldError {
  code: ErrorCode;
  /** The limit, for `too-long` and `too-many`. */
  max?: number;
  /** The line of an alias box (from 1). */
  line?: number;
}

export type FieldErrors = Record<string, FieldError>;

type Path = readonly PropertyKey[];

/** The line (from 1) of the `index`-th non-empty line of a text. */
function lineOf(text: string, index: number): number {
  const lines = text.split('\n');
  let seen = -1;
  for (let i = 0; i < lines.length; i++) if (lines[i]!.trim() && ++seen === index) return i + 1;
  return index + 1;
}

/** The form field an issue's path belongs to. */
export function fieldOf(path: Path): string {
  const [head, second, third] = path;
  if (head === 'links') return second === 'wikipedia' && third !== undefined ? `wikipedia.${String(third)}` : 'more';
  if (head === 'names' && third === 'aliases') return `names.${String(second)}.aliases`;
  if (head === 'roles' && third === 'label' && path.length === 3) return `roles.${String(second)}.label.en`;
  return path.map(String).join('.');
}

function codeOf(issue: z.core.$ZodIssue): FieldError {
  const path = issue.path;
  const last = String(path[path.length - 1] ?? '');
  switch (issue.code) {
    case 'too_small':
      return { code: 'required' };
    case 'too_big':
      return { code: issue.origin === 'array' ? 'too-many' : 'too-long', max: Number(issue.maximum) };
    case 'invalid_format':
      if (last === 'id' || last === 'org') return { code: 'id' };
      if (last === 'wikidata') return { code: 'wikidata' };
      if (last === 'born' || last === 'died' || last === 'founded') return { code: 'partial-date' };
      return { code: 'date' };
    case 'custom':
      if (path[0] === 'links') return { code: 'link' };
      if (path.length === 1 && path[0] === 'names') return { code: 'need-name' };
      if (last === 'to') return { code: 'order' };
      if (last === 'label') return { code: 'role-english' };
      return { code: 'invalid' };
    default:
      return { code: 'invalid' };
  }
}

/** One error per field (the first zod gives for it), keyed as the form names its fields. */
export function entryErrors(
  issues: readonly z.core.$ZodIssue[],
  form: { names: Record<Lang, { aliases: string }> },
): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const field = fieldOf(issue.path);
    if (errors[field]) continue;
    const error = codeOf(issue);
    const [head, lang, third, index] = issue.path;
    if (head === 'names' && third === 'aliases' && typeof index === 'number' && LANGS.includes(lang as Lang)) {
      error.line = lineOf(form.names[lang as Lang].aliases, index);
    }
    errors[field] = error;
  }
  return errors;
}
