import { describe, expect, test } from 'vitest';
import { contentScriptEvaluation, type TraceEvent } from '../../scripts/bench/corpus';

const ID = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';
const SESSION = 'chrome-extension://0f9c5d4e-1111-2222-3333-444455556666';
const MAIN = 1;
const WORKER = 2;

const event = (name: string, ts: number, dur: number, extra: Partial<TraceEvent> = {}): TraceEvent => ({
  name,
  ph: 'X',
  ts,
  dur,
  tid: MAIN,
  ...extra,
});
const at = (url: string): Partial<TraceEvent> => ({ args: { data: { url } } });

/** A page load as Chromium traces it: the content script, then the module it imports (times in microseconds). */
function pageLoad(): TraceEvent[] {
  return [
    event('EvaluateScript', 1000, 2000, { tdur: 1500, ...at(`${ID}/content-scripts/content.js`) }),
    event('v8.compile', 1100, 300, {
      args: { data: { url: `${ID}/content-scripts/content.js` }, worldName: 'Duiding' },
    }),
    // The page's own script, and another world's module: not Duiding's.
    event('EvaluateScript', 500, 4000, at('http://127.0.0.1/app.js')),
    event('v8.evaluateModule', 9000, 700, { args: { worldName: 'Some other extension' } }),
    // Compiled on a background thread while the page goes on.
    event('v8.parseOnBackground', 3200, 9000, { tid: WORKER, ...at(`${SESSION}/content-main.js`) }),
    event('v8.streamingCompile.start', 3100, 50, at(`${SESSION}/content-main.js`)),
    event('DocumentModuleScriptFetcher::NotifyFinished', 12500, 600),
    event('v8.compileModule', 12550, 100, at(`${ID}/content-main.js`)),
    event('v8.evaluateModule', 13200, 400, { tdur: 300, args: { worldName: 'Duiding' } }),
    // A fetch handler that holds none of Duiding's modules.
    event('DocumentModuleScriptFetcher::NotifyFinished', 20000, 900),
  ];
}

describe('main-thread time of the content script and its module, from the trace', () => {
  test('counts the content script, the module start, the fetch handler around its compiling and its evaluation', () => {
    const { ms, threadMs } = contentScriptEvaluation(pageLoad());
    // 2000 (script) + 50 (streaming start) + 600 (fetch handler holding the compile) + 400 (module evaluation).
    expect(ms).toBeCloseTo(3.05, 6);
    expect(threadMs).toBeCloseTo(1.5 + 0.05 + 0.6 + 0.3, 6);
  });

  test('an event overlapping one already counted adds only its own part', () => {
    const events = [...pageLoad(), event('v8.produceModuleCache', 13500, 300, at(`${ID}/content-main.js`))];
    // The module's evaluation ends at 13600: 200 of the 300 are new.
    expect(contentScriptEvaluation(events).ms).toBeCloseTo(3.25, 6);
  });

  test('nothing without the content script', () => {
    const events = pageLoad().filter(
      (e) => e.name !== 'EvaluateScript' || !e.args?.data?.url?.includes('/content-scripts/'),
    );
    expect(contentScriptEvaluation(events)).toEqual({ ms: 0, threadMs: 0 });
  });

  test('a content script alone, as in Firefox or before the module exists, is its evaluation', () => {
    const events = pageLoad().slice(0, 2);
    expect(contentScriptEvaluation(events)).toEqual({ ms: 2, threadMs: 1.5 });
  });
});
