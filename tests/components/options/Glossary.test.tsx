import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Glossary } from '../../../components/options/Glossary';
import type { Entry } from '../../../lib/kb/schema';
import { loadOwnGlossary, loadSettings, saveOwnEntries } from '../../../lib/storage';
import { named } from '../../helpers/match';

const first = named('own-first', 'First term', ['one']);
const second = named('own-second', 'Second term', ['two']);

let container: HTMLElement;

beforeEach(async () => {
  fakeBrowser.reset();
  container = document.createElement('div');
  document.body.append(container);
  await saveOwnEntries([first, second]);
});

afterEach(() => {
  render(null, container);
  container.remove();
});

function show(own: Entry[], hidden: string[] = []): void {
  act(() => render(<Glossary lang="en" own={own} hidden={hidden} />, container));
}

/** Clicks a button and lets the storage work it starts finish. */
async function click(selector: string): Promise<void> {
  await act(async () => {
    container.querySelector<HTMLButtonElement>(selector)!.click();
    for (let i = 0; i < 20; i++) await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

async function openRow(query: string, id: string): Promise<void> {
  const search = container.querySelector<HTMLInputElement>('input[type="search"]')!;
  act(() => {
    search.value = query;
    search.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await click(`.vlist li[data-id="${id}"] button`);
  expect(container.querySelector('.entry-panel')!.getAttribute('data-entry')).toBe(id);
}

describe('Glossary', () => {
  test('deleting an own entry removes it from storage; Undo puts it back at its place', async () => {
    show([first, second]);
    await openRow('first term', 'own-first');
    await click('.entry-panel button[name="delete"]');
    expect((await loadOwnGlossary()).entries).toEqual([second]);
    expect(container.querySelector('.entry-panel')).toBeNull();
    expect(container.querySelector('.toast')!.textContent).toContain('Deleted: First term.');
    await click('.toast button[name="undo"]');
    expect((await loadOwnGlossary()).entries).toEqual([first, second]);
    expect(container.querySelector('.toast')!.textContent).toBe('Restored: First term.');
    expect(container.querySelector('.toast button')).toBeNull();
  });

  test('a bundled entry is switched off and on; it has no delete button until it has an own version', async () => {
    show([first, second]);
    await openRow('mark rutte', 'mark-rutte');
    expect(container.querySelector('.entry-panel button[name="delete"]')).toBeNull();
    await click('.entry-panel button[name="toggle"]');
    expect((await loadSettings()).hiddenEntries).toEqual(['mark-rutte']);
    show([first, second], ['mark-rutte']);
    expect(container.querySelector('.entry-panel')!.textContent).toContain('Switched off: this entry is not marked on any page.');
    await click('.entry-panel button[name="toggle"]');
    expect((await loadSettings()).hiddenEntries).toEqual([]);
  });

  test('saving a new term stores it and opens it', async () => {
    show([first, second]);
    await click('button[name="add"]');
    const name = container.querySelector<HTMLInputElement>('[name="names.en.label"]')!;
    act(() => {
      name.value = 'Third term';
      name.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => {
      container.querySelector('.entry-panel form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
      for (let i = 0; i < 20; i++) await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect((await loadOwnGlossary()).entries.map((e) => e.id)).toEqual(['own-first', 'own-second', 'own-third-term']);
    expect(container.querySelector('.entry-panel')!.getAttribute('data-entry')).toBe('own-third-term');
    expect(container.querySelector('.toast')!.textContent).toContain('Third term');
  });
});
