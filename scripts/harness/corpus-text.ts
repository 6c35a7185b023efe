/**
 * The text of a saved news page as Duiding reads it: decoded like a browser would, parsed with happy-dom
 * (no scripts run), and collected block by block with the extension's own text collection.
 */
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import type { Lang } from '../../lib/kb/schema';
import { declaredLanguage, publishedDate } from '../../lib/page/article';
import { collectBlocks } from '../../lib/page/collect';
import { decodeHtml } from './decode';

export interface PageText {
  blocks: string[];
  lang: Lang | null;
  date: string | null;
}

/** A saved page parsed as a browser would, without running its scripts or loading anything. */
export function parseSavedPage(html: string): { doc: Document; close: () => void } {
  const window = new Window({
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true },
    },
  });
  const doc = window.document as unknown as Document;
  doc.write(html);
  return { doc, close: () => void window.happyDOM.close() };
}

export function readPageText(path: string): PageText {
  const { doc, close } = parseSavedPage(decodeHtml(readFileSync(path)));
  try {
    return {
      blocks: collectBlocks(doc.body ?? doc.documentElement).map((block) => block.text),
      lang: declaredLanguage(doc),
      date: publishedDate(doc),
    };
  } finally {
    close();
  }
}
