/**
 * The corpus part of the benchmark: every saved news page, once with Duiding's built extension (its own timing,
 * read from the content script) and once with mark.js marking the same alias list, both in headless Chromium.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { PageInfo } from '../../lib/messages';
import type { ExtensionBrowser } from '../harness/chromium';
import { median } from '../harness/median';
import type { PageServer } from '../harness/server';
import type { RandomReads } from './scaling';

export interface CorpusRow {
  page: string;
  lang: string;
  bytes: number;
  mentions: number;
  /** Duiding's main-thread time on the page, ms: evaluating the content script and its module, setting up, scanning. */
  duidingMs: number;
  /**
   * Compiling and running the content script, and the main thread's part in compiling and evaluating the module it
   * imports (from Chromium's trace; see `contentScriptEvaluation`), wall-clock time.
   */
  evaluateMs: number;
  /**
   * The same on the main thread's own clock (the trace's thread time): without the moments the thread waited for
   * one of this machine's two cores while the browser's other threads drew and loaded the page.
   */
  evaluateThreadMs: number;
  setupMs: number;
  /** Collecting text, sending it, resolving and painting (the content script's own clock). */
  scanMs: number;
  /**
   * Parts of `scanMs` (see `PageTiming`): finding the article and collecting its text, sending it and unpacking the
   * answers, resolving, painting. Absent in results written before they were measured.
   */
  collectMs?: number;
  findMs?: number;
  resolveMs?: number;
  paintMs?: number;
  /** Waiting for the background to find the names (not main-thread time of the page). */
  waitMs: number;
  longestMs: number;
  markjsMs: number | null;
  markjsMarks: number | null;
  /** Evaluating an empty content script on the same page (see `benchFloor`), wall-clock; null when not measured. */
  emptyScriptMs?: number | null;
}

