/**
 * Which painted mention is under a point: the text position under it (`caretPositionFromPoint`), the mention
 * covering that position in its text node (binary search over the node's pieces of mentions), and a check that the
 * point lies on the mention's own text, not beside the line's end or in the margin.
 *
 * Part of the card's code: the content script itself only asks the browser whether one of its highlights is under
 * the pointer (see `Painter.paintedAt`), which is enough to know the card is wanted.
 */
import type { PageMention, PaintedMention } from './annotator';
import { caretFromPoint, rangeContainsPoint } from './caret';
import { pieceIndex, type TextBlock } from './collect';
import { sliceAt } from './mention-order';

const TEXT_NODE = 3;

/** The part of a mention that lies in one text node, as offsets in that node. */
interface NodeSlice {
  start: number;
  end: number;
  mention: PageMention;
}

/** What the hit test reads of the annotator: its painted mentions, and a count that changes with every repaint. */
export interface PaintedSource {
  readonly repaints: number;
  paintedWithBlocks(): Iterable<PaintedMention>;
}

export class HitTester {
  /** The index of what is painted, built on first need after each repaint: a page that changes is painted often. */
  private index: WeakMap<Text, NodeSlice[]> | null = null;
  private indexed = -1;

  constructor(
    private readonly doc: Document,
    private readonly source: PaintedSource,
  ) {}

  /** The painted mention whose text is under the point, if any. */
  mentionAt(x: number, y: number): PageMention | null {
    const caret = caretFromPoint(this.doc, x, y);
    if (!caret || caret.node.nodeType !== TEXT_NODE) return null;
    const list = this.slicesByNode().get(caret.node as Text);
    if (!list) return null;
    const slice = sliceAt(list, caret.offset);
    if (slice && rangeContainsPoint(slice.mention.range, x, y)) return slice.mention;
    return null;
  }

  private slicesByNode(): WeakMap<Text, NodeSlice[]> {
    if (this.index && this.indexed === this.source.repaints) return this.index;
    const index = new WeakMap<Text, NodeSlice[]>();
    for (const { block, mention } of this.source.paintedWithBlocks()) addSlices(index, block, mention);
    this.indexed = this.source.repaints;
    return (this.index = index);
  }
}

/** Files the mention's part of each text node of the block it spans under that node. */
function addSlices(index: WeakMap<Text, NodeSlice[]>, block: TextBlock, mention: PageMention): void {
  const { pieces } = block;
  // From the last piece that starts at or before the mention, on while pieces overlap it: a block can hold
  // thousands of pieces, and a page hundreds of mentions.
  for (let i = pieceIndex(pieces, mention.start); i < pieces.length && pieces[i]!.offset < mention.end; i++) {
    const piece = pieces[i]!;
    const pieceEnd = piece.offset + piece.node.data.length;
    if (pieceEnd <= mention.start || piece.offset >= mention.end) continue;
    const slice: NodeSlice = {
      start: Math.max(mention.start, piece.offset) - piece.offset,
      end: Math.min(mention.end, pieceEnd) - piece.offset,
      mention,
    };
    const list = index.get(piece.node);
    if (list) list.push(slice);
    else index.set(piece.node, [slice]);
  }
}
