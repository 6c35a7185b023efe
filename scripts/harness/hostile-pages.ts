/**
 * Pages that make life hard for an extension, for the end-to-end tests: a page that replaces DOM methods in its
 * own world, one with a million text nodes, one that never stops changing, one that styles everything away and
 * covers itself with overlays, editors, frames and shadow roots. Each is a news article (so Duiding looks at it)
 * unless told otherwise.
 */

export interface NewsPageOptions {
  lang?: string;
  /** Extra markup at the end of `<head>` (styles). */
  head?: string;
  /** The article's inner markup. */
  body: string;
  /** Markup after the article (overlays, frames). */
  after?: string;
  /** A script run at the end of `<body>`, in the page's own world. */
  script?: string;
  /** Marked up as an article (og:type and `<article>`); false gives a plain page Duiding leaves alone. */
  article?: boolean;
}

export function newsPage({
  lang = 'en',
  head = '',
  body,
  after = '',
  script = '',
  article = true,
}: NewsPageOptions): string {
  const meta = article ? '<meta property="og:type" content="article">' : '';
  const wrapper = article ? 'article' : 'div';
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Hostile page</title>${meta}${head}</head>
<body><${wrapper} id="story">${body}</${wrapper}>${after}${script ? `<script>${script}</script>` : ''}</body></html>`;
}

/** A paragraph of ordinary news prose naming NATO, Jens Stoltenberg, Ukraine and Germany. */
export const PROSE =
  '<p id="lead">NATO foreign ministers met in Brussels on Thursday, where Jens Stoltenberg asked allies for more air ' +
  'defence for Ukraine. Germany said it would send another Patriot system as soon as possible.</p>' +
  '<p>The talks went on late into the evening, and diplomats said more help would follow in the coming weeks.</p>';

/** The names marked in `PROSE` (the Patriot is ambiguous and settled by the context). */
export const PROSE_NAMES = ['Brussels', 'Germany', 'Jens Stoltenberg', 'NATO', 'Patriot', 'Ukraine'];

/**
 * Replaces, in the page's own world, the DOM methods and globals a content script might use with traps that
 * record the call and throw. The originals a test needs are kept on `window.__real`. Calls land in
 * `window.__trapCalls`.
 */
export const TRAP_SCRIPT = `
(() => {
  window.__trapCalls = [];
  window.__real = { highlights: CSS.highlights };
  const trap = (name) => function () { window.__trapCalls.push(name); throw new Error('trapped ' + name); };
  for (const name of ['appendChild', 'insertBefore', 'removeChild', 'replaceChild', 'contains', 'compareDocumentPosition']) {
    Node.prototype[name] = trap('Node.' + name);
  }
  for (const name of ['textContent', 'nodeValue', 'firstChild', 'nextSibling', 'parentNode', 'parentElement']) {
    Object.defineProperty(Node.prototype, name, { get: trap('Node.' + name), configurable: true });
  }
  Object.defineProperty(CharacterData.prototype, 'data', { get: trap('CharacterData.data'), configurable: true });
  for (const name of ['append', 'prepend', 'attachShadow', 'getAttribute', 'hasAttribute', 'closest', 'getClientRects', 'getBoundingClientRect']) {
    Element.prototype[name] = trap('Element.' + name);
  }
  for (const name of ['createRange', 'createElement', 'createTreeWalker', 'querySelector', 'querySelectorAll', 'caretPositionFromPoint', 'caretRangeFromPoint', 'elementFromPoint']) {
    Document.prototype[name] = trap('Document.' + name);
  }
  window.Range = trap('Range');
  window.Highlight = trap('Highlight');
  window.MutationObserver = trap('MutationObserver');
  window.CSS = { highlights: { set: trap('CSS.highlights.set'), get: trap('CSS.highlights.get'), delete: trap('CSS.highlights.delete') } };
  window.requestIdleCallback = trap('requestIdleCallback');
  window.setTimeout = trap('setTimeout');
  window.getComputedStyle = trap('getComputedStyle');
  JSON.parse = trap('JSON.parse');
})();`;

/**
 * A page of `paragraphs` x `perParagraph` separate text nodes side by side, built by the page's own script before
 * it loads. Not an article (no article markup, and `<div>`s rather than paragraphs), so that it is only annotated
 * when asked: the test times that moment. Every block names NATO once.
 */
export function manyTextNodesPage(paragraphs: number, perParagraph: number): string {
  const script = `
    const story = document.getElementById('story');
    const words = ['the ', 'allies ', 'met ', 'again ', 'and ', 'talked ', 'about ', 'defence ', 'budgets ', 'today '];
    for (let p = 0; p < ${paragraphs}; p++) {
      const block = document.createElement('div');
      block.appendChild(document.createTextNode('NATO '));
      for (let i = 1; i < ${perParagraph}; i++) block.appendChild(document.createTextNode(words[i % words.length]));
      story.appendChild(block);
    }
    window.__textNodes = story.firstChild.childNodes.length * ${paragraphs};`;
  return newsPage({ body: '', script, article: false });
}

/**
 * A page that changes without end: a counter inside the article rewritten on every turn (setTimeout 0), a class
 * toggled on every frame, and two elements whose MutationObservers answer each other. `window.__stopChurn()`
 * stops it all; `window.__churn` counts the changes.
 */
export const CHURN_SCRIPT = `
(() => {
  let running = true;
  window.__churn = 0;
  const counter = document.getElementById('counter');
  const tick = () => { if (!running) return; counter.textContent = String(++window.__churn); setTimeout(tick, 0); };
  tick();
  const frame = () => { if (!running) return; document.getElementById('story').classList.toggle('odd'); requestAnimationFrame(frame); };
  requestAnimationFrame(frame);
  // Each observer answers the other's change; a burst of 50 answers per turn keeps the page itself alive.
  const ping = document.getElementById('ping');
  const pong = document.getElementById('pong');
  let burst = 0;
  new MutationObserver(() => { if (running && burst-- > 0) pong.textContent = 'pong ' + burst; }).observe(ping, { childList: true, characterData: true, subtree: true });
  new MutationObserver(() => { if (running && burst-- > 0) ping.textContent = 'ping ' + burst; }).observe(pong, { childList: true, characterData: true, subtree: true });
  const serve = () => { if (!running) return; burst = 50; ping.textContent = 'ping'; setTimeout(serve, 0); };
  serve();
  window.__stopChurn = () => { running = false; };
})();`;

/** Styles that undo every style, the card's host included, and an overlay at the highest z-index over the page. */
export const UNSET_STYLE = `<style>
  * { all: unset !important; }
  html, body, article, p, div { display: block !important; }
  #overlay { position: fixed !important; inset: 0 !important; z-index: 2147483647 !important; background: rgba(200, 0, 0, 0.2) !important; pointer-events: none !important; }
  #banner { position: fixed !important; left: 0 !important; right: 0 !important; bottom: 0 !important; height: 70vh !important; z-index: 2147483647 !important; background: #fff !important; }
</style>`;

/**
 * Keeps an overlay and a banner at the top z-index and at the end of the document, as pushy pages do: they are
 * moved to the end again whenever something is added after them.
 */
export const OVERLAY_SCRIPT = `
(() => {
  const overlay = document.createElement('div');
  overlay.id = 'overlay';
  const banner = document.createElement('div');
  banner.id = 'banner';
  banner.textContent = 'Subscribe now';
  const last = () => document.documentElement.append(overlay, banner);
  last();
  new MutationObserver(() => { if (document.documentElement.lastElementChild !== banner) last(); })
    .observe(document.documentElement, { childList: true });
})();`;

/** A page with its own open and closed shadow roots holding names; the closed root is kept on `window.__closed`. */
export const SHADOW_SCRIPT = `
(() => {
  const open = document.getElementById('open-host').attachShadow({ mode: 'open' });
  open.innerHTML = '<p>NATO in an open shadow root, Germany too.</p>';
  const closed = document.getElementById('closed-host').attachShadow({ mode: 'closed' });
  closed.innerHTML = '<p>Ukraine in a closed shadow root.</p><slot></slot>';
  window.__closed = closed;
  window.__shadowMarkup = () => open.innerHTML + '|' + closed.innerHTML;
})();`;
