/**
 * A stand-in for the background's name finder, for tests of the page side: finds "Mark Rutte" and "NAVO" by
 * their letters in each text, one alias each.
 */
import type { AliasFacts, Mention } from '../../lib/match/find';

const NAMES: Record<string, string> = { 'Mark Rutte': 'mark-rutte', NAVO: 'nato' };

function alias(text: string): AliasFacts {
  return { entryId: NAMES[text]!, text, ambiguous: false, langs: ['nl'], context: [], related: [] };
}

/** The names of the stand-in in one text, in order. */
export function mentionsIn(text: string): Mention[] {
  const found: Mention[] = [];
  for (const name of Object.keys(NAMES)) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      found.push({ start: at, end: at + name.length, surface: name, candidates: [alias(name)] });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