/** The corpus's pages as its manifest lists them; with `only`, those whose file name contains it. */
export function corpusPages(dir: string, only?: string): { file: string; lang: string; bytes: number }[] {
  return readFileSync(`${dir}MANIFEST.tsv`, 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t'))
    .map(([file, lang, , bytes]) => ({ file: file!, lang: lang!, bytes: Number(bytes) }))
    .filter((page) => !only || page.file.includes(only));
}

/**
 * One line on the machine while the corpus part ran: the random-read probe just before it and just after. The same
 * build measures some milliseconds more per page in a phase where the probe reads slowly; comparing two runs is fair
 * only when the probe read alike in both.
 */
export function machineSummary(before: RandomReads, after: RandomReads): string {
  const ns = (reads: RandomReads): string => `${reads.mb2.toFixed(0)} ns in 2 MB and ${reads.mb8.toFixed(0)} ns in 8 MB`;
  return (
    `The machine during the corpus part: a random read, each depending on the last, took ${ns(before)} before ` +
    `it, ${ns(after)} after it (tens of nanoseconds while the processor's cache holds the block; over a hundred ` +
    'when it does not, or when other work on the machine holds the cache)'
  );
}

/**
 * One line with the medians across pages of the parts of a page's time: setting up, scanning and the parts of the
 * scan, and the wait for the background. Parts that rows written before they were measured lack are left out.
 */
export function phaseSummary(rows: readonly CorpusRow[]): string {
  const ms = (values: readonly number[]): string => `${median(values).toFixed(1)} ms`;
  const parts = (
    [
      ['finding the article and collecting its text', 'collectMs'],
      ['sending it and unpacking the answers', 'findMs'],
      ['resolving', 'resolveMs'],
      ['painting', 'paintMs'],
    ] as const
  ).flatMap(([label, key]) => {
    const values = rows.flatMap((row) => (row[key] === undefined ? [] : [row[key]]));
    return values.length === rows.length && rows.length > 0 ? [`${label} ${ms(values)}`] : [];
  });
  if (rows.length === 0) return 'Medians across pages: no pages measured';
  return (
    `Medians across pages: setup ${ms(rows.map((row) => row.setupMs))}, scan ${ms(rows.map((row) => row.scanMs))}` +
    (parts.length ? ` (${parts.join(', ')})` : '') +
    `, background wait ${ms(rows.map((row) => row.waitMs))}`
  );
}

async function pageInfo(browser: ExtensionBrowser, tabId: number): Promise<PageInfo | null> {
  return browser.worker.evaluate(async (id) => {
    try {
      return (await chrome.tabs.sendMessage(id, { type: 'page-info' })) ?? null;
    } catch {
      return null;
    }
  }, tabId) as Promise<PageInfo | null>;
}

/** Waits until the content script has answered with the same scan twice in a row, and returns its answer. */
export async function settledInfo(browser: ExtensionBrowser, page: Page, timeout = 20000): Promise<PageInfo> {
  const tabId = await browser.tabIdOf(page);
  const until = Date.now() + timeout;
  let last: PageInfo | null = null;
  while (Date.now() < until) {
    const info = await pageInfo(browser, tabId);
    if (info && info.timing.slices > 0 && last && info.timing.slices === last.timing.slices && info.count === last.count) {
      return info;
    }
    last = info;
    await page.waitForTimeout(400);
  }
  throw new Error(`no settled answer from the content script on ${page.url()}`);
}

const MARKJS = createRequire(import.meta.url).resolve('mark.js/dist/mark.min.js');

/** Times mark.js marking `aliases` on the page (whole words, case-sensitive, no diacritics expansion). */
export async function timeMarkJs(page: Page, aliases: readonly string[], timeout = 120000): Promise<{ ms: number; marks: number }> {
  await page.addScriptTag({ path: MARKJS });
  // Written as source text: the function is run in the page, where helpers of this script's compiler do not exist.
  // mark.js recurses once per keyword and overflows the stack on thousands of them in one call, so the same list
  // is given in batches, one after another; the time is that of all batches.
  const script = `new Promise((resolve, reject) => {
    const aliases = ${JSON.stringify(aliases)};
    const batch = 200;
    const deadline = performance.now() + ${Number(timeout)};
    const mark = new Mark(document.body);
    let total = 0;
    let marks = 0;
    const next = (from) => {
      if (from >= aliases.length) return resolve({ ms: total, marks });
      if (performance.now() > deadline) return reject(new Error('mark.js timed out'));
      const start = performance.now();
      mark.mark(aliases.slice(from, from + batch), {
        separateWordSearch: false,
        accuracy: 'exactly',
        caseSensitive: true,
        diacritics: false,
        exclude: ['script', 'style', 'noscript', 'textarea', 'code', 'pre'],
        done: (count) => {
          total += performance.now() - start;
          marks += count;
          setTimeout(() => next(from + batch), 0);
        },
      });
    };
    next(0);
  })`;
  return (await page.evaluate(script)) as { ms: number; marks: number };
}

/**
 * Records Chromium's trace of the page's main thread while it loads, for the time spent evaluating the content
 * script and the module it imports (compiling included), which the scripts cannot clock themselves.
 */
export async function traceEvaluation(page: Page): Promise<{ stop(): Promise<Evaluation> }> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (data) => {
    events.push(...(data.value as unknown as TraceEvent[]));
  });
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,v8', transferMode: 'ReportEvents' });
  return {
    async stop() {
      const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      await cdp.send('Tracing.end');
      await complete;
      await cdp.detach();
      return contentScriptEvaluation(events);
    },
  };
}

export interface TraceEvent {
  name: string;
  ph: string;
  ts?: number;
  dur?: number;
  tdur?: number;
  tid?: number;
  args?: { data?: { url?: string }; worldName?: string };
}

export interface Evaluation {
  /** Wall-clock milliseconds. */
  ms: number;
  /** Milliseconds of the main thread's own time (the wall-clock time where the trace gives none). */
  threadMs: number;
}

const urlOf = (event: TraceEvent): string => event.args?.data?.url ?? '';
const isContentScript = (url: string): boolean => url.startsWith('chrome-extension://') && url.includes('/content-scripts/');
const isExtensionModule = (url: string): boolean => url.startsWith('chrome-extension://') && url.endsWith('.js');
const endOf = (event: TraceEvent): number => (event.ts ?? 0) + (event.dur ?? 0);

/**
 * Main-thread time of the extension's scripts as the page loads: evaluating the content script (`EvaluateScript`)
 * and, for the modules it imports (Chromium), starting and finishing their compilation, reading or writing their
 * compiled code in the cache (and the fetch handler around that), and evaluating them (in the content script's
 * world). Events inside others are counted once. Compiling a module on a background thread is not counted: the
 * page's main thread does not wait for it.
 */
