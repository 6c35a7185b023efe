/**
 * Paints mentions with the CSS Custom Highlight API: one `Highlight` per category (styled by the stylesheet the
 * manifest declares), so the page's DOM is never touched. Pages without the API are left alone.
 */
import type { Category } from '../kb/schema';

export const HIGHLIGHT_PREFIX = 'duiding-';

export function highlightName(category: Category): string {
  return HIGHLIGHT_PREFIX + category;
}

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export class Painter {
  private readonly highlights = new Map<string, Highlight>();

  /** Paints each range under its category; returns false when the browser cannot paint highlights. */
  paint(ranges: readonly { range: AbstractRange; category: Category }[]): boolean {
    if (!highlightsSupported()) return false;
    for (const { range, category } of ranges) {
      const name = highlightName(category);
      let highlight = this.highlights.get(name);
      if (!highlight) {
        highlight = new Highlight();
        this.highlights.set(name, highlight);
        CSS.highlights.set(name, highlight);
      }
      highlight.add(range);
    }
    return true;
  }

  remove(ranges: readonly AbstractRange[]): void {
    for (const highlight of this.highlights.values()) {
      for (const range of ranges) highlight.delete(range);
    }
  }

  clear(): void {
    if (!highlightsSupported()) return;
    for (const name of this.highlights.keys()) CSS.highlights.delete(name);
    this.highlights.clear();
  }
}
