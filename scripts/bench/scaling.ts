/**
 * The scaling part of the benchmark: synthetic knowledge bases of 100 to 100,000 aliases over 1 MB of text, run
 * in this Node process (the same V8 engine as Chromium): compile time, match throughput and the compiled
 * matcher's memory.
 */
import type { Entry } from '../../lib/kb/schema';
import { annotateText } from '../../lib/match/annotate';
import { compileMatcher } from '../../lib/match/compile';

export interface ScalingRow {
  aliases: number;
  compileMs: number;
  mbPerSecond: number;
  matcherMB: number;
  mentions: number;
}

/** A small deterministic random generator, so every run measures the same data. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Syllables of names (the aliases) and of ordinary words (the text around them), kept apart as in real text. */
const NAME_SYLLABLES = ['ka', 'ro', 'mi', 'ten', 'vas', 'lo', 'dre', 'sun', 'pel', 'ga', 'nor', 'bi', 'tas', 'ul', 'fen', 'zo'];
const WORD_SYLLABLES = ['the', 'an', 'de', 'het', 'und', 'le', 'wir', 'for', 'en', 'op', 'ist', 'mais', 'that', 'was', 'ver', 'ge'];

function word(next: () => number, capital: boolean, syllables = NAME_SYLLABLES): string {
  const n = 1 + Math.floor(next() * 3);
  let out = '';
  for (let i = 0; i < n; i++) out += syllables[Math.floor(next() * syllables.length)];
  return capital ? out[0]!.toUpperCase() + out.slice(1) : out;
}

export function syntheticEntries(count: number, seed = 1): Entry[] {
  const next = random(seed);
  const entries: Entry[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < count; i++) {
    const words = 1 + Math.floor(next() * 3);
    const label = Array.from({ length: words }, () => word(next, true)).join(' ');
    if (seen.has(label)) {
      i--;
      continue;
    }
    seen.add(label);
    entries.push({
      id: `synthetic-${i}`,
      category: 'concept',
      names: { en: { label, aliases: [] } },
      summary: {},
      roles: [],
      links: { wikipedia: {} },
    });
  }
  return entries;
}

/** About `bytes` of text: lowercase filler words with a capitalised alias every few dozen words. */
export function syntheticText(entries: readonly Entry[], bytes: number, seed = 2): string {
  const next = random(seed);
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    const piece =
      next() < 0.04 && entries.length
        ? entries[Math.floor(next() * entries.length)]!.names.en!.label
        : word(next, next() < 0.1, WORD_SYLLABLES);
    parts.push(piece);
    size += piece.length + 1;
    if (next() < 0.06) {
      parts.push('.\n');
      size += 2;
    }
  }
  return parts.join(' ');
}

function heapMB(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

export function benchScaling(sizes: readonly number[], textBytes = 1024 * 1024): ScalingRow[] {
  const rows: ScalingRow[] = [];
  for (const size of sizes) {
    const entries = syntheticEntries(size);
    const text = syntheticText(entries, textBytes);
    const before = heapMB();
    const start = performance.now();
    const matcher = compileMatcher(entries);
    const compileMs = performance.now() - start;
    const matcherMB = heapMB() - before;
    // One whole pass first, so the engine's optimising compiler has seen the code, as in a background that has
    // served a few pages.
    annotateText(matcher, text);
    const rounds = 3;
    let mentions = 0;
    const matchStart = performance.now();
    for (let i = 0; i < rounds; i++) mentions = annotateText(matcher, text).length;
    const seconds = (performance.now() - matchStart) / 1000 / rounds;
    rows.push({ aliases: matcher.aliasCount, compileMs, mbPerSecond: text.length / 1024 / 1024 / seconds, matcherMB, mentions });
  }
  return rows;
}
