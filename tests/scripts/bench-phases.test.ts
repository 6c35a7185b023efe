import { describe, expect, test } from 'vitest';
import { machineSummary, phaseSummary, type CorpusRow } from '../../scripts/bench/corpus';

function row(page: string, times: Partial<CorpusRow>): CorpusRow {
  return {
    page,
    lang: 'nl',
    bytes: 1000,
    mentions: 1,
    duidingMs: 0,
    evaluateMs: 0,
    evaluateThreadMs: 0,
    setupMs: 0,
    scanMs: 0,
    waitMs: 0,
    longestMs: 0,
    markjsMs: null,
    markjsMarks: null,
    ...times,
  };
}

describe('the line of phase medians', () => {
  test('gives the median of each part across pages', () => {
    const rows = [
      row('a', { setupMs: 1, scanMs: 4, collectMs: 1.5, findMs: 0.3, resolveMs: 0.5, paintMs: 0.4, waitMs: 3 }),
      row('b', { setupMs: 2, scanMs: 6, collectMs: 2.5, findMs: 0.5, resolveMs: 0.9, paintMs: 0.6, waitMs: 5 }),
      row('c', { setupMs: 9, scanMs: 5, collectMs: 2.0, findMs: 0.4, resolveMs: 0.7, paintMs: 0.5, waitMs: 4 }),
    ];
    expect(phaseSummary(rows)).toBe(
      'Medians across pages: setup 2.0 ms, scan 5.0 ms (finding the article and collecting its text 2.0 ms, ' +
        'sending it and unpacking the answers 0.4 ms, resolving 0.7 ms, painting 0.5 ms), background wait 4.0 ms',
    );
  });

  test('takes the mean of the two middle pages when their number is even', () => {
    const rows = [row('a', { setupMs: 1, scanMs: 2, waitMs: 1 }), row('b', { setupMs: 2, scanMs: 5, waitMs: 2 })];
    expect(phaseSummary(rows)).toBe('Medians across pages: setup 1.5 ms, scan 3.5 ms, background wait 1.5 ms');
  });

  test('leaves out a part that results written before it was measured lack', () => {
    const rows = [
      row('a', { setupMs: 1, scanMs: 4, collectMs: 1, paintMs: 0.2, waitMs: 3 }),
      row('b', { setupMs: 1, scanMs: 4, paintMs: 0.4, waitMs: 3 }),
    ];
    expect(phaseSummary(rows)).toBe(
      'Medians across pages: setup 1.0 ms, scan 4.0 ms (painting 0.3 ms), background wait 3.0 ms',
    );
  });

  test('says so when no page was measured', () => {
    expect(phaseSummary([])).toBe('Medians across pages: no pages measured');
  });
});

describe('the line on the machine during the corpus part', () => {
  test('gives the probe before and after, each in its place', () => {
    const line = machineSummary({ mb2: 18.4, mb8: 46.6 }, { mb2: 121.2, mb8: 135.9 });
    expect(line).toContain(
      'took 18 ns in 2 MB and 47 ns in 8 MB before it, 121 ns in 2 MB and 136 ns in 8 MB after it',
    );
  });
});
