/**
 * Annotates a live page and keeps the marks in step with it.
 *
 * A full scan walks the article block by block in slices of a few milliseconds, has the names in its text found
 * (by the background, off the page's main thread), then resolves the ambiguous ones with the whole article as
 * context and paints. Later changes arrive as queued nodes: only the
 * blocks they touch are scanned (text already scanned is never scanned again unless its block changed), marks of
 * removed text are dropped, and ambiguous names left open earlier are tried again with the new context.
 */
import type { Category, Lang } from '../kb/schema';
import type { Mention } from '../match/find';
import { addNamed, lazyContext, resolveMentions, type ArticleContext, type ResolvedMention } from '../match/resolve';
import { articleRoots } from './article';
import { blockOf, isExcluded, isInline, locate, walkBlocks, type PlacedBlock, type TextBlock } from './collect';
import { Painter, type MarkLook } from './highlights';
import { firstMentions } from './mention-order';
import { emptyPhases, emptyStats, nextTurn, runInSlices, type ScanPhases, type SliceStats } from './slices';

const ELEMENT_NODE = 1;

export interface PageMention extends ResolvedMention {
  range: Range;
  category: Category;
}

/** A painted mention with the block of text it was found in. */
export interface PaintedMention {
  block: TextBlock;
  mention: PageMention;
}

interface BlockRecord {
  element: Element | null;
  block: TextBlock;
  found: Mention[];
  mentions: PageMention[];
  /** Found ambiguous names that the article did not settle (yet). */
  open: number;
  /** Starts of mentions the reader said are not what the card says ("not this one"). */
  dismissed?: Set<number>;
}

export type MarkStyle = 'all' | 'first-emphasised' | 'first-only';

/** Finds the names in blocks of text (the background does it for a page; see `findNames`). */
export type FindNames = (texts: readonly string[]) => Promise<Mention[][]>;

export interface AnnotatorOptions {
  find: FindNames;
  /** The category of an entry (its marks are painted under it); undefined for an entry not to mark. */
  categoryOf: (id: string) => Category | undefined;
  /** An element of the extension's own (the card's host), never annotated. */
  ownElement?: () => Element | null;
  /** Mark every mention (the default), every mention with the first of each entry set apart, or only the first. */
  marks?: MarkStyle;
  /** Underlined (the default) or on a tinted background. */
  look?: MarkLook;
  /** The article's language, asked for when an ambiguous name needs settling (the text scanned so far helps). */
  language?: () => Lang | null;
}

export class Annotator {
  readonly stats: SliceStats = emptyStats();
  /** The same time by part of the work (finding names is the session's: see `AnnotatorOptions.find`). */
  readonly phases: ScanPhases = emptyPhases();
  private records: BlockRecord[] = [];
  /** Counts the repaints, so that what is built from the painted mentions (see `hit-test.ts`) knows when to rebuild. */
  private repaintCount = 0;
  private readonly painter = new Painter();
  private named = new Set<string>();
  private contextParts: string[] = [];
  private generation = 0;
  /** What is annotated: the article's elements, or the body. */
  private scope: Element[] = [];

  constructor(
    private readonly doc: Document,
    private options: AnnotatorOptions,
  ) {}

  setOptions(options: AnnotatorOptions): void {
    this.options = options;
  }

  /** Every mention found on the page now, in the order it was scanned. */
  get mentions(): PageMention[] {
    return this.records.flatMap((record) => record.mentions);
  }

  /** The mentions painted now (all, or only first mentions), in document order. */
  paintedMentions(): PageMention[] {
    const all = this.mentions;
    const firsts = new Set(firstMentions(all).values());
    const shown = this.options.marks === 'first-only' ? all.filter((m) => firsts.has(m)) : all;
    return shown.sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
  }

  /** Removes every mark and forgets what was scanned. */
  clear(): void {
    this.generation++;
    this.painter.clear();
    this.records = [];
    this.repaintCount++;
    this.named.clear();
    this.contextParts = [];
  }

