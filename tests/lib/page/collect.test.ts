import { beforeEach, describe, expect, test } from 'vitest';
import {
  collectBlocks,
  hasWord,
  iterateBlocks,
  LEFT_OUT_LOOKUP_LIMIT,
  locate,
  walkBlocks,
  type TextBlock,
} from '../../../lib/page/collect';

function blocksOf(html: string, skip?: (root: HTMLElement) => Element | null): string[] {
  const root = document.createElement('div');
  root.innerHTML = html;
  document.body.append(root);
  return collectBlocks(root, skip?.(root)).map((b) => b.text);
}

beforeEach(() => {
  document.body.replaceChildren();
});

describe('collectBlocks: which text, in which blocks', () => {
  test.each<[string, string, string[]]>([
    ['one block per paragraph', '<p>Rutte sprak.</p><p>Stoltenberg ook.</p>', ['Rutte sprak.', 'Stoltenberg ook.']],
    ['inline elements joined', '<p>Jens <b>Stoltenberg</b> sprak.</p>', ['Jens Stoltenberg sprak.']],
    ['nested inline elements', '<p><a href="#">Donald <em><strong>Trump</strong></em></a>.</p>', ['Donald Trump.']],
    ['a name split inside a word', '<p>Stolten<span>berg</span></p>', ['Stoltenberg']],
    ['headings and list items are blocks', '<h2>Kop</h2><ul><li>een</li><li>twee</li></ul>', ['Kop', 'een', 'twee']],
    ['<br> is a line break between pieces', '<p>Donald<br>Trump</p>', ['Donald\nTrump']],
    ['script skipped', '<p>Rutte<script>var Trump = 1;</script> sprak.</p>', ['Rutte sprak.']],
    ['style skipped', '<style>.Rutte{}</style><p>tekst</p>', ['tekst']],
    ['code skipped', '<p>Zie <code>NAVO</code> hier</p>', ['Zie  hier']],
    ['pre skipped', '<pre>NAVO</pre><p>tekst</p>', ['tekst']],
    ['textarea skipped', '<textarea>NAVO</textarea><p>tekst</p>', ['tekst']],
    ['contenteditable skipped', '<div contenteditable="true"><p>NAVO</p></div><p>tekst</p>', ['tekst']],
    ['contenteditable without a value skipped', '<div contenteditable><p>NAVO</p></div><p>tekst</p>', ['tekst']],
    [
      'contenteditable="plaintext-only" skipped',
      '<div contenteditable="plaintext-only">NAVO</div><p>tekst</p>',
      ['tekst'],
    ],
    ['contenteditable="false" is read', '<p contenteditable="false">NAVO</p>', ['NAVO']],
    ['visibility:hidden skipped', '<p style="visibility: hidden">NAVO</p><p>tekst</p>', ['tekst']],
    ['[hidden] skipped', '<p hidden>NAVO</p><p>tekst</p>', ['tekst']],
    ['aria-hidden skipped', '<p aria-hidden="true">NAVO</p><p>tekst</p>', ['tekst']],
    ['display:none skipped', '<p style="display:none">NAVO</p><p>tekst</p>', ['tekst']],
    ['an inline style that hides nothing is read', '<p style="color: red">NAVO</p>', ['NAVO']],
    ['aria-hidden="false" is read', '<p aria-hidden="false">NAVO</p>', ['NAVO']],
    [
      'a hidden element deep inside the text is skipped with all below it',
      '<div><section><p>Rutte <span hidden>en <b>NAVO</b></span>sprak.</p></section></div>',
      ['Rutte sprak.'],
    ],
    [
      'hidden elements side by side and inside each other',
      '<p hidden>een</p><p>twee</p><div aria-hidden="true"><p hidden>drie</p></div><p>vier</p>',
      ['twee', 'vier'],
    ],
    ['button skipped', '<p>tekst <button>Deel NAVO</button></p>', ['tekst ']],
    ['menu skipped', '<nav><a>NAVO</a> <a>Oekraïne</a></nav><p>tekst</p>', ['tekst']],
    ['footer skipped', '<p>tekst</p><footer><p>© NAVO-nieuws</p></footer>', ['tekst']],
    [
      'side box skipped',
      '<p>tekst</p><aside><h3>Lees ook</h3><p>Rutte naar Brussel</p></aside><p>meer</p>',
      ['tekst', 'meer'],
    ],
    ['blocks without letters or digits dropped', '<p> — </p><p>tekst</p>', ['tekst']],
    ['digits alone are a block', '<p>2024</p>', ['2024']],
    ['bullets, arrows and symbols alone dropped', '<p>• → ★ … « » © ¶</p><p>tekst</p>', ['tekst']],
    [
      'letters of other scripts are a block',
      '<p>Київ</p><p>Ελλάδα</p><p>北京</p><p>Ærø</p>',
      ['Київ', 'Ελλάδα', '北京', 'Ærø'],
    ],
    [
      'a paragraph interrupted by a block starts again after it',
      '<div>Voor<p>midden</p>na</div>',
      ['Voor', 'midden', 'na'],
    ],
    // <wbr> only marks where a long word may wrap: it is not a line break.
    ['<wbr> inside a compound', '<p>Nieuw-<wbr>Zeeland</p>', ['Nieuw-Zeeland']],
  ])('%s', (_, html, expected) => {
    expect(blocksOf(html)).toEqual(expected);
  });

  test('walked from the body, the document or a lone text node, hidden text is still left out', () => {
    document.body.innerHTML =
      '<p>Rutte</p><p hidden>NAVO</p><p style="display: none">Patriot</p><div contenteditable><p>EU</p></div>' +
      '<p aria-hidden="true">VN</p><p style="color: red">Stoltenberg</p>';
    // The whole page is walked element by element; an element below it with one query ahead of the walk.
    const inner = document.createElement('div');
    inner.innerHTML = document.body.innerHTML;
    document.body.append(inner);
    expect(collectBlocks(inner).map((block) => block.text)).toEqual(['Rutte', 'Stoltenberg']);
    inner.remove();
    expect(collectBlocks(document.body).map((block) => block.text)).toEqual(['Rutte', 'Stoltenberg']);
    expect(collectBlocks(document).map((block) => block.text)).toEqual(['Rutte', 'Stoltenberg']);
    const text = document.createTextNode('Stoltenberg');
    expect(collectBlocks(text)).toEqual([]);
  });

  test('past the lookup limit of styled elements, each element is asked, with the same result', () => {
    const styled = '<span style="color: red">x</span>'.repeat(LEFT_OUT_LOOKUP_LIMIT + 1);
    const html = `<p>${styled}</p><p hidden>NAVO</p><p style="display: none">Patriot</p><p aria-hidden="true">Rutte</p><p>tekst</p>`;
    expect(blocksOf(html)).toEqual(['x'.repeat(LEFT_OUT_LOOKUP_LIMIT + 1), 'tekst']);
  });

  test('the element given as `skip` is left out with its text', () => {
    expect(blocksOf('<p>NAVO</p><div id="card"><p>Kaart</p></div>', (root) => root.querySelector('#card'))).toEqual([
      'NAVO',
    ]);
  });

  test('a document parsed elsewhere (DOMParser) can be the root', () => {
    const doc = new DOMParser().parseFromString('<p>Jens <b>Stoltenberg</b></p><script>NAVO</script>', 'text/html');
    expect(collectBlocks(doc).map((b) => b.text)).toEqual(['Jens Stoltenberg']);
  });

  test('the document itself can be the root', () => {
    document.body.innerHTML = '<main><p>Jens <i>Stoltenberg</i></p></main>';
    expect(collectBlocks(document).map((b) => b.text)).toEqual(['Jens Stoltenberg']);
  });

  test('each piece is a text node and its offset in the block', () => {
    const root = document.createElement('p');
    root.innerHTML = 'Jens <b>Stoltenberg</b> sprak';
    const [block] = collectBlocks(root);
    expect(block?.pieces.map((p) => [p.node.data, p.offset])).toEqual([
      ['Jens ', 0],
      ['Stoltenberg', 5],
      [' sprak', 16],
    ]);
    for (const piece of block!.pieces) {
      expect(block!.text.slice(piece.offset, piece.offset + piece.node.data.length)).toBe(piece.node.data);
    }
  });

  test('the DOM is only read', () => {
    const root = document.createElement('div');
    root.innerHTML = '<p>Jens <b>Stoltenberg</b><br>sprak</p><p hidden>x</p>';
    const before = root.innerHTML;
    collectBlocks(root);
    expect(root.innerHTML).toBe(before);
  });

  test.each<[number, string[]]>([
    // Each paragraph is two nodes (the element and its text).
    [2, ['een']],
    [3, ['een']],
    [4, ['een', 'twee']],
    [6, ['een', 'twee', 'drie']],
  ])('the walk ends after %i nodes, with the text found so far', (max, expected) => {
    const root = document.createElement('div');
    root.innerHTML = '<p>een</p><p>twee</p><p>drie</p>';
    expect(collectBlocks(root, null, max).map((b) => b.text)).toEqual(expected);
  });
});

