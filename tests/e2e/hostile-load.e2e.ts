/**
 * Pages that load the extension: a million text nodes, and a page that never stops changing. Duiding's work is
 * done in short slices and capped per page, so the page's own timer keeps ticking, no long task comes from
 * annotating, and the marks stay right.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { CHURN_SCRIPT, manyTextNodesPage, newsPage, PROSE, PROSE_NAMES } from '../../scripts/harness/hostile-pages';
import { collectConsole, markedTexts } from '../../scripts/harness/page-probe';
import { highlightedTexts } from '../../scripts/harness/chromium';
import { MAX_WALK_NODES } from '../../lib/page/collect';
import { useExtensionBrowser } from './setup';

const env = useExtensionBrowser();

/** In the page's head: long tasks and the ticks of a 16 ms timer, recorded from the start. */
const PROBE = `<script>
  window.__long = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__long.push({ start: e.startTime, duration: e.duration }); })
    .observe({ type: 'longtask' });
  window.__ticks = [];
  setInterval(() => window.__ticks.push(performance.now()), 16);
</script>`;

interface Probe {
  long: { start: number; duration: number }[];
  ticks: number[];
}

interface PageInfo {
  count: number;
  timing: { scanMs: number; longestMs: number; slices: number };
}

/** Long tasks and the longest pause of the page's timer between two moments (page clock). */
async function measure(page: Page, from: number, to: number): Promise<{ longTasks: number[]; longestGap: number }> {
  const probe = await page.evaluate((): Probe => {
    const w = window as unknown as { __long: Probe['long']; __ticks: number[] };
    return { long: w.__long, ticks: w.__ticks };
  });
  const ticks = probe.ticks.filter((t) => t >= from && t <= to);
  let longestGap = 0;
  for (let i = 1; i < ticks.length; i++) longestGap = Math.max(longestGap, ticks[i]! - ticks[i - 1]!);
  return {
    longTasks: probe.long.filter((t) => t.start >= from && t.start <= to).map((t) => Math.round(t.duration)),
    longestGap,
  };
}

async function pageInfo(page: Page): Promise<PageInfo> {
  const tab = await env.browser.tabIdOf(page);
  return env.browser.worker.evaluate(
    (id) => chrome.tabs.sendMessage(id, { type: 'page-info' }) as Promise<PageInfo>,
    tab,
  );
}

async function markCount(page: Page): Promise<number> {
  return page.evaluate(() =>
    [...CSS.highlights]
      .filter(([name]) => name.startsWith('duiding-') && !name.startsWith('duiding-first'))
      .reduce((n, [, h]) => n + h.size, 0),
  );
}

