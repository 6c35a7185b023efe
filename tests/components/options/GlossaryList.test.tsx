import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { GlossaryList, LIST_HEIGHT, ROW_HEIGHT } from '../../../components/options/GlossaryList';
import { windowOf } from '../../../components/options/VirtualRows';
import { BUNDLED } from '../../../lib/kb';
import { buildRows, type GlossaryRow } from '../../../lib/kb/glossary-rows';
import { syntheticEntries } from '../../helpers/glossary';

const rows = buildRows(BUNDLED.entries, syntheticEntries(20_000), new Set(['own-term-7']), 'en');
/** Rows in view at once, plus the spare ones on either side and the focused one. */
const BOUND = Math.ceil(LIST_HEIGHT / ROW_HEIGHT) + 2 * 4 + 2;

let container: HTMLElement;
let opened: GlossaryRow[];

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  opened = [];
  act(() => render(<GlossaryList rows={rows} lang="en" onOpen={(row) => opened.push(row)} />, container));
});

afterEach(() => {
  render(null, container);
  container.remove();
});

const rowButtons = (): HTMLButtonElement[] => [...container.querySelectorAll<HTMLButtonElement>('.vlist button.vrow')];
const status = (): string => container.querySelector('[role="status"]')!.textContent!;

function type(selector: string, value: string): void {
  const field = container.querySelector<HTMLInputElement | HTMLSelectElement>(selector)!;
  act(() => {
    field.value = value;
    field.dispatchEvent(new Event(field instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
  });
}

function press(key: string): void {
  act(() => {
    (document.activeElement ?? container).dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
  });
}

describe('GlossaryList with twenty thousand own entries', () => {
  test('renders only a bounded number of rows, and says how many there are', () => {
    expect(rows.length).toBe(BUNDLED.entries.length + 20_000);
    expect(rowButtons().length).toBeGreaterThan(5);
    expect(rowButtons().length).toBeLessThanOrEqual(BOUND);
    expect(status()).toBe(`${rows.length} of ${rows.length} entries`);
    const list = container.querySelector('.vlist ul')!;
    expect(list.getAttribute('style')).toContain(`height: ${rows.length * ROW_HEIGHT}px`);
    expect(list.querySelector('li')!.getAttribute('aria-setsize')).toBe(String(rows.length));
  });

  test('typing a search filters the rows; a search without results says so', () => {
    // Term 1234, 11234 and 12340 to 12349.
    type('input[type="search"]', 'alias 1234');
    expect(status()).toBe(`12 of ${rows.length} entries`);
    expect(rowButtons().map((b) => b.closest('li')!.dataset.id)).toContain('own-term-11234');
    expect(rowButtons().length).toBe(12);
    type('input[type="search"]', 'STOLTENBÉRG');
    expect(rowButtons().map((b) => b.closest('li')!.dataset.id)).toEqual(['jens-stoltenberg']);
    type('input[type="search"]', 'no such name anywhere');
    expect(rowButtons()).toEqual([]);
    expect(container.textContent).toContain('No entry matches.');
  });

  test('filters by source, category and language', () => {
    type('select[name="filter-source"]', 'disabled');
    expect(rowButtons().map((b) => b.closest('li')!.dataset.id)).toEqual(['own-term-7']);
    expect(rowButtons()[0]!.textContent).toContain('off');
    type('select[name="filter-source"]', 'bundled');
    type('select[name="filter-category"]', 'country');
    type('select[name="filter-lang"]', 'fr');
    const countries = BUNDLED.entries.filter((e) => e.category === 'country' && e.names.fr).length;
    expect(status()).toBe(`${countries} of ${rows.length} entries`);
  });

  test('sorting by category puts people first', () => {
    type('select[name="sort"]', 'category');
    expect(rowButtons()[0]!.textContent).toContain('Person');
  });

  test('keyboard: one tab stop; arrow keys, End and Home move the focus; Enter (a click) opens', () => {
    const stops = rowButtons().filter((b) => b.tabIndex === 0);
    expect(stops.length).toBe(1);
    act(() => stops[0]!.focus());
    press('ArrowDown');
    expect(document.activeElement?.getAttribute('data-index')).toBe('1');
    press('ArrowUp');
    press('ArrowUp');
    expect(document.activeElement?.getAttribute('data-index')).toBe('0');
    press('End');
    expect(document.activeElement?.getAttribute('data-index')).toBe(String(rows.length - 1));
    expect(rowButtons().length).toBeLessThanOrEqual(BOUND);
    act(() => (document.activeElement as HTMLButtonElement).click());
    expect(opened.length).toBe(1);
    expect(opened[0]!.label).toBe(document.activeElement!.querySelector('strong')!.textContent);
    press('Home');
    expect(document.activeElement?.getAttribute('data-index')).toBe('0');
  });
});

describe('windowOf', () => {
  test.each<[string, number, number, number, [number, number]]>([
    ['top of a long list', 1000, 0, 0, [0, 14]],
    ['scrolled to row 100', 1000, 100 * 52, 100, [96, 114]],
    ['end of the list', 1000, 990 * 52, 999, [986, 1000]],
    ['shorter than the view', 3, 0, 0, [0, 3]],
  ])('%s', (_, count, scrollTop, current, [from, to]) => {
    const indices = windowOf(count, scrollTop, 520, 52, current);
    expect(indices).toEqual(Array.from({ length: to - from }, (_, i) => from + i));
  });

  test('the focused row is kept, out of view, before or after the window', () => {
    expect(windowOf(1000, 0, 520, 52, 500).at(-1)).toBe(500);
    expect(windowOf(1000, 500 * 52, 520, 52, 3)[0]).toBe(3);
    expect(windowOf(0, 0, 520, 52, 0)).toEqual([]);
  });
});
