import { describe, expect, test, vi } from 'vitest';
import { declaredLanguage, publishedDate, today, toIsoDay, toLang } from '../../../lib/page/article';
import type { Lang } from '../../../lib/kb/schema';
import { jsonLd, page } from '../../helpers/dom';

describe('toLang', () => {
  test.each<[string | null | undefined, Lang | null]>([
    ['nl', 'nl'],
    ['nl-BE', 'nl'],
    ['de_DE', 'de'],
    ['FR', 'fr'],
    [' en-GB ', 'en'],
    ['es', null],
    ['pt-BR', null],
    ['', null],
    [null, null],
    [undefined, null],
  ])('%j -> %j', (raw, expected) => {
    expect(toLang(raw)).toBe(expected);
  });
});

describe('declaredLanguage', () => {
  test.each<[string, { head?: string; lang?: string }, Lang | null]>([
    ['html lang', { lang: 'nl-NL' }, 'nl'],
    ['og:locale when there is no lang', { head: '<meta property="og:locale" content="de_DE">' }, 'de'],
    // Lower case: happy-dom 21 parses the selector's `i` flag but still compares case-sensitively (Chromium does not).
    ['content-language when nothing else', { head: '<meta http-equiv="content-language" content="fr">' }, 'fr'],
    ['html lang before og:locale', { lang: 'en', head: '<meta property="og:locale" content="de_DE">' }, 'en'],
    [
      'unsupported lang, supported og:locale',
      { lang: 'es', head: '<meta property="og:locale" content="nl_NL">' },
      'nl',
    ],
    ['nothing declared', {}, null],
    ['only an unsupported language', { lang: 'pl' }, null],
  ])('%s', (_, options, expected) => {
    expect(declaredLanguage(page(options))).toBe(expected);
  });

  test('og:locale outside the head is found too', () => {
    expect(declaredLanguage(page({ body: '<meta property="og:locale" content="fr_FR"><p>Texte.</p>' }))).toBe('fr');
  });

  test('a language on <html>: the page is not searched', () => {
    const doc = page({ lang: 'de', head: '<meta property="og:locale" content="nl_NL">' });
    const inDocument = vi.spyOn(doc, 'querySelector');
    const inHead = vi.spyOn(doc.head, 'querySelector');
    expect(declaredLanguage(doc)).toBe('de');
    expect(inDocument).not.toHaveBeenCalled();
    expect(inHead).not.toHaveBeenCalled();
  });
});

describe('toIsoDay', () => {
  test.each<[string | null | undefined, string | null]>([
    ['2024-04-04', '2024-04-04'],
    ['2024-04-04T10:00:00+02:00', '2024-04-04'],
    // The day as the page writes it, not converted to UTC.
    ['2024-04-04T23:30:00-05:00', '2024-04-04'],
    ['  2024-04-04T00:15:00Z', '2024-04-04'],
    ['2024-02-29', '2024-02-29'],
    ['2024-02-30', null],
    ['2023-02-29', null],
    ['2024-13-01', null],
    ['2024-04-31', null],
    ['2024-00-10', null],
    ['4 april 2024', null],
    ['2024-4-4', null],
    ['', null],
    [null, null],
  ])('%j -> %j', (raw, expected) => {
    expect(toIsoDay(raw)).toBe(expected);
  });
});

describe('publishedDate', () => {
  test.each<[string, { head?: string; body?: string }, string | null]>([
    [
      'JSON-LD object',
      { head: jsonLd({ '@type': 'NewsArticle', datePublished: '2024-04-04T10:00:00+02:00' }) },
      '2024-04-04',
    ],
    [
      'JSON-LD @graph',
      {
        head: jsonLd({
          '@context': 'https://schema.org',
          '@graph': [
            { '@type': 'WebPage', name: 'x' },
            { '@type': 'NewsArticle', datePublished: '2024-04-04' },
          ],
        }),
      },
      '2024-04-04',
    ],
    ['JSON-LD array', { head: jsonLd([{ '@type': 'Organization' }, { datePublished: '2024-04-05' }]) }, '2024-04-05'],
    [
      'JSON-LD array holding a @graph',
      { head: jsonLd([{ '@graph': [{ datePublished: '2024-04-06' }] }]) },
      '2024-04-06',
    ],
    [
      'broken JSON-LD is ignored, the next one is read',
      { head: jsonLd('{ "datePublished": "2024-01-01", ') + jsonLd({ datePublished: '2024-04-04' }) },
      '2024-04-04',
    ],
    [
      'broken JSON-LD then a meta tag',
      { head: jsonLd('not json') + '<meta property="article:published_time" content="2024-04-04T08:00:00Z">' },
      '2024-04-04',
    ],
    [
      'meta article:published_time',
      { head: '<meta property="article:published_time" content="2024-04-04T08:00:00+02:00">' },
      '2024-04-04',
    ],
    ['meta name=date', { head: '<meta name="date" content="2024-04-04">' }, '2024-04-04'],
    [
      'itemprop datePublished',
      { body: '<span itemprop="datePublished" datetime="2024-04-04">4 april</span>' },
      '2024-04-04',
    ],
    [
      '<time> in the article',
      { body: '<article><p>Tekst</p><time datetime="2024-04-04T09:12">4 april</time></article>' },
      '2024-04-04',
    ],
    ['<time> in a header', { body: '<header><time datetime="2024-04-04">4 april</time></header>' }, '2024-04-04'],
    [
      '<time> outside the article is not its date',
      { body: '<aside><time datetime="2020-01-01">oud</time></aside>' },
      null,
    ],
    [
      'an impossible date is skipped',
      { head: jsonLd({ datePublished: '2024-02-30' }) + '<meta name="date" content="2024-04-04">' },
      '2024-04-04',
    ],
    [
      'only an impossible date',
      { head: '<meta property="article:published_time" content="2024-02-30T10:00:00Z">' },
      null,
    ],
    [
      'JSON-LD wins over meta',
      { head: jsonLd({ datePublished: '2024-04-04' }) + '<meta name="date" content="2023-01-01">' },
      '2024-04-04',
    ],
    ['a date that is not a string is ignored', { head: jsonLd({ datePublished: 20240404 }) }, null],
    ['nothing', { body: '<p>Geen datum</p>' }, null],
  ])('%s', (_, options, expected) => {
    expect(publishedDate(page(options))).toBe(expected);
  });
});

describe('today', () => {
  test('is the local calendar day, zero-padded', () => {
    expect(today(new Date(2024, 3, 4, 23, 59))).toBe('2024-04-04');
    expect(today(new Date(2024, 0, 9, 0, 0))).toBe('2024-01-09');
  });
});
