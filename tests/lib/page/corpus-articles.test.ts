// @vitest-environment node
/**
 * Publication date and language of every saved news page of the shared corpus, against a table made by reading
 * each page (tests/fixtures/corpus-articles.json: date, where it was read, and notes on the unusual ones).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { articleLanguage } from '../../../lib/lang/detect';
import { readPageText } from '../../../scripts/harness/corpus-text';
import { CORPUS_DIR } from '../../../scripts/harness/server';

interface Expected {
  file: string;
  date: string | null;
  lang: string;
  source: string;
  note?: string;
}

const TABLE = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../fixtures/corpus-articles.json', import.meta.url)), 'utf8'),
) as { pages: Expected[] };

/**
 * Where Duiding's reading differs from the table, and why. Each is asserted as it is, so a change shows.
 * - Dates only in the visible byline text: Duiding reads markup, not prose, and falls back to today.
 * - A UTC timestamp whose day differs from the publisher's local day in the byline: Duiding takes the day the
 *   timestamp is written with.
 */
const KNOWN: Record<string, string | null> = {
  'nl-alarmeringen-1.html': null,
  'en-webmd-1.html': null,
  'de-dw-1.html': null,
  'en-abcnews-1.html': '2023-11-09',
  'de-nachrichtenat-1.html': '2019-10-18',
};

describe('corpus pages: publication date and language', () => {
  test('the table covers every page of the corpus', () => {
    const manifest = readFileSync(`${CORPUS_DIR}MANIFEST.tsv`, 'utf8').trim().split('\n').slice(1);
    expect(TABLE.pages.map((page) => page.file)).toEqual(manifest.map((line) => line.split('\t')[0]));
  });

  test.each(TABLE.pages.map((page) => [page.file, page] as const))('%s', (file, expected) => {
    const page = readPageText(CORPUS_DIR + file);
    const want = file in KNOWN ? KNOWN[file] : expected.date;
    expect(page.date).toBe(want);
    expect(articleLanguage(page.lang, page.blocks.join('\n').slice(0, 20000))).toBe(expected.lang);
  });

  test('the known differences are few', () => {
    const matching = TABLE.pages.filter((page) => !(page.file in KNOWN)).length;
    expect(matching / TABLE.pages.length).toBeGreaterThan(0.9);
  });
});
