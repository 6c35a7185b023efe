/**
 * Found mentions in a form that crosses the message boundary: the background finds the names (it holds the
 * compiled knowledge base), the page resolves and paints them. Each alias is sent once per answer, with only what
 * resolution needs; a mention refers to its aliases by index and carries no text of the page (the page has it).
 */
import type { Category, Lang } from '../kb/constants';
import type { Detection } from '../lang/detect';
import type { AliasFacts, Mention } from './find';

export interface WireAlias {
  /** Entry id. */
  e: string;
  /** The alias as written in the knowledge base. */
  t: string;
  /** Ambiguous. */
  a: boolean;
  /** Languages listing it. */
  l: readonly Lang[];
  /** Context words and related entries. */
  c: readonly string[];
  r: readonly string[];
}

export interface WireMention {
  s: number;
  e: number;
  /** Candidate aliases, by index into `FoundBlocks.aliases`. */
  c: number[];
  i?: WireMention[];
}

export interface FoundBlocks {
  aliases: WireAlias[];
  /** The mentions of each block, in the order the blocks were sent. */
  blocks: WireMention[][];
  /** The category of every entry named in `aliases`. */
  categories: Record<string, Category>;
  /** The language the text was detected to be written in (see `detectLanguage`), when it could be told. */
  language?: Detection | null;
}

/** Packs the mentions found in each block, with the categories of their entries. */
export function encodeFound(found: readonly Mention[][], categoryOf: (id: string) => Category | undefined): FoundBlocks {
  const aliases: WireAlias[] = [];
  const indexes = new Map<AliasFacts, number>();
  const categories: Record<string, Category> = {};
  const aliasIndex = (alias: AliasFacts): number => {
    let index = indexes.get(alias);
    if (index === undefined) {
      index = aliases.length;
      indexes.set(alias, index);
      aliases.push({ e: alias.entryId, t: alias.text, a: alias.ambiguous, l: alias.langs, c: alias.context, r: alias.related });
      const category = categoryOf(alias.entryId);
      if (category) categories[alias.entryId] = category;
    }
    return index;
  };
  const encode = (mention: Mention): WireMention => ({
    s: mention.start,
    e: mention.end,
    c: mention.candidates.map(aliasIndex),
    ...(mention.inner?.length ? { i: mention.inner.map(encode) } : {}),
  });
  return { aliases, blocks: found.map((mentions) => mentions.map(encode)), categories };
}

/** Unpacks mentions sent by `encodeFound`, taking their surface text from the blocks they were found in. */
export function decodeFound(wire: FoundBlocks, texts: readonly string[]): Mention[][] {
  const aliases: AliasFacts[] = wire.aliases.map((alias) => ({
    entryId: alias.e,
    text: alias.t,
    ambiguous: alias.a,
    langs: alias.l,
    context: alias.c,
    related: alias.r,
  }));
  return wire.blocks.map((mentions, block) => {
    const text = texts[block] ?? '';
    const decode = (mention: WireMention): Mention => ({
      start: mention.s,
      end: mention.e,
      surface: text.slice(mention.s, mention.e),
      candidates: mention.c.flatMap((index) => {
        const alias = aliases[index];
        return alias ? [alias] : [];
      }),
      ...(mention.i ? { inner: mention.i.map(decode) } : {}),
    });
    return mentions.map(decode);
  });
}
