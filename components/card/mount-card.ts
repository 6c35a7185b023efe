/**
 * Shows the card for a marked term. Hover rules (WCAG 1.4.13): the card opens after the pointer rests on a term
 * for the dwell time (not while it moves fast or the page scrolls), the pointer may move into the card, the card
 * closes a moment after the pointer leaves both, and Escape closes it at once; a pinned card stays until closed.
 * Touch: a tap on a term opens its card, inside a link a long press does. Keyboard: the extension's command starts
 * term navigation. Pointer moves are read at most once per frame, and every listener ends with the signal.
 *
 * Part of the card layer (see `card-layer.tsx`), loaded with it the first time the pointer rests on a term or the
 * reader asks for a card: the content script listens for that (see `card-listeners.ts`) and hands every pointer
 * event and request on to the `CardInput` this returns.
 */
import type { PageMention } from '../../lib/page/annotator';
import type { CardHost } from '../../lib/page/card-host';
import { HitTester } from '../../lib/page/hit-test';
import type { Session } from '../../lib/session';
import type { Announcement, CardLayer } from './card-layer';
import type { NavigationHost, TermNavigation } from './term-navigation';

/** What the card needs of a pointer event: a `PointerEvent`, or a copy of one kept while the layer loaded. */
export interface PointerInput {
  pointerType: string;
  clientX: number;
  clientY: number;
  target: EventTarget | null;
}

/** Where the content script's listeners hand over to the card. */
export interface CardInput {
  pointerMove(event: PointerInput): void;
  pointerDown(event: PointerInput): void;
  pointerUp(event: PointerInput): void;
  /** The popup asked for a term: its first mention, scrolled to, with its card pinned. */
  showTerm(mention: PageMention): void;
  /** The reader's command: keyboard navigation of the terms. */
  navigate(): void;
}

const CLOSE_DELAY = 300;
/** Faster than this (px per ms) the pointer is travelling, not reading: no card. */
const FAST = 1.2;
const LONG_PRESS = 550;
const QUIET_AFTER_SCROLL = 200;

