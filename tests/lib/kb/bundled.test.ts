/**
 * The bundled knowledge base (lib/kb/data/*.json, listed in DATA_FILES) checked against its schema and for internal
 * consistency across all files.
 */
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, test } from 'vitest';
import { expectNone } from '../../helpers/expect';
import core from '../../../lib/kb/data/kb.json';
import { BUNDLED, DATA_FILES } from '../../../lib/kb';
import { EntrySchema, KnowledgeBaseSchema, LANGS, type Entry } from '../../../lib/kb/schema';

const FILES = Object.entries(DATA_FILES);

/** Every entry with defaults filled in, so the consistency checks below do not depend on how a file is written. */
const entries: Entry[] = FILES.flatMap(([, file]) =>
  file.entries.flatMap((raw) => {
    const parsed = EntrySchema.safeParse(raw);
    return parsed.success ? [parsed.data] : [];
  }),
);
const ids = new Set(entries.map((e) => e.id));
const byId = (id: string): Entry => {
  const found = entries.find((e) => e.id === id);
  if (!found) throw new Error(`no entry ${id}`);
  return found;
};

describe('bundled knowledge base', () => {
  test('kb.json parses with KnowledgeBaseSchema', () => {
    const parsed = KnowledgeBaseSchema.safeParse(core);
    expect(parsed.success, parsed.success ? '' : parsed.error.message).toBe(true);
    expect(core.entries.length).toBeGreaterThan(0);
  });

  test.each(FILES)('%s: every entry parses', (_, file) => {
    const failed = file.entries
      .map((raw, i) => [i, EntrySchema.safeParse(raw)] as const)
      .filter(([, result]) => !result.success)
      .map(([i, result]) => {
        const issues = result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
        return `#${i} ${String((file.entries[i] as { id?: unknown }).id)}: ${issues}`;
      });
    expectNone(failed);
  });

  test.each(FILES)('%s is stored with its defaults written out: parsing changes nothing', (_, file) => {
    // BUNDLED is the files cast to the parsed type without parsing, so a missing default reaches the code as
    // `undefined`. List the fields that parsing would add or change, per entry, to make a failure readable.
    const changed: string[] = [];
    for (const raw of file.entries as Record<string, unknown>[]) {
      const parsed = EntrySchema.safeParse(raw);
      if (!parsed.success) continue;
      for (const key of Object.keys(parsed.data) as (keyof Entry)[]) {
        if (!isDeepStrictEqual(parsed.data[key], raw[key])) changed.push(`${parsed.data.id}.${key}`);
      }
    }
    expectNone(changed);
    expect(file.entries.map((raw) => EntrySchema.safeParse(raw).data ?? raw)).toEqual(file.entries);
  });

  test('BUNDLED is the entries of every data file, dated by kb.json', () => {
    expect(BUNDLED.asOf).toBe(core.asOf);
    expect(BUNDLED.entries.map((e) => e.id)).toEqual(
      FILES.flatMap(([, file]) => file.entries.map((e) => (e as Entry).id)),
    );
    expect(KnowledgeBaseSchema.safeParse(BUNDLED).success).toBe(true);
  });

  test('ids are unique', () => {
    const all = entries.map((e) => e.id);
    expectNone(all.filter((id, i) => all.indexOf(id) !== i));
  });

  test('every role names an organisation that is an entry', () => {
    const missing = entries.flatMap((e) =>
      e.roles.filter((r) => r.org && !ids.has(r.org)).map((r) => `${e.id} -> ${r.org}`),
    );
    expectNone(missing);
  });

  test('every related id of an alias is an entry', () => {
    const missing: string[] = [];
    for (const e of entries) {
      for (const names of Object.values(e.names)) {
        for (const alias of names?.aliases ?? []) {
          if (typeof alias === 'string') continue;
          for (const id of alias.related ?? []) if (!ids.has(id)) missing.push(`${e.id} -> ${id}`);
        }
      }
    }
    expectNone(missing);
  });

  test('every link is https', () => {
    const links = entries.flatMap((e) => [
      ...Object.values(e.links.wikipedia),
      ...(e.links.more ? [e.links.more] : []),
    ]);
    expect(links.length).toBeGreaterThan(0);
    expectNone(links.filter((url) => new URL(url).protocol !== 'https:'));
  });

  test('a Wikipedia link of a language points to that language edition', () => {
    const wrong = entries.flatMap((e) =>
      Object.entries(e.links.wikipedia)
        .filter(([lang, url]) => new URL(url).hostname !== `${lang}.wikipedia.org`)
        .map(([lang]) => `${e.id}.${lang}`),
    );
    expectNone(wrong);
  });

  test('every entry has a Dutch and an English summary', () => {
    const missing = entries.filter((e) => !e.summary.nl || !e.summary.en).map((e) => e.id);
    expectNone(missing);
  });

  test('every role has a label in every card language', () => {
    const missing = entries.flatMap((e) =>
      e.roles.flatMap((r) => LANGS.filter((lang) => !r.label[lang]).map((lang) => `${e.id} ${r.from} ${lang}`)),
    );
    expectNone(missing);
  });

  test('no entry was verified after the knowledge base date', () => {
    const later = entries.filter((e) => e.verified && e.verified > core.asOf).map((e) => e.id);
    expectNone(later);
  });
});

describe('dated roles the cards depend on', () => {
  test.each([
    ['jens-stoltenberg', 'nato', '2014-10-01', '2024-10-01'],
    ['mark-rutte', 'netherlands', '2010-10-14', '2024-07-02'],
    ['mark-rutte', 'nato', '2024-10-01', undefined],
  ])('%s at %s: %s to %s', (id, org, from, to) => {
    const roles = byId(id).roles.filter((r) => r.org === org);
    expect(roles).toHaveLength(1);
    expect(roles[0]).toMatchObject({ from });
    expect(roles[0]!.to).toBe(to);
  });

  test('the NATO roles are Secretary General', () => {
    for (const id of ['jens-stoltenberg', 'mark-rutte']) {
      const role = byId(id).roles.find((r) => r.org === 'nato');
      expect(role?.label.en).toBe('Secretary General of NATO');
      expect(role?.label.nl).toBe('secretaris-generaal van de NAVO');
    }
  });

  test('Rutte is Prime Minister of the Netherlands in that role', () => {
    const role = byId('mark-rutte').roles.find((r) => r.org === 'netherlands');
    expect(role?.label.en).toBe('Prime Minister of the Netherlands');
    expect(role?.label.nl).toBe('premier van Nederland');
  });
});
