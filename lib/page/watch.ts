/**
 * Notices text added to or changed on the page later (infinite scroll, single-page apps, live blogs). The observer
 * only queues the nodes; the caller's work runs when the page is idle, at most once per `minInterval` ms, with
 * every node queued since.
 */

export interface WatchOptions {
  signal: AbortSignal;
  /** Changes inside this element (the extension's own) are ignored. */
  ignore?: () => Element | null;
  minInterval?: number;
}

export interface PageChanges {
  /** Added elements and text nodes, and text nodes whose text changed. */
  nodes: Set<Node>;
  /** Whether anything was removed. */
  removed: boolean;
}

function whenIdle(callback: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(callback, { timeout: 500 });
  else setTimeout(callback, 30);
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

export function watchText(doc: Document, onChange: (changes: PageChanges) => void, options: WatchOptions): void {
  const { signal, minInterval = 250 } = options;
  let queue: PageChanges = { nodes: new Set(), removed: false };
  let scheduled = false;
  let last = 0;

  const run = (): void => {
    if (signal.aborted) return;
    const wait = last + minInterval - Date.now();
    if (wait > 0) {
      setTimeout(() => whenIdle(run), wait);
      return;
    }
    scheduled = false;
    last = Date.now();
    const changes = queue;
    queue = { nodes: new Set(), removed: false };
    onChange(changes);
  };

  const observer = new MutationObserver((records) => {
    const ignored = options.ignore?.() ?? null;
    let queued = false;
    for (const record of records) {
      if (ignored && (record.target === ignored || ignored.contains(record.target))) continue;
      if (record.type === 'characterData') {
        queue.nodes.add(record.target);
        queued = true;
        continue;
      }
      for (const node of record.addedNodes) {
        if (node === ignored) continue;
        if (node.nodeType === TEXT_NODE || node.nodeType === ELEMENT_NODE) {
          queue.nodes.add(node);
          queued = true;
        }
      }
      if (record.removedNodes.length > 0) {
        queue.removed = true;
        queued = true;
      }
    }
    if (queued && !scheduled) {
      scheduled = true;
      whenIdle(run);
    }
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}
