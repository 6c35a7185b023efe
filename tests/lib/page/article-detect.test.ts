import { describe, expect, test, vi } from 'vitest';
import { declaresArticle, isArticlePage } from '../../../lib/page/article';
import { jsonLd, page } from '../../helpers/dom';

const paragraph = (n: number): string => `<p>${'Een zin over de NAVO en Oekraïne, met wat meer woorden erbij. '.repeat(n)}</p>`;
const teaser = (title: string): string => `<article><h3><a href="/x">${title}</a></h3><p>Korte inleiding.</p></article>`;

describe('declaresArticle', () => {
  test.each<[string, unknown, boolean]>([
    ['NewsArticle', { '@type': 'NewsArticle' }, true],
    ['Article', { '@type': 'Article' }, true],
    ['a kind of news article', { '@type': 'ReportageNewsArticle' }, true],
    ['a live blog', { '@type': 'LiveBlogPosting' }, true],
    ['types as a list', { '@type': ['WebPage', 'NewsArticle'] }, true],
    ['full schema.org address', { '@type': 'https://schema.org/NewsArticle' }, true],
    ['in @graph', { '@graph': [{ '@type': 'Organization' }, { '@type': 'NewsArticle' }] }, true],
    ['a list of scripts data', [{ '@type': 'BreadcrumbList' }, { '@type': 'Article' }], true],
    ['main entity of a web page', { '@type': 'WebPage', mainEntity: { '@type': 'NewsArticle' } }, true],
    ['a web site with search', { '@type': 'WebSite', potentialAction: { '@type': 'SearchAction' } }, false],
    [
      'a front page listing articles',
      { '@type': 'CollectionPage', mainEntity: { '@type': 'ItemList', itemListElement: [{ '@type': 'NewsArticle' }] } },
      false,
    ],
    ['an organisation', { '@type': 'NewsMediaOrganization' }, false],
    ['a type that only contains the word', { '@type': 'ArticleList' }, false],
    ['nothing', null, false],
  ])('%s', (_, data, expected) => {
    expect(declaresArticle(data)).toBe(expected);
  });
});

describe('isArticlePage', () => {
  test.each<[string, { head?: string; body?: string }, boolean]>([
    ['JSON-LD NewsArticle', { head: jsonLd({ '@context': 'https://schema.org', '@type': 'NewsArticle' }) }, true],
    ['JSON-LD Article in @graph', { head: jsonLd({ '@graph': [{ '@type': 'WebSite' }, { '@type': 'Article' }] }) }, true],
    ['og:type article', { head: '<meta property="og:type" content="article">' }, true],
    ['og:type article with a kind', { head: '<meta property="og:type" content="article:news">' }, true],
    ['an <article> with enough text', { body: `<article><h1>Kop</h1>${paragraph(8)}${paragraph(8)}</article>` }, true],
    ['an article body with enough text', { body: `<div itemprop="articleBody">${paragraph(16)}</div>` }, true],
    ['og:type website', { head: '<meta property="og:type" content="website">' }, false],
    ['broken JSON-LD', { head: jsonLd('{"@type": "NewsArticle",') }, false],
    ['JSON-LD of a web site', { head: jsonLd({ '@type': 'WebSite', name: 'Nieuws' }) }, false],
    ['a short <article>', { body: `<article>${paragraph(2)}</article>` }, false],
    [
      'a front page of teasers',
      { body: `<main>${Array.from({ length: 40 }, (_, i) => teaser(`Nieuws ${i}: NAVO en Oekraïne`)).join('')}</main>` },
      false,
    ],
    ['long paragraphs side by side, nothing marked up', { body: `<div><h1>Kop</h1>${paragraph(5).repeat(6)}</div>` }, true],
    [
      'long paragraphs each in its own box',
      { body: Array.from({ length: 12 }, () => `<div class="box">${paragraph(3)}</div>`).join('') },
      false,
    ],
  ])('%s', (_, parts, expected) => {
    expect(isArticlePage(page(parts))).toBe(expected);
  });

  test.each<[string, { head?: string; body?: string }, boolean]>([
    ['og:type only in the body', { body: `<meta property="og:type" content="article"><p>Kort.</p>` }, true],
    [
      "the head's og:type comes first",
      { head: '<meta property="og:type" content="website">', body: '<meta property="og:type" content="article">' },
      false,
    ],
  ])('%s', (_, parts, expected) => {
    expect(isArticlePage(page(parts))).toBe(expected);
  });

  test('og:type article in the head: the rest of the page is not searched', () => {
    const doc = page({ head: '<meta property="og:type" content="article">', body: paragraph(2) });
    const all = vi.spyOn(doc, 'querySelectorAll');
    const one = vi.spyOn(doc, 'querySelector');
    const paragraphs = vi.spyOn(doc, 'getElementsByTagName');
    expect(isArticlePage(doc)).toBe(true);
    expect(all).not.toHaveBeenCalled();
    expect(one).not.toHaveBeenCalled();
    expect(paragraphs).not.toHaveBeenCalled();
  });

  test('a search page is not an article', () => {
    const results = Array.from(
      { length: 25 },
      (_, i) => `<article class="result"><h2><a href="/a/${i}">Stoltenberg over de NAVO (${i})</a></h2><p>Jens Stoltenberg zei dat de NAVO ...</p></article>`,
    ).join('');
    const doc = page({
      head: `<meta property="og:type" content="website">${jsonLd({ '@type': 'WebSite', potentialAction: { '@type': 'SearchAction' } })}`,
      body: `<header><form role="search"><input name="q" value="navo"></form></header><main><h1>Zoekresultaten voor "navo"</h1>${results}</main>`,
    });
    expect(isArticlePage(doc)).toBe(false);
  });
});
