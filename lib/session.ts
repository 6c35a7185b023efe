/**
 * Duiding on one page: reads settings and the reader's own glossary, annotates the page while the extension is on
 * for the site, follows setting and glossary changes at once, answers the popup and the keyboard command, and
 * removes every mark when the extension is switched off, reloaded or removed.
 */
import { BUNDLED, indexById, mergeEntries } from './kb';
import type { Entry, Lang } from './kb/schema';
import { articleLanguage } from './lang/detect';
import { compileMatcher, type Matcher } from './match/compile';
import { answerRequests } from './messages';
import { Annotator, type PageMention } from './page/annotator';
import { declaredLanguage, publishedDate, toLang, today } from './page/article';
import { watchText } from './page/watch';
import {
  DEFAULT_SETTINGS,
  isActiveOn,
  loadOwnGlossary,
  loadSettings,
  saveSettings,
  siteOf,
  watchStorage,
  type Settings,
} from './storage';

export interface Session {
  readonly annotator: Annotator;
  /** The language cards are written in. */
  readonly lang: Lang;
  /** The article's publication day (today when the page does not say). */
  readonly articleDate: string;
  readonly asOf: string;
  readonly settings: Settings;
  entry(id: string): Entry | undefined;
  /** Calls back whenever the marks change (switched on or off, glossary or settings edited). */
  onChange(callback: () => void): void;
  /** Calls back when the reader asks for keyboard navigation of the terms (the extension's command). */
  onNavigate(callback: () => void): void;
  /** The element that holds the card, registered so that it is never annotated. */
  setOwnElement(element: Element | null): void;
  /** "Not this one": takes the mention off this page. */
  dismiss(mention: PageMention): void;
  /** "Hide this term": stops marking the entry everywhere (undone on the options page). */
  hideEntry(id: string): Promise<void>;
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
  let settings: Settings = DEFAULT_SETTINGS;
  let own: Entry[] = [];
  let entries = indexById(BUNDLED.entries);
  let compileMs = 0;
  let compiledFor = '';
  const declared = declaredLanguage(doc);
  let detected: Lang | null | undefined;
  /** The article's language, worked out once from the markup and the text scanned by then. */
  const pageLang = (): Lang | null => {
    if (detected === undefined) detected = articleLanguage(declared, annotator.sampleText());
    return detected;
  };
  let matcher: Matcher = compileMatcher([]);
  const annotator = new Annotator(doc, { matcher, entries, ownElement: () => ownElement });

  /** Applies settings and own entries; compiles the matcher again only when the entries to mark changed. */
  const configure = (): void => {
    const merged = mergeEntries(BUNDLED.entries, own);
    entries = indexById(merged);
    const key = `${JSON.stringify(own)}|${settings.hiddenEntries.join(',')}`;
    if (key !== compiledFor) {
      const hidden = new Set(settings.hiddenEntries);
      const start = performance.now();
      matcher = compileMatcher(hidden.size ? merged.filter((entry) => !hidden.has(entry.id)) : merged);
      compileMs += performance.now() - start;
      compiledFor = key;
    }
    annotator.setOptions({ matcher, entries, ownElement: () => ownElement, marks: settings.marks, language: () => pageLang() });
  };

  const changeListeners: (() => void)[] = [];
  const navigateListeners: (() => void)[] = [];
  let active = false;
  // One piece of annotation work at a time, in the order asked.
  let queue: Promise<unknown> = Promise.resolve();
  const enqueue = (work: () => Promise<unknown>): Promise<unknown> => (queue = queue.then(work, work));

  const refresh = (): Promise<unknown> =>
    enqueue(async () => {
      if (signal.aborted) return;
      if (active) await annotator.annotate(signal);
      else annotator.clear();
      for (const listener of changeListeners) listener();
    });

  const [loadedSettings, glossary] = await Promise.all([loadSettings(), loadOwnGlossary()]);
  settings = loadedSettings;
  own = glossary.entries;
  configure();
  active = isActiveOn(settings, site);
  void refresh();

  watchStorage(
    {
      settings: () => {
        void loadSettings().then((next) => {
          settings = next;
          configure();
          active = isActiveOn(next, site);
          void refresh();
        });
      },
      glossary: () => {
        void loadOwnGlossary().then((next) => {
          own = next.entries;
          configure();
          void refresh();
        });
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
      navigate: () => {
        for (const listener of navigateListeners) listener();
        return { ok: true };
      },
    },
    signal,
  );
  signal.addEventListener('abort', () => annotator.clear(), { once: true });

  return {
    annotator,
    get lang() {
      return pageLang() ?? toLang(doc.defaultView?.navigator.language) ?? 'en';
    },
    articleDate: publishedDate(doc) ?? today(),
    asOf: BUNDLED.asOf,
    get settings() {
      return settings;
    },
    entry: (id) => entries.get(id),
    onChange: (callback) => changeListeners.push(callback),
    onNavigate: (callback) => navigateListeners.push(callback),
    setOwnElement: (element) => {
      ownElement = element;
    },
    dismiss: (mention) => {
      annotator.dismiss(mention);
      for (const listener of changeListeners) listener();
    },
    hideEntry: async (id) => {
      const current = await loadSettings();
      if (!current.hiddenEntries.includes(id)) await saveSettings({ hiddenEntries: [...current.hiddenEntries, id] });
    },
  };
}
