import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { DATA_FILES } from '../../../lib/kb';
import { checkEntries, kbStats, parseFiles } from '../../../lib/kb/check';
import { KnowledgeBaseSchema } from '../../../lib/kb/schema';
import { entry } from '../../helpers/match';

describe('kb check', () => {
  test('the bundled knowledge base has no problems', () => {
    const { entries, problems } = parseFiles(DATA_FILES);
    expect([...problems, ...checkEntries(entries)]).toEqual([]);
  });

  test('the bundled knowledge base is large and speaks four languages', () => {
    const stats = kbStats(parseFiles(DATA_FILES).entries);
    expect(stats.entries).toBeGreaterThanOrEqual(600);
    expect(stats.languages.nl!.summaries).toBe(stats.entries);
    expect(stats.languages.en!.summaries).toBe(stats.entries);
    expect(stats.languages.de!.labels / stats.entries).toBeGreaterThanOrEqual(0.95);
    expect(stats.languages.fr!.labels / stats.entries).toBeGreaterThanOrEqual(0.95);
    expect(stats.languages.de!.summaries / stats.entries).toBeGreaterThanOrEqual(0.8);
    expect(stats.languages.fr!.summaries / stats.entries).toBeGreaterThanOrEqual(0.8);
  });

  const office = (id: string, from: string, to?: string) =>
    entry({
      id,
      category: 'person',
      names: { en: { label: id, aliases: [] } },
      summary: { en: 'x' },
      roles: [{ label: { en: 'Secretary General of NATO' }, org: 'nato', from, ...(to ? { to } : {}) }],
    });
  const nato = entry({ id: 'nato', category: 'organization', names: { en: { label: 'NATO', aliases: [] } }, summary: {} });

  test.each([
    ['a duplicate id', [nato, nato], /duplicate id/],
    ['a role naming an entry that does not exist', [office('a', '2020-01-01')], /role org "nato" does not exist/],
    ['two holders of one office at once', [nato, office('a', '2014-10-01', '2024-10-01'), office('b', '2024-01-01')], /at the same time as a/],
    [
      'an alias shared without being flagged ambiguous',
      [
        entry({ id: 'x', category: 'place', names: { en: { label: 'Austin', aliases: [] } }, summary: {} }),
        entry({ id: 'y', category: 'person', names: { en: { label: 'Lloyd Austin', aliases: ['Austin'] } }, summary: {} }),
      ],
      /alias "austin" is shared/,
    ],
    [
      'a Wikipedia link that is not to that language',
      [entry({ id: 'z', category: 'place', names: { en: { label: 'Z', aliases: [] } }, summary: {}, links: { wikipedia: { nl: 'https://en.wikipedia.org/wiki/Z' } } })],
      /nl link is not/,
    ],
  ])('finds %s', (_, entries, message) => {
    expect(checkEntries(entries).map((p) => p.message).join('\n')).toMatch(message);
  });

  test('adjacent terms of one office do not clash', () => {
    expect(checkEntries([nato, office('a', '2014-10-01', '2024-10-01'), office('b', '2024-10-01')])).toEqual([]);
  });
});

describe('docs/kb.schema.json', () => {
  test('is the JSON Schema of the zod schema as it is now (npm run kb -- schema)', () => {
    const committed = JSON.parse(readFileSync(resolve(__dirname, '../../../docs/kb.schema.json'), 'utf8')) as unknown;
    expect(committed).toEqual(z.toJSONSchema(KnowledgeBaseSchema, { io: 'input', unrepresentable: 'any' }));
  });
});
