/**
 * Collects the page's readable text as blocks: the text nodes of one paragraph, heading or list item joined into
 * one string, so that a name split over inline elements (`Jens <b>Stoltenberg</b>`) is still one name. Every
 * character of a block maps back to a text node and offset. The DOM is only read.
 */

/** Elements whose text is never annotated, with all that is inside them. */
const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'BUTTON',
  'CODE',
  'PRE',
  'KBD',
  'SAMP',
  'SVG',
  'MATH',
  'TEMPLATE',
  'IFRAME',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'OBJECT',
  'HEAD',
  'TITLE',
]);

/** Elements that flow inside a line of text; every other element starts a new block. */
const INLINE = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'CITE',
  'DATA',
  'DFN',
  'EM',
  'FONT',
  'I',
  'INS',
  'DEL',
  'LABEL',
  'MARK',
  'Q',
  'S',
  'SMALL',
  'SPAN',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'U',
  'VAR',
]);

export interface TextPiece {
  node: Text;
  /** Where the node's text starts in the block's text. */
  offset: number;
}

export interface TextBlock {
  text: string;
  pieces: TextPiece[];
}

function isSkipped(element: Element): boolean {
  if (SKIPPED.has(element.tagName.toUpperCase())) return true;
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  if (element instanceof HTMLElement) {
    if (element.isContentEditable || element.getAttribute('contenteditable') === 'true') return true;
    if (element.style.display === 'none' || element.style.visibility === 'hidden') return true;
  }
  return false;
}

/**
 * The text blocks below `root`, skipping code, form fields, editable regions and hidden elements.
 * `skip` can name one more element to leave out (the card's own host).
 */
export function collectBlocks(root: Node, skip?: Element | null): TextBlock[] {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType === Node.ELEMENT_NODE) {
        const element = node as Element;
        if (element === skip || isSkipped(element)) return NodeFilter.FILTER_REJECT;
      }
      return NodeFilter.FILTER_ACCEPT;
    },
  });
  const blocks: TextBlock[] = [];
  let current: TextBlock | null = null;
  let currentBlockElement: Element | null = null;
  let pendingBreak = false;

  const flush = (): void => {
    if (current && /[\p{L}\p{N}]/u.test(current.text)) blocks.push(current);
    current = null;
  };

  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.ELEMENT_NODE) {
      const element = node as Element;
      const tag = element.tagName.toUpperCase();
      if (!INLINE.has(tag)) pendingBreak = true;
      continue;
    }
    const text = node as Text;
    if (text.data.length === 0) continue;
    const blockElement = blockOf(text);
    if (blockElement !== currentBlockElement) {
      flush();
      currentBlockElement = blockElement;
      pendingBreak = false;
    }
    if (!current) current = { text: '', pieces: [] };
    if (pendingBreak && current.text.length > 0) current.text += '\n';
    pendingBreak = false;
    current.pieces.push({ node: text, offset: current.text.length });
    current.text += text.data;
  }
  flush();
  return blocks;
}

function blockOf(text: Text): Element | null {
  let element = text.parentElement;
  while (element && INLINE.has(element.tagName.toUpperCase())) element = element.parentElement;
  return element;
}

/** The text node and offset inside it for a position in a block's text (the piece containing it). */
export function locate(block: TextBlock, position: number, preferEnd = false): { node: Text; offset: number } {
  const { pieces } = block;
  let lo = 0;
  let hi = pieces.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (pieces[mid]!.offset < position || (!preferEnd && pieces[mid]!.offset === position)) lo = mid;
    else hi = mid - 1;
  }
  const piece = pieces[lo]!;
  return { node: piece.node, offset: Math.min(position - piece.offset, piece.node.data.length) };
}
