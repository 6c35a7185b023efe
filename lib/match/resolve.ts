/**
 * Decides, for the whole article at once, which entry each mention stands for.
 *
 * An unambiguous alias stands for its entry. An alias flagged ambiguous (Austin, Washington, Patriot) is kept only
 * when the article settles it: the same entry is also named unambiguously (co-reference: "Lloyd Austin" before a
 * bare "Austin"), a related entry is named, or one of the alias's context words occurs in the article. What the
 * article does not settle is left unmarked: a missing card is better than a wrong one.
 */
import type { Lang } from '../kb/schema';
import type { AliasFacts, Mention } from './find';

export interface ResolvedMention {
  start: number;
  end: number;
  surface: string;
  entryId: string;
  /** The alias that matched, as written in the knowledge base. */
  aliasText: string;
  /** What settled an ambiguous alias, for the card's "why this?". */
  settledBy?: { kind: 'same-entry' | 'related' | 'context'; value: string };
}

export interface ArticleContext {
  /** The article's text as context words are looked up in it (see `contextText`); worked out only when needed. */
  readonly lowerText: string;
  /** Entries named unambiguously somewhere in the article. */
  readonly named: ReadonlySet<string>;
  /** The article's language, when known: an ambiguous alias of other languages only is not settled on its page. */
  readonly lang?: Lang | null;
}

/**
 * An article context whose lowercase text, language and (when given as a function) named entries are worked out
 * on first use: most articles need none of them, as most names on a page are not ambiguous.
 */
export function lazyContext(
  text: () => string,
  named: ReadonlySet<string> | (() => ReadonlySet<string>),
  lang: () => Lang | null = () => null,
): ArticleContext {
  let lower: string | null = null;
  let language: Lang | null | undefined;
  let names = typeof named === 'function' ? null : named;
  return {
    get lowerText() {
      lower ??= contextText(text());
      return lower;
    },
    get named() {
      names ??= (named as () => ReadonlySet<string>)();
      return names;
    },
    get lang() {
      if (language === undefined) language = lang();
      return language;
    },
  };
}

/** Article text as context words are looked up in it: lowercase, every run of white space one space, no invisibles. */
export function contextText(text: string): string {
  // A single plain space, by far the most common white space, already is what it would be replaced with: only
  // longer runs and other white space are replaced.
  return text
    .toLowerCase()
    .replace(/[\u00ad\u200b\u200c\u2060\ufeff\u200d]/g, '')
    .replace(/\s\s+|[^\S ]/g, ' ');
}

/** Adds the entry a mention names without doubt (one candidate, not ambiguous), or those of its inner names. */
export function addNamed(mention: Mention, named: Set<string>): void {
  if (mention.candidates.length === 1 && !mention.candidates[0]!.ambiguous) {
    named.add(mention.candidates[0]!.entryId);
    return;
  }
  for (const inner of mention.inner ?? []) addNamed(inner, named);
}

/** Collects what the article says without doubt: the entries its unambiguous aliases name (when first asked). */
export function buildContext(
  mentions: readonly Mention[],
  text: string | (() => string),
  lang: () => Lang | null = () => null,
): ArticleContext {
  const named = (): Set<string> => {
    const found = new Set<string>();
    for (const mention of mentions) addNamed(mention, found);
    return found;
  };
  return lazyContext(typeof text === 'string' ? () => text : text, named, lang);
}

/**
 * The context words found in each article context, by alias (its list of words): a name mentioned again in the same
 * article is not looked for in the article's text again.
 */
const foundWords = new WeakMap<ArticleContext, Map<readonly string[], string | null>>();

/** The first of `terms` that occurs in the article, or null. */
function contextWord(terms: readonly string[], context: ArticleContext): string | null {
  if (terms.length === 0) return null;
  let found = foundWords.get(context);
  if (!found) foundWords.set(context, (found = new Map()));
  let word = found.get(terms);
  if (word === undefined) {
    word = terms.find((term) => context.lowerText.includes(term)) ?? null;
    found.set(terms, word);
  }
  return word;
}

function settle(alias: AliasFacts, context: ArticleContext): ResolvedMention['settledBy'] | null {
  // "Indien" is India only on a German page: elsewhere it is a word of the page's own language.
  const lang = context.lang;
  if (lang && !alias.langs.includes(lang)) return null;
  if (context.named.has(alias.entryId)) return { kind: 'same-entry', value: alias.entryId };
  const related = alias.related.find((id) => context.named.has(id));
  if (related) return { kind: 'related', value: related };
  const word = contextWord(alias.context, context);
  if (word) return { kind: 'context', value: word };
  return null;
}

/** Picks one entry per mention, or drops the mention when the article does not say which one is meant. */
export function resolveMentions(mentions: readonly Mention[], context: ArticleContext): ResolvedMention[] {
  const out: ResolvedMention[] = [];
  for (const mention of mentions) resolveInto(mention, context, out);
  return out;
}

function resolveInto(mention: Mention, context: ArticleContext, out: ResolvedMention[]): void {
  const { candidates } = mention;
  let chosen: AliasFacts | undefined;
  let settledBy: ResolvedMention['settledBy'] | undefined;
  if (candidates.length === 1 && !candidates[0]!.ambiguous) {
    chosen = candidates[0];
  } else {
    const sure = candidates.filter((c) => !c.ambiguous);
    if (sure.length === 1) {
      chosen = sure[0];
    } else if (sure.length === 0) {
      const settled = candidates
        .map((candidate) => ({ candidate, why: settle(candidate, context) }))
        .filter((s) => s.why !== null);
      if (settled.length === 1) {
        chosen = settled[0]!.candidate;
        settledBy = settled[0]!.why!;
      }
    } else {
      // Two entries share an unambiguous alias: the one the article names elsewhere, if only one of them is.
      const named = sure.filter((c) => context.named.has(c.entryId));
      if (named.length === 1) chosen = named[0];
    }
  }
  if (!chosen) {
    // A long ambiguous name left open: the shorter names inside it may still be settled.
    for (const inner of mention.inner ?? []) resolveInto(inner, context, out);
    return;
  }
  const resolved: ResolvedMention = {
    start: mention.start,
    end: mention.end,
    surface: mention.surface,
    entryId: chosen.entryId,
    aliasText: chosen.text,
  };
  if (settledBy) resolved.settledBy = settledBy;
  out.push(resolved);
}