  /**
   * Scans the page from scratch, in slices: the article (see `articleRoots`), or the whole body. Resolves to false
   * when cut short by `clear()` or the signal.
   */
  async annotate(signal?: AbortSignal): Promise<boolean> {
    const body = this.doc.body;
    if (!body || isExcluded(body) || this.doc.designMode === 'on') {
      this.clear();
      return true;
    }
    // The marks on the page stay until the new scan's replace them, so a change of settings never blanks the page.
    const generation = ++this.generation;
    // A scan starts a task of its own: whoever asked for it may have done work in this one.
    if (!(await this.nextTurnOf(generation, signal))) return false;
    const start = performance.now();
    this.scope = articleRoots(this.doc);
    return this.scanRoots(this.scope, signal, true, start);
  }

  /** Scans what changed below the given nodes (added or edited), and drops marks of removed text. */
  async update(nodes: Iterable<Node>, signal?: AbortSignal): Promise<boolean> {
    // The article itself was replaced (a single-page app moved on): start again.
    if (this.scope.length === 0 || this.scope.some((element) => !element.isConnected)) return this.annotate(signal);
    const start = performance.now();
    this.dropDisconnected();
    const roots: Element[] = [];
    for (const node of nodes) {
      if (!node.isConnected) continue;
      let block = this.blockFor(node);
      if (!block) continue;
      if (!this.scope.some((element) => element === block || element.contains(block!))) {
        // Outside the article: only a change around it that holds it counts, and then for the article alone.
        const held = this.scope.find((element) => block!.contains(element));
        if (!held) continue;
        block = held;
      }
      if (roots.some((root) => root.contains(block!)) || isExcluded(block)) continue;
      const own = this.options.ownElement?.();
      if (own && (own === block || own.contains(block))) continue;
      for (let i = roots.length - 1; i >= 0; i--) if (block.contains(roots[i]!)) roots.splice(i, 1);
      roots.push(block);
    }
    if (roots.length === 0) {
      this.track(performance.now() - start);
      return true;
    }
    for (const root of roots) this.dropWithin(root);
    return this.scanRoots(roots, signal, false, start);
  }

  private blockFor(node: Node): Element | null {
    if (node.nodeType === ELEMENT_NODE) {
      const element = node as Element;
      const block = blockOf(element);
      // An inline element's text belongs to the block around it.
      return isInline(element) ? block : element;
    }
    return blockOf(node);
  }

  /**
   * Scans blocks below the roots; `fromScratch` drops what was scanned before once the new scan has its names.
   * `since` is when the task calling it began its work, which counts towards the first slice. Each stage (collecting,
   * sending, resolving, painting) starts on a turn of its own, so that no task holds more than a slice of work.
   */
  private async scanRoots(roots: readonly Element[], signal?: AbortSignal, fromScratch = false, since?: number): Promise<boolean> {
    const generation = this.generation;
    const blocks: PlacedBlock[] = [];
    const own = this.options.ownElement?.() ?? null;
    function* steps(): Generator<void> {
      for (const root of roots) {
        for (const block of walkBlocks(root, own)) {
          if (block) blocks.push(block);
          yield;
        }
      }
    }
    const busyBefore = this.stats.busyMs;
    const collected = await runInSlices(steps(), this.stats, signal, undefined, since);
    this.phases.collectMs += this.stats.busyMs - busyBefore;
    if (!collected || signal?.aborted || generation !== this.generation) return false;
    let found: Mention[][] = [];
    if (blocks.length) {
      if (!(await this.nextTurnOf(generation, signal))) return false;
      try {
        found = await this.options.find(blocks.map((block) => block.text));
      } catch {
        // The extension was reloaded or removed meanwhile: nothing to mark.
        return false;
      }
      if (!(await this.nextTurnOf(generation, signal))) return false;
    }
    const start = performance.now();
    const named = fromScratch ? new Set<string>() : this.named;
    const parts = fromScratch ? [] : this.contextParts;
    const fresh: BlockRecord[] = blocks.map((block, i) => {
      const mentions = found[i] ?? [];
      for (const mention of mentions) addNamed(mention, named);
      parts.push(block.text);
      return { element: block.element, block, found: mentions, mentions: [], open: 0 };
    });
    const context = lazyContext(() => parts.join('\n'), named, () => this.options.language?.() ?? null);
    // Names left open before may be settled by what just arrived; resolving is sliced like collecting.
    const pending = fromScratch ? fresh : [...this.records.filter((record) => record.open > 0), ...fresh];
    const resolve = (record: BlockRecord): void => this.resolveRecord(record, context);
    function* resolving(): Generator<void> {
      for (const record of pending) {
        resolve(record);
        yield;
      }
    }
    const resolvingBefore = this.stats.busyMs;
    const resolved = await runInSlices(resolving(), this.stats, signal, undefined, start);
    this.phases.resolveMs += this.stats.busyMs - resolvingBefore;
    if (!resolved || generation !== this.generation) return false;
    if (!(await this.nextTurnOf(generation, signal))) return false;
    const paintStart = performance.now();
    if (fromScratch) {
      this.records = fresh;
      this.named = named;
      this.contextParts = parts;
    } else {
      this.records.push(...fresh);
    }
    this.repaint();
    const paintMs = performance.now() - paintStart;
    this.phases.paintMs += paintMs;
    this.track(paintMs);
    return true;
  }

