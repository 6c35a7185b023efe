/**
 * Duiding on one page: reads settings and the reader's own glossary, annotates the page while the extension is on
 * for the site and the page is an article (or the reader asked for it), follows setting and glossary changes at
 * once, answers the popup and the keyboard command, and removes every mark when the extension is switched off,
 * reloaded or removed.
 */
import { activationOf, type Activation } from './activation';
import type { Category, Entry, Lang } from './kb/schema';
import { chooseLanguage, type Detection } from './lang/detect';
import type { Mention } from './match/find';
import { decodeFound } from './match/wire';
import { answerRequests, askBackground, findBatches, parseTabRequest, servePageInfo, type PageInfo, type PageState } from './messages';
import { Annotator, type PageMention } from './page/annotator';
import { notePiece } from './page/slices';
import { declaredLanguage, isArticlePage, toLang } from './page/article';
import { watchText } from './page/watch';
import type { Settings } from './storage';
import { siteOf } from './storage-watch';

/** How often a page not (yet) an article is looked at again as it changes: single-page apps render late. */
const ARTICLE_RECHECKS = 40;

export interface Session {
  readonly annotator: Annotator;
  /** The language cards are written in. */
  readonly lang: Lang;
  readonly asOf: string;
  readonly settings: Settings;
  /** Adds main-thread time spent starting up around the session (the card's listeners) to its setup time. */
  countSetup(ms: number): void;
  /** An entry already fetched for a card (see `fetchEntries`). */
  entry(id: string): Entry | undefined;
  /** Fetches the entries a card needs (the background holds the full knowledge base). */
  fetchEntries(ids: readonly string[]): Promise<void>;
  /** Calls back whenever the marks change (switched on or off, glossary or settings edited). */
  onChange(callback: () => void): void;
  /** Calls back when the reader asks for keyboard navigation of the terms (the extension's command). */
  onNavigate(callback: () => void): void;
  /** Calls back when the popup asks to show a term: its first mention, with its card. */
  onShowTerm(callback: (mention: PageMention) => void): void;
  /** The element that holds the card, registered so that it is never annotated. */
  setOwnElement(element: Element | null): void;
  /** "Not this one": takes the mention off this page. */
  dismiss(mention: PageMention): void;
  /** "Hide this term": stops marking the entry everywhere (undone on the options page). */
  hideEntry(id: string): Promise<void>;
}

/** The entries of the mentions, in order of first mention, with their counts. */
export function termsOf(mentions: readonly PageMention[]): { id: string; category: string; count: number }[] {
  const terms = new Map<string, { id: string; category: string; count: number }>();
  for (const mention of mentions) {
    const term = terms.get(mention.entryId);
    if (term) term.count++;
    else terms.set(mention.entryId, { id: mention.entryId, category: mention.category, count: 1 });
  }
  return [...terms.values()];
}

export interface StartTimes {
  /** When the content script began to load (`performance.now()`). */
  scriptStart: number;
  /** When its main function began. */
  mainStart: number;
}

