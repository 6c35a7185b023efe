import { afterEach, describe, expect, test, vi } from 'vitest';
import { highlightName, Painter, type MarkLook } from '../../../lib/page/highlights';
import type { Category } from '../../../lib/kb/schema';

describe('highlightName', () => {
  test.each<[Category, MarkLook | undefined, string]>([
    ['person', undefined, 'duiding-person'],
    ['person', 'underline', 'duiding-person'],
    ['weapon-system', 'underline', 'duiding-weapon-system'],
    ['person', 'background', 'duiding-person-bg'],
    ['weapon-system', 'background', 'duiding-weapon-system-bg'],
  ])('%s, %s -> %s', (category, look, name) => {
    expect(highlightName(category, look)).toBe(name);
  });
});

/** A stand-in for the CSS Custom Highlight API, which happy-dom does not have. */
function fakeHighlights(): Map<string, Set<unknown>> {
  const registry = new Map<string, Set<unknown>>();
  // Like the real one, made with any number of ranges.
  class FakeHighlight extends Set<unknown> {
    priority = 0;
    constructor(...ranges: unknown[]) {
      super(ranges);
    }
  }
  vi.stubGlobal('Highlight', FakeHighlight);
  vi.stubGlobal('CSS', { highlights: registry });
  return registry;
}

describe('Painter', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  test.each<[MarkLook, string[]]>([
    ['underline', ['duiding-country', 'duiding-first', 'duiding-person']],
    ['background', ['duiding-country-bg', 'duiding-first-bg', 'duiding-person-bg']],
  ])('paints each category and the first mentions under the names of the %s look', (look, names) => {
    const registry = fakeHighlights();
    const [a, b, c] = [new Range(), new Range(), new Range()];
    const painter = new Painter();
    painter.paint(
      [
        { range: a, category: 'person' },
        { range: b, category: 'person' },
        { range: c, category: 'country' },
      ],
      [a, c],
      look,
    );
    expect([...registry.keys()].sort()).toEqual(names);
    expect(registry.get(names[2]!)!.size).toBe(2);
    expect(registry.get(names[1]!)!.size).toBe(2);
    painter.clear();
    expect(registry.size).toBe(0);
  });
});

describe('Painter.paintedAt', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  /** Paints one person mention and gives the registry a hit test that reports `under` at every point. */
  function painted(under: (own: unknown[]) => unknown[] | null): Painter {
    const registry = fakeHighlights() as Map<string, Set<unknown>> & { highlightsFromPoint?: unknown };
    const painter = new Painter();
    painter.paint([{ range: new Range(), category: 'person' }], [], 'underline');
    const result = under([...registry.values()]);
    if (result) registry.highlightsFromPoint = () => result.map((highlight) => ({ highlight, ranges: [] }));
    return painter;
  }

  test('true when one of its own highlights is under the point', () => {
    expect(painted((own) => own).paintedAt(10, 10)).toBe(true);
  });

  test('false when only a highlight the page registered itself is under the point', () => {
    const pages = new Set<unknown>();
    expect(painted(() => [pages]).paintedAt(10, 10)).toBe(false);
  });

  test('false when nothing is under the point', () => {
    expect(painted(() => []).paintedAt(10, 10)).toBe(false);
  });

  test('null when the browser has no hit test of highlights', () => {
    expect(painted(() => null).paintedAt(10, 10)).toBeNull();
  });

  test('false when nothing is painted, without asking the browser', () => {
    const registry = fakeHighlights() as Map<string, Set<unknown>> & { highlightsFromPoint?: unknown };
    const asked = vi.fn(() => []);
    registry.highlightsFromPoint = asked;
    expect(new Painter().paintedAt(10, 10)).toBe(false);
    expect(asked).not.toHaveBeenCalled();
  });
});