  /** Waits for the next turn of the event loop; false when the scan of `generation` was cut short meanwhile. */
  private async nextTurnOf(generation: number, signal?: AbortSignal): Promise<boolean> {
    await nextTurn();
    return !signal?.aborted && generation === this.generation;
  }

  /** Counts a piece of work done outside `runInSlices`. */
  private track(spent: number): void {
    this.stats.busyMs += spent;
    this.stats.longestMs = Math.max(this.stats.longestMs, spent);
  }

  /** Takes one mention off the page ("not this one"); it stays off until the page is annotated from scratch. */
  dismiss(mention: PageMention): void {
    for (const record of this.records) {
      if (!record.mentions.includes(mention)) continue;
      (record.dismissed ??= new Set()).add(mention.start);
      record.mentions = record.mentions.filter((m) => m !== mention);
      this.repaint();
      return;
    }
  }

  private resolveRecord(record: BlockRecord, context: ArticleContext): void {
    const dismissed = record.dismissed;
    const resolved = resolveMentions(record.found, context).filter((m) => !dismissed?.has(m.start));
    record.open = record.found.length - resolved.length - (dismissed?.size ?? 0);
    if (resolved.length === record.mentions.length) return;
    const { block } = record;
    record.mentions = [];
    for (const mention of resolved) {
      const category = this.options.categoryOf(mention.entryId);
      if (!category) continue;
      const start = locate(block, mention.start);
      const end = locate(block, mention.end, true);
      // Text the page took away (or moved to another document) while its names were being found is not marked; the
      // change itself is scanned as it comes.
      if (!this.inPage(start.node) || (end.node !== start.node && !this.inPage(end.node))) continue;
      const range = this.doc.createRange();
      range.setStart(start.node, start.offset);
      range.setEnd(end.node, end.offset);
      record.mentions.push({ ...mention, range, category });
    }
  }

  private inPage(node: Node): boolean {
    return node.isConnected && node.ownerDocument === this.doc;
  }

  /** Paints every record's mentions again. Cheap next to finding them. */
  private repaint(): void {
    this.painter.clear();
    this.repaintCount++;
    const painted: { range: Range; category: Category }[] = [];
    const firsts = firstMentions(this.mentions);
    for (const { mention } of this.paintedWithBlocks(firsts)) painted.push({ range: mention.range, category: mention.category });
    const emphasised = this.options.marks === 'first-emphasised' ? [...firsts.values()].map((m) => m.range) : [];
    this.painter.paint(painted, emphasised, this.options.look);
  }

  /** How many times the marks were painted again or cleared. */
  get repaints(): number {
    return this.repaintCount;
  }

  /** Whether one of the marks is painted under the point; null when the browser cannot tell (see `Painter`). */
  paintedAt(x: number, y: number): boolean | null {
    return this.painter.paintedAt(x, y);
  }

  /** Each painted mention with its block, in the order scanned: every mention, or only the first of each entry. */
  *paintedWithBlocks(firsts = firstMentions(this.mentions)): Generator<PaintedMention> {
    for (const record of this.records) {
      for (const mention of record.mentions) {
        if (this.options.marks === 'first-only' && firsts.get(mention.entryId) !== mention) continue;
        yield { block: record.block, mention };
      }
    }
  }

  private dropDisconnected(): void {
    const before = this.records.length;
    this.records = this.records.filter((record) => record.block.pieces.every((piece) => piece.node.isConnected));
    if (this.records.length !== before) this.repaint();
  }

  private dropWithin(root: Element): void {
    this.records = this.records.filter(
      (record) => !(record.element && (record.element === root || root.contains(record.element))),
    );
  }
}
