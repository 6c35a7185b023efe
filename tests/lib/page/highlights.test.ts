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
