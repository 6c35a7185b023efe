/**
 * Shows the card for a marked term. Hover rules (WCAG 1.4.13): the card opens after the pointer rests on a term
 * for the dwell time (not while it moves fast or the page scrolls), the pointer may move into the card, the card
 * closes a moment after the pointer leaves both, and Escape closes it at once; a pinned card stays until closed.
 * Touch: a tap on a term opens its card, inside a link a long press does. Keyboard: the extension's command starts
 * term navigation. Pointer moves are read at most once per frame, and every listener ends with the signal.
 *
 * The card is drawn by a layer loaded on first need (`loadLayer`): from the moment the pointer rests on a term, so
 * it is there by the time the dwell is over.
 */
import type { PageMention } from '../../lib/page/annotator';
import type { CardHost } from '../../lib/page/card-host';
import type { Session } from '../../lib/session';
import type { Announcement, CardLayer } from './card-layer';
import type { NavigationHost, TermNavigation } from './term-navigation';

const CLOSE_DELAY = 300;
/** Faster than this (px per ms) the pointer is travelling, not reading: no card. */
const FAST = 1.2;
const LONG_PRESS = 550;
const QUIET_AFTER_SCROLL = 200;

export function mountCard(
  doc: Document,
  session: Session,
  signal: AbortSignal,
  loadLayer: () => Promise<CardLayer>,
): void {
  const view = doc.defaultView!;
  let layer: CardLayer | null = null;
  let loading: Promise<CardLayer> | null = null;
  /** The card layer, loaded once; a failed load is tried again on the next need. */
  const cardLayer = (): Promise<CardLayer> =>
    (loading ??= loadLayer().then(
      (loaded) => (layer = loaded),
      (error: unknown) => {
        loading = null;
        throw error;
      },
    ));
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

  /** Draws the card shown (or none) with what the live region says; waits for the layer when it is not loaded yet. */
  const paint = (focus = false): void => {
    if (!layer) {
      cardLayer().then(
        () => paint(focus),
        () => undefined,
      );
      return;
    }
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
    void cardLayer().catch(() => undefined);
  };

  let wanted: PageMention | null = null;
  const show = (mention: PageMention, options: { pin?: boolean; focus?: boolean } = {}): void => {
    wanted = mention;
    void Promise.all([session.fetchEntries(needed(mention)), cardLayer()]).then(
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
    const mention = session.annotator.mentionAt(x, y);
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

  const listen = { capture: true, passive: true, signal };
  doc.addEventListener(
    'pointermove',
    (event) => {
      if (event.pointerType === 'touch') return;
      const now = performance.now();
      const speed = last ? Math.hypot(event.clientX - last.x, event.clientY - last.y) / Math.max(1, now - last.time) : 0;
      last = { x: event.clientX, y: event.clientY, time: now, onCard: host !== null && event.target === host.host, speed };
      if (!frame) frame = view.requestAnimationFrame(handlePoint);
    },
    listen,
  );

  // Touch: tap opens; in a link, a long press opens and the click that follows is not a navigation.
  let press: { x: number; y: number; time: number; timer: number; inLink: boolean } | null = null;
  let swallowClick = false;
  doc.addEventListener(
    'pointerdown',
    (event) => {
      if (event.pointerType !== 'touch') return;
      const mention = session.annotator.mentionAt(event.clientX, event.clientY);
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
    },
    listen,
  );
  doc.addEventListener(
    'pointerup',
    (event) => {
      if (event.pointerType !== 'touch' || !press) return;
      view.clearTimeout(press.timer);
      const still = Math.hypot(event.clientX - press.x, event.clientY - press.y) < 10;
      if (still && !press.inLink && Date.now() - press.time < LONG_PRESS) {
        const mention = session.annotator.mentionAt(event.clientX, event.clientY);
        if (mention) show(mention, { pin: true });
      }
      press = null;
    },
    listen,
  );
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
  /** Keyboard navigation of the terms, made with the card layer when the reader first asks for it. */
  let navigation: TermNavigation | null = null;
  session.onShowTerm((mention) => {
    mention.range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    show(mention, { pin: true });
  });
  session.onNavigate(() => {
    cardLayer().then(
      (loaded) => {
        announcement = { kind: 'help' };
        navigation ??= loaded.navigation(doc, navigationHost, signal);
        navigation.enter();
      },
      () => undefined,
    );
  });

  doc.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Escape' && shown && !navigation?.active) hide();
    },
    { capture: true, signal },
  );
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
        layer?.clear(host);
        host.remove();
      }
    },
    { once: true },
  );
}
