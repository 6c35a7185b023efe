/**
 * Text in, resolved mentions out, for an article given as blocks of text. The one function that the content
 * script, the command line and the tests share.
 */
import type { Lang } from '../kb/schema';
import { findMentions, type Mention } from './find';
import type { Matcher } from './compile';
import { buildContext, resolveMentions, type ResolvedMention } from './resolve';

/** Resolved mentions of each block, decided with the whole article as context. */
export function annotateBlocks(matcher: Matcher, blocks: readonly string[], lang?: Lang | null): ResolvedMention[][] {
  const found: Mention[][] = blocks.map((text) => findMentions(matcher, text));
  // Joined with `concat`: `flat` reads its arrays one element at a time, slowly for a long text's thousands.
  const all = found.length === 1 ? found[0]! : ([] as Mention[]).concat(...found);
  const context = buildContext(all, () => blocks.join('\n'), () => lang ?? null);
  return found.map((mentions) => resolveMentions(mentions, context));
}

/** Resolved mentions of a single text. */
export function annotateText(matcher: Matcher, text: string, lang?: Lang | null): ResolvedMention[] {
  return annotateBlocks(matcher, [text], lang)[0]!;
}
