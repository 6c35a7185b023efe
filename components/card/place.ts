/**
 * Places the card next to a mention with Floating UI: below it when there is room, else above; shifted to stay on
 * screen; never taller than the room left. Works at any zoom and on right-to-left pages (the layer takes the
 * page's direction).
 */
import { computePosition, flip, offset, shift, size } from '@floating-ui/dom';

export function placeCard(range: Range, layer: HTMLElement): Promise<void> {
  const reference = {
    getBoundingClientRect: () => range.getClientRects()[0] ?? range.getBoundingClientRect(),
    getClientRects: () => range.getClientRects(),
    contextElement: range.startContainer.parentElement ?? undefined,
  };
  return computePosition(reference, layer, {
    strategy: 'fixed',
    placement: 'bottom-start',
    middleware: [
      offset(6),
      flip({ padding: 8 }),
      shift({ padding: 8 }),
      size({
        padding: 8,
        apply({ availableHeight, availableWidth, elements }) {
          elements.floating.style.setProperty('--max-h', `${Math.max(120, Math.floor(availableHeight))}px`);
          elements.floating.style.setProperty('--max-w', `${Math.max(200, Math.floor(availableWidth))}px`);
        },
      }),
    ],
  }).then(({ x, y }) => {
    layer.style.left = `${x}px`;
    layer.style.top = `${y}px`;
  });
}

/** The page's text size at the mention, kept readable: the card follows the page's font size and zoom. */
export function pageFontSize(range: Range): string {
  const element = range.startContainer.parentElement;
  const size = element ? parseFloat(getComputedStyle(element).fontSize) : 16;
  return `${Math.min(22, Math.max(13, Number.isFinite(size) ? size * 0.85 : 15))}px`;
}

/** The writing direction at the mention. */
export function pageDirection(range: Range): 'ltr' | 'rtl' {
  const element = range.startContainer.parentElement;
  return element && getComputedStyle(element).direction === 'rtl' ? 'rtl' : 'ltr';
}
