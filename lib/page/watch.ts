/**
 * Notices text added to the page later (infinite scroll, single-page apps). The observer only sets a flag; the
 * caller's work runs once, when the page is idle, at most once per `minInterval` milliseconds.
 */

export interface WatchOptions {
  signal: AbortSignal;
  /** Changes inside this element (the extension's own) are ignored. */
  ignore?: () => Element | null;
  minInterval?: number;
}

function whenIdle(callback: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(callback, { timeout: 2000 });
  else setTimeout(callback, 50);
}

function addsText(record: MutationRecord, ignored: Element | null): boolean {
  if (ignored && (record.target === ignored || ignored.contains(record.target))) return false;
  if (record.type === 'characterData') return true;
  for (const node of record.addedNodes) {
    if (node === ignored) continue;
    if (node.nodeType === Node.TEXT_NODE || (node.textContent ?? '').trim().length > 0) return true;
  }
  return record.removedNodes.length > 0;
}

export function watchText(doc: Document, onChange: () => void, options: WatchOptions): void {
  const { signal, minInterval = 1000 } = options;
  let queued = false;
  let last = 0;
  const run = (): void => {
    if (signal.aborted) return;
    const wait = last + minInterval - Date.now();
    if (wait > 0) {
      setTimeout(() => whenIdle(run), wait);
      return;
    }
    queued = false;
    last = Date.now();
    onChange();
  };
  const observer = new MutationObserver((records) => {
    if (queued) return;
    const ignored = options.ignore?.() ?? null;
    if (!records.some((record) => addsText(record, ignored))) return;
    queued = true;
    whenIdle(run);
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}
