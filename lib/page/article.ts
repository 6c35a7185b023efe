/**
 * Facts about the article itself that the cards depend on: the language it is written in and the day it was
 * published. Reads the DOM only.
 */
import { LANGS, type Lang } from '../kb/constants';

/** The page's declared language when it is one the cards speak, else null. */
export function declaredLanguage(doc: Document): Lang | null {
  const candidates = [
    doc.documentElement.getAttribute('lang'),
    doc.querySelector('meta[property="og:locale"]')?.getAttribute('content'),
    doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content'),
  ];
  for (const raw of candidates) {
    const lang = toLang(raw);
    if (lang) return lang;
  }
  return null;
}

/** `nl-BE`, `de_DE`, `FR` and the like to one of the card languages, or null. */
export function toLang(raw: string | null | undefined): Lang | null {
  if (!raw) return null;
  const code = raw.trim().slice(0, 2).toLowerCase();
  return (LANGS as readonly string[]).includes(code) ? (code as Lang) : null;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;

/** The calendar day a timestamp names, as written (its own time zone), or null when it is not a date. */
export function toIsoDay(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const match = ISO_DAY.exec(raw.trim());
  if (!match) return null;
  const [, y, m, d] = match;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  if (date.getUTCMonth() !== Number(m) - 1 || date.getUTCDate() !== Number(d)) return null;
  return `${y}-${m}-${d}`;
}

function jsonLdDates(value: unknown, out: string[]): void {
  if (Array.isArray(value)) {
    for (const item of value) jsonLdDates(item, out);
    return;
  }
  if (!value || typeof value !== 'object') return;
  const record = value as Record<string, unknown>;
  if (typeof record.datePublished === 'string') out.push(record.datePublished);
  if (record['@graph']) jsonLdDates(record['@graph'], out);
}

/** The day the article was published, from structured data, meta tags or `<time>`; null when the page does not say. */
export function publishedDate(doc: Document): string | null {
  const found: (string | null | undefined)[] = [];
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const dates: string[] = [];
    try {
      jsonLdDates(JSON.parse(script.textContent ?? ''), dates);
    } catch {
      continue;
    }
    found.push(...dates);
  }
  for (const selector of [
    'meta[property="article:published_time"]',
    'meta[name="article:published_time"]',
    'meta[property="og:article:published_time"]',
    'meta[itemprop="datePublished"]',
    'meta[name="pubdate"]',
    'meta[name="publish-date"]',
    'meta[name="parsely-pub-date"]',
    'meta[name="sailthru.date"]',
    'meta[name="dc.date.issued"]',
    'meta[name="DC.date.issued"]',
    'meta[name="date"]',
  ]) {
    found.push(doc.querySelector(selector)?.getAttribute('content'));
  }
  found.push(doc.querySelector('[itemprop="datePublished"][datetime]')?.getAttribute('datetime'));
  found.push(doc.querySelector('article time[datetime], header time[datetime], time[pubdate][datetime]')?.getAttribute('datetime'));
  found.push(doc.querySelector('[class*="byline"] time[datetime], time[class*="date"][datetime]')?.getAttribute('datetime'));
  for (const raw of found) {
    const day = toIsoDay(raw);
    if (day) return day;
  }
  // Last: a date in the article's address (/2024/04/05/), canonical or as shown.
  for (const url of [
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content'),
    doc.location?.href,
  ]) {
    const day = dayInUrl(url);
    if (day) return day;
  }
  return null;
}

/** A date written in a URL's path as /YYYY/MM/DD/ (or YYYY-MM-DD), or null. */
export function dayInUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  const match = /\/((?:19|20)\d{2})[/-](\d{2})[/-](\d{2})(?:\/|[^\d])/.exec(url);
  return match ? toIsoDay(`${match[1]}-${match[2]}-${match[3]}`) : null;
}

/** Today as YYYY-MM-DD in the reader's time zone. */
export function today(now = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Where an article's own text is, in order of preference; the first with enough text is taken. */
const ARTICLE_SELECTORS = ['[itemprop="articleBody"]', 'article', 'main', '[role="main"]'];
const ARTICLE_MIN_TEXT = 500;

/**
 * The parts of the page to annotate: the article's body when the page marks it up (JSON-LD aside, most news pages
 * do, with `<article>` or `itemprop="articleBody"`), with the page's headline when it stands outside it; else the
 * whole body. Navigation, footers and teasers around the article are left alone, which also keeps the work small.
 */
export function articleRoots(doc: Document): Element[] {
  const body = doc.body;
  if (!body) return [];
  for (const selector of ARTICLE_SELECTORS) {
    const candidates = doc.querySelectorAll(selector);
    // The one with most text: pages repeat <article> for teasers.
    let best: Element | null = null;
    let bestLength = 0;
    for (const candidate of candidates) {
      const length = candidate.textContent?.length ?? 0;
      if (length > bestLength) [best, bestLength] = [candidate, length];
    }
    if (best && bestLength >= ARTICLE_MIN_TEXT) {
      const headline = doc.querySelector('h1');
      return headline && !best.contains(headline) && !headline.contains(best) ? [headline, best] : [best];
    }
  }
  return [body];
}
