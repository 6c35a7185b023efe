// @vitest-environment node
/**
 * The scaling part of the benchmark: its synthetic knowledge bases and texts are the same on every run, the text
 * names the entries, and a run reports what it measured.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { compileMatcher } from '../../lib/match/compile';
import { findMentions } from '../../lib/match/find';
import { benchScaling, randomReadNs, syntheticEntries, syntheticText } from '../../scripts/bench/scaling';
import type { ScalingRun } from '../../scripts/bench/scaling-run';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function scalingRun(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/bench/scaling-run.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

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

  test('runs in a process of its own and prints what it measured as JSON', () => {
    const { status, stdout } = scalingRun('100');
    expect(status).toBe(0);
    const run = JSON.parse(stdout) as ScalingRun;
    expect(run.rows.map((row) => [row.aliases, row.mentions > 1000])).toEqual([[100, true]]);
    expect(run.randomReadNs.mb2).toBeGreaterThan(0);
    expect(run.randomReadNs.mb8).toBeGreaterThan(0);
  });

  test('refuses sizes that are not counts of aliases, with exit code 2', () => {
    const { status, stdout, stderr } = scalingRun('100', 'many');
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/usage: scaling-run SIZE/);
  });
});
