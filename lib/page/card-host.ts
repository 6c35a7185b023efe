/**
 * The one element Duiding adds to a page: a host with a closed shadow root that holds the card. It is added
 * after `<body>` (not inside it, where frameworks keep their own trees) and only when a card is first shown.
 */

export const HOST_TAG = 'duiding-card';

export interface CardHost {
  host: HTMLElement;
  /** Where the card is rendered, inside the closed shadow root. */
  container: HTMLElement;
  remove(): void;
  /** Brings the card back and above everything on the page (the page may have removed it, or opened a dialog since). */
  raise(): void;
}

/** The host's own styles: inline and `!important`, so that no page rule (not even `* { all: unset !important }`) wins. */
const HOST_STYLE = [
  'all: initial',
  'position: fixed',
  'inset: 0 auto auto 0',
  'width: 0',
  'height: 0',
  'margin: 0',
  'padding: 0',
  'border: 0',
  'overflow: visible',
  'background: transparent',
  'z-index: 2147483647',
  'display: block',
]
  .map((rule) => `${rule} !important;`)
  .join(' ');

export function createCardHost(doc: Document, css: string): CardHost {
  const host = doc.createElement(HOST_TAG);
  // The host itself takes no space; its styles beat the page's rules.
  host.setAttribute('style', HOST_STYLE);
  // A manual popover in the top layer is drawn above everything the page has, whatever its z-index or place in
  // the document; the UA's popover styles are overridden by the inline ones above.
  host.setAttribute('popover', 'manual');
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = css;
  const container = doc.createElement('div');
  shadow.append(style, container);
  doc.documentElement.append(host);
  raise(host);
  return { host, container, remove: () => host.remove(), raise: () => raise(host) };
}

/**
 * Puts the host back in the document if the page took it out, and on top of the top layer, where the browser has
 * popovers.
 */
function raise(host: HTMLElement): void {
  const doc = host.ownerDocument;
  if (!host.isConnected && doc.documentElement) doc.documentElement.append(host);
  if (typeof host.showPopover !== 'function' || !host.isConnected) return;
  try {
    if (host.matches(':popover-open')) host.hidePopover();
    host.showPopover();
  } catch {
    // Not shown as a popover (the document is being torn down): the fixed position and z-index still apply.
  }
}
