/**
 * Keyboard navigation of the marked terms, entered with the extension's command (Alt+Shift+D): arrow keys or j/k
 * move between terms in document order, Enter opens the card, Escape closes the card and then leaves. Keys are
 * only taken while navigation is on, and only these keys.
 */
import { FOCUS_HIGHLIGHT, highlightsSupported } from '../../lib/page/highlights';
import type { PageMention } from '../../lib/page/annotator';

export interface NavigationHost {
  mentions(): PageMention[];
  open(mention: PageMention): void;
  /** Whether a card is open (Escape closes it before leaving navigation). */
  cardOpen(): boolean;
  closeCard(): void;
  announce(text: string, index: number, total: number): void;
  announceNone(): void;
  left(): void;
}

const NEXT = new Set(['ArrowDown', 'ArrowRight', 'j']);
const PREVIOUS = new Set(['ArrowUp', 'ArrowLeft', 'k']);

export class TermNavigation {
  private list: PageMention[] = [];
  private index = -1;
  private stop: AbortController | null = null;

  constructor(
    private readonly doc: Document,
    private readonly host: NavigationHost,
    private readonly signal: AbortSignal,
  ) {}

  get active(): boolean {
    return this.stop !== null;
  }

  enter(): void {
    this.list = this.host.mentions();
    if (this.list.length === 0) {
      this.host.announceNone();
      return;
    }
    if (!this.stop) {
      this.stop = new AbortController();
      const signal = AbortSignal.any([this.stop.signal, this.signal]);
      this.doc.addEventListener('keydown', (event) => this.key(event), { capture: true, signal });
    }
    // Start at the first term in view.
    const first = this.list.findIndex((mention) => (mention.range.getClientRects()[0]?.bottom ?? -1) >= 0);
    this.move(first >= 0 ? first : 0);
  }

  leave(): void {
    this.stop?.abort();
    this.stop = null;
    if (highlightsSupported()) CSS.highlights.delete(FOCUS_HIGHLIGHT);
    this.host.left();
  }

  private move(index: number): void {
    this.index = (index + this.list.length) % this.list.length;
    const mention = this.list[this.index]!;
    if (highlightsSupported()) CSS.highlights.set(FOCUS_HIGHLIGHT, new Highlight(mention.range));
    const rect = mention.range.getClientRects()[0];
    const view = this.doc.defaultView;
    if (rect && view && (rect.top < 0 || rect.bottom > view.innerHeight)) {
      view.scrollBy({ top: rect.top - view.innerHeight / 3, behavior: 'instant' });
    }
    this.host.announce(mention.surface, this.index + 1, this.list.length);
    if (this.host.cardOpen()) this.host.open(mention);
  }

  private key(event: KeyboardEvent): void {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    let handled = true;
    if (NEXT.has(event.key)) this.move(this.index + 1);
    else if (PREVIOUS.has(event.key)) this.move(this.index - 1);
    else if (event.key === 'Enter') this.host.open(this.list[this.index]!);
    else if (event.key === 'Escape') {
      if (this.host.cardOpen()) this.host.closeCard();
      else this.leave();
    } else handled = false;
    if (handled) {
      event.preventDefault();
      event.stopPropagation();
    }
  }
}
