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
}

export function createCardHost(doc: Document, css: string): CardHost {
  const host = doc.createElement(HOST_TAG);
  // Inline styles beat the page's rules (even `* { all: unset }`), and the host itself takes no space.
  host.setAttribute(
    'style',
    'all: initial; position: fixed; top: 0; left: 0; width: 0; height: 0; z-index: 2147483647; display: block;',
  );
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = css;
  const container = doc.createElement('div');
  shadow.append(style, container);
  doc.documentElement.append(host);
  return { host, container, remove: () => host.remove() };
}
