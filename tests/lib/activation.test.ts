import { describe, expect, test } from 'vitest';
import { activationOf, listedFor, normaliseSite, siteListed, type Activation } from '../../lib/activation';

const base = { enabled: true, disabledSites: [] as string[], enabledSites: [] as string[] };

describe('siteListed', () => {
  test.each<[string[], string | null, boolean]>([
    [['nos.nl'], 'nos.nl', true],
    [['nos.nl'], 'sport.nos.nl', true],
    [['sport.nos.nl'], 'nos.nl', false],
    [['nos.nl'], 'denos.nl', false],
    [['nos.nl'], 'nos.nl.example.com', false],
    [[], 'nos.nl', false],
    [['nos.nl'], null, false],
  ])('%j has %j: %j', (list, site, expected) => {
    expect(siteListed(list, site)).toBe(expected);
  });

  test('listedFor gives every entry that covers the site', () => {
    expect(listedFor(['nos.nl', 'sport.nos.nl', 'nu.nl'], 'sport.nos.nl')).toEqual(['nos.nl', 'sport.nos.nl']);
  });
});

describe('activationOf', () => {
  test.each<[string, Partial<typeof base>, string | null, { article: boolean; forced: boolean }, Activation]>([
    ['an article', {}, 'nos.nl', { article: true, forced: false }, 'on'],
    ['not an article', {}, 'nos.nl', { article: false, forced: false }, 'not-article'],
    ['not an article, annotated anyway', {}, 'nos.nl', { article: false, forced: true }, 'on'],
    ['not an article on an enabled site', { enabledSites: ['nos.nl'] }, 'nos.nl', { article: false, forced: false }, 'on'],
    ['a subdomain of an enabled site', { enabledSites: ['nos.nl'] }, 'sport.nos.nl', { article: false, forced: false }, 'on'],
    ['an article on an excluded site', { disabledSites: ['nos.nl'] }, 'nos.nl', { article: true, forced: false }, 'site-off'],
    ['excluded beats annotated anyway', { disabledSites: ['nos.nl'] }, 'nos.nl', { article: true, forced: true }, 'site-off'],
    [
      'excluded beats enabled',
      { disabledSites: ['nos.nl'], enabledSites: ['nos.nl'] },
      'nos.nl',
      { article: true, forced: false },
      'site-off',
    ],
    ['switched off everywhere', { enabled: false }, 'nos.nl', { article: true, forced: true }, 'off'],
    ['a page outside the web', { disabledSites: ['nos.nl'] }, null, { article: true, forced: false }, 'on'],
  ])('%s', (_, settings, site, page, expected) => {
    expect(activationOf({ ...base, ...settings }, site, page)).toBe(expected);
  });
});

describe('normaliseSite', () => {
  test.each<[string, string | null]>([
    ['nos.nl', 'nos.nl'],
    ['  NOS.nl ', 'nos.nl'],
    ['www.nos.nl', 'nos.nl'],
    ['https://www.nos.nl/artikel/123', 'nos.nl'],
    ['http://sport.nos.nl:8080/x?y', 'sport.nos.nl'],
    ['nos.nl.', 'nos.nl'],
    ['127.0.0.1', '127.0.0.1'],
    ['localhost', 'localhost'],
    ['bücher.de', 'xn--bcher-kva.de'],
    ['', null],
    ['nos', null],
    ['not a site', null],
    ['javascript:alert(1)', null],
    ['ftp://nos.nl', null],
    ['-nos.nl', null],
    ['nos..nl', null],
    ['<b>nos.nl</b>', null],
  ])('%j -> %j', (input, expected) => {
    expect(normaliseSite(input)).toBe(expected);
  });
});
