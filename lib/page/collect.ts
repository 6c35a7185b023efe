/**
 * Collects the page's readable text as blocks: the text nodes of one paragraph, heading or list item joined into
 * one string, so that a name split over inline elements (`Jens <b>Stoltenberg</b>`) is still one name. Every
 * character of a block maps back to a text node and offset. The DOM is only read.
 */

/**
 * Elements whose text is never annotated, with all that is inside them: code, form fields, embedded content, and
 * the page's menus, footers and side boxes (`nav`, `footer`, `aside`), whose links and teasers repeat names the
 * article itself carries.
 */
const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'textarea',
  'input',
  'select',
  'option',
  'button',
  'code',
  'pre',
  'kbd',
  'samp',
  'svg',
  'math',
  'template',
  'iframe',
  'canvas',
  'video',
  'audio',
  'object',
  'head',
  'title',
  'nav',
  'footer',
  'aside',
]);

/** Elements that flow inside a line of text; every other element starts a new block. */
const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'data',
  'dfn',
  'em',
  'font',
  'i',
  'ins',
  'del',
  'label',
  'mark',
  'q',
  's',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
  'wbr',
]);

// Numeric DOM constants instead of the `Node` and `NodeFilter` globals: the same code runs in Node (command line)
// and is not thrown off by a page that replaces those globals.
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/**
 * Whether a text may hold a word: an ASCII letter or digit, or any other character outside the ranges of Latin-1
 * punctuation, general punctuation and symbols (U+2000-U+2BFF), CJK spaces, marks and brackets, variation
 * selectors and the byte order mark. Blocks of dashes, bullets and arrows are left out; a block let through that
 * holds no word only costs the background a look. Read character by character: a pattern with Unicode classes
 * costs a fraction of a millisecond to make on every page, more than the whole check.
 */
export function hasWord(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      const lower = code | 0x20;
      if ((code >= 0x30 && code <= 0x39) || (lower >= 0x61 && lower <= 0x7a)) return true;
    } else if (
      code >= 0xc0 &&
      !(code >= 0x2000 && code <= 0x2bff) &&
      !(code >= 0x3000 && code <= 0x3004) &&
      !(code >= 0x3008 && code <= 0x3020) &&
      !(code >= 0xfe00 && code <= 0xfe0f) &&
      code !== 0xfeff
    ) {
      return true;
    }
  }
  return false;
}

export interface TextPiece {
  node: Text;
  /** Where the node's text starts in the block's text. */
  offset: number;
}

export interface TextBlock {
  text: string;
  pieces: TextPiece[];
}

/** Element names are compared in lower case: `localName` costs nothing, unlike `tagName.toUpperCase()`. */
function nameOf(element: Element): string {
  const name = element.localName;
  return name.charCodeAt(0) < 97 ? name.toLowerCase() : name;
}

/** Elements whose attributes may leave them out; most elements carry only classes and ids, and one match says so. */
const MAYBE_LEFT_OUT = '[hidden], [aria-hidden], [contenteditable], [style]';

/** Whether an element's attributes leave it out: hidden, editable, or hidden by its inline style. */
function leftOutByAttributes(element: Element): boolean {
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  const editable = element.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  if (element.hasAttribute('style')) {
    const style = (element as HTMLElement).style as CSSStyleDeclaration | undefined;
    if (style && (style.display === 'none' || style.visibility === 'hidden')) return true;
  }
  return false;
}

/** Whether an element's attributes leave it out, asked of the element itself. */
function attributesLeaveOut(element: Element): boolean {
  // Each call into the DOM costs; one selector match stands in for four attribute reads on almost every element.
  return element.hasAttributes() && element.matches(MAYBE_LEFT_OUT) && leftOutByAttributes(element);
}

function isSkipped(element: Element, name = nameOf(element)): boolean {
  return SKIPPED.has(name) || attributesLeaveOut(element);
}

/**
 * Past this many elements that may be left out, they are not looked into ahead of the walk: each element walked is
 * asked instead, and the walk's own bound holds (see `MAX_WALK_NODES`). News pages carry at most some hundreds.
 */
export const LEFT_OUT_LOOKUP_LIMIT = 2000;

/**
 * The elements below `root` that their attributes leave out (see `leftOutByAttributes`), found with one selector
 * query: the browser goes through the elements itself, and the walk asks nothing of an element's attributes. Null
 * when there are none. Undefined, and the walk asks each element, when `root` is the whole page (its body, root
 * element or document): a page can hold any number of nodes, and the walk stops after `MAX_WALK_NODES` where one
 * query would go through them all. Also undefined when `root` holds too many candidates (`LEFT_OUT_LOOKUP_LIMIT`)
 * or cannot be queried.
 */
function leftOutBelow(root: Node): Set<Element> | null | undefined {
  const doc = root.ownerDocument;
  if (!doc || root === doc.body || root === doc.documentElement) return undefined;
  const query = (root as Partial<ParentNode>).querySelectorAll;
  if (typeof query !== 'function') return undefined;
  const candidates = query.call(root, MAYBE_LEFT_OUT);
  if (candidates.length > LEFT_OUT_LOOKUP_LIMIT) return undefined;
  let leftOut: Set<Element> | null = null;
  for (let i = 0; i < candidates.length; i++) {
    const element = candidates[i]!;
    if (leftOutByAttributes(element)) (leftOut ??= new Set()).add(element);
  }
  return leftOut;
}

