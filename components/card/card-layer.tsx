/**
 * What draws the card and handles the reader's pointer, touch and keys around it: Preact, the card's markup and
 * styles, its placement, the article's date it is read against, the hover rules (`mount-card.ts`) and keyboard
 * navigation of the terms. Loaded from its own file the first time the pointer rests on a term or the reader asks
 * for a card (see `entrypoints/card.ts` and `card-listeners.ts`), so that a page where neither happens never
 * compiles any of it.
 */
import { render } from 'preact';
import { t } from '../../lib/i18n';
import type { Entry, Lang } from '../../lib/kb/schema';
import { buildCardView } from '../../lib/kb/view';
import type { PageMention } from '../../lib/page/annotator';
import { publishedDate, today } from '../../lib/page/article';
import { createCardHost, type CardHost } from '../../lib/page/card-host';
import { pageTheme } from '../../lib/page/theme';
import type { Session } from '../../lib/session';
import { Card } from './Card';
import { CARD_CSS } from './card-css';
import { mountCard, type CardInput } from './mount-card';
import { pageDirection, pageFontSize, placeCard } from './place';
import { TermNavigation, type NavigationHost } from './term-navigation';

/** What the live region says: where term navigation is, or nothing. */
export type Announcement =
  | { kind: 'term'; text: string; index: number; total: number }
  | { kind: 'none' }
  | { kind: 'help' }
  | null;

/** What the card shows of the page and the knowledge base (the article's date it reads from the page itself). */
export interface CardFacts {
  lang: Lang;
  asOf: string;
  entry(id: string): Entry | undefined;
}

export interface CardState {
  mention: PageMention | null;
  pinned: boolean;
  announcement: Announcement;
}

export interface CardActions {
  close(): void;
  togglePin(): void;
  notThis(): void;
  hideTerm(): void;
}

export interface CardLayer {
  /** The card's host in the page (see `createCardHost`), with the card's styles. */
  createHost(doc: Document): CardHost;
  /** Draws the card (or only the live region, for no mention) into the host, and places it by the mention. */
  paint(host: CardHost, doc: Document, facts: CardFacts, state: CardState, actions: CardActions, focus: boolean): void;
  /** Empties the host, ending the card's components. */
  clear(host: CardHost): void;
  /** Keyboard navigation of the marked terms (see `TermNavigation`). */
  navigation(doc: Document, host: NavigationHost, signal: AbortSignal): TermNavigation;
  /** Starts showing cards on the page (see `mountCard`), until the signal aborts. */
  mount(doc: Document, session: Session, signal: AbortSignal): CardInput;
}

function announcementText(lang: Lang, announcement: Announcement): string {
  if (!announcement) return '';
  switch (announcement.kind) {
    case 'term':
      return t(lang, 'navTerm', announcement.index, announcement.total, announcement.text);
    case 'none':
      return t(lang, 'navNone');
    case 'help':
      return t(lang, 'navHelp');
  }
}

/** The day each page's article was published, read when its first card opens (today when the page does not say). */
const articleDays = new WeakMap<Document, string>();

function articleDate(doc: Document): string {
  let day = articleDays.get(doc);
  if (day === undefined) {
    day = publishedDate(doc) ?? today();
    articleDays.set(doc, day);
  }
  return day;
}

export function cardLayer(): CardLayer {
  const layer: CardLayer = {
    createHost: (doc) => createCardHost(doc, CARD_CSS),
    paint(host, doc, facts, { mention, pinned, announcement }, actions, focus) {
      const entry = mention ? facts.entry(mention.entryId) : undefined;
      const { lang } = facts;
      const day = mention && entry ? articleDate(doc) : '';
      render(
        <>
          <div class="sr-only" aria-live="polite" role="status">
            {announcementText(lang, announcement)}
          </div>
          {mention && entry && (
            <div
              class="layer"
              data-theme={pageTheme(doc)}
              dir={pageDirection(mention.range)}
              style={{ '--page-font': pageFontSize(mention.range) }}
              tabIndex={-1}
            >
              <Card
                view={buildCardView(entry, {
                  lang,
                  articleDate: day,
                  asOf: facts.asOf,
                  mention,
                  lookup: facts.entry,
                })}
                lang={lang}
                articleDate={day}
                asOf={facts.asOf}
                pinned={pinned}
                onClose={actions.close}
                onTogglePin={actions.togglePin}
                onNotThis={actions.notThis}
                onHideTerm={actions.hideTerm}
              />
            </div>
          )}
        </>,
        host.container,
      );
      const layer = host.container.querySelector<HTMLElement>('.layer');
      if (mention && layer) {
        void placeCard(mention.range, layer);
        if (focus) layer.focus();
      }
    },
    clear: (host) => render(null, host.container),
    navigation: (doc, host, signal) => new TermNavigation(doc, host, signal),
    mount: (doc, session, signal) => mountCard(doc, session, signal, layer),
  };
  return layer;
}
