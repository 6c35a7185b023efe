/**
 * Finds aliases in plain text: one pass over the words, walking the alias trie from each word; the longest alias
 * at a position wins and matches never overlap. A word whose hash is not among the aliases' first words is
 * passed over with one bit test. Pure: text in, mentions out.
 */
import {
  GENITIVE_S,
  PREFIX_LENGTH,
  lowerCode,
  lowerWord,
  prefixHash,
  scanWords,
  stemHash,
  type WordSpans,
} from '../lang/words';
import { capitalise } from '../lang/text';
import { hasBit, type AliasTrie, type CompiledAlias, type Matcher } from './compile';

/** What resolving a mention needs to know of an alias (a compiled alias has it all). */
export type AliasFacts = Pick<CompiledAlias, 'entryId' | 'text' | 'ambiguous' | 'langs'> & {
  readonly context: readonly string[];
  readonly related: readonly string[];
};

export interface Mention {
  start: number;
  end: number;
  /** The text as it stands on the page. */
  surface: string;
  /** The aliases that matched here, one per entry; more than one when entries share an alias. */
  candidates: readonly AliasFacts[];
  /** For a long alias that is ambiguous: the shorter aliases inside it, used when the article does not settle it. */
  inner?: Mention[];
}

interface Words {
  text: string;
  spans: WordSpans;
}

const NONE: CompiledAlias[] = [];

/** Whether the reader hid the entry, or replaced it in this trie. */
function skipped(matcher: Matcher, trie: AliasTrie, entryId: string): boolean {
  return (matcher.skip.size > 0 && matcher.skip.has(entryId)) || (trie.skip !== undefined && trie.skip.has(entryId));
}

/** The aliases at `node` that fit the words from `at`, the last word carrying `suffix` extra letters. */
function fitting(
  matcher: Matcher,
  trie: AliasTrie,
  node: number,
  words: Words,
  at: number,
  suffix: number,
): CompiledAlias[] {
  let fits: CompiledAlias[] | null = null;
  let fit = false;
  const checks = trie.checks;
  for (let k = trie.words.aliasStart(node), end = trie.words.aliasEnd(node); k < end; k++) {
    // A twin is written like the alias before it: the same answer. An alias is decoded only when it fits.
    if (!checks.isTwin(k)) fit = checks.fits(k, words.text, words.spans, at, suffix);
    if (!fit) continue;
    const alias = trie.alias(k);
    if (skipped(matcher, trie, alias.entryId)) continue;
    if (fits === null) fits = [alias];
    else if (!fits.some((other) => other.entryId === alias.entryId)) fits.push(alias);
  }
  return fits ?? NONE;
}

/** An alias opening a closed compound at word `i` (Patriot in Patriotsystemen): the alias and its length. */
function compoundAt(matcher: Matcher, words: Words, i: number): { fits: CompiledAlias[]; length: number } | null {
  const { spans, text } = words;
  if (spans.flags[i]) return null;
  const prefix = prefixHash(text, spans, i);
  if (prefix === 0 || !hasBit(matcher.compoundPrefixes, prefix)) return null;
  const start = spans.starts[i]!;
  const end = spans.ends[i]!;
  const lower = text.slice(start, end).toLowerCase();
  const candidates = matcher.compounds.get(lower.slice(0, PREFIX_LENGTH));
  if (!candidates) return null;
  let fits: CompiledAlias[] | null = null;
  let length = 0;
  for (const alias of candidates) {
    const word = alias.words[0]!;
    const cut = start + word.length;
    // The rest of the compound: at least four letters, starting in lower case (Patriotsystemen; not PatriotX, and
    // not the plural Patriotten).
    if (end - cut < 4 || !lower.startsWith(word.toLowerCase()) || text[cut] !== lower[word.length]) continue;
    const written = text.slice(start, cut);
    const caseFits =
      alias.caseRule === 'any' ||
      written === word ||
      (alias.caseRule === 'name' && (written === word.toUpperCase() || written === capitalise(word)));
    if (!caseFits || word.length < length || matcher.skip.has(alias.entryId)) continue;
    if (word.length > length) [fits, length] = [[], word.length];
    if (!fits!.some((fit) => fit.entryId === alias.entryId)) fits!.push(alias);
  }
  return fits && fits.length ? { fits, length } : null;
}

/** The longest alias starting at word `i` and at most `maxWords` long: its fitting aliases and length in words. */
function longestAt(
  matcher: Matcher,
  words: Words,
  i: number,
  maxWords: number,
): { best: CompiledAlias[]; length: number } {
  const tries = matcher.tries;
  // One trie (no glossary of the reader's own): its answer as it is.
  if (tries.length === 1) return longestIn(matcher, tries[0]!, words, i, maxWords);
  let best: CompiledAlias[] = NONE;
  let length = 0;
  for (const trie of tries) {
    const found = longestIn(matcher, trie, words, i, maxWords);
    if (found.length > length) [best, length] = [found.best, found.length];
    else if (found.length === length && found.length > 0) {
      best = [...best, ...found.best.filter((alias) => !best.some((b) => b.entryId === alias.entryId))];
    }
  }
  return { best, length };
}