describe('iterateBlocks: the element each block belongs to', () => {
  test('the nearest element that is not inline, below the root and for the root itself', () => {
    document.body.innerHTML =
      '<div id="d">Voor <b>vet <i>schuin</i></b><p id="p">In <a href="#">link</a></p>na<ul><li id="li"><span>punt</span></li></ul></div>';
    const owner = (root: Node): [string, string][] =>
      [...iterateBlocks(root)].map((block) => [block.text, block.element?.id ?? block.element?.localName ?? '']);
    expect(owner(document.getElementById('d')!)).toEqual([
      ['Voor vet schuin', 'd'],
      ['In link', 'p'],
      ['na', 'd'],
      ['punt', 'li'],
    ]);
    // An inline root's text belongs to the block it flows in.
    expect(owner(document.querySelector('b')!)).toEqual([['vet schuin', 'd']]);
  });
});

describe('walkBlocks: places to pause', () => {
  test('pauses every so many nodes, also inside a long block, and yields the same blocks as iterateBlocks', () => {
    const root = document.createElement('div');
    const words = Array.from({ length: 40 }, (_, i) => `<b>woord${i}</b> `).join('');
    root.innerHTML = `<p>${words}</p><p>Mark Rutte</p>`;
    const walked = [...walkBlocks(root, null, undefined, 10)];
    // The long paragraph is some 120 nodes: the walk pauses within it, before the block itself comes.
    expect(walked[0]).toBeNull();
    expect(walked.filter((item) => item === null).length).toBeGreaterThanOrEqual(10);
    const blocks = walked.filter((item) => item !== null).map((block) => block.text);
    expect(blocks).toEqual([...iterateBlocks(root)].map((block) => block.text));
    expect(blocks[1]).toBe('Mark Rutte');
  });

  test('without a pause count it never pauses', () => {
    const root = document.createElement('div');
    root.innerHTML = '<p>een</p>'.repeat(600);
    expect([...walkBlocks(root, null, undefined, 0)].every((item) => item !== null)).toBe(true);
  });
});

