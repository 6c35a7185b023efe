/**
 * Shows the card for the mention under the pointer. Hover rules (WCAG 1.4.13): the card opens after a short
 * dwell, the pointer may move into it without it closing, it closes a moment after the pointer leaves both, and
 * Escape closes it at once. Pointer moves are read at most once per frame, and all listeners end with the signal.
 */
import { render } from 'preact';
import { buildCardView } from '../../lib/kb/view';
import type { PageMention } from '../../lib/page/annotator';
import { createCardHost, type CardHost } from '../../lib/page/card-host';
import { pageTheme } from '../../lib/page/theme';
import type { Session } from '../../lib/session';
import { Card } from './Card';
import { CARD_CSS } from './card-css';

const OPEN_DELAY = 250;
const CLOSE_DELAY = 300;
const GAP = 6;

/** Below the mention when it fits, else on the side with more room; never taller than that room. */
function placement(mention: PageMention, view: Window): Record<string, string> {
  const rects = mention.range.getClientRects();
  const rect = rects[0] ?? mention.range.getBoundingClientRect();
  const width = Math.min(352, view.innerWidth - 16);
  const left = Math.max(8, Math.min(rect.left, view.innerWidth - width - 8));
  const below = view.innerHeight - rect.bottom - GAP - 8;
  const above = rect.top - GAP - 8;
  if (below >= 300 || below >= above) {
    return { left: `${left}px`, top: `${rect.bottom + GAP}px`, '--max-h': `${Math.max(below, 120)}px` };
  }
  return { left: `${left}px`, bottom: `${view.innerHeight - rect.top + GAP}px`, '--max-h': `${above}px` };
}

export function mountCard(doc: Document, session: Session, signal: AbortSignal): void {
  const view = doc.defaultView!;
  let host: CardHost | null = null;
  let shown: PageMention | null = null;
  let pending: PageMention | null = null;
  let openTimer = 0;
  let closeTimer = 0;
  let frame = 0;
  let lastPoint: { x: number; y: number; onCard: boolean } | null = null;

  const hide = (): void => {
    view.clearTimeout(closeTimer);
    shown = null;
    if (host) render(null, host.container);
  };

  const show = (mention: PageMention): void => {
    const entry = session.entry(mention.entryId);
    if (!entry) return;
    host ??= createCardHost(doc, CARD_CSS);
    session.setOwnElement(host.host);
    shown = mention;
    const cardView = buildCardView(entry, {
      lang: session.lang,
      articleDate: session.articleDate,
      asOf: session.asOf,
    });
    render(
      <div class="layer" data-theme={pageTheme(doc)} style={placement(mention, view)}>
        <Card
          view={cardView}
          lang={session.lang}
          articleDate={session.articleDate}
          asOf={session.asOf}
          onClose={hide}
        />
      </div>,
      host.container,
    );
  };

  const handlePoint = (): void => {
    frame = 0;
    if (!lastPoint) return;
    const { x, y, onCard } = lastPoint;
    if (onCard && shown) {
      view.clearTimeout(closeTimer);
      return;
    }
    const mention = session.annotator.mentionAt(x, y);
    if (mention && mention === shown) {
      view.clearTimeout(closeTimer);
      return;
    }
    if (mention !== pending) {
      view.clearTimeout(openTimer);
      pending = mention;
      if (mention) openTimer = view.setTimeout(() => show(mention), OPEN_DELAY);
    }
    if (shown) {
      view.clearTimeout(closeTimer);
      closeTimer = view.setTimeout(hide, CLOSE_DELAY);
    }
  };

  const options = { capture: true, passive: true, signal };
  doc.addEventListener(
    'pointermove',
    (event) => {
      lastPoint = { x: event.clientX, y: event.clientY, onCard: host !== null && event.target === host.host };
      if (!frame) frame = view.requestAnimationFrame(handlePoint);
    },
    options,
  );
  doc.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Escape' && shown) hide();
    },
    { capture: true, signal },
  );
  view.addEventListener('scroll', () => shown && hide(), options);
  session.onChange(() => {
    pending = null;
    hide();
  });
  signal.addEventListener(
    'abort',
    () => {
      view.clearTimeout(openTimer);
      view.clearTimeout(closeTimer);
      if (frame) view.cancelAnimationFrame(frame);
      if (host) {
        render(null, host.container);
        host.remove();
      }
    },
    { once: true },
  );
}