export function contentScriptEvaluation(events: readonly TraceEvent[]): Evaluation {
  const complete = events.filter((event) => event.ph === 'X' && event.ts !== undefined);
  const scripts = complete.filter((event) => event.name === 'EvaluateScript' && isContentScript(urlOf(event)));
  if (scripts.length === 0) return { ms: 0, threadMs: 0 };
  const thread = scripts[0]!.tid;
  const onThread = complete.filter((event) => event.tid === thread);
  // The content script's world, as the trace names it where it compiles the script.
  const worlds = new Set(
    onThread.flatMap((event) =>
      event.name === 'v8.compile' && isContentScript(urlOf(event)) && event.args?.worldName ? [event.args.worldName] : [],
    ),
  );
  const modules = onThread.filter((event) => event.name.startsWith('v8.') && isExtensionModule(urlOf(event)) && !isContentScript(urlOf(event)));
  const within = (inner: TraceEvent, outer: TraceEvent): boolean => (inner.ts ?? 0) >= (outer.ts ?? 0) && endOf(inner) <= endOf(outer);
  const counted = [
    ...scripts,
    ...modules,
    ...onThread.filter((event) => event.name === 'v8.evaluateModule' && worlds.has(event.args?.worldName ?? '')),
    ...onThread.filter(
      (event) => event.name === 'DocumentModuleScriptFetcher::NotifyFinished' && modules.some((module) => within(module, event)),
    ),
  ].sort((a, b) => (a.ts ?? 0) - (b.ts ?? 0) || endOf(b) - endOf(a));
  let micros = 0;
  let threadMicros = 0;
  let lastEnd = -Infinity;
  for (const event of counted) {
    if (endOf(event) <= lastEnd) continue;
    const dur = event.dur ?? 0;
    // The part not already counted, and that share of the event's thread time.
    const part = endOf(event) - Math.max(event.ts ?? 0, lastEnd);
    micros += part;
    threadMicros += dur > 0 ? ((event.tdur ?? dur) * part) / dur : 0;
    lastEnd = endOf(event);
  }
  return { ms: micros / 1000, threadMs: threadMicros / 1000 };
}

export async function benchCorpus(
  browser: ExtensionBrowser,
  server: PageServer,
  dir: string,
  aliases: readonly string[],
  runs: number,
  log: (line: string) => void,
  only?: string,
): Promise<CorpusRow[]> {
  const pages = corpusPages(dir, only);
  const rows: CorpusRow[] = [];
  for (const { file, lang, bytes } of pages) {
    const samples: (PageInfo & { evaluation: Evaluation })[] = [];
    for (let run = 0; run < runs; run++) {
      const page = await browser.context.newPage();
      try {
        const trace = await traceEvaluation(page);
        await page.goto(`${server.origin}/corpus/${file}`);
        const info = await settledInfo(browser, page);
        samples.push({ ...info, evaluation: await trace.stop() });
      } catch (error) {
        // A page that navigates away (to an address that is blocked here) has no answer to give.
        log(`  ${file}: no measurement (${error instanceof Error ? error.message : String(error)})`);
      } finally {
        await page.close();
      }
    }
    if (samples.length === 0) continue;
    const total = (info: PageInfo & { evaluation: Evaluation }): number =>
      info.evaluation.ms + info.timing.setupMs + info.timing.scanMs;
    samples.sort((a, b) => total(a) - total(b));
    const median = samples[Math.floor(samples.length / 2)]!;
    rows.push({
      page: file.replace(/\.html$/, ''),
      lang,
      bytes,
      mentions: median.count,
      duidingMs: total(median),
      evaluateMs: median.evaluation.ms,
      evaluateThreadMs: median.evaluation.threadMs,
      setupMs: median.timing.setupMs,
      waitMs: median.timing.waitMs,
      scanMs: median.timing.scanMs,
      collectMs: median.timing.collectMs,
      findMs: median.timing.findMs,
      resolveMs: median.timing.resolveMs,
      paintMs: median.timing.paintMs,
      longestMs: median.timing.longestMs,
      markjsMs: null,
      markjsMarks: null,
    });
    log(`  ${file}: Duiding ${total(median).toFixed(1)} ms`);
  }
  // mark.js on the same pages with Duiding switched off, so the two never see each other's work.
  if (aliases.length === 0) return rows;
  await browser.worker.evaluate(() => chrome.storage.sync.set({ enabled: false }));
  try {
    for (const row of rows) {
      const page = await browser.open(`${server.origin}/corpus/${row.page}.html`);
      try {
        const result = await timeMarkJs(page, aliases);
        row.markjsMs = result.ms;
        row.markjsMarks = result.marks;
        log(`  ${row.page}: mark.js ${result.ms.toFixed(0)} ms`);
      } catch (error) {
        log(`  ${row.page}: mark.js failed: ${error instanceof Error ? error.message : String(error)}`);
      } finally {
        await page.close();
      }
    }
  } finally {
    await browser.worker.evaluate(() => chrome.storage.sync.remove('enabled'));
  }
  return rows;
}
