import { describe, expect, test } from 'vitest';
import { BUNDLED } from '../../../lib/kb';
import { compileMatcher } from '../../../lib/match/compile';
import { annotateText } from '../../../lib/match/annotate';

describe('smoke', () => {
  test('finds NAVO in a compound', () => {
    const matcher = compileMatcher(BUNDLED.entries);
    const found = annotateText(matcher, 'De NAVO-lidstaten en niet-NAVO-landen.');
    expect(found.map((m) => [m.surface, m.entryId])).toEqual([
      ['NAVO', 'nato'],
      ['NAVO', 'nato'],
    ]);
  });
});
