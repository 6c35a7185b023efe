/**
 * Finding names for the pages, where the knowledge base is held (the background): the bundled aliases come
 * compiled at build time, the reader's own entries are compiled here, and the matcher is kept until the own
 * glossary or the hidden entries change. Pages send their text and get back the mentions found (see `wire.ts`)
 * and the language the text is written in, so a page's main thread never loads, parses or walks the knowledge
 * base.
 */
import type { Category } from '../kb/constants';
import type { Entry } from '../kb/schema';
import { detectLanguage, languageSample, type Detection } from '../lang/detect';
import { buildMatcher, trieOf, type Matcher } from './compile';
import { findMentions } from './find';
import type { UnpackedIndex } from './packed';
import { encodeFound, type FoundBlocks } from './wire';

/**
 * The matcher for the bundled index with the reader's own entries: an own entry with a bundled entry's id replaces
 * it; hidden entries are passed over.
 */
export function combinedMatcher(bundled: UnpackedIndex, own: readonly Entry[], hidden: readonly string[]): Matcher {
  const hiddenSet = new Set(hidden);
  const ownEntries = own.filter((entry) => !hiddenSet.has(entry.id));
  const replaced = new Set(own.map((entry) => entry.id).filter((id) => bundled.categories.has(id)));
  const bundledTrie = replaced.size ? { ...bundled.trie, skip: replaced } : bundled.trie;
  const tries = [bundledTrie, ...(ownEntries.length ? [trieOf(ownEntries)] : [])];
  return buildMatcher(tries, hiddenSet);
}

/** Messages are carried as JSON, where Infinity would become null: a margin with no runner-up is sent as 1e6. */
function wireSafe(detection: Detection | null): Detection | null {
  return detection && { ...detection, margin: Math.min(detection.margin, 1e6) };
}

export type Finder = (own: readonly Entry[], hidden: readonly string[], texts: readonly string[]) => FoundBlocks;

/** A finder that compiles the matcher again only when the own entries (a new list) or the hidden ones change. */
export function createFinder(bundled: () => UnpackedIndex): Finder {
  let lastOwn: readonly Entry[] | null = null;
  let lastHidden = '';
  let matcher: Matcher | null = null;
  let categories = new Map<string, Category>();
  return (own, hidden, texts) => {
    const hiddenKey = hidden.join(',');
    if (!matcher || own !== lastOwn || hiddenKey !== lastHidden) {
      const index = bundled();
      matcher = combinedMatcher(index, own, hidden);
      categories = new Map(own.map((entry) => [entry.id, entry.category]));
      lastOwn = own;
      lastHidden = hiddenKey;
    }
    const found = texts.map((text) => findMentions(matcher!, text));
    return {
      ...encodeFound(found, (id) => categories.get(id) ?? bundled().categories.get(id)),
      language: wireSafe(detectLanguage(languageSample(texts))),
    };
  };
}
