/**
 * Checks the bundled knowledge base beyond its schema: ids unique across files, every referenced id present,
 * https links, dates in order, no two holders of one office at once, and an alias shared by two entries only
 * where both flag it ambiguous. Pure: data in, problems out.
 */
import { z } from 'zod';
import { aliasesOf, compileAlias, foldedWords } from '../match/compile';
import { EntrySchema, LANGS, type Entry } from './schema';

export interface Problem {
  where: string;
  message: string;
}

const FAR_FUTURE = '9999-12-31';

function overlaps(a: { from: string; to?: string }, b: { from: string; to?: string }): boolean {
  return a.from < (b.to ?? FAR_FUTURE) && b.from < (a.to ?? FAR_FUTURE);
}

/** Parses every entry of every file; problems for those that do not parse. */
export function parseFiles(files: Record<string, { entries: unknown[] }>): { entries: Entry[]; problems: Problem[] } {
  const entries: Entry[] = [];
  const problems: Problem[] = [];
  for (const [file, data] of Object.entries(files)) {
    data.entries.forEach((raw, i) => {
      const parsed = EntrySchema.safeParse(raw);
      const id = (raw as { id?: unknown })?.id;
      if (parsed.success) entries.push(parsed.data);
      else problems.push({ where: `${file} #${i} (${String(id)})`, message: z.prettifyError(parsed.error) });
    });
  }
  return { entries, problems };
}

export function checkEntries(entries: readonly Entry[]): Problem[] {
  const problems: Problem[] = [];
  const ids = new Set<string>();
  for (const entry of entries) {
    if (ids.has(entry.id)) problems.push({ where: entry.id, message: 'duplicate id' });
    ids.add(entry.id);
  }
  const offices = new Map<string, { holder: string; from: string; to?: string }[]>();
  const aliasOwners = new Map<string, { id: string; ambiguous: boolean }[]>();
  for (const entry of entries) {
    const where = entry.id;
    for (const role of entry.roles) {
      if (role.org && !ids.has(role.org)) problems.push({ where, message: `role org "${role.org}" does not exist` });
      if (entry.born && role.from < entry.born) problems.push({ where, message: `role "${role.label.en}" starts before birth` });
      const office = `${role.org ?? ''}|${role.label.en}`;
      const holders = offices.get(office) ?? [];
      for (const other of holders) {
        if (other.holder !== entry.id && overlaps(other, role)) {
          problems.push({ where, message: `holds "${role.label.en}" at the same time as ${other.holder}` });
        }
      }
      holders.push({ holder: entry.id, from: role.from, ...(role.to ? { to: role.to } : {}) });
      offices.set(office, holders);
    }
    for (const membership of entry.memberships ?? []) {
      if (!ids.has(membership.org)) problems.push({ where, message: `membership org "${membership.org}" does not exist` });
    }
    if (entry.born && entry.died && entry.died < entry.born) problems.push({ where, message: 'died before born' });
    for (const lang of LANGS) {
      const url = entry.links.wikipedia[lang];
      if (url && !url.startsWith(`https://${lang}.wikipedia.org/wiki/`)) {
        problems.push({ where, message: `${lang} link is not an https ${lang}.wikipedia.org article: ${url}` });
      }
    }
    if (entry.links.more && !entry.links.more.startsWith('https://')) {
      problems.push({ where, message: 'link is not https' });
    }
    for (const alias of aliasesOf(entry)) {
      const compiled = compileAlias(entry, alias);
      if (!compiled) {
        problems.push({ where, message: `alias "${typeof alias === 'string' ? alias : alias.text}" has no letters` });
        continue;
      }
      for (const related of compiled.related) {
        if (!ids.has(related)) problems.push({ where, message: `related id "${related}" does not exist` });
      }
      const key = foldedWords(compiled).join(' ');
      const owners = aliasOwners.get(key) ?? [];
      owners.push({ id: entry.id, ambiguous: compiled.ambiguous });
      aliasOwners.set(key, owners);
    }
  }
  for (const [alias, owners] of aliasOwners) {
    const distinct = new Set(owners.map((owner) => owner.id));
    if (distinct.size > 1 && owners.some((owner) => !owner.ambiguous)) {
      problems.push({
        where: [...distinct].join(', '),
        message: `alias "${alias}" is shared but not flagged ambiguous in every entry`,
      });
    }
  }
  return problems;
}

export interface KbStats {
  entries: number;
  categories: Record<string, number>;
  languages: Record<string, { labels: number; summaries: number }>;
}

export function kbStats(entries: readonly Entry[]): KbStats {
  const categories: Record<string, number> = {};
  const languages: Record<string, { labels: number; summaries: number }> = {};
  for (const lang of LANGS) languages[lang] = { labels: 0, summaries: 0 };
  for (const entry of entries) {
    categories[entry.category] = (categories[entry.category] ?? 0) + 1;
    for (const lang of LANGS) {
      if (entry.names[lang]) languages[lang]!.labels++;
      if (entry.summary[lang]) languages[lang]!.summaries++;
    }
  }
  return { entries: entries.length, categories, languages };
}
