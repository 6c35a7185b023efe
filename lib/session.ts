/**
 * Duiding on one page: reads settings and the reader's own glossary, annotates the page while the extension is on
 * for the site, follows setting and glossary changes at once, answers the popup, and removes every mark when the
 * extension is switched off, reloaded or removed.
 */
import { BUNDLED, indexById, mergeEntries } from './kb';
import type { Entry, Lang } from './kb/schema';
import { compileMatcher, type Matcher } from './match/compile';
import { answerRequests } from './messages';
import { articleLanguage } from './lang/detect';
import { Annotator } from './page/annotator';
import { declaredLanguage, publishedDate, today } from './page/article';
import { watchText } from './page/watch';
import { isActiveOn, loadOwnGlossary, loadSettings, siteOf, watchStorage } from './storage';

export interface Session {
  readonly annotator: Annotator;
  /** The language cards are written in. */
  readonly lang: Lang;
  /** The article's publication day (today when the page does not say). */
  readonly articleDate: string;
  readonly asOf: string;
  entry(id: string): Entry | undefined;
  /** Calls back whenever the marks change (switched on or off, glossary edited). */
  onChange(callback: () => void): void;
  /** The element that holds the card, registered so that it is never annotated. */
  setOwnElement(element: Element | null): void;
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
  let entries = indexById(BUNDLED.entries);
  let compileMs = 0;
  const compile = (list: readonly Entry[]): Matcher => {
    const start = performance.now();
    const matcher = compileMatcher(list);
    compileMs += performance.now() - start;
    return matcher;
  };
  const annotator = new Annotator(doc, {
    matcher: compile(BUNDLED.entries),
    entries,
    ownElement: () => ownElement,
  });
  const listeners: (() => void)[] = [];
  let active = false;
  // One piece of annotation work at a time, in the order asked.
  let queue: Promise<unknown> = Promise.resolve();
  const enqueue = (work: () => Promise<unknown>): Promise<unknown> => (queue = queue.then(work, work));

  const refresh = (): Promise<unknown> =>
    enqueue(async () => {
      if (signal.aborted) return;
      if (active) await annotator.annotate(signal);
      else annotator.clear();
      for (const listener of listeners) listener();
    });

  const loadGlossary = async (): Promise<void> => {
    const own = await loadOwnGlossary();
    const merged = mergeEntries(BUNDLED.entries, own.entries);
    // Without own entries the matcher compiled at start is already the right one.
    if (own.entries.length > 0 || entries.size !== BUNDLED.entries.length) {
      annotator.setOptions({ matcher: compile(merged), entries: indexById(merged), ownElement: () => ownElement });
    }
    entries = indexById(merged);
  };

  const [settings] = await Promise.all([loadSettings(), loadGlossary()]);
  active = isActiveOn(settings, site);
  void refresh();

  watchStorage(
    {
      settings: () => {
        void loadSettings().then((next) => {
          active = isActiveOn(next, site);
          void refresh();
        });
      },
      glossary: () => {
        void loadGlossary().then(refresh);
      },
    },
    signal,
  );
  watchText(
    doc,
    (changes) => {
      if (active) void enqueue(() => annotator.update(changes.nodes, signal));
    },
    { signal, ignore: () => ownElement },
  );
  answerRequests(
    {
      'page-info': () => ({
        site,
        active,
        count: annotator.mentions.length,
        timing: {
          loadMs: times ? times.mainStart - times.scriptStart : 0,
          compileMs,
          scanMs: annotator.stats.busyMs,
          longestMs: annotator.stats.longestMs,
          slices: annotator.stats.slices,
        },
      }),
    },
    signal,
  );
  signal.addEventListener('abort', () => annotator.clear(), { once: true });

  const declared = declaredLanguage(doc);
  let lang: Lang | null = null;
  return {
    annotator,
    // Worked out on first use (the first card), from the markup and the text scanned by then.
    get lang() {
      lang ??= articleLanguage(declared, annotator.sampleText()) ?? 'en';
      return lang;
    },
    articleDate: publishedDate(doc) ?? today(),
    asOf: BUNDLED.asOf,
    entry: (id) => entries.get(id),
    onChange: (callback) => listeners.push(callback),
    setOwnElement: (element) => {
      ownElement = element;
    },
  };
}
