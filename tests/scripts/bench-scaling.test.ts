/**
 * The scaling part of the benchmark: its synthetic knowledge bases and texts are the same on every run, the text
 * names the entries, and a run reports what it measured.
 */
import { describe, expect, test } from 'vitest';
import { compileMatcher } from '../../lib/match/compile';
import { findMentions } from '../../lib/match/find';
import { benchScaling, randomReadNs, syntheticEntries, syntheticText } from '../../scripts/bench/scaling';

describe('the scaling benchmark', () => {
  test('makes the same distinct entries on every run', () => {
    const entries = syntheticEntries(300);
    expect(entries).toHaveLength(300);
    expect(new Set(entries.map((entry) => entry.names.en!.label)).size).toBe(300);
    expect(syntheticEntries(300)).toEqual(entries);
  });

  test('writes a text that names its entries, every one as written', () => {
    const entries = syntheticEntries(300);
    const text = syntheticText(entries, 20_000);
    expect(text.length).toBeGreaterThanOrEqual(20_000);
    expect(syntheticText(entries, 20_000)).toBe(text);
    const labels = new Map(entries.map((entry) => [entry.id, entry.names.en!.label]));
    const mentions = findMentions(compileMatcher(entries), text);
    expect(mentions.length).toBeGreaterThan(50);
    for (const mention of mentions) expect(mention.surface).toBe(labels.get(mention.candidates[0]!.entryId));
  });

  test('reports compile time, throughput, memory and mentions for each size', () => {
    const rows = benchScaling([100, 1_000], 64 * 1024);
    expect(rows.map((row) => row.aliases)).toEqual([100, 1_000]);
    for (const row of rows) {
      expect(row.compileMs).toBeGreaterThan(0);
      expect(row.mbPerSecond).toBeGreaterThan(0);
      expect(Number.isFinite(row.mbPerSecond)).toBe(true);
      expect(row.mentions).toBeGreaterThan(100);
    }
  });

  test('measures the time of a random read', () => {
    const ns = randomReadNs(1, 100_000);
    expect(Number.isFinite(ns)).toBe(true);
    expect(ns).toBeGreaterThan(0);
  });
});