describe('hasWord', () => {
  test.each<[string, boolean]>([
    ['NAVO', true],
    ['2024', true],
    ['   ', false],
    ['— / · –', false],
    ['\u00a0\u200b\ufeff', false],
    ['«»¿¡', false],
    ['→ ✓ ★ ©', false],
    ['。、「」', false],
    ['é', true],
    ['Ø', true],
    ['ß', true],
    ['Київ', true],
    ['東京', true],
    ['١٢٣', true],
    ['\u{1d400}', true],
  ])('%j: %s', (text, expected) => {
    expect(hasWord(text)).toBe(expected);
  });

  test('lets through every letter and digit of the Basic Multilingual Plane a name can be written in', () => {
    const word = /[\p{L}\p{N}]/u;
    // Letters and digits among symbols, which no name is written in: ª ² ³ µ ¹ º ¼ ½ ¾, super- and subscripts,
    // letterlike symbols and number forms (ℕ, №, Ⅻ), enclosed and dingbat numbers (①, ➀).
    const symbolLike: [number, number][] = [
      [0xaa, 0xbe],
      [0x2070, 0x209f],
      [0x2100, 0x218f],
      [0x2460, 0x24ff],
      [0x2776, 0x2793],
    ];
    const wrong: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const ch = String.fromCharCode(code);
      if (!word.test(ch) || hasWord(ch)) continue;
      if (!symbolLike.some(([from, to]) => code >= from && code <= to)) wrong.push(code.toString(16));
    }
    expect(wrong).toEqual([]);
  });
});

describe('locate', () => {
  let block: TextBlock;
  let jens: Text;
  let stoltenberg: Text;

  beforeEach(() => {
    const root = document.createElement('p');
    root.innerHTML = 'Jens <b>Stoltenberg</b>';
    document.body.append(root);
    [block] = collectBlocks(root) as [TextBlock];
    jens = root.firstChild as Text;
    stoltenberg = root.querySelector('b')!.firstChild as Text;
  });

  test.each<[string, number, boolean, 'jens' | 'stoltenberg', number]>([
    ['start of the block', 0, false, 'jens', 0],
    ['inside the first piece', 2, false, 'jens', 2],
    ['boundary as a start: the next piece', 5, false, 'stoltenberg', 0],
    ['boundary as an end: the previous piece', 5, true, 'jens', 5],
    ['inside the second piece, as an end', 9, true, 'stoltenberg', 4],
    ['end of the block', 16, true, 'stoltenberg', 11],
    ['end of the block, as a start', 16, false, 'stoltenberg', 11],
    ['position 0 as an end stays in the first piece', 0, true, 'jens', 0],
  ])('%s', (_, position, preferEnd, node, offset) => {
    const found = locate(block, position, preferEnd);
    expect(found.node).toBe(node === 'jens' ? jens : stoltenberg);
    expect(found.offset).toBe(offset);
  });

  test('a mention found in the block text maps to a DOM range with the same text', () => {
    const start = block.text.indexOf('Stoltenberg');
    const from = locate(block, block.text.indexOf('Jens'));
    const to = locate(block, start + 'Stoltenberg'.length, true);
    const range = document.createRange();
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
    expect(range.toString()).toBe('Jens Stoltenberg');
  });

  test('positions around a <br> line break', () => {
    const root = document.createElement('p');
    root.innerHTML = 'Donald<br>Trump';
    const [lines] = collectBlocks(root) as [TextBlock];
    const donald = root.firstChild as Text;
    const trump = root.lastChild as Text;
    expect(lines.text).toBe('Donald\nTrump');
    // "Trump" starts after the inserted newline.
    expect(locate(lines, 7)).toEqual({ node: trump, offset: 0 });
    // The newline itself belongs to no node: it maps to the end of the line before.
    expect(locate(lines, 6, true)).toEqual({ node: donald, offset: 6 });
    expect(locate(lines, 7, true)).toEqual({ node: donald, offset: 6 });
    expect(locate(lines, 12, true)).toEqual({ node: trump, offset: 5 });
  });
});