/**
 * At most this many nodes are visited in one walk: some thirty times the largest news page seen (about 3,000
 * elements). A page beyond it is no article anyone reads through (a generated or hostile page): the walk ends
 * there, quietly, with the text found so far, so the work on one page stays bounded.
 */
export const MAX_WALK_NODES = 100_000;

/** A text block with the element it belongs to. */
export type PlacedBlock = TextBlock & { element: Element | null };

/**
 * Nodes walked between two pauses of `walkBlocks`: well under a millisecond of work, even on a cold start, so that
 * a block of thousands of nodes never holds up a slice of work (see `slices.ts`).
 */
export const PAUSE_EVERY_NODES = 128;

/**
 * The text blocks below `root`, one at a time, skipping code, form fields, editable regions and hidden elements.
 * `skip` can name one more element to leave out (the card's own host). Each block comes with the element it
 * belongs to. The walk ends after `maxNodes` nodes (see `MAX_WALK_NODES`).
 */
export function* iterateBlocks(root: Node, skip?: Element | null, maxNodes = MAX_WALK_NODES): Generator<PlacedBlock> {
  for (const block of walkBlocks(root, skip, maxNodes, 0)) if (block) yield block;
}

/**
 * The blocks of `iterateBlocks`, with a null between them after every `pauseEvery` nodes walked (none when 0): a
 * place where sliced work can stop, also in the middle of a long block.
 */
export function* walkBlocks(
  root: Node,
  skip?: Element | null,
  maxNodes = MAX_WALK_NODES,
  pauseEvery = PAUSE_EVERY_NODES,
): Generator<PlacedBlock | null> {
  let current: PlacedBlock | null = null;
  let pendingBreak = false;
  let visited = 0;
  let pause = pauseEvery > 0 ? pauseEvery : Infinity;
  // The block the text at the walk's place belongs to, and the blocks around it, one for each element the walk
  // went into: kept as the walk goes, instead of looked up from every text node.
  let block: Element | null = root.nodeType === ELEMENT_NODE ? blockOrSelf(root as Element) : null;
  const outer: (Element | null)[] = [];
  const leftOut = leftOutBelow(root);
  // A plain depth-first walk: faster than a TreeWalker with a filter, which calls back into script for every node.
  // Every property of a node is read once: each read is a call from the content script's world into the DOM.
  let node: Node | null = root.firstChild;
  while (node && visited++ < maxNodes) {
    if (visited >= pause) {
      pause += pauseEvery;
      yield null;
    }
    const type = node.nodeType;
    if (type === ELEMENT_NODE) {
      const element = node as Element;
      const name = nameOf(element);
      const skipped =
        SKIPPED.has(name) || (leftOut === undefined ? attributesLeaveOut(element) : leftOut?.has(element));
      if (element !== skip && !skipped) {
        const inline = INLINE.has(name);
        if (!inline) pendingBreak = true;
        const first = element.firstChild;
        if (first) {
          outer.push(block);
          if (!inline) block = element;
          node = first;
          continue;
        }
      }
    } else if (type === TEXT_NODE) {
      const text = node as Text;
      const data = text.data;
      if (data.length > 0) {
        if (!current || block !== current.element) {
          if (current && hasWord(current.text)) yield current;
          current = { text: '', pieces: [], element: block };
          pendingBreak = false;
        }
        if (pendingBreak && current.text.length > 0) current.text += '\n';
        pendingBreak = false;
        current.pieces.push({ node: text, offset: current.text.length });
        current.text += data;
      }
    }
    let next: Node | null = node.nextSibling;
    while (next === null) {
      node = node.parentNode;
      if (!node || node === root) break;
      block = outer.pop() ?? null;
      next = node.nextSibling;
    }
    node = next;
  }
  if (current && hasWord(current.text)) yield current;
}

/** All text blocks below `root` (see `iterateBlocks`). */
export function collectBlocks(root: Node, skip?: Element | null, maxNodes = MAX_WALK_NODES): TextBlock[] {
  return [...iterateBlocks(root, skip, maxNodes)];
}

/** Whether an element or any element around it is left out of annotation (code, form fields, editors, hidden). */
export function isExcluded(element: Element): boolean {
  for (let current: Element | null = element; current; current = current.parentElement) {
    if (isSkipped(current)) return true;
  }
  return false;
}

/** Whether an element flows inside a line of text (its text joins the block around it). */
export function isInline(element: Element): boolean {
  return INLINE.has(nameOf(element));
}

/** The element itself when it is a block, else the block it flows in. */
function blockOrSelf(element: Element): Element | null {
  return INLINE.has(nameOf(element)) ? blockOf(element) : element;
}

/** The nearest ancestor of a text node that is not an inline element: the block its text belongs to. */
export function blockOf(text: Node): Element | null {
  let element = text.parentElement;
  while (element && INLINE.has(nameOf(element))) element = element.parentElement;
  return element;
}

/**
 * The index of the piece holding a position in a block's text: the last piece starting at or before it, or, with
 * `preferEnd`, the last starting before it (a position where two pieces meet then ends the earlier one).
 */
export function pieceIndex(pieces: readonly TextPiece[], position: number, preferEnd = false): number {
  let lo = 0;
  let hi = pieces.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (pieces[mid]!.offset < position || (!preferEnd && pieces[mid]!.offset === position)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The text node and offset inside it for a position in a block's text (the piece containing it). */
export function locate(block: TextBlock, position: number, preferEnd = false): { node: Text; offset: number } {
  const piece = block.pieces[pieceIndex(block.pieces, position, preferEnd)]!;
  return { node: piece.node, offset: Math.min(position - piece.offset, piece.node.data.length) };
}
