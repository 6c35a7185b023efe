/**
 * Turns the reference article (plain text, first line `date YYYY-MM` as metadata) into a news page like the ones
 * readers see: `lang`, publication date in JSON-LD and meta tags, a headline, paragraphs and subheadings.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const SEED_ARTICLE = fileURLToPath(new URL('../../../shared/seed/navo-oekraine-2024-04.txt', import.meta.url));

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

export interface ArticleText {
  /** The month of the metadata line, e.g. `2024-04`. */
  month: string | null;
  paragraphs: string[];
}

/** Splits the seed text into its metadata and paragraphs. */
export function readArticle(text: string): ArticleText {
  const trimmed = text.trim();
  const meta = /^date\s+(\d{4}-\d{2})\s+/.exec(trimmed);
  const body = meta ? trimmed.slice(meta[0].length) : trimmed;
  return {
    month: meta ? meta[1]! : null,
    paragraphs: body
      .split(/\n\s*\n/)
      .map((p) => p.replace(/\s+/g, ' ').trim())
      .filter(Boolean),
  };
}

/** A short line that does not end a sentence reads as a subheading. */
function isSubheading(paragraph: string): boolean {
  return paragraph.length < 70 && !/[.!"”:]$/.test(paragraph);
}

export interface ArticlePageOptions {
  lang: string;
  /** YYYY-MM-DD */
  published: string;
  headline: string;
  /** The section shown above the headline. */
  section?: string;
}

export function articlePage(text: string, options: ArticlePageOptions): string {
  const { paragraphs } = readArticle(text);
  const jsonLd = JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: options.headline,
    datePublished: `${options.published}T10:00:00+02:00`,
    inLanguage: options.lang,
  });
  const body = paragraphs
    .map((p) => (isSubheading(p) ? `<h2>${escapeHtml(p)}</h2>` : `<p>${escapeHtml(p)}</p>`))
    .join('\n      ');
  return `<!doctype html>
<html lang="${escapeHtml(options.lang)}">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>${escapeHtml(options.headline)}</title>
    <meta property="og:type" content="article">
    <meta property="article:published_time" content="${options.published}T10:00:00+02:00">
    <script type="application/ld+json">${jsonLd.replace(/</g, '\\u003c')}</script>
    <style>
      body { margin: 0; font: 18px/1.6 Georgia, 'Times New Roman', serif; color: #1b1b1b; background: #fbfaf7; }
      header, article { max-width: 42rem; margin: 0 auto; padding: 0 1.25rem; }
      header { padding-top: 2rem; }
      .kicker { font: 600 0.8rem/1 system-ui, sans-serif; letter-spacing: 0.06em; text-transform: uppercase; color: #b0301c; }
      h1 { font-size: 2rem; line-height: 1.2; margin: 0.5rem 0; }
      time { font: 0.85rem system-ui, sans-serif; color: #666; }
      h2 { font-size: 1.25rem; margin-top: 2rem; }
    </style>
  </head>
  <body>
    <header>
      <p class="kicker">${escapeHtml(options.section ?? 'Buitenland')}</p>
      <h1>${escapeHtml(options.headline)}</h1>
      <time datetime="${options.published}">${options.published}</time>
    </header>
    <article>
      ${body}
    </article>
  </body>
</html>
`;
}

/** The reference article as served in the demo and the end-to-end tests: Dutch, published 4 April 2024. */
export function referenceArticlePage(published = '2024-04-04'): string {
  return articlePage(readFileSync(SEED_ARTICLE, 'utf8'), {
    lang: 'nl',
    published,
    headline: 'NAVO-landen zoeken in voorraden naar luchtverdediging voor Oekraïne',
  });
}
