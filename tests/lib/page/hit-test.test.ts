import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { Annotator, type FindNames } from '../../../lib/page/annotator';
import { HitTester } from '../../../lib/page/hit-test';
import { mentionsIn } from '../../helpers/finder';

const find: FindNames = async (texts) => texts.map(mentionsIn);

/**
 * happy-dom lays nothing out, so the caret under a point and the rectangles of text are stood in for: a point names
 * its text position (`caret`), and every range's text lies in the box 0..100 x 0..20.
 */
let caret: { offsetNode: Node; offset: number } | null = null;

beforeEach(() => {
  document.body.innerHTML =
    '<article><p id="one">Gisteren sprak Mark <b>Rutte</b> met de pers over de plannen van de NAVO voor de zomer.</p></article>';
  caret = null;
  Object.defineProperty(document, 'caretPositionFromPoint', { configurable: true, value: () => caret });
  vi.spyOn(Range.prototype, 'getClientRects').mockImplementation(
    () => [{ left: 0, right: 100, top: 0, bottom: 20 }] as unknown as DOMRectList,
  );
});

afterEach(() => {
  delete (document as { caretPositionFromPoint?: unknown }).caretPositionFromPoint;
  vi.restoreAllMocks();
});

function textIn(selector: string, index = 0): Text {
  return document.querySelector(selector)!.childNodes[index] as Text;
}

async function annotated(): Promise<Annotator> {
  const annotator = new Annotator(document, { find, categoryOf: () => 'person' });
  expect(await annotator.annotate()).toBe(true);
  return annotator;
}

describe('HitTester', () => {
  test('finds the mention under the caret in each text node it spans, and nothing beside it', async () => {
    const hits = new HitTester(document, await annotated());
    const intro = textIn('#one'); // "Gisteren sprak Mark "
    caret = { offsetNode: intro, offset: intro.data.indexOf('Mark') + 2 };
    const rutte = hits.mentionAt(50, 10);
    expect(rutte?.surface).toBe('Mark Rutte');
    caret = { offsetNode: textIn('#one b'), offset: 3 };
    expect(hits.mentionAt(50, 10)).toBe(rutte);
    caret = { offsetNode: intro, offset: 3 };
    expect(hits.mentionAt(50, 10)).toBeNull();
    const rest = textIn('#one', 2);
    caret = { offsetNode: rest, offset: rest.data.indexOf('NAVO') };
    expect(hits.mentionAt(50, 10)?.surface).toBe('NAVO');
  });

  test("a caret on the mention's text with the point off its rectangles (past the line's end) finds nothing", async () => {
    const hits = new HitTester(document, await annotated());
    const intro = textIn('#one');
    caret = { offsetNode: intro, offset: intro.data.indexOf('Mark') };
    expect(hits.mentionAt(50, 10)?.surface).toBe('Mark Rutte');
    expect(hits.mentionAt(300, 10)).toBeNull();
    expect(hits.mentionAt(50, 40)).toBeNull();
  });

  test('follows the marks as they are painted again: a dismissed mention goes, new text comes', async () => {
    const annotator = await annotated();
    const hits = new HitTester(document, annotator);
    const intro = textIn('#one');
    caret = { offsetNode: intro, offset: intro.data.indexOf('Mark') };
    const rutte = hits.mentionAt(50, 10)!;
    annotator.dismiss(rutte);
    expect(hits.mentionAt(50, 10)).toBeNull();

    const added = document.createElement('p');
    added.textContent = 'Ook Mark Rutte was er.';
    document.querySelector('article')!.append(added);
    expect(await annotator.update([added])).toBe(true);
    caret = { offsetNode: added.firstChild!, offset: 6 };
    expect(hits.mentionAt(50, 10)?.surface).toBe('Mark Rutte');
  });

  test('no caret, or a caret in an element rather than text: nothing', async () => {
    const hits = new HitTester(document, await annotated());
    expect(hits.mentionAt(50, 10)).toBeNull();
    caret = { offsetNode: document.querySelector('#one')!, offset: 1 };
    expect(hits.mentionAt(50, 10)).toBeNull();
  });
});