/**
 * Nodes with aliases met on one walk down a trie, three numbers each: the node, the words it takes, and the letters
 * of suffix on its last word. Shared by every walk: checking the text against aliases never starts another walk.
 */
let reached = new Int32Array(3 * 16);

function reach(count: number, node: number, length: number, suffix: number): void {
  if (3 * count === reached.length) {
    const grown = new Int32Array(reached.length * 2);
    grown.set(reached);
    reached = grown;
  }
  reached[3 * count] = node;
  reached[3 * count + 1] = length;
  reached[3 * count + 2] = suffix;
}

/**
 * Walks the trie from word `i` first, noting every node with aliases on the way, and then checks those aliases
 * against the text from the longest down: the first that fit are the answer, and shorter ones are not checked.
 */
function longestIn(
  matcher: Matcher,
  trie: AliasTrie,
  words: Words,
  i: number,
  maxWords: number,
): { best: CompiledAlias[]; length: number } {
  const { text, spans } = words;
  const { starts, ends, hashes, flags } = spans;
  const nodes = trie.words;
  let parent = 0;
  let count = 0;
  for (let k = 0; i + k < spans.count && k < maxWords; k++) {
    const at = i + k;
    // Most words are looked up where they stand in the text, by the hash the scan worked out, each letter
    // lowercased as it is compared; a word with invisible characters or irregular letters inside, by its letters.
    const inPlace = flags[at] === 0;
    const word = inPlace ? null : lowerWord(text, spans, at);
    const start = starts[at]!;
    const end = ends[at]!;
    const last = inPlace ? lowerCode(text.charCodeAt(end - 1)) : word!.charCodeAt(word!.length - 1);
    if (last === GENITIVE_S && (inPlace ? end - start : word!.length) > 2) {
      const stem = inPlace
        ? nodes.childAt(parent, stemHash(text, spans, at), text, start, end - 1)
        : nodes.child(parent, word!.slice(0, -1));
      // Noted before the whole word, so that the whole word is checked first when both have aliases.
      if (stem >= 0 && nodes.hasAliases(stem)) reach(count++, stem, k + 1, 1);
    }
    const node = inPlace ? nodes.childAt(parent, hashes[at]!, text, start, end) : nodes.child(parent, word!);
    if (node < 0) break;
    if (nodes.hasAliases(node)) reach(count++, node, k + 1, 0);
    if (!nodes.hasChildren(node)) break;
    parent = node;
  }
  for (let j = count - 1; j >= 0; j--) {
    const fits = fitting(matcher, trie, reached[3 * j]!, words, i, reached[3 * j + 2]!);
    if (fits.length) return { best: fits, length: reached[3 * j + 1]! };
  }
  return { best: NONE, length: 0 };
}

function mention(words: Words, i: number, length: number, best: CompiledAlias[]): Mention {
  const start = words.spans.starts[i]!;
  const end = words.spans.ends[i + length - 1]!;
  return {
    start,
    end,
    surface: words.text.slice(start, end),
    candidates: best,
  };
}

/**
 * The shorter aliases inside a long ambiguous one, for when the article does not settle it: "top in Washington"
 * (a summit, only in an article about NATO) still has "Washington" in it.
 */
function innerMentions(matcher: Matcher, words: Words, i: number, length: number): Mention[] {
  const inner: Mention[] = [];
  let j = i;
  while (j < i + length) {
    const found = longestAt(matcher, words, j, j === i ? length - 1 : i + length - j);
    if (found.length > 0) {
      inner.push(mention(words, j, found.length, found.best));
      j += found.length;
    } else j++;
  }
  return inner;
}

/** Every alias of the matcher found in `text`, in order. */
export function findMentions(matcher: Matcher, text: string): Mention[] {
  // The words are read only within this call. The scan marks the words that may start an alias.
  const spans = scanWords(text, true, matcher.firstWords);
  const words: Words = { text, spans };
  const mentions: Mention[] = [];
  const count = spans.count;
  const starting = spans.starting;
  const compounds = matcher.compounds.size > 0;
  const pushCompound = (at: number): void => {
    const compound = compounds ? compoundAt(matcher, words, at) : null;
    if (!compound) return;
    const start = spans.starts[at]!;
    mentions.push({
      start,
      end: start + compound.length,
      surface: text.slice(start, start + compound.length),
      candidates: compound.fits,
    });
  };
  let i = 0;
  while (i < count) {
    if (starting[i] === 0) {
      pushCompound(i);
      i++;
      continue;
    }
    const { best, length } = longestAt(matcher, words, i, Infinity);
    if (length === 0) {
      pushCompound(i);
      i++;
      continue;
    }
    const found = mention(words, i, length, best);
    if (length > 1 && best.every((alias) => alias.ambiguous)) {
      const inner = innerMentions(matcher, words, i, length);
      if (inner.length) found.inner = inner;
    }
    mentions.push(found);
    i += length;
  }
  return mentions;
}