export async function startSession(doc: Document, signal: AbortSignal, times?: StartTimes): Promise<Session> {
  const site = siteOf(doc.location?.href ?? '');
  let ownElement: Element | null = null;
  let settings: Settings;
  const fetched = new Map<string, Entry>();
  let setupMs = 0;
  let findMs = 0;
  let waitMs = 0;
  let asOf = '';
  /** The language the page's markup declares, read on first need. */
  let declared: Lang | null | undefined;
  let detected: Lang | null | undefined;
  /** The background's detection of the article's language, from the first text it was sent. */
  let detection: Detection | null | undefined;
  /** The article's language, worked out once from the markup and the background's detection. */
  const pageLang = (): Lang | null => {
    if (declared === undefined) declared = declaredLanguage(doc);
    // The background tells the language with the names it finds; until then the markup says it.
    if (detection === undefined) return declared;
    if (detected === undefined) detected = chooseLanguage(declared, detection);
    return detected;
  };
  /** The categories of the entries found so far (the background says them with the names it finds). */
  const categories = new Map<string, Category>();
  /** An entry's category, or undefined when the reader switched its category off. */
  const categoryOf = (id: string): Category | undefined => {
    const category = categories.get(id);
    return category && !settings.disabledCategories.includes(category) ? category : undefined;
  };
  /** The names in blocks of the page's text, found by the background in batches. */
  const find = async (texts: readonly string[]): Promise<Mention[][]> => {
    const out: Mention[][] = [];
    // The page's share of the work (sending the text, unpacking the answer) counts as scanning time. Each answer
    // arrives as a task of its own: unpacking it (and sending the next batch) is a piece of work apart.
    const piece = (from: number): number => {
      const now = performance.now();
      findMs += now - from;
      notePiece(annotator.stats, now - from);
      return now;
    };
    let start = performance.now();
    for (const batch of findBatches(texts)) {
      const request = askBackground({ type: 'find', texts: batch });
      const sent = piece(start);
      const found = await request;
      start = performance.now();
      waitMs += start - sent;
      for (const [id, category] of Object.entries(found.categories)) categories.set(id, category);
      // The first batch of the first scan holds the beginning of the article.
      if (detection === undefined && found.language !== undefined) detection = found.language;
      out.push(...decodeFound(found, batch));
    }
    piece(start);
    return out;
  };
  const annotator = new Annotator(doc, { find, categoryOf, ownElement: () => ownElement });

  /** Applies the settings to the annotator. */
  const configure = (): void => {
    annotator.setOptions({
      find,
      categoryOf,
      ownElement: () => ownElement,
      marks: settings.marks,
      look: settings.markLook,
      language: () => pageLang(),
    });
  };

  const changeListeners: (() => void)[] = [];
  const navigateListeners: (() => void)[] = [];
  const showTermListeners: ((mention: PageMention) => void)[] = [];
  let active = false;
  let status: Activation = 'off';
  let article = isArticlePage(doc);
  let articleChecks = 0;
  /** The reader asked for this page ("annotate this page anyway"). */
  let forced = false;
  const decide = (): void => {
    status = activationOf(settings, site, { article, forced });
    active = status === 'on';
  };
  /** The count on the toolbar button as last sent: names marked, or null for none. */
  let badgeSent: number | null = null;
  const reportBadge = (): void => {
    const count = settings.badge && active ? new Set(annotator.mentions.map((m) => m.entryId)).size : null;
    if (count === badgeSent || signal.aborted) return;
    badgeSent = count;
    void askBackground({ type: 'badge', count }).catch(() => undefined);
  };
  /** Popups following the page (see `servePageInfo`). */
  const followers = new Set<() => void>();
  /** The marks changed: the badge and any open popup hear of it. */
  const marksUpdated = (): void => {
    reportBadge();
    for (const follower of followers) follower();
  };
  // One piece of annotation work at a time, in the order asked.
  let queue: Promise<unknown> = Promise.resolve();
  const enqueue = (work: () => Promise<unknown>): Promise<unknown> => (queue = queue.then(work, work));

  const refresh = (): Promise<unknown> =>
    enqueue(async () => {
      if (signal.aborted) return;
      if (active) await annotator.annotate(signal);
      else annotator.clear();
      for (const listener of changeListeners) listener();
      marksUpdated();
    });

  const apply = (state: PageState): void => {
    const start = performance.now();
    settings = state.settings;
    asOf = state.asOf;
    configure();
    decide();
    setupMs += performance.now() - start;
  };
  const state = await askBackground({ type: 'page-state' });
  // Starting up from here on (settings, listeners) counts as setting up.
  const resumed = performance.now();
  const setupBefore = setupMs;
  apply(state);
  void refresh();

  // Any change of settings or glossary (the background tells every open page): the background reads and validates
  // the new state.
  const reload = (): void => {
    void askBackground({ type: 'page-state' }).then(
      (state) => {
        // An own entry may have been edited: cards fetch their entries again.
        fetched.clear();
        apply(state);
        void refresh();
      },
      () => undefined,
    );
  };
  watchText(
    doc,
    (changes) => {
      if (active) void enqueue(() => annotator.update(changes.nodes, signal).then(marksUpdated));
      else if (status === 'not-article' && articleChecks < ARTICLE_RECHECKS) {
        articleChecks++;
        article = isArticlePage(doc);
        decide();
        if (active) void refresh();
      }
    },
    { signal, ignore: () => ownElement },
  );
  const pageInfo = (): PageInfo => ({
    site,
    active,
    status,
    count: annotator.mentions.length,
    terms: termsOf(annotator.paintedMentions()),
    timing: {
      loadMs: times ? times.mainStart - times.scriptStart : 0,
      setupMs,
      waitMs,
      scanMs: annotator.stats.busyMs + findMs,
      collectMs: annotator.phases.collectMs,
      findMs,
      resolveMs: annotator.phases.resolveMs,
      paintMs: annotator.phases.paintMs,
      longestMs: annotator.stats.longestMs,
      slices: annotator.stats.slices,
    },
  });
  // An open popup follows the page: it hears of every change of the marks.
  servePageInfo(
    pageInfo,
    (send) => {
      followers.add(send);
      return () => followers.delete(send);
    },
    signal,
  );
  answerRequests(
    {
      'page-info': pageInfo,
      navigate: () => {
        for (const listener of navigateListeners) listener();
        return { ok: true };
      },
      'annotate-anyway': () => {
        forced = true;
        const was = active;
        decide();
        if (active && !was) void refresh();
        return { ok: active };
      },
      'state-changed': () => {
        reload();
        return { ok: true };
      },
      'show-term': ({ id }) => {
        const first = annotator.paintedMentions().find((mention) => mention.entryId === id);
        if (first) for (const listener of showTermListeners) listener(first);
        return { ok: first !== undefined };
      },
    },
    parseTabRequest,
    signal,
  );
  signal.addEventListener('abort', () => annotator.clear(), { once: true });
  setupMs = setupBefore + (performance.now() - resumed);

  return {
    annotator,
    get lang() {
      if (settings.cardLang !== 'page') return settings.cardLang;
      return pageLang() ?? toLang(doc.defaultView?.navigator.language) ?? 'en';
    },
    get asOf() {
      return asOf;
    },
    get settings() {
      return settings;
    },
    entry: (id) => fetched.get(id),
    fetchEntries: async (ids) => {
      const missing = ids.filter((id) => !fetched.has(id));
      if (missing.length === 0) return;
      const found = await askBackground({ type: 'entries', ids: missing });
      for (const [id, entry] of Object.entries(found)) fetched.set(id, entry);
    },
    onChange: (callback) => changeListeners.push(callback),
    onNavigate: (callback) => navigateListeners.push(callback),
    onShowTerm: (callback) => showTermListeners.push(callback),
    setOwnElement: (element) => {
      ownElement = element;
    },
    dismiss: (mention) => {
      annotator.dismiss(mention);
      for (const listener of changeListeners) listener();
      marksUpdated();
    },
    hideEntry: async (id) => {
      await askBackground({ type: 'hide-entry', id });
    },
    countSetup: (ms) => {
      setupMs += ms;
    },
  };
}
