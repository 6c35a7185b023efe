/**
 * Shared helpers for the matching tests: small entries built through the real schema, the bundled matcher
 * compiled once, and mentions reduced to the [surface, entryId] pairs the tables are written in.
 */
import { BUNDLED } from '../../lib/kb';
import { EntrySchema, type Alias, type Entry, type EntryInput } from '../../lib/kb/schema';
import { annotateBlocks, annotateText } from '../../lib/match/annotate';
import { compileMatcher, type Matcher } from '../../lib/match/compile';
import type { ResolvedMention } from '../../lib/match/resolve';

export type Pair = [surface: string, entryId: string];

/** An entry as a reader or the data file would write it, with the schema's defaults filled in. */
export function entry(input: EntryInput): Entry {
  return EntrySchema.parse(input);
}

/** A minimal entry with one label (and optional aliases) in one language. */
export function named(id: string, label: string, aliases: Alias[] = [], category: Entry['category'] = 'person'): Entry {
  return entry({ id, category, names: { en: { label, aliases } }, summary: {} });
}

let bundled: Matcher | undefined;

/** The matcher the extension builds from the bundled knowledge base. */
export function bundledMatcher(): Matcher {
  bundled ??= compileMatcher(BUNDLED.entries);
  return bundled;
}

export function pairs(mentions: readonly ResolvedMention[]): Pair[] {
  return mentions.map((m) => [m.surface, m.entryId]);
}

/** What the bundled knowledge base marks in one text, as pairs. */
export function bundledPairs(text: string): Pair[] {
  return pairs(annotateText(bundledMatcher(), text));
}

/**
 * The marks of one entry in a text. Negative rows check only the entry they are about, so that entries added to
 * the knowledge base later (a city in the same sentence) do not break them.
 */
export function marksFor(text: string, entryId: string): Pair[] {
  return bundledPairs(text).filter(([, id]) => id === entryId);
}

/** What a matcher marks in an article given as blocks, as pairs per block. */
export function blockPairs(matcher: Matcher, blocks: readonly string[]): Pair[][] {
  return annotateBlocks(matcher, blocks).map(pairs);
}
