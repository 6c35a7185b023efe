/**
 * The scaling part of the benchmark: synthetic knowledge bases of 100 to 100,000 aliases over 1 MB of text, run
 * in this Node process (the same V8 engine as Chromium): compile time, match throughput (the median of a few
 * passes over the text, after a few passes to warm up) and the compiled matcher's memory (heap and typed arrays,
 * with the aliases the text named compiled).
 */
import type { Entry } from '../../lib/kb/schema';
import { annotateText } from '../../lib/match/annotate';
import { compileMatcher } from '../../lib/match/compile';
import { scanWords } from '../../lib/lang/words';

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

/** Memory in use: the JavaScript heap and the typed arrays' buffers, which live outside it. */
function memoryMB(): number {
  (globalThis as { gc?: () => void }).gc?.();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return (heapUsed + arrayBuffers) / 1024 / 1024;
}

/**
 * Nanoseconds per read when each read's address depends on the last one, over a block of `mb` megabytes visited in a
 * random order, one cache line at a time. A block that fits the processor's cache reads in tens of nanoseconds; one
 * that does not, in over a hundred. How much of the cache this process gets depends on what else the machine runs,
 * and a matcher of 100,000 aliases reads its memory in this way: the probe tells how the machine was at the time.
 */
export function randomReadNs(mb: number, reads = 2_000_000): number {
  const LINE = 16;
  const values = new Int32Array((mb * 1024 * 1024) / 4);
  const lines = values.length / LINE;
  const order = Array.from({ length: lines }, (_, i) => i);
  const next = random(3);
  for (let i = lines - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  for (let i = 0; i < lines; i++) values[order[i]! * LINE] = order[(i + 1) % lines]! * LINE;
  let at = 0;
  for (let i = 0; i < reads; i++) at = values[at]!;
  const start = performance.now();
  for (let i = 0; i < reads; i++) at = values[at]!;
  const ns = ((performance.now() - start) * 1e6) / reads;
  // The last address is used, so that the loop is not left out.
  return at >= 0 ? ns : -ns;
}

/** Nanoseconds per dependent random read in blocks of 2 and 8 MB (see `randomReadNs`). */
export interface RandomReads {
  mb2: number;
  mb8: number;
}

/** The probe the benchmark records with its results: random reads in 2 and 8 MB. */
export function randomReads(): RandomReads {
  return { mb2: randomReadNs(2), mb8: randomReadNs(8) };
}

/** Whole passes over the text before timing, and timed passes (the median is taken). */
const WARM_UP_PASSES = 5;
const TIMED_PASSES = 5;

export function benchScaling(sizes: readonly number[], textBytes = 1024 * 1024): ScalingRow[] {
  const rows: ScalingRow[] = [];
  for (const size of sizes) {
    const entries = syntheticEntries(size);
    const text = syntheticText(entries, textBytes);
    // The scanner's buffer for a text this long is taken first: it goes with the text, not with the matcher.
    scanWords(text, true);
    const before = memoryMB();
    const start = performance.now();
    const matcher = compileMatcher(entries);
    const compileMs = performance.now() - start;
    // A few whole passes first, so that the engine's optimising compiler has seen the code (as in a background
    // that has served a few pages), and the aliases the text names are compiled; their memory counts too.
    let mentions = 0;
    for (let i = 0; i < WARM_UP_PASSES; i++) mentions = annotateText(matcher, text).length;
    const matcherMB = memoryMB() - before;
    const passes: number[] = [];
    for (let i = 0; i < TIMED_PASSES; i++) {
      const passStart = performance.now();
      annotateText(matcher, text);
      passes.push((performance.now() - passStart) / 1000);
    }
    const seconds = passes.sort((a, b) => a - b)[TIMED_PASSES >> 1]!;
    rows.push({ aliases: matcher.aliasCount, compileMs, mbPerSecond: text.length / 1024 / 1024 / seconds, matcherMB, mentions });
  }
  return rows;
}
