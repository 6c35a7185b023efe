/**
 * Annotates a live page: collects its text, finds and resolves mentions for the whole article, paints them, and
 * answers "which mention is under this point?". Changes to the page are only queued by the observer and handled
 * later in one go, so a page that mutates often pays little.
 */
import type { Category, Entry } from '../kb/schema';
import type { Matcher } from '../match/compile';
import { annotateBlocks } from '../match/annotate';
import type { ResolvedMention } from '../match/resolve';
import { caretFromPoint, rangeContainsPoint } from './caret';
import { collectBlocks, locate } from './collect';
import { Painter } from './highlights';

export interface PageMention extends ResolvedMention {
  range: Range;
  category: Category;
}

interface NodeSlice {
  start: number;
  end: number;
  mention: PageMention;
}

export interface AnnotatorOptions {
  matcher: Matcher;
  entries: ReadonlyMap<string, Entry>;
  /** An element of the extension's own (the card's host), never annotated. */
  ownElement?: () => Element | null;
}

export class Annotator {
  mentions: PageMention[] = [];
  private slices = new WeakMap<Text, NodeSlice[]>();
  private readonly painter = new Painter();

  constructor(
    private readonly doc: Document,
    private options: AnnotatorOptions,
  ) {}

  setOptions(options: AnnotatorOptions): void {
    this.options = options;
  }

  /** Annotates the whole body again from scratch. Returns the number of mentions painted. */
  annotate(): number {
    this.clear();
    const root = this.doc.body;
    if (!root) return 0;
    const blocks = collectBlocks(root, this.options.ownElement?.());
    const resolved = annotateBlocks(
      this.options.matcher,
      blocks.map((block) => block.text),
    );
    const painted: { range: Range; category: Category }[] = [];
    blocks.forEach((block, i) => {
      for (const mention of resolved[i]!) {
        const entry = this.options.entries.get(mention.entryId);
        if (!entry) continue;
        const start = locate(block, mention.start);
        const end = locate(block, mention.end, true);
        const range = this.doc.createRange();
        range.setStart(start.node, start.offset);
        range.setEnd(end.node, end.offset);
        const pageMention: PageMention = { ...mention, range, category: entry.category };
        this.mentions.push(pageMention);
        painted.push({ range, category: entry.category });
        this.index(block, pageMention);
      }
    });
    this.painter.paint(painted);
    return this.mentions.length;
  }

  /** Records which part of each text node a mention covers, for hit-testing. */
  private index(block: ReturnType<typeof collectBlocks>[number], mention: PageMention): void {
    for (const piece of block.pieces) {
      const pieceEnd = piece.offset + piece.node.data.length;
      if (pieceEnd <= mention.start || piece.offset >= mention.end) continue;
      const slice: NodeSlice = {
        start: Math.max(mention.start, piece.offset) - piece.offset,
        end: Math.min(mention.end, pieceEnd) - piece.offset,
        mention,
      };
      const list = this.slices.get(piece.node);
      if (list) list.push(slice);
      else this.slices.set(piece.node, [slice]);
    }
  }

  /** Removes every mark. */
  clear(): void {
    this.painter.clear();
    this.mentions = [];
    this.slices = new WeakMap();
  }

  /** The mention whose text is under the point, if any. */
  mentionAt(x: number, y: number): PageMention | null {
    const caret = caretFromPoint(this.doc, x, y);
    if (!caret || caret.node.nodeType !== Node.TEXT_NODE) return null;
    const list = this.slices.get(caret.node as Text);
    if (!list) return null;
    for (const slice of list) {
      if (caret.offset < slice.start || caret.offset > slice.end) continue;
      if (rangeContainsPoint(slice.mention.range, x, y)) return slice.mention;
    }
    return null;
  }
}
