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

describe('Annotator: where the scan time went', () => {
  /** Holds the thread for `ms` milliseconds, as slow work would. */
  const busyFor = (ms: number): void => {
    const until = performance.now() + ms;
    while (performance.now() < until);
  };

  test('the parts (collecting, resolving, painting) add up to the scan time, each where it was spent', async () => {
    article();
    const find: FindNames = async (texts) => texts.map(mentionsIn);
    const categoryOf = (): 'person' => {
      // Asked once for each mention it resolves.
      busyFor(2);
      return 'person';
    };
    const annotator = new Annotator(document, { find, categoryOf });
    expect(await annotator.annotate()).toBe(true);
    const { collectMs, resolveMs, paintMs } = annotator.phases;
    const mentions = annotator.mentions.length;
    expect(mentions).toBeGreaterThan(0);
    expect(resolveMs).toBeGreaterThanOrEqual(2 * mentions);
    expect(collectMs).toBeGreaterThan(0);
    expect(collectMs).toBeLessThan(resolveMs);
    expect(paintMs).toBeGreaterThanOrEqual(0);
    expect(collectMs + resolveMs + paintMs).toBeCloseTo(annotator.stats.busyMs, 6);
  });

  test('a later update adds to the parts', async () => {
    article();
    const annotator = new Annotator(document, {
      find: async (texts) => texts.map(mentionsIn),
      categoryOf: () => 'person',
    });
    expect(await annotator.annotate()).toBe(true);
    const before = { ...annotator.phases };
    const added = document.createElement('p');
    added.textContent = 'Ook Jens Stoltenberg sprak over de NAVO en de steun aan Oekraïne in de komende jaren.';
    document.querySelector('article')!.append(added);
    expect(await annotator.update([added])).toBe(true);
    expect(annotator.phases.collectMs).toBeGreaterThan(before.collectMs);
    expect(annotator.phases.resolveMs).toBeGreaterThanOrEqual(before.resolveMs);
    expect(annotator.phases.paintMs).toBeGreaterThanOrEqual(before.paintMs);
    expect(annotator.phases.collectMs + annotator.phases.resolveMs + annotator.phases.paintMs).toBeCloseTo(
      annotator.stats.busyMs,
      6,
    );
  });
});
