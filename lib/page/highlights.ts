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

/** One highlight under a point, as `highlightsFromPoint` reports it. */
interface HitResult {
  highlight: Highlight;
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
    // Each highlight is made with all its ranges at once: one call into the page's registry instead of one a range.
    const byName = new Map<string, AbstractRange[]>();
    for (const { range, category } of ranges) {
      const name = highlightName(category, look);
      const list = byName.get(name);
      if (list) list.push(range);
      else byName.set(name, [range]);
    }
    for (const [name, list] of byName) this.add(name, list);
    // Drawn over the category's own style.
    if (firsts.length) this.add(FIRST_MENTION_HIGHLIGHT + (look === 'background' ? BACKGROUND_SUFFIX : ''), firsts, 1);
    return true;
  }

  private add(name: string, ranges: readonly AbstractRange[], priority = 0): void {
    const existing = this.highlights.get(name);
    if (existing) {
      for (const range of ranges) existing.add(range);
      return;
    }
    const highlight = new Highlight(...ranges);
    if (priority) highlight.priority = priority;
    this.highlights.set(name, highlight);
    CSS.highlights.set(name, highlight);
  }

  /**
   * Whether one of this painter's highlights is under the point (the browser's own hit test of highlights), or
   * null where the browser has no such test (Firefox before 150). Highlights the page registers itself do not count.
   */
  paintedAt(x: number, y: number): boolean | null {
    // Nothing is painted where the browser has no highlights (see `paint`).
    if (this.highlights.size === 0) return false;
    const registry = CSS.highlights as HighlightRegistry & {
      highlightsFromPoint?: (x: number, y: number) => HitResult[];
    };
    if (typeof registry.highlightsFromPoint !== 'function') return null;
    const hits = registry.highlightsFromPoint(x, y);
    for (const hit of hits) {
      for (const own of this.highlights.values()) if (hit.highlight === own) return true;
    }
    return false;
  }

  clear(): void {
    if (!highlightsSupported()) return;
    for (const name of this.highlights.keys()) CSS.highlights.delete(name);
    this.highlights.clear();
  }
}
