import { describe, expect, test } from 'vitest';
import { articleRoots } from '../../../lib/page/article';

function page(body: string): Document {
  const doc = document.implementation.createHTMLDocument('t');
  doc.body.innerHTML = body;
  return doc;
}

const LONG = 'De NAVO-lidstaten gaan in hun voorraden op zoek naar meer luchtverdedigingssystemen. '.repeat(8);

describe('articleRoots', () => {
  test('the article body when the page marks it up, with the headline standing outside it', () => {
    const doc = page(`<nav>NATO Ukraine Russia</nav><header><h1>Kop</h1></header><article id="a"><p>${LONG}</p></article><footer>NAVO</footer>`);
    expect(articleRoots(doc).map((e) => e.id || e.localName)).toEqual(['h1', 'a']);
  });

  test('the longest of several articles (teasers are articles too)', () => {
    const doc = page(`<article id="teaser"><p>Kort bericht over de NAVO.</p></article><article id="main"><h1>Kop</h1><p>${LONG}</p></article>`);
    expect(articleRoots(doc).map((e) => e.id)).toEqual(['main']);
  });

  test('itemprop="articleBody" before <article>', () => {
    const doc = page(`<article id="outer"><h1>Kop</h1><div id="body" itemprop="articleBody"><p>${LONG}</p></div><aside>${LONG}</aside></article>`);
    expect(articleRoots(doc).map((e) => e.id || e.localName)).toEqual(['h1', 'body']);
  });

  test('an article inside another is not taken over it', () => {
    const doc = page(`<article id="outer"><p>Inleiding.</p><article id="inner"><p>${LONG}</p></article></article><article id="other"><p>Kort.</p></article>`);
    expect(articleRoots(doc).map((e) => e.id)).toEqual(['outer']);
  });

  test('nested articles are measured once, not once for every level', () => {
    const depth = 2000;
    const doc = page(`${'<article>'.repeat(depth)}<p>${LONG}</p>${'</article>'.repeat(depth)}`);
    let reads = 0;
    for (const article of doc.querySelectorAll('article')) {
      const text = LONG;
      Object.defineProperty(article, 'textContent', {
        get() {
          reads++;
          return text;
        },
      });
    }
    expect(articleRoots(doc)[0]!.parentElement).toBe(doc.body);
    expect(reads).toBe(1);
  });

  test('on a page that marks up no article: the element holding its paragraphs, with the headline', () => {
    const doc = page(
      `<nav><a>NATO</a> <a>Mark Rutte</a></nav><h1>Kop</h1><div id="wrap"><div id="text"><p>${LONG}</p><p>${LONG}</p><h2>Tussenkop</h2><p>${LONG}</p></div></div><ul><li>Rutte worstelt met grip op virus</li></ul>`,
    );
    expect(articleRoots(doc).map((e) => e.id || e.localName)).toEqual(['h1', 'text']);
  });

  test('paragraphs split over several blocks of one article: the element around them', () => {
    const doc = page(`<header>Menu</header><div id="story"><div><p>${LONG}</p></div><figure>foto</figure><div><p>${LONG}</p></div></div>`);
    expect(articleRoots(doc).map((e) => e.id || e.localName)).toEqual(['story']);
  });

  test('the whole body when no element holds most of the prose', () => {
    const doc = page(`<div><p>${LONG}</p></div><aside><p>${LONG}</p></aside>`);
    expect(articleRoots(doc)).toEqual([doc.body]);
  });

  test('the whole body when no article has enough text', () => {
    const doc = page('<article><p>Te kort.</p></article><p>NATO</p>');
    expect(articleRoots(doc)).toEqual([doc.body]);
  });
});