describe('pages that load the extension', () => {
  test('a million text nodes: annotated in short slices up to a cap, the page stays responsive', async () => {
    const html = manyTextNodesPage(1000, 1000).replace('</head>', `${PROBE}</head>`);
    const url = env.server.add('/hostile/million.html', html);
    const page = await env.browser.context.newPage();
    const messages = collectConsole(page);
    try {
      await page.goto(url, { timeout: 60000 });
      expect(await page.evaluate(() => (window as unknown as { __textNodes: number }).__textNodes)).toBe(1_000_000);
      // The page is not an article: nothing happens until the reader asks, so the page's own work is over by then.
      await page.waitForTimeout(1500);
      expect(await markCount(page)).toBe(0);
      // The million script objects the page made to build itself are its own garbage: collected before measuring.
      const cdp = await env.browser.context.newCDPSession(page);
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.detach();
      await page.waitForTimeout(1000);
      const from = await page.evaluate(() => performance.now());
      const tab = await env.browser.tabIdOf(page);
      await env.browser.worker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'annotate-anyway' }), tab);
      await page.waitForFunction(() => [...CSS.highlights.keys()].some((name) => name.startsWith('duiding-')), null, {
        timeout: 60000,
      });
      // Let the work end: the count of marks stops changing.
      let count = -1;
      for (let now = await markCount(page); now !== count; now = await markCount(page)) {
        count = now;
        await page.waitForTimeout(1500);
      }
      const to = await page.evaluate(() => performance.now());
      const { longTasks, longestGap } = await measure(page, from, to);
      // The same page, idle, just before: how long its timer waits when Duiding does nothing.
      const idle = await measure(page, from - 1500, from);
      const info = await pageInfo(page);
      console.log(
        `1,000,000 text nodes: ${count} marks, ${Math.round(info.timing.scanMs)} ms in ${info.timing.slices} slices, ` +
          `longest slice ${info.timing.longestMs.toFixed(1)} ms, long tasks ${JSON.stringify(longTasks)}, longest timer gap ${Math.round(longestGap)} ms (idle ${Math.round(idle.longestGap)} ms), ${Math.round(to - from)} ms in all`,
      );
      // Each block (1,001 nodes) names NATO once: the walk's node cap ends the work part of the way down.
      expect(count).toBeGreaterThanOrEqual(Math.floor(MAX_WALK_NODES / 1001) - 1);
      expect(count).toBeLessThan(1000);
      // Every piece of Duiding's own work is short. The page may still see a task of up to about 100 ms: collecting
      // the garbage of a heap that holds a million nodes pauses it, whoever allocated last.
      expect(info.timing.longestMs).toBeLessThan(50);
      expect(longTasks.filter((d) => d > 100)).toEqual([]);
      expect(longestGap).toBeLessThan(150);
      expect(messages).toEqual([]);
    } finally {
      await page.close();
    }
  });

  test('a page that changes without end: marks stay right, the extension does bounded work', async () => {
    const body = `${PROSE}<p>Updated <span id="counter">0</span> times.</p><p id="ping"></p><p id="pong"></p>`;
    const url = env.server.add('/hostile/churn.html', newsPage({ head: PROBE, body, script: CHURN_SCRIPT }));
    const page = await env.browser.context.newPage();
    const messages = collectConsole(page);
    try {
      await page.goto(url);
      await page.waitForFunction(
        (n) => [...CSS.highlights.values()].reduce((s, h) => s + h.size, 0) >= n,
        PROSE_NAMES.length,
        { timeout: 15000 },
      );
      const before = await pageInfo(page);
      const from = await page.evaluate(() => performance.now());
      await page.waitForTimeout(4000);
      const to = await page.evaluate(() => performance.now());
      const after = await pageInfo(page);
      const churn = await page.evaluate(() => (window as unknown as { __churn: number }).__churn);
      const { longTasks, longestGap } = await measure(page, from, to);
      const busy = after.timing.scanMs - before.timing.scanMs;
      console.log(
        `churning page: ${churn} changes in 4 s, extension busy ${Math.round(busy)} ms in ${after.timing.slices - before.timing.slices} slices, ` +
          `long tasks ${JSON.stringify(longTasks)}, longest timer gap ${Math.round(longestGap)} ms`,
      );
      expect(churn).toBeGreaterThan(500);
      // The page's changes are batched (a few times a second), not answered one by one.
      expect(after.timing.slices - before.timing.slices).toBeLessThan(100);
      expect(busy).toBeLessThan(1000);
      expect(longTasks.filter((d) => d > 50)).toEqual([]);
      const marked = markedTexts(await highlightedTexts(page));
      expect(marked).toEqual(PROSE_NAMES);
      // Text added while the page churns is still found.
      await page.evaluate(() => {
        const p = document.createElement('p');
        p.textContent = 'Mark Rutte spoke last.';
        document.getElementById('story')!.append(p);
      });
      await page.waitForFunction(
        () => [...(CSS.highlights.get('duiding-person') ?? [])].some((r) => (r as Range).toString() === 'Mark Rutte'),
        null,
        { timeout: 10000 },
      );
      await page.evaluate(() => (window as unknown as { __stopChurn(): void }).__stopChurn());
      expect(messages).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
