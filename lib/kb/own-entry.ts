/**
 * The reader's own terms: the options form's fields checked with zod and turned into a knowledge-base entry.
 * Pure, so the form's validation is tested without a browser.
 */
import { z } from 'zod';
import { CategorySchema, EntrySchema, HttpUrlSchema, type Entry, type Lang } from './schema';

export const NAME_MAX = 120;
export const SUMMARY_MAX = 280;

export const TermFormSchema = z.object({
  name: z.string().trim().min(1).max(NAME_MAX),
  aliases: z
    .string()
    .max(5000)
    .transform((text) =>
      text
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line.length > 0),
    )
    .pipe(z.array(z.string().max(NAME_MAX)).max(100)),
  summary: z.string().trim().max(SUMMARY_MAX),
  link: z.union([z.literal(''), HttpUrlSchema]),
  category: CategorySchema,
});
export type TermForm = z.input<typeof TermFormSchema>;
export type TermField = keyof TermForm;

export type FieldError = { code: 'required' | 'link' | 'too-long' | 'taken'; max?: number };
export type FieldErrors = Partial<Record<TermField, FieldError>>;

/** A stable id from a name: `own-` and its letters without accents; a time stamp for names without Latin letters. */
export function ownId(name: string, taken: ReadonlySet<string>, now = Date.now()): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 60)
    .replace(/^-+|-+$/g, '');
  const base = `own-${slug || now.toString(36)}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

function errorFor(issue: z.core.$ZodIssue): FieldError {
  if (issue.code === 'too_small') return { code: 'required' };
  if (issue.code === 'too_big') return { code: 'too-long', max: Number(issue.maximum) };
  return { code: 'link' };
}

/**
 * Checks the form and builds the entry, in the given language. `existing` are the reader's own entries: a name
 * already used by one of them is refused, so one term is not entered twice by mistake.
 */
export function termToEntry(
  form: TermForm,
  lang: Lang,
  existing: readonly Entry[],
): { ok: true; entry: Entry } | { ok: false; errors: FieldErrors } {
  const parsed = TermFormSchema.safeParse(form);
  if (!parsed.success) {
    const errors: FieldErrors = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as TermField;
      errors[field] ??= errorFor(issue);
    }
    return { ok: false, errors };
  }
  const { name, aliases, summary, link, category } = parsed.data;
  const lower = name.toLowerCase();
  const clash = existing.some((entry) =>
    Object.values(entry.names).some((names) => names?.label.toLowerCase() === lower),
  );
  if (clash) return { ok: false, errors: { name: { code: 'taken' } } };
  const entry = EntrySchema.parse({
    id: ownId(name, new Set(existing.map((e) => e.id))),
    category,
    names: { [lang]: { label: name, aliases: aliases.filter((alias) => alias !== name) } },
    summary: summary ? { [lang]: summary } : {},
    links: { wikipedia: {}, ...(link ? { more: link } : {}) },
  });
  return { ok: true, entry };
}
