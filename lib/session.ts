/**
 * Duiding on one page: reads settings and the reader's own glossary, annotates the page while the extension is on
 * for the site, follows setting and glossary changes at once, answers the popup, and removes every mark when the
 * extension is switched off, reloaded or removed.
 */
import { BUNDLED, indexById, mergeEntries } from './kb';
import type { Entry, Lang } from './kb/schema';
import { compileMatcher } from './match/compile';
import { answerRequests } from './messages';
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

export async function startSession(doc: Document, signal: AbortSignal): Promise<Session> {
  const site = siteOf(doc.location?.href ?? '');
  let ownElement: Element | null = null;
  let entries = indexById(BUNDLED.entries);
  const annotator = new Annotator(doc, {
    matcher: compileMatcher(BUNDLED.entries),
    entries,
    ownElement: () => ownElement,
  });
  const listeners: (() => void)[] = [];
  let active = false;

  const refresh = (): void => {
    if (signal.aborted) return;
    if (active) annotator.annotate();
    else annotator.clear();
    for (const listener of listeners) listener();
  };

  const loadGlossary = async (): Promise<void> => {
    const own = await loadOwnGlossary();
    const merged = mergeEntries(BUNDLED.entries, own.entries);
    entries = indexById(merged);
    annotator.setOptions({ matcher: compileMatcher(merged), entries, ownElement: () => ownElement });
  };

  const [settings] = await Promise.all([loadSettings(), loadGlossary()]);
  active = isActiveOn(settings, site);
  refresh();

  watchStorage(
    {
      settings: () => {
        void loadSettings().then((next) => {
          active = isActiveOn(next, site);
          refresh();
        });
      },
      glossary: () => {
        void loadGlossary().then(refresh);
      },
    },
    signal,
  );
  watchText(doc, () => active && refresh(), { signal, ignore: () => ownElement });
  answerRequests({ 'page-info': () => ({ site, active, count: annotator.mentions.length }) }, signal);
  signal.addEventListener('abort', () => annotator.clear(), { once: true });

  return {
    annotator,
    lang: declaredLanguage(doc) ?? 'en',
    articleDate: publishedDate(doc) ?? today(),
    asOf: BUNDLED.asOf,
    entry: (id) => entries.get(id),
    onChange: (callback) => listeners.push(callback),
    setOwnElement: (element) => {
      ownElement = element;
    },
  };
}
