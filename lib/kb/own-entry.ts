/**
 * The reader's own entries as the options form holds them: every field of the knowledge-base schema as text,
 * turned into an entry and checked by the same zod schema the bundled data is checked with. Each problem is
 * reported under the form field it belongs to (`names.nl.label`, `roles.0.from`, `links.wikipedia.de`), so the
 * form can show it beside that field. Pure, so it is tested without a browser.
 */
import { entryErrors, type FieldErrors } from './entry-errors';
import { EntrySchema, IdSchema, LANGS, type Alias, type Category, type Entry, type EntryInput, type Lang } from './schema';

export type { ErrorCode, FieldError, FieldErrors } from './entry-errors';

type PerLang = Record<Lang, string>;

export interface RoleForm {
  label: PerLang;
  org: string;
  from: string;
  to: string;
}

export interface MembershipForm {
  org: string;
  from: string;
  to: string;
}

export interface EntryForm {
  id: string;
  category: Category;
  wikidata: string;
  names: Record<Lang, { label: string; aliases: string }>;
  summary: PerLang;
  capital: PerLang;
  wikipedia: PerLang;
  more: string;
  roles: RoleForm[];
  memberships: MembershipForm[];
  born: string;
  died: string;
  founded: string;
  note: string;
  verified: string;
}

/**
 * What the form edits: a new entry, an own entry, or a bundled entry (saving it keeps an own version with the
 * bundled id, which then takes the bundled entry's place).
 */
export type FormMode = 'new' | 'own' | 'bundled';

export interface FormContext {
  mode: FormMode;
  /** The entry being edited (own or bundled); its alias rules are kept for aliases whose text is unchanged. */
  base?: Entry;
  /** Ids in use: a new entry may not take one. */
  taken: ReadonlySet<string>;
  /** The reader's own entries: a new entry may not repeat one's name in the same language. */
  own: readonly Entry[];
  /** The language a new entry's id is made from first. */
  lang: Lang;
}

const perLang = (value: (lang: Lang) => string = () => ''): PerLang =>
  Object.fromEntries(LANGS.map((lang) => [lang, value(lang)])) as PerLang;

export const emptyRole = (): RoleForm => ({ label: perLang(), org: '', from: '', to: '' });
export const emptyMembership = (): MembershipForm => ({ org: '', from: '', to: '' });

export function emptyForm(category: Category = 'concept'): EntryForm {
  return {
    id: '',
    category,
    wikidata: '',
    names: Object.fromEntries(LANGS.map((lang) => [lang, { label: '', aliases: '' }])) as EntryForm['names'],
    summary: perLang(),
    capital: perLang(),
    wikipedia: perLang(),
    more: '',
    roles: [],
    memberships: [],
    born: '',
    died: '',
    founded: '',
    note: '',
    verified: '',
  };
}

const aliasText = (alias: Alias): string => (typeof alias === 'string' ? alias : alias.text);

/** The form for an entry: every field as text, aliases one per line. */
export function entryToForm(entry: Entry): EntryForm {
  return {
    id: entry.id,
    category: entry.category,
    wikidata: entry.wikidata ?? '',
    names: Object.fromEntries(
      LANGS.map((lang) => {
        const names = entry.names[lang];
        return [lang, { label: names?.label ?? '', aliases: names ? names.aliases.map(aliasText).join('\n') : '' }];
      }),
    ) as EntryForm['names'],
    summary: perLang((lang) => entry.summary[lang] ?? ''),
    capital: perLang((lang) => entry.capital?.[lang] ?? ''),
    wikipedia: perLang((lang) => entry.links.wikipedia[lang] ?? ''),
    more: entry.links.more ?? '',
    roles: entry.roles.map((role) => ({
      label: perLang((lang) => role.label[lang] ?? ''),
      org: role.org ?? '',
      from: role.from,
      to: role.to ?? '',
    })),
    memberships: (entry.memberships ?? []).map((m) => ({ org: m.org, from: m.from, to: m.to ?? '' })),
    born: entry.born ?? '',
    died: entry.died ?? '',
    founded: entry.founded ?? '',
    note: entry.note ?? '',
    verified: entry.verified ?? '',
  };
}

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

