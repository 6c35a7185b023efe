/**
 * What a card shows for an entry, worked out without any DOM: the summary in the best available language, the
 * roles held on the article's date and on the knowledge base's date, key facts by category, and why the name
 * was recognised.
 */
import type { ResolvedMention } from '../match/resolve';
import type { Entry, Lang, Role } from './schema';

export interface RoleView {
  label: string;
  from: string;
  to?: string;
}

/** A key fact: a message key for its label and its value (a day is formatted by the card). */
export type FactView =
  | { kind: 'born' | 'died' | 'founded'; day: string }
  | { kind: 'capital'; text: string }
  | { kind: 'member'; org: string; from: string };

export interface WhyView {
  /** The alias that matched, as written in the knowledge base. */
  alias: string;
  /** The text as it stands on the page. */
  surface: string;
  settledBy?: ResolvedMention['settledBy'] & { label?: string };
}

export interface CardView {
  entryId: string;
  label: string;
  category: Entry['category'];
  /** The language the summary is written in (may differ from the card's when no translation exists). */
  summaryLang?: Lang;
  summary?: string;
  /** Roles held on the article's date. */
  then: RoleView[];
  /** Roles held on the knowledge base's date, when they differ from `then`. */
  now: RoleView[];
  /** True when roles were held on the article's date and none are held now. */
  noneNow: boolean;
  facts: FactView[];
  /** Where to read more: Wikipedia in the best language (`lang` set), else the entry's own link. */
  link?: { url: string; lang?: Lang };
  note?: string;
  why?: WhyView;
}

/** The first language of `preferred` for which `available` has a value. */
export function pickLanguage<T>(available: Partial<Record<Lang, T>>, preferred: readonly Lang[]): Lang | undefined {
  for (const lang of preferred) if (available[lang] !== undefined) return lang;
  return (Object.keys(available) as Lang[]).find((lang) => available[lang] !== undefined);
}

/** Roles held on `date` (YYYY-MM-DD): started on or before it and not yet ended. */
export function rolesOn(roles: readonly Role[], date: string): Role[] {
  return roles.filter((role) => role.from <= date && (role.to === undefined || date < role.to));
}

function roleView(role: Role, preferred: readonly Lang[]): RoleView {
  const lang = pickLanguage(role.label, preferred) ?? 'en';
  return { label: role.label[lang] ?? '', from: role.from, ...(role.to ? { to: role.to } : {}) };
}

/** The entry's label in the best language of `preferred`. */
export function labelOf(entry: Entry, preferred: readonly Lang[]): string {
  const lang = pickLanguage(entry.names, preferred);
  return lang ? entry.names[lang]!.label : entry.id;
}

export interface CardViewOptions {
  /** The card's language. */
  lang: Lang;
  /** The article's publication day. */
  articleDate: string;
  /** The day the knowledge base's facts were checked. */
  asOf: string;
  /** The mention the card is for, for "why this?". */
  mention?: ResolvedMention;
  /** Other entries by id (organisations named in memberships, entries that settled a name). */
  lookup?: (id: string) => Entry | undefined;
}

function factsOf(entry: Entry, preferred: readonly Lang[], articleDate: string, lookup?: (id: string) => Entry | undefined): FactView[] {
  const facts: FactView[] = [];
  if (entry.born) facts.push({ kind: 'born', day: entry.born });
  if (entry.died) facts.push({ kind: 'died', day: entry.died });
  if (entry.founded) facts.push({ kind: 'founded', day: entry.founded });
  const capitalLang = entry.capital ? pickLanguage(entry.capital, preferred) : undefined;
  if (capitalLang) facts.push({ kind: 'capital', text: entry.capital![capitalLang]! });
  for (const membership of entry.memberships ?? []) {
    // Memberships as they stood on the article's date.
    if (membership.from > articleDate || (membership.to && membership.to <= articleDate)) continue;
    const org = lookup?.(membership.org);
    facts.push({ kind: 'member', org: org ? labelOf(org, preferred) : membership.org, from: membership.from });
  }
  return facts;
}

export function buildCardView(entry: Entry, { lang, articleDate, asOf, mention, lookup }: CardViewOptions): CardView {
  const preferred: Lang[] = [lang, 'en'];
  const summaryLang = pickLanguage(entry.summary, preferred);
  const linkLang = pickLanguage(entry.links.wikipedia, preferred);
  const thenRoles = rolesOn(entry.roles, articleDate);
  const nowRoles = rolesOn(entry.roles, asOf);
  const same = thenRoles.length === nowRoles.length && thenRoles.every((role, i) => role === nowRoles[i]);
  const laterArticle = articleDate >= asOf;
  let why: WhyView | undefined;
  if (mention) {
    const settled = mention.settledBy;
    const settledEntry = settled && settled.kind !== 'context' ? lookup?.(settled.value) : undefined;
    why = {
      alias: mention.aliasText,
      surface: mention.surface,
      ...(settled ? { settledBy: { ...settled, ...(settledEntry ? { label: labelOf(settledEntry, preferred) } : {}) } } : {}),
    };
  }
  return {
    entryId: entry.id,
    label: labelOf(entry, preferred),
    category: entry.category,
    ...(summaryLang ? { summaryLang, summary: entry.summary[summaryLang] } : {}),
    then: thenRoles.map((role) => roleView(role, preferred)),
    now: same || laterArticle ? [] : nowRoles.map((role) => roleView(role, preferred)),
    noneNow: !laterArticle && thenRoles.length > 0 && nowRoles.length === 0,
    facts: factsOf(entry, preferred, articleDate, lookup),
    ...(linkLang
      ? { link: { url: entry.links.wikipedia[linkLang]!, lang: linkLang } }
      : entry.links.more
        ? { link: { url: entry.links.more } }
        : {}),
    ...(entry.note ? { note: entry.note } : {}),
    ...(why ? { why } : {}),
  };
}
