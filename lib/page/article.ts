/**
 * Facts about the article itself that the cards depend on: the language it is written in and the day it was
 * published. Reads the DOM only.
 */
import { LANGS, type Lang } from '../kb/constants';

/**
 * `querySelector` and `querySelectorAll` for each of `selectors`, with one pass over the document for all of them:
 * a missing element costs a walk of the whole page, and a page can hold a million nodes.
 */
function lookUp(
  doc: Document,
  selectors: readonly string[],
): { first(selector: string): Element | null; every(selector: string): Element[] } {
  const found = [...doc.querySelectorAll(selectors.join(', '))];
  return {
    first: (selector) => found.find((element) => element.matches(selector)) ?? null,
    every: (selector) => found.filter((element) => element.matches(selector)),
  };
}

/**
 * The first element of the document that matches `selector`, looked for in `<head>` first: meta tags belong there,
 * and the head comes before the body, so an element found in it is also the document's first. Only a page whose head
 * holds none costs a walk of the whole document.
 */
function firstInHead(doc: Document, selector: string): Element | null {
  return doc.head?.querySelector(selector) ?? doc.querySelector(selector);
}

/** The page's declared language when it is one the cards speak, else null. */
export function declaredLanguage(doc: Document): Lang | null {
  // Most pages say it on <html>: the meta tags are looked for only when it does not.
  const candidates = [
    () => doc.documentElement.getAttribute('lang'),
    () => firstInHead(doc, 'meta[property="og:locale"]')?.getAttribute('content'),
    () => firstInHead(doc, 'meta[http-equiv="content-language" i]')?.getAttribute('content'),
  ];
  for (const raw of candidates) {
    const lang = toLang(raw());
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

/** Meta tags that carry the publication day, most trusted first. */
const DATE_META = [
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
];

/** Elements whose `datetime` is the publication day, most trusted first. */
const DATE_ELEMENTS = [
  '[itemprop="datePublished"][datetime]',
  'article time[datetime], header time[datetime], time[pubdate][datetime]',
  '[class*="byline"] time[datetime], time[class*="date"][datetime]',
];

/** The day the article was published, from structured data, meta tags or `<time>`; null when the page does not say. */
export function publishedDate(doc: Document): string | null {
  const { first, every } = lookUp(doc, [
    'script[type="application/ld+json"]',
    ...DATE_META,
    ...DATE_ELEMENTS,
    'link[rel="canonical"]',
    'meta[property="og:url"]',
  ]);
  const found: (string | null | undefined)[] = [];
  for (const script of every('script[type="application/ld+json"]')) {
    const dates: string[] = [];
    try {
      jsonLdDates(JSON.parse(script.textContent ?? ''), dates);
    } catch {
      continue;
    }
    found.push(...dates);
  }
  for (const selector of DATE_META) found.push(first(selector)?.getAttribute('content'));
  for (const selector of DATE_ELEMENTS) found.push(first(selector)?.getAttribute('datetime'));
  for (const raw of found) {
    const day = toIsoDay(raw);
    if (day) return day;
  }
  // Last: a date in the article's address (/2024/04/05/), canonical or as shown.
  for (const url of [
    first('link[rel="canonical"]')?.getAttribute('href'),
    first('meta[property="og:url"]')?.getAttribute('content'),
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

/** The share of a page's prose that the element holding an unmarked article's text holds. */
const ARTICLE_PROSE_SHARE = 0.8;

/**
 * On a page that marks up no article: the innermost element that holds most of the page's prose (paragraphs of
 * real length), or null when there is too little prose or it is spread over the page. Two elements that each hold
 * most of it are one inside the other, so the innermost is the one holding least.
 */
function proseHolder(doc: Document): Element | null {
  const prose = new Map<Element, number>();
  let total = 0;
  for (const { paragraph, length } of proseParagraphs(doc)) {
    total += length;
    for (let element = paragraph.parentElement; element; element = element.parentElement) {
      prose.set(element, (prose.get(element) ?? 0) + length);
    }
  }
  if (total < ARTICLE_PROSE) return null;
  let holder: Element | null = null;
  let held = Infinity;
  for (const [element, length] of prose) {
    if (length < total * ARTICLE_PROSE_SHARE || length > held) continue;
    if (length < held || holder === null || holder.contains(element)) {
      holder = element;
      held = length;
    }
  }
  return holder;
}

/**
 * The parts of the page to annotate: the article's body when the page marks it up (JSON-LD aside, most news pages
 * do, with `<article>` or `itemprop="articleBody"`), else the element holding most of the page's paragraphs (see
 * `proseHolder`), with the page's headline when it stands outside it; else the whole body. Navigation, footers and
 * teasers around the article are left alone, which also keeps the work small.
 */
export function articleRoots(doc: Document): Element[] {
  const body = doc.body;
  if (!body) return [];
  // One pass over the document for all the selectors and the headline (a page can hold a million nodes).
  const { first, every } = lookUp(doc, [...ARTICLE_SELECTORS, 'h1']);
  for (const selector of ARTICLE_SELECTORS) {
    // The one with most text: pages repeat <article> for teasers. An element inside one measured before never
    // has more text than it, so only the outermost are measured, and no text is counted twice. `textContent` is
    // read by the browser without making a script object for every node (which the content script's world would
    // have to create, at some microseconds each).
    let best: Element | null = null;
    let bestLength = 0;
    let outer: Element | null = null;
    for (const candidate of every(selector)) {
      if (outer?.contains(candidate)) continue;
      outer = candidate;
      const length = candidate.textContent?.length ?? 0;
      if (length > bestLength) [best, bestLength] = [candidate, length];
    }
    if (best && bestLength >= ARTICLE_MIN_TEXT) return withHeadline(best, first('h1'));
  }
  const holder = proseHolder(doc);
  return holder && holder !== body ? withHeadline(holder, first('h1')) : [body];
}

function withHeadline(article: Element, headline: Element | null): Element[] {
  return headline && !article.contains(headline) && !headline.contains(article) ? [headline, article] : [article];
}

/** schema.org types that make a page an article: Article and its kinds (NewsArticle, ReportageNewsArticle, ...). */
const ARTICLE_TYPE = /^(?:https?:\/\/schema\.org\/|schema:)?(?:[A-Za-z]*Article|BlogPosting|LiveBlogPosting|Report)$/;
/** A paragraph this long is prose, not a teaser's line or a caption. */
const LONG_PARAGRAPH = 80;
/** Prose in one `<article>` (or article body) that makes it an article rather than a teaser. */
const ARTICLE_PROSE = 800;
/** Prose in paragraphs side by side, for pages that mark up nothing at all. */
const SIBLING_PROSE = 1500;

function isArticleType(type: unknown): boolean {
  return (Array.isArray(type) ? type : [type]).some((item) => typeof item === 'string' && ARTICLE_TYPE.test(item));
}

/**
 * Whether JSON-LD data declares the page an article: at its top, in `@graph`, or as the `mainEntity` of a page.
 * Lists of articles (a front page's `ItemList`) are not looked into.
 */
export function declaresArticle(value: unknown, depth = 0): boolean {
  if (Array.isArray(value)) return value.some((item) => declaresArticle(item, depth));
  if (!value || typeof value !== 'object' || depth > 3) return false;
  const record = value as Record<string, unknown>;
  if (isArticleType(record['@type'])) return true;
  return declaresArticle(record['@graph'], depth + 1) || declaresArticle(record.mainEntity, depth + 1);
}

/**
 * Whether the page's paragraphs read as an article: enough prose in long paragraphs inside one `<article>`, or
 * side by side under one parent. Teasers of a front page or results of a search page each stand in their own box.
 */
/** The page's paragraphs of prose (see `LONG_PARAGRAPH`), each with the length of its text. */
function* proseParagraphs(doc: Document): Generator<{ paragraph: HTMLParagraphElement; length: number }> {
  for (const paragraph of doc.getElementsByTagName('p')) {
    const length = paragraph.textContent?.trim().length ?? 0;
    if (length >= LONG_PARAGRAPH) yield { paragraph, length };
  }
}

function hasArticleProse(doc: Document): boolean {
  const byArticle = new Map<Element, number>();
  const byParent = new Map<Element, number>();
  for (const { paragraph, length } of proseParagraphs(doc)) {
    const parent = paragraph.parentElement;
    if (!parent) continue;
    const inParent = (byParent.get(parent) ?? 0) + length;
    if (inParent >= SIBLING_PROSE) return true;
    byParent.set(parent, inParent);
    const article = paragraph.closest('article, [itemprop="articleBody"]');
    if (!article) continue;
    const inArticle = (byArticle.get(article) ?? 0) + length;
    if (inArticle >= ARTICLE_PROSE) return true;
    byArticle.set(article, inArticle);
  }
  return false;
}

/**
 * Whether the page is an article: JSON-LD declaring an Article or NewsArticle (also in `@graph`), `og:type`
 * article, an `<article>` (or article body) with paragraphs of real length, or, on pages that mark up nothing,
 * long paragraphs side by side. Cheap, because it runs on every page: og:type is looked for in the head, JSON-LD
 * (anywhere in the page) only when og:type does not say, and parsed only when it names an article type, and the
 * paragraphs are gone through only when neither says.
 */
export function isArticlePage(doc: Document): boolean {
  // Most news pages say so in og:type, in their head: the whole page is walked only when it does not.
  const ogType = firstInHead(doc, 'meta[property="og:type"], meta[name="og:type"]')?.getAttribute('content');
  if (ogType?.trim().toLowerCase().startsWith('article')) return true;
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const text = script.textContent ?? '';
    if (!/Article|BlogPosting|Report/.test(text)) continue;
    try {
      if (declaresArticle(JSON.parse(text))) return true;
    } catch {
      // Broken JSON-LD says nothing.
    }
  }
  return hasArticleProse(doc);
}
