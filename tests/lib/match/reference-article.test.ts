/**
 * The product's reference page: the Dutch NOS article of 4 April 2024 (read from the shared seed, never copied into
 * the repository). Every entity in it must be marked at least once, and the tricky surfaces with the right entry.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { BUNDLED } from '../../../lib/kb';
import { annotateBlocks } from '../../../lib/match/annotate';
import type { ResolvedMention } from '../../../lib/match/resolve';
import { bundledMatcher } from '../../helpers/match';

// path.resolve rather than `new URL(relative, import.meta.url)`: happy-dom's URL does not resolve against file: URLs.
const SEED = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../shared/seed/navo-oekraine-2024-04.txt');

/** The article's paragraphs, without the `date YYYY-MM` metadata that opens the file. */
function paragraphs(raw: string): string[] {
  return raw
    .trim()
    .replace(/^date\s+\d{4}-\d{2}\s+/, '')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

/** Every entity the article names, by its id in the bundled knowledge base. */
const ENTITIES = [
  'nato',
  'ukraine',
  'russia',
  'dmytro-kuleba',
  'mim-104-patriot',
  'jens-stoltenberg',
  'germany',
  'united-kingdom',
  'france',
  'finland',
  'australia',
  'japan',
  'new-zealand',
  'south-korea',
  'joe-biden',
  'united-states',
  'white-house',
  'sweden',
  'lloyd-austin',
  'donald-trump',
  'washington-dc',
  'mark-rutte',
  'nos',
  'romania',
  'klaus-iohannis',
  'turkey',
  'hungary',
  'slovakia',
  'nato-secretary-general',
];

let blocks: string[];
let mentions: ResolvedMention[];

beforeAll(() => {
  blocks = paragraphs(readFileSync(SEED, 'utf8'));
  mentions = annotateBlocks(bundledMatcher(), blocks).flat();
});

describe('the reference article', () => {
  test('is read as paragraphs, without the metadata line', () => {
    expect(blocks.length).toBeGreaterThan(10);
    expect(blocks[0]).toMatch(/^De NAVO-lidstaten/);
    expect(blocks.join('\n')).not.toMatch(/date 2024-04/);
  });

  test.each(ENTITIES)('%s is marked at least once', (id) => {
    expect(BUNDLED.entries.some((e) => e.id === id)).toBe(true);
    expect(mentions.map((m) => m.entryId)).toContain(id);
  });

  test.each([
    ['Austin', 'lloyd-austin'],
    ['Washington', 'washington-dc'],
    ['VS', 'united-states'],
    ['Verenigde Staten', 'united-states'],
    ['Britten', 'united-kingdom'],
    ['Patriot', 'mim-104-patriot'],
    ['NAVO-topman', 'nato-secretary-general'],
    ['secretaris-generaal', 'nato-secretary-general'],
    ['NAVO', 'nato'],
    ['Koeleba', 'dmytro-kuleba'],
    ['Iohannis', 'klaus-iohannis'],
    ['Donald Trump', 'donald-trump'],
    ['Trump', 'donald-trump'],
    ['Rutte', 'mark-rutte'],
    ['Stoltenberg', 'jens-stoltenberg'],
  ])('every "%s" is marked, and as %s', (surface, id) => {
    const found = mentions.filter((m) => m.surface === surface);
    expect(found.length).toBeGreaterThan(0);
    expect(new Set(found.map((m) => m.entryId))).toEqual(new Set([id]));
    // Every occurrence of the word is inside a mark (its own, or a longer one such as "Donald Trump").
    const word = new RegExp(`(?<![\\p{L}\\p{N}])${surface}(?![\\p{L}\\p{N}])`, 'gu');
    annotateBlocks(bundledMatcher(), blocks).forEach((marks, i) => {
      for (const match of blocks[i]!.matchAll(word)) {
        const at = match.index;
        const cover = marks.find((m) => m.start <= at && at + surface.length <= m.end);
        expect(cover, `"${surface}" at ${at} in block ${i}`).toBeDefined();
      }
    });
  });

  test('every mark covers exactly its surface in its block', () => {
    const perBlock = annotateBlocks(bundledMatcher(), blocks);
    perBlock.forEach((found, i) => {
      for (const m of found) expect(blocks[i]!.slice(m.start, m.end)).toBe(m.surface);
    });
  });
});
