/**
 * What a card shows for an entry, worked out without any DOM: the summary in the best available language and the
 * roles held on the article's date and on the knowledge base's date.
 */
import type { Entry, Lang, Role } from './schema';

export interface RoleView {
  label: string;
  from: string;
  to?: string;
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
  /** Where to read more: Wikipedia in the best language (`lang` set), else the entry's own link. */
  link?: { url: string; lang?: Lang };
  note?: string;
}

/** The first language of `preferred` for which `available` has a value. */
export function pickLanguage<T>(
  available: Partial<Record<Lang, T>>,
  preferred: readonly Lang[],
): Lang | undefined {
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

export interface CardViewOptions {
  /** The card's language. */
  lang: Lang;
  /** The article's publication day. */
  articleDate: string;
  /** The day the knowledge base's facts were checked. */
  asOf: string;
}

export function buildCardView(entry: Entry, { lang, articleDate, asOf }: CardViewOptions): CardView {
  const preferred: Lang[] = [lang, 'en'];
  const labelLang = pickLanguage(entry.names, preferred);
  const summaryLang = pickLanguage(entry.summary, preferred);
  const linkLang = pickLanguage(entry.links.wikipedia, preferred);
  const thenRoles = rolesOn(entry.roles, articleDate);
  const nowRoles = rolesOn(entry.roles, asOf);
  const same =
    thenRoles.length === nowRoles.length && thenRoles.every((role, i) => role === nowRoles[i]);
  return {
    entryId: entry.id,
    label: labelLang ? entry.names[labelLang]!.label : entry.id,
    category: entry.category,
    ...(summaryLang ? { summaryLang, summary: entry.summary[summaryLang] } : {}),
    then: thenRoles.map((role) => roleView(role, preferred)),
    now: same || articleDate >= asOf ? [] : nowRoles.map((role) => roleView(role, preferred)),
    ...(linkLang
      ? { link: { url: entry.links.wikipedia[linkLang]!, lang: linkLang } }
      : entry.links.more
        ? { link: { url: entry.links.more } }
        : {}),
    ...(entry.note ? { note: entry.note } : {}),
  };
}
