// @vitest-environment node
/**
 * Article detection on real pages: every saved news page of the shared corpus, and the reference article as the
 * end-to-end tests serve it, are articles. Pages are parsed with happy-dom, without running their scripts.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { isArticlePage } from '../../../lib/page/article';
import { referenceArticlePage } from '../../../scripts/harness/article-page';
import { parseSavedPage } from '../../../scripts/harness/corpus-text';
import { decodeHtml } from '../../../scripts/harness/decode';
import { CORPUS_DIR } from '../../../scripts/harness/server';

interface CorpusPage {
  file: string;
}

const CORPUS = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../fixtures/corpus-articles.json', import.meta.url)), 'utf8'),
) as { pages: CorpusPage[] };

describe('every news page of the corpus is detected as an article', () => {
  test('the corpus has its 65 pages', () => {
    expect(CORPUS.pages).toHaveLength(65);
  });

  test.each(CORPUS.pages.map((p) => [p.file]))('%s', (file) => {
    const { doc, close } = parseSavedPage(decodeHtml(readFileSync(CORPUS_DIR + file)));
    try {
      expect(isArticlePage(doc)).toBe(true);
    } finally {
      close();
    }
  });
});

test('the reference article as the end-to-end tests serve it is an article', () => {
  const { doc, close } = parseSavedPage(referenceArticlePage());
  try {
    expect(isArticlePage(doc)).toBe(true);
  } finally {
    close();
  }
});
