import { afterEach, describe, expect, test, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { ContentScriptContext, startedEventName } from '../../../lib/page/script-context';

const runtime = browser.runtime as { id?: string };
const id = runtime.id;

afterEach(() => {
  runtime.id = id;
});

describe("the content script's context", () => {
  test('starts valid, with a signal not aborted', () => {
    const ctx = new ContentScriptContext('content');
    expect(ctx.isValid).toBe(true);
    expect(ctx.signal.aborted).toBe(false);
    ctx.abort();
  });

  test('an older instance ends when a newer one of the same script starts; the newer one goes on', () => {
    const older = new ContentScriptContext('content');
    const newer = new ContentScriptContext('content');
    expect(older.signal.aborted).toBe(true);
    expect(older.isValid).toBe(false);
    expect(newer.signal.aborted).toBe(false);
    newer.abort();
  });

  test('another content script, an event without detail, or its own announcement end nothing', () => {
    const ctx = new ContentScriptContext('content');
    const other = new ContentScriptContext('other');
    const type = startedEventName('content');
    document.dispatchEvent(new CustomEvent(type));
    document.dispatchEvent(new Event(type));
    document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName: 'other', messageId: 'x' } }));
    expect(ctx.signal.aborted).toBe(false);
    expect(other.signal.aborted).toBe(false);
    ctx.abort();
    other.abort();
  });

  test("announces itself under WXT's event name (extension id, script name), so instances built either way hear each other", () => {
    const heard: unknown[] = [];
    const type = `${runtime.id}:content:wxt:content-script-started`;
    const listener = (event: Event): void => void heard.push((event as CustomEvent).detail);
    document.addEventListener(type, listener);
    const ctx = new ContentScriptContext('content');
    document.removeEventListener(type, listener);
    expect(heard).toEqual([{ contentScriptName: 'content', messageId: expect.stringMatching(/^[a-z0-9]+$/) }]);
    ctx.abort();
  });

  test('reading isValid once the extension is gone (no runtime.id) ends the context', () => {
    const ctx = new ContentScriptContext('content');
    const ended: unknown[] = [];
    ctx.signal.addEventListener('abort', () => ended.push(ctx.signal.reason));
    runtime.id = undefined;
    expect(ctx.isValid).toBe(false);
    expect(ended).toEqual(['Content script context invalidated']);
    expect(ctx.isValid).toBe(false);
    expect(ended).toHaveLength(1);
  });

  test('an ended context stops listening for newer instances', () => {
    const ctx = new ContentScriptContext('content');
    const removed = vi.spyOn(document, 'removeEventListener');
    ctx.abort('done');
    expect(removed).toHaveBeenCalledWith(startedEventName('content'), expect.any(Function));
    removed.mockRestore();
  });
});
