/**
 * Duiding on one page: reads settings and the reader's own glossary, annotates the page while the extension is on
 * for the site and the page is an article (or the reader asked for it), follows setting and glossary changes at
 * once, answers the popup and the keyboard command, and removes every mark when the extension is switched off,
 * reloaded or removed.
 */
import { activationOf, type Activation } from './activation';
import { bundledAsOf, bundledIndex } from './kb/content-data';
import { indexById } from './kb/id-index';
import type { Entry, Lang } from './kb/schema';
import { articleLanguage } from './lang/detect';
import { buildMatcher, compileAliases, trieOf, type Matcher } from './match/compile';
import { answerRequests, askBackground, parseTabRequest, type PageState } from './messages';
import { Annotator, type PageMention } from './page/annotator';
import { declaredLanguage, isArticlePage, publishedDate, toLang, today } from './page/article';
import { watchText } from './page/watch';
import type { Settings } from './storage';
import { siteOf, watchStorage } from './storage-watch';

/** How often a page not (yet) an article is looked at again as it changes: single-page apps render late. */
const ARTICLE_RECHECKS = 40;

export interface Session {
  readonly annotator: Annotator;
  /** The language cards are written in. */
  readonly lang: Lang;
  /** The article's publication day (today when the page does not say). */
  readonly articleDate: string;
  readonly asOf: string;
  readonly settings: Settings;
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
  let own = new Map<string, Entry>();
  const fetched = new Map<string, Entry>();
  let compileMs = 0;
  let compiledFor = '';
  const declared = declaredLanguage(doc);
  let detected: Lang | null | undefined;
  /** The article's language, worked out once from the markup and the text scanned by then. */
  const pageLang = (): Lang | null => {
    if (detected === undefined) detected = articleLanguage(declared, annotator.sampleText());
    return detected;
  };
  /** An entry's category, or undefined when the reader switched its category off. */
  const categoryOf = (id: string): Entry['category'] | undefined => {
    const category = own.get(id)?.category ?? bundledIndex().categories.get(id);
    return category && !settings.disabledCategories.includes(category) ? category : undefined;
  };
  let matcher: Matcher = buildMatcher([]);
  const annotator = new Annotator(doc, { matcher, categoryOf, ownElement: () => ownElement });

  /**
   * Applies settings and own entries; builds the matcher again only when the entries to mark changed. The bundled
   * aliases come compiled; only the reader's own entries are compiled here. An own entry with a bundled entry's id
   * replaces it.
   */
  const configure = (): void => {
    const key = `${JSON.stringify([...own.values()])}|${settings.hiddenEntries.join(',')}`;
    if (key !== compiledFor) {
      const start = performance.now();
      const hidden = new Set(settings.hiddenEntries);
      const ownEntries = [...own.values()].filter((entry) => !hidden.has(entry.id));
      // Bundled entries replaced by an own entry are passed over in the bundled trie only.
      const replaced = new Set([...own.keys()].filter((id) => bundledIndex().categories.has(id)));
      const bundled = replaced.size ? { ...bundledIndex().trie, skip: replaced } : bundledIndex().trie;
      const tries = [bundled, ...(ownEntries.length ? [trieOf(compileAliases(ownEntries))] : [])];
      matcher = buildMatcher(tries, hidden);
      compileMs += performance.now() - start;
      compiledFor = key;
    }
    annotator.setOptions({
      matcher,
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
  // One piece of annotation work at a time, in the order asked.
  let queue: Promise<unknown> = Promise.resolve();
  const enqueue = (work: () => Promise<unknown>): Promise<unknown> => (queue = queue.then(work, work));

  const refresh = (): Promise<unknown> =>
    enqueue(async () => {
      if (signal.aborted) return;
      if (active) await annotator.annotate(signal);
      else annotator.clear();
      for (const listener of changeListeners) listener();
      reportBadge();
    });

  const apply = (state: PageState): void => {
    settings = state.settings;
    own = indexById(state.own);
    configure();
    decide();
  };
  apply(await askBackground({ type: 'page-state' }));
  void refresh();

  // Any change of settings or glossary: the background reads and validates the new state.
  const reload = (): void => {
    void askBackground({ type: 'page-state' }).then(
      (state) => {
        apply(state);
        void refresh();
      },
      () => undefined,
    );
  };
  watchStorage({ settings: reload, glossary: reload }, signal);
  watchText(
    doc,
    (changes) => {
      if (active) void enqueue(() => annotator.update(changes.nodes, signal).then(reportBadge));
      else if (status === 'not-article' && articleChecks < ARTICLE_RECHECKS) {
        articleChecks++;
        article = isArticlePage(doc);
        decide();
        if (active) void refresh();
      }
    },
    { signal, ignore: () => ownElement },
  );
  answerRequests(
    {
      'page-info': () => ({
        site,
        active,
        status,
        count: annotator.mentions.length,
        terms: termsOf(annotator.paintedMentions()),
        timing: {
          loadMs: times ? times.mainStart - times.scriptStart : 0,
          compileMs,
          scanMs: annotator.stats.busyMs,
          longestMs: annotator.stats.longestMs,
          slices: annotator.stats.slices,
        },
      }),
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

  return {
    annotator,
    get lang() {
      if (settings.cardLang !== 'page') return settings.cardLang;
      return pageLang() ?? toLang(doc.defaultView?.navigator.language) ?? 'en';
    },
    articleDate: publishedDate(doc) ?? today(),
    get asOf() {
      return bundledAsOf();
    },
    get settings() {
      return settings;
    },
    entry: (id) => own.get(id) ?? fetched.get(id),
    fetchEntries: async (ids) => {
      const missing = ids.filter((id) => !own.has(id) && !fetched.has(id));
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
    },
    hideEntry: async (id) => {
      await askBackground({ type: 'hide-entry', id });
    },
  };
}