export function mountCard(doc: Document, session: Session, signal: AbortSignal, layer: CardLayer): CardInput {
  const view = doc.defaultView!;
  const hits = new HitTester(doc, session.annotator);
  let host: CardHost | null = null;
  let shown: PageMention | null = null;
  let pinned = false;
  let pending: PageMention | null = null;
  let openTimer = 0;
  let closeTimer = 0;
  let frame = 0;
  let quietUntil = 0;
  let announcement: Announcement = null;
  let last: { x: number; y: number; time: number; onCard: boolean; speed: number } | null = null;

  /** Draws the card shown (or none) with what the live region says. */
  const paint = (focus = false): void => {
    if (!host) {
      host = layer.createHost(doc);
      session.setOwnElement(host.host);
    }
    layer.paint(host, doc, session, { mention: shown, pinned, announcement }, actions, focus);
  };

  const actions = {
    close: () => hide(),
    togglePin: () => {
      pinned = !pinned;
      paint();
    },
    notThis: () => {
      const current = shown;
      hide();
      if (current) session.dismiss(current);
    },
    hideTerm: () => {
      const current = shown;
      hide();
      if (current) void session.hideEntry(current.entryId);
    },
  };

  /** Closes the card, and drops a card about to open unless `keepPending` (for another term than the one shown). */
  function hide(keepPending = false): void {
    if (!keepPending || wanted === shown) wanted = null;
    view.clearTimeout(closeTimer);
    if (!keepPending) {
      view.clearTimeout(openTimer);
      pending = null;
    }
    shown = null;
    pinned = false;
    if (host) paint();
  }

  /** The entries a mention's card shows: its own, and the one that settled an ambiguous name. */
  const needed = (mention: PageMention): string[] =>
    mention.settledBy && mention.settledBy.kind !== 'context' ? [mention.entryId, mention.settledBy.value] : [mention.entryId];
  const prefetch = (mention: PageMention): void => {
    void session.fetchEntries(needed(mention)).catch(() => undefined);
  };

  let wanted: PageMention | null = null;
  const show = (mention: PageMention, options: { pin?: boolean; focus?: boolean } = {}): void => {
    wanted = mention;
    void session.fetchEntries(needed(mention)).then(
      () => {
        // Still the card asked for, and the entry known.
        if (wanted !== mention || !session.entry(mention.entryId)) return;
        view.clearTimeout(closeTimer);
        const opening = shown === null;
        shown = mention;
        pinned = options.pin ?? pinned;
        paint(options.focus);
        // On top of whatever the page opened since, and back in the page if the page took it out.
        if (opening || !host?.host.isConnected) host?.raise();
      },
      () => undefined,
    );
  };

  const scheduleClose = (): void => {
    if (!shown || pinned) return;
    view.clearTimeout(closeTimer);
    // The pointer may already rest on another term by then: its card is still to open.
    closeTimer = view.setTimeout(() => hide(true), CLOSE_DELAY);
  };

  const handlePoint = (): void => {
    frame = 0;
    if (!last) return;
    const { x, y, onCard, speed } = last;
    if (onCard) {
      view.clearTimeout(closeTimer);
      return;
    }
    const wait = quietUntil - Date.now();
    if (wait > 0) {
      // The page is scrolling under a resting pointer: look again once it has stopped.
      view.clearTimeout(openTimer);
      pending = null;
      openTimer = view.setTimeout(() => {
        if (!frame) frame = view.requestAnimationFrame(handlePoint);
      }, wait);
      return;
    }
    const mention = hits.mentionAt(x, y);
    if (mention && mention === shown) {
      view.clearTimeout(closeTimer);
      return;
    }
    // The dwell starts again while the pointer is travelling fast, so a card opens only where it rests.
    if (mention !== pending || (mention && speed > FAST)) {
      view.clearTimeout(openTimer);
      pending = mention;
      if (mention) {
        prefetch(mention);
        openTimer = view.setTimeout(() => show(mention), session.settings.dwellMs);
      }
    }
    if (!mention) scheduleClose();
  };

  const pointerMove = (event: PointerInput): void => {
    if (event.pointerType === 'touch') return;
    const now = performance.now();
    const speed = last ? Math.hypot(event.clientX - last.x, event.clientY - last.y) / Math.max(1, now - last.time) : 0;
    last = { x: event.clientX, y: event.clientY, time: now, onCard: host !== null && event.target === host.host, speed };
    if (!frame) frame = view.requestAnimationFrame(handlePoint);
  };

  // Touch: tap opens; in a link, a long press opens and the click that follows is not a navigation.
  let press: { x: number; y: number; time: number; timer: number; inLink: boolean } | null = null;
  let swallowClick = false;
  const pointerDown = (event: PointerInput): void => {
    if (event.pointerType !== 'touch') return;
    const mention = hits.mentionAt(event.clientX, event.clientY);
    if (!mention) {
      if (host && event.target !== host.host) hide();
      return;
    }
    const inLink = mention.range.startContainer.parentElement?.closest('a[href]') != null;
    press = {
      x: event.clientX,
      y: event.clientY,
      time: Date.now(),
      inLink,
      timer: inLink
        ? view.setTimeout(() => {
            swallowClick = true;
            show(mention, { pin: true });
          }, LONG_PRESS)
        : 0,
    };
  };
  const pointerUp = (event: PointerInput): void => {
    if (event.pointerType !== 'touch' || !press) return;
    view.clearTimeout(press.timer);
    const still = Math.hypot(event.clientX - press.x, event.clientY - press.y) < 10;
    if (still && !press.inLink && Date.now() - press.time < LONG_PRESS) {
      const mention = hits.mentionAt(event.clientX, event.clientY);
      if (mention) show(mention, { pin: true });
    }
    press = null;
  };
  doc.addEventListener(
    'click',
    (event) => {
      if (!swallowClick) return;
      swallowClick = false;
      event.preventDefault();
      event.stopPropagation();
    },
    { capture: true, signal },
  );

  const navigationHost: NavigationHost = {
    mentions: () => session.annotator.paintedMentions(),
    open: (mention) => show(mention, { pin: true, focus: true }),
    cardOpen: () => shown !== null,
    closeCard: () => hide(),
    announce: (text, index, total) => {
      announcement = { kind: 'term', text, index, total };
      paint();
    },
    announceNone: () => {
      announcement = { kind: 'none' };
      paint();
    },
    left: () => {
      announcement = null;
      hide();
    },
  };
  /** Keyboard navigation of the terms, made when the reader first asks for it. */
  let navigation: TermNavigation | null = null;
  const showTerm = (mention: PageMention): void => {
    mention.range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    show(mention, { pin: true });
  };
  const navigate = (): void => {
    announcement = { kind: 'help' };
    navigation ??= layer.navigation(doc, navigationHost, signal);
    navigation.enter();
  };

  doc.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Escape' && shown && !navigation?.active) hide();
    },
    { capture: true, signal },
  );
  const listen = { capture: true, passive: true, signal };
  view.addEventListener(
    'scroll',
    () => {
      quietUntil = Date.now() + QUIET_AFTER_SCROLL;
      view.clearTimeout(openTimer);
      pending = null;
      if (shown && !pinned) hide();
      else if (shown) paint();
    },
    listen,
  );
  session.onChange(() => {
    if (navigation?.active) navigation.leave();
    hide();
  });
  signal.addEventListener(
    'abort',
    () => {
      view.clearTimeout(openTimer);
      view.clearTimeout(closeTimer);
      if (frame) view.cancelAnimationFrame(frame);
      if (host) {
        layer.clear(host);
        host.remove();
      }
    },
    { once: true },
  );
  return { pointerMove, pointerDown, pointerUp, showTerm, navigate };
}
