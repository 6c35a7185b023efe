/**
 * The knowledge base's shape, written once in zod. Types are inferred from it; bundled data is checked against
 * it in the tests and by `npm run kb -- check`, and everything a user stores or imports is parsed with it.
 */
import { z } from 'zod';
import { CATEGORIES, LANGS } from './constants';

// No `Function()` probe in the bundle: store reviewers flag it, and CSP forbids it on many pages.
z.config({ jitless: true });

export { CATEGORIES, LANGS, type Category, type Lang } from './constants';

export const LangSchema = z.enum(LANGS);

export const CategorySchema = z.enum(CATEGORIES);

export const IsoDateSchema = z.iso.date({ error: 'use a date written as YYYY-MM-DD' });

/** A day, or only the month or year where the day is not known for sure. */
export const PartialDateSchema = z
  .string()
  .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, { error: 'use YYYY, YYYY-MM or YYYY-MM-DD' });

export const IdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'use lowercase letters, digits and single hyphens' })
  .max(80);

/** Only http(s) links may reach a card: `javascript:` and `data:` URLs are refused here. */
export const HttpUrlSchema = z
  .string()
  .trim()
  .max(2000)
  .refine(
    (value) => {
      try {
        const url = new URL(value);
        return url.protocol === 'https:' || url.protocol === 'http:';
      } catch {
        return false;
      }
    },
    { error: 'use a web address that starts with http:// or https://' },
  );

/**
 * How the letters of an alias must match the text:
 * - `exact`: as written (acronyms such as NAVO, NOS, VS);
 * - `name`: as written, in capitals, or with a capital first letter (the default);
 * - `any`: ignoring case.
 */
export const CaseRuleSchema = z.enum(['exact', 'name', 'any']);
export type CaseRule = z.infer<typeof CaseRuleSchema>;

const AliasTextSchema = z.string().trim().min(1, { error: 'a name cannot be empty' }).max(120);

export const AliasObjectSchema = z.object({
  text: AliasTextSchema,
  case: CaseRuleSchema.optional(),
  /** May open a compound written as one word (Dutch and German: Patriotsystemen, Patriotsysteme). */
  compound: z.boolean().optional(),
  /** Also matches the text written without diacritics (Blaszczak for Błaszczak). */
  fold: z.boolean().optional(),
  /** The alias also means other things: it is marked only when the article gives context for this entry. */
  ambiguous: z.boolean().optional(),
  /** Words whose presence in the article settles an ambiguous alias for this entry. */
  context: z.array(z.string().trim().min(1).max(120)).optional(),
  /** Entries whose unambiguous mention in the article settles an ambiguous alias for this entry. */
  related: z.array(IdSchema).optional(),
});
export const AliasSchema = z.union([AliasTextSchema, AliasObjectSchema]);
export type Alias = z.infer<typeof AliasSchema>;
export type AliasObject = z.infer<typeof AliasObjectSchema>;

export const NamesSchema = z.object({
  label: z.string().trim().min(1, { error: 'a name is required' }).max(120),
  aliases: z.array(AliasSchema).max(100).default([]),
});
export type Names = z.infer<typeof NamesSchema>;

const SummarySchema = z.string().trim().min(1).max(280, { error: 'at most 280 characters' });

export const RoleSchema = z
  .object({
    label: z.partialRecord(LangSchema, z.string().trim().min(1).max(160)),
    org: IdSchema.optional(),
    from: IsoDateSchema,
    to: IsoDateSchema.optional(),
  })
  .refine((role) => role.to === undefined || role.from <= role.to, {
    error: 'a role cannot end before it starts',
    path: ['to'],
  })
  .refine((role) => role.label.en !== undefined, { error: 'a role needs an English label', path: ['label'] });
export type Role = z.infer<typeof RoleSchema>;

export const MembershipSchema = z
  .object({ org: IdSchema, from: IsoDateSchema, to: IsoDateSchema.optional() })
  .refine((m) => m.to === undefined || m.from <= m.to, { error: 'a membership cannot end before it starts', path: ['to'] });
export type Membership = z.infer<typeof MembershipSchema>;

export const EntrySchema = z.object({
  id: IdSchema,
  category: CategorySchema,
  wikidata: z
    .string()
    .regex(/^Q[1-9]\d*$/)
    .optional(),
  names: z
    .partialRecord(LangSchema, NamesSchema)
    .refine((names) => Object.keys(names).length > 0, { error: 'give a name in at least one language' }),
  summary: z.partialRecord(LangSchema, SummarySchema),
  roles: z.array(RoleSchema).default([]),
  /** Membership of organisations (countries in NATO or the EU), with dates. */
  memberships: z.array(MembershipSchema).optional(),
  born: PartialDateSchema.optional(),
  died: PartialDateSchema.optional(),
  founded: PartialDateSchema.optional(),
  /** A country's capital, by language. */
  capital: z.partialRecord(LangSchema, z.string().trim().min(1).max(120)).optional(),
  links: z
    .object({
      wikipedia: z.partialRecord(LangSchema, HttpUrlSchema).default({}),
      /** Any other page to read more, for the reader's own entries. */
      more: HttpUrlSchema.optional(),
    })
    .default({ wikipedia: {} }),
  note: z.string().trim().max(1000).optional(),
  verified: IsoDateSchema.optional(),
});
export type Entry = z.infer<typeof EntrySchema>;
/** The shape before defaults are filled in, as written in data files and forms. */
export type EntryInput = z.input<typeof EntrySchema>;

export const KnowledgeBaseSchema = z.object({
  asOf: IsoDateSchema,
  entries: z.array(EntrySchema),
});
export type KnowledgeBase = z.infer<typeof KnowledgeBaseSchema>;
