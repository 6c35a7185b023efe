/**
 * `npm run bench`: Duiding against mark.js on every page of the shared corpus, in headless Chromium, and the
 * matcher's scaling from 100 to 100,000 aliases. Prints tables and writes bench/results.json and bench/results.svg.
 * Options: --runs N (Duiding loads per page, median taken; default 3), --only SUBSTRING, --no-markjs, --no-corpus,
 * --no-scaling (a part not run keeps the last run's results in results.json).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { BUNDLED } from '../lib/kb';
import { aliasesOf } from '../lib/match/compile';
import { benchCorpus, machineSummary, phaseSummary, type CorpusRow } from './bench/corpus';
import { chart } from './bench/chart';
import { benchFloor } from './bench/floor';
import { randomReads, type RandomReads, type ScalingRow } from './bench/scaling';
import type { ScalingRun } from './bench/scaling-run';
import { CHROMIUM, launchWithExtension, ROOT } from './harness/chromium';
import { median } from './harness/median';
import { CORPUS_DIR, startServer } from './harness/server';

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
  const line = (cells: string[]): string => '| ' + cells.map((cell, c) => cell.padEnd(widths[c]!)).join(' | ') + ' |';
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

const f = (n: number, digits = 1): string => n.toFixed(digits);

interface Results {
  date: string;
  aliases: number;
  corpus: CorpusRow[];
  /** When the corpus part was measured (it may be older than `date` when only the scaling was run again). */
  corpusDate?: string;
  /**
   * The browser the corpus part ran in, as it names its version. The same build of Duiding has measured twice as
   * slow on one day as on another on this machine; the browser's version is one thing that can differ between runs.
   */
  corpusBrowser?: string;
  scaling: ScalingRow[];
  scalingDate?: string;
  scalingRandomReadNs?: ScalingRun['randomReadNs'];
  /** The random-read probe just before and just after the corpus part (see `machineSummary`). */
  corpusRandomReadNs?: { before: RandomReads; after: RandomReads };
}

/** The browser's own name for its version ("Chromium 150.0.7871.100"), or "unknown browser". */
function browserVersion(): string {
  try {
    return /^\S+ [\d.]+/.exec(execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim())?.[0] ?? 'unknown browser';
  } catch {
    return 'unknown browser';
  }
}

/** The results of the last run, if the file is there and has their shape. */
function readPrevious(path: string): Results | null {
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as Results;
    return Array.isArray(parsed.corpus) && Array.isArray(parsed.scaling) ? parsed : null;
  } catch {
    return null;
  }
}

