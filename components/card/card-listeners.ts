/**
 * The content script's side of the card: listens for the pointer, for touches and for the reader's requests, and
 * loads the card layer, with its hover rules (see `mount-card.ts`), the first time the pointer rests on a term, a
 * finger touches one, or the popup or the keyboard command asks for a card. From then on every event goes to the
 * layer. What arrives while it loads is kept and handed over once it is there: the pointer's last place, touches,
 * requests. A page where the reader never points at a term never compiles the card's code.
 */
import type { PageMention } from '../../lib/page/annotator';
import type { Session } from '../../lib/session';
import type { CardLayer } from './card-layer';
import type { CardInput, PointerInput } from './mount-card';

type Kept =
  { kind: 'down' | 'up'; event: PointerInput } | { kind: 'show-term'; mention: PageMention } | { kind: 'navigate' };

/** A copy of what the card reads of a pointer event, kept past the event's dispatch. */
function copy(event: PointerInput): PointerInput {
  return { pointerType: event.pointerType, clientX: event.clientX, clientY: event.clientY, target: event.target };
}

export function listenForCards(
  doc: Document,
  session: Session,
  signal: AbortSignal,
  loadLayer: () => Promise<CardLayer>,
): void {
  const view = doc.defaultView!;
  let input: CardInput | null = null;
  let loading = false;
  let kept: Kept[] = [];
  /** The pointer's last place while no layer is there, looked at once per frame. */
  let move: PointerInput | null = null;
  let frame = 0;

  const handOver = (item: Kept, to: CardInput): void => {
    if (item.kind === 'down') to.pointerDown(item.event);
    else if (item.kind === 'up') to.pointerUp(item.event);
    else if (item.kind === 'show-term') to.showTerm(item.mention);
    else to.navigate();
  };
  const load = (): void => {
    if (loading || signal.aborted) return;
    loading = true;
    loadLayer().then(
      (layer) => {
        if (signal.aborted) return;
        const mounted = layer.mount(doc, session, signal);
        input = mounted;
        if (move) mounted.pointerMove(move);
        move = null;
        const items = kept;
        kept = [];
        for (const item of items) handOver(item, mounted);
      },
      () => {
        // Tried again at the next need; what was kept is let go.
        loading = false;
        kept = [];
      },
    );
  };
  // The browser's own hit test of the marks is enough to know the card is wanted; which mention is under the pointer
  // is the card layer's question (see `hit-test.ts`). A browser without that test loads the layer to ask it.
  const onMark = (x: number, y: number): boolean => session.annotator.paintedAt(x, y) ?? true;
  const looked = (): void => {
    frame = 0;
    if (move && !loading && onMark(move.clientX, move.clientY)) load();
  };

  const listen = { capture: true, passive: true, signal };
  doc.addEventListener(
    'pointermove',
    (event) => {
      if (input) return input.pointerMove(event);
      if (event.pointerType === 'touch') return;
      move = copy(event);
      if (!frame && !loading) frame = view.requestAnimationFrame(looked);
    },
    listen,
  );
  doc.addEventListener(
    'pointerdown',
    (event) => {
      if (input) return input.pointerDown(event);
      if (event.pointerType !== 'touch') return;
      if (loading || onMark(event.clientX, event.clientY)) {
        kept.push({ kind: 'down', event: copy(event) });
        load();
      }
    },
    listen,
  );
  doc.addEventListener(
    'pointerup',
    (event) => {
      if (input) return input.pointerUp(event);
      if (event.pointerType === 'touch' && loading) kept.push({ kind: 'up', event: copy(event) });
    },
    listen,
  );
  session.onShowTerm((mention) => {
    if (input) return input.showTerm(mention);
    kept.push({ kind: 'show-term', mention });
    load();
  });
  session.onNavigate(() => {
    if (input) return input.navigate();
    kept.push({ kind: 'navigate' });
    load();
  });
  signal.addEventListener('abort', () => frame && view.cancelAnimationFrame(frame), { once: true });
}
