/**
 * Runs the scaling part of the benchmark in a process of its own and prints its results as one line of JSON:
 * after the corpus part, the benchmark's own process holds a large heap whose collection would run during the
 * matching and be counted as the matcher's time and memory.
 */
import { benchScaling, randomReads, type RandomReads, type ScalingRow } from './scaling';

export interface ScalingRun {
  /** Nanoseconds per dependent random read in blocks of 2 and 8 MB, measured just before the scaling. */
  randomReadNs: RandomReads;
  rows: ScalingRow[];
}

const sizes = process.argv.slice(2).map(Number);
if (sizes.length === 0 || sizes.some((size) => !Number.isInteger(size) || size <= 0)) {
  console.error('usage: scaling-run SIZE...  (numbers of aliases, e.g. 100 1000)');
  process.exit(2);
}
const run: ScalingRun = { randomReadNs: randomReads(), rows: benchScaling(sizes) };
console.log(JSON.stringify(run));
