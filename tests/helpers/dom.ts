/** A parsed HTML document (happy-dom), separate from the test's global document. */
export function htmlDocument(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** A document whose <head> and <body> hold the given markup. */
export function page({ head = '', body = '', lang }: { head?: string; body?: string; lang?: string }): Document {
  const langAttr = lang === undefined ? '' : ` lang="${lang}"`;
  return htmlDocument(`<!doctype html><html${langAttr}><head>${head}</head><body>${body}</body></html>`);
}

/** A JSON-LD script element with the given data (or raw text when a string is given). */
export function jsonLd(data: unknown): string {
  const text = typeof data === 'string' ? data : JSON.stringify(data);
  return `<script type="application/ld+json">${text}</script>`;
}
