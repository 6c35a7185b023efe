/**
 * Paints mentions with the CSS Custom Highlight API: one `Highlight` per category (styled by the stylesheet the
 * manifest declares), so the page's DOM is never touched. Pages without the API are left alone.
 */
import type { Category } from '../kb/schema';

export const HIGHLIGHT_PREFIX = 'duiding-';
/** The first mention of each entry, painted again under this name so it can be styled apart. */
export const FIRST_MENTION_HIGHLIGHT = 'duiding-first';
/** The term that keyboard navigation is on. */
export const FOCUS_HIGHLIGHT = 'duiding-focus';
/** Added to a highlight's name when marks are painted as a tinted background instead of an underline. */
export const BACKGROUND_SUFFIX = '-bg';

/** How marks look (see highlights.css). */
export type MarkLook = 'underline' | 'background';

export function highlightName(category: Category, look: MarkLook = 'underline'): string {
  return HIGHLIGHT_PREFIX + category + (look === 'background' ? BACKGROUND_SUFFIX : '');
}

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export class Painter {
  private readonly highlights = new Map<string, Highlight>();

  /**
   * Paints each range under its category, and the first mentions once more under their own name, in the given
   * look. Returns false when the browser cannot paint highlights.
   */
  paint(
    ranges: readonly { range: AbstractRange; category: Category }[],
    firsts: readonly AbstractRange[] = [],
    look: MarkLook = 'underline',
  ): boolean {
    if (!highlightsSupported()) return false;
    for (const { range, category } of ranges) this.highlight(highlightName(category, look)).add(range);
    if (firsts.length) {
      const first = this.highlight(FIRST_MENTION_HIGHLIGHT + (look === 'background' ? BACKGROUND_SUFFIX : ''));
      // Drawn over the category's own style.
      first.priority = 1;
      for (const range of firsts) first.add(range);
    }
    return true;
  }

  private highlight(name: string): Highlight {
    let highlight = this.highlights.get(name);
    if (!highlight) {
      highlight = new Highlight();
      this.highlights.set(name, highlight);
      CSS.highlights.set(name, highlight);
    }
    return highlight;
  }

  clear(): void {
    if (!highlightsSupported()) return;
    for (const name of this.highlights.keys()) CSS.highlights.delete(name);
    this.highlights.clear();
  }
}
