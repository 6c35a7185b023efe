/** Small pure helpers over a page's mentions: hit-testing within a text node, and first mentions. */

/** The slice of a node containing `offset` (its end included), by binary search over slices sorted by start. */
export function sliceAt<T extends { start: number; end: number }>(slices: readonly T[], offset: number): T | null {
  let lo = 0;
  let hi = slices.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const slice = slices[mid]!;
    if (offset < slice.start) hi = mid - 1;
    else if (offset > slice.end) lo = mid + 1;
    else return slice;
  }
  return null;
}

/** The first mention of each entry in document order. */
export function firstMentions<M extends { entryId: string; range: Range }>(mentions: readonly M[]): Map<string, M> {
  const firsts = new Map<string, M>();
  for (const mention of mentions) {
    const current = firsts.get(mention.entryId);
    if (!current || mention.range.compareBoundaryPoints(Range.START_TO_START, current.range) < 0) {
      firsts.set(mention.entryId, mention);
    }
  }
  return firsts;
}