async function main(argv: string[]): Promise<void> {
  const runs = Number(argv[argv.indexOf('--runs') + 1]) || 3;
  const only = argv.includes('--only') ? argv[argv.indexOf('--only') + 1] : undefined;
  const aliases = [...new Set(BUNDLED.entries.flatMap((e) => aliasesOf(e).map((a) => (typeof a === 'string' ? a : a.text))))];
  const now = new Date().toISOString();
  const results: Results = { date: now, aliases: aliases.length, corpus: [], scaling: [] };
  // A part left out this time (--no-corpus, --no-scaling) keeps what the last run measured, with its date.
  const previous = readPrevious(join(ROOT, 'bench', 'results.json'));

  if (!argv.includes('--no-corpus')) {
    const server = await startServer();
    const browser = await launchWithExtension();
    try {
      results.corpusBrowser = browserVersion();
      console.log(`Corpus: ${aliases.length} aliases, ${runs} Duiding runs per page, ${results.corpusBrowser}`);
      results.corpusDate = now;
      const before = randomReads();
      results.corpus = await benchCorpus(browser, server, CORPUS_DIR, argv.includes('--no-markjs') ? [] : aliases, runs, (line) => console.log(line), only);
      const floor = await benchFloor(server, CORPUS_DIR, runs, (line) => console.log(line), only);
      for (const row of results.corpus) row.emptyScriptMs = floor.get(row.page) ?? null;
      results.corpusRandomReadNs = { before, after: randomReads() };
    } finally {
      await browser.close();
      await server.close();
    }
    const rows = results.corpus.map((r) => [
      r.page,
      String(r.mentions),
      f(r.evaluateMs),
      f(r.evaluateThreadMs),
      f(r.setupMs),
      f(r.scanMs),
      f(r.duidingMs),
      f(r.longestMs),
      r.markjsMs === null ? '-' : f(r.markjsMs, 0),
      r.markjsMs === null ? '-' : `${f(r.markjsMs / r.duidingMs, 0)}x`,
      f(r.waitMs),
      r.emptyScriptMs == null ? '-' : f(r.emptyScriptMs),
    ]);
    console.log('\n' + table(['page', 'marks', 'evaluate ms', 'on the thread', 'setup ms', 'scan ms', 'Duiding ms', 'longest slice ms', 'mark.js ms', 'ratio', 'background wait ms', 'empty script ms'], rows));
    const empty = results.corpus.flatMap((r) => (r.emptyScriptMs == null ? [] : [r.emptyScriptMs]));
    const totals = results.corpus.map((r) => r.duidingMs);
    const ratios = results.corpus.filter((r) => r.markjsMs !== null).map((r) => r.markjsMs! / r.duidingMs);
    console.log(
      `\nDuiding per page: median ${f(median(totals))} ms, heaviest ${f(Math.max(...totals))} ms, longest slice ${f(Math.max(...results.corpus.map((r) => r.longestMs)))} ms` +
        `; evaluating the content script and its module: median ${f(median(results.corpus.map((r) => r.evaluateMs)))} ms, ${f(median(results.corpus.map((r) => r.evaluateThreadMs)))} ms on the thread` +
        (ratios.length ? `; mark.js / Duiding: median ${f(median(ratios), 0)}x, lowest ${f(Math.min(...ratios), 0)}x` : '') +
        (empty.length ? `; an empty content script on the same pages: median ${f(median(empty))} ms` : ''),
    );
    console.log(phaseSummary(results.corpus));
    const reads = results.corpusRandomReadNs;
    if (reads) console.log(machineSummary(reads.before, reads.after));
  }

  if (!argv.includes('--no-scaling')) {
    // Bundled as the extension is (no helper wrappers around every function), then run in a fresh Node process
    // (the same V8 engine as Chromium), away from this process's heap of the corpus part.
    const bundle = join(ROOT, '.tmp/bench-scaling.mjs');
    await build({ entryPoints: [join(ROOT, 'scripts/bench/scaling-run.ts')], bundle: true, format: 'esm', platform: 'node', outfile: bundle, logLevel: 'warning' });
    const output = execFileSync(process.execPath, ['--expose-gc', bundle, '100', '1000', '10000', '100000'], { encoding: 'utf8' });
    const run = JSON.parse(output) as ScalingRun;
    results.scalingDate = now;
    results.scalingRandomReadNs = run.randomReadNs;
    results.scaling = run.rows;
    console.log(
      '\n' +
        table(
          ['aliases', 'compile ms', 'match MB/s', 'matcher MB', 'mentions in 1 MB'],
          results.scaling.map((r) => [String(r.aliases), f(r.compileMs), f(r.mbPerSecond), f(r.matcherMB), String(r.mentions)]),
        ),
    );
    const reads = results.scalingRandomReadNs;
    console.log(
      `\nThe machine at the time: a random read, each depending on the last, takes ${f(reads.mb2)} ns in 2 MB and ` +
        `${f(reads.mb8)} ns in 8 MB of memory (tens of nanoseconds while a block fits the processor's cache; over a ` +
        'hundred when it does not, or when other work on the machine holds the cache).',
    );
  }

  if (!results.corpusDate && previous?.corpus.length) {
    results.corpus = previous.corpus;
    results.corpusDate = previous.corpusDate ?? previous.date;
    if (previous.corpusBrowser) results.corpusBrowser = previous.corpusBrowser;
    if (previous.corpusRandomReadNs) results.corpusRandomReadNs = previous.corpusRandomReadNs;
    console.log(`Kept the corpus results of ${results.corpusDate}.`);
  }
  if (!results.scalingDate && previous?.scaling.length) {
    results.scaling = previous.scaling;
    results.scalingDate = previous.scalingDate ?? previous.date;
    if (previous.scalingRandomReadNs) results.scalingRandomReadNs = previous.scalingRandomReadNs;
    console.log(`Kept the scaling results of ${results.scalingDate}.`);
  }
  const out = join(ROOT, 'bench');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'results.json'), JSON.stringify(results, null, 2) + '\n');
  if (results.corpus.length) writeFileSync(join(out, 'results.svg'), chart(results.corpus));
  console.log(`\nWrote ${join(out, 'results.json')}${results.corpus.length ? ' and results.svg' : ''}`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