/** Non-empty values only, trimmed; undefined when there are none. */
function present(values: PerLang): Partial<Record<Lang, string>> | undefined {
  const out: Partial<Record<Lang, string>> = {};
  for (const lang of LANGS) if (values[lang].trim()) out[lang] = values[lang].trim();
  return Object.keys(out).length ? out : undefined;
}

const optional = (value: string): string | undefined => value.trim() || undefined;

/** The alias as the base entry wrote it (with its rules) when its text is unchanged, else the plain text. */
function aliasFor(text: string, lang: Lang, base: Entry | undefined): Alias {
  const find = (l: Lang): Alias | undefined => base?.names[l]?.aliases.find((alias) => aliasText(alias) === text);
  return find(lang) ?? LANGS.map(find).find((alias) => alias !== undefined && typeof alias !== 'string') ?? text;
}

function entryInput(form: EntryForm, id: string, base: Entry | undefined): EntryInput {
  const names: EntryInput['names'] = {};
  for (const lang of LANGS) {
    const { label, aliases } = form.names[lang];
    const lines = aliases.split('\n').map((line) => line.trim()).filter((line) => line.length > 0);
    if (!label.trim() && lines.length === 0) continue;
    names[lang] = { label, aliases: lines.map((line) => aliasFor(line, lang, base)) };
  }
  // Rows left empty are checked too (and reported), so the form's row numbers match the entry's.
  const roles = form.roles.map((role) => ({ label: present(role.label) ?? {}, org: optional(role.org), from: role.from.trim(), to: optional(role.to) }));
  const memberships = form.memberships.map((m) => ({ org: m.org.trim(), from: m.from.trim(), to: optional(m.to) }));
  return {
    id,
    category: form.category,
    wikidata: optional(form.wikidata),
    names,
    summary: present(form.summary) ?? {},
    roles,
    memberships: memberships.length || base?.memberships ? memberships : undefined,
    born: optional(form.born),
    died: optional(form.died),
    founded: optional(form.founded),
    capital: present(form.capital) ?? (base?.capital ? {} : undefined),
    links: { wikipedia: present(form.wikipedia) ?? {}, more: optional(form.more) },
    note: optional(form.note),
    verified: optional(form.verified),
  };
}

/** The id of a new entry: as typed, or made from its first name (interface language first). */
function newId(form: EntryForm, context: FormContext): string {
  if (form.id.trim()) return form.id.trim();
  const name = [context.lang, ...LANGS].map((lang) => form.names[lang].label.trim()).find((label) => label);
  return name ? ownId(name, context.taken) : '';
}

/** Names of a new entry that one of the reader's own entries already has in the same language. */
function takenNames(form: EntryForm, own: readonly Entry[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const lang of LANGS) {
    const label = form.names[lang].label.trim().toLowerCase();
    if (label && own.some((entry) => entry.names[lang]?.label.toLowerCase() === label)) {
      errors[`names.${lang}.label`] = { code: 'taken' };
    }
  }
  return errors;
}

/** Checks the form with the knowledge base's schema and builds the entry, or says what is wrong where. */
export function formToEntry(form: EntryForm, context: FormContext): { ok: true; entry: Entry } | { ok: false; errors: FieldErrors } {
  const base = context.base;
  const id = context.mode === 'new' ? newId(form, context) : (base?.id ?? form.id.trim());
  const parsed = EntrySchema.safeParse(entryInput(form, id, base));
  const errors: FieldErrors = parsed.success ? {} : entryErrors(parsed.error.issues, form);
  if (context.mode === 'new') {
    // An id made from the names is not the reader's to fix: a missing name is reported instead.
    if (!form.id.trim()) delete errors.id;
    if (form.id.trim() && IdSchema.safeParse(id).success && context.taken.has(id)) errors.id = { code: 'id-taken' };
    for (const [field, error] of Object.entries(takenNames(form, context.own))) errors[field] ??= error;
  }
  if (!parsed.success || Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, entry: parsed.data };
}
