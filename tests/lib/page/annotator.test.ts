import { beforeEach, describe, expect, test } from 'vitest';
import { Annotator, type FindNames } from '../../../lib/page/annotator';
import { mentionsIn } from '../../helpers/finder';

/** A finder that lets the page change while the names are being found (as a page's scripts may, meanwhile). */
function findWhile(change: () => void): FindNames {
  return async (texts) => {
    change();
    return texts.map(mentionsIn);
  };
}

function article(): void {
  document.body.innerHTML =
    '<article><h1>Mark Rutte in Brussel</h1><p id="gone">De NAVO en Mark Rutte spraken lang met elkaar over de steun aan Oekraïne.</p>' +
    '<p>Daarna sprak Mark Rutte met de pers over de NAVO-top in Washington en de plannen voor de zomer.</p></article>';
}

beforeEach(() => {
  document.body.replaceChildren();
});

describe('Annotator: text the page changes while its names are being found', () => {
  test.each<[string, () => void]>([
    ['taken away', () => document.getElementById('gone')!.remove()],
    [
      'moved into another document',
      () => document.implementation.createHTMLDocument('').body.append(document.getElementById('gone')!),
    ],
  ])('a paragraph %s is not marked, and the rest of the article is', async (_, change) => {
    article();
    const annotator = new Annotator(document, { find: findWhile(change), categoryOf: () => 'person' });
    expect(await annotator.annotate()).toBe(true);
    const marked = annotator.paintedMentions();
    expect(marked.map((mention) => mention.surface)).toEqual(['Mark Rutte', 'Mark Rutte', 'NAVO']);
    for (const mention of marked)
      expect(mention.range.startContainer.isConnected && mention.range.startContainer.ownerDocument).toBe(document);
  });

  test('with nothing changed, every name is marked', async () => {
    article();
    const annotator = new Annotator(document, { find: findWhile(() => undefined), categoryOf: () => 'person' });
    expect(await annotator.annotate()).toBe(true);
    expect(annotator.paintedMentions().map((mention) => mention.surface)).toEqual([
      'Mark Rutte',
      'NAVO',
      'Mark Rutte',
      'Mark Rutte',
      'NAVO',
    ]);
  });
});
