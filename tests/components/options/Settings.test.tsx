import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { SettingsDisplay, toggleCategory, type DisplaySettingsValue } from '../../../components/options/SettingsDisplay';
import { parseDwell, resetPatch } from '../../../components/options/SettingsSection';
import { checkSiteInput, SettingsSites } from '../../../components/options/SettingsSites';
import type { Category } from '../../../lib/kb/constants';
import { DEFAULT_SETTINGS, SETTINGS_KEYS } from '../../../lib/storage';

let container: HTMLElement;

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
});

afterEach(() => {
  render(null, container);
  container.remove();
});

const flush = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Types into a field and lets Preact render the new state. */
async function typeInto(input: HTMLInputElement, value: string): Promise<void> {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await flush();
}

describe('toggleCategory', () => {
  test.each<[Category[], Category, boolean, Category[]]>([
    [[], 'country', false, ['country']],
    [['country'], 'country', true, []],
    [['place'], 'person', false, ['person', 'place']],
    [['person'], 'person', false, ['person']],
    [[], 'person', true, []],
  ])('%j, %s on=%s -> %j', (off, category, on, expected) => {
    expect(toggleCategory(off, category, on)).toEqual(expected);
  });
});

describe('parseDwell', () => {
  test.each<[string, number | null]>([
    ['300', 300],
    [' 0 ', 0],
    ['3000', 3000],
    ['3001', null],
    ['-5', null],
    ['2.5', null],
    ['', null],
    ['soon', null],
  ])('%j -> %j', (text, expected) => {
    expect(parseDwell(text)).toBe(expected);
  });
});

test('reset puts back every setting but the hidden terms', () => {
  const patch = resetPatch();
  expect(Object.keys(patch).sort()).toEqual(SETTINGS_KEYS.filter((key) => key !== 'hiddenEntries').sort());
  for (const [key, value] of Object.entries(patch)) expect(value).toEqual(DEFAULT_SETTINGS[key as keyof typeof patch]);
});

describe('checkSiteInput', () => {
  test.each<[string, string[], { ok: boolean; site?: string; message?: string }]>([
    ['https://www.NOS.nl/artikel', [], { ok: true, site: 'nos.nl' }],
    ['nos.nl', ['nos.nl'], { ok: false, message: 'nos.nl is already in the list.' }],
    ['sport.nos.nl', ['nos.nl'], { ok: false, message: 'sport.nos.nl is already in the list.' }],
    ['not a site', [], { ok: false, message: '"not a site" is not a site name such as nos.nl.' }],
  ])('%j in %j', (input, sites, expected) => {
    expect(checkSiteInput('en', input, sites)).toEqual(expected);
  });
});

describe('SettingsDisplay', () => {
  const settings: DisplaySettingsValue = {
    disabledCategories: ['place'],
    marks: 'all',
    markLook: 'underline',
    cardLang: 'page',
    badge: false,
  };

  test('shows the settings and reports each change as a patch', () => {
    const onChange = vi.fn();
    render(<SettingsDisplay settings={settings} lang="en" onChange={onChange} />, container);
    const box = (category: string) => container.querySelector<HTMLInputElement>(`input[name="category"][value="${category}"]`)!;
    expect(box('person').checked).toBe(true);
    expect(box('place').checked).toBe(false);

    box('country').click();
    expect(onChange).toHaveBeenLastCalledWith({ disabledCategories: ['country', 'place'] });

    const look = container.querySelector<HTMLSelectElement>('select[name="markLook"]')!;
    look.value = 'background';
    look.dispatchEvent(new Event('change', { bubbles: true }));
    expect(onChange).toHaveBeenLastCalledWith({ markLook: 'background' });

    const cardLang = container.querySelector<HTMLSelectElement>('select[name="cardLang"]')!;
    expect([...cardLang.options].map((o) => o.value)).toEqual(['page', 'nl', 'en', 'de', 'fr']);
    cardLang.value = 'de';
    cardLang.dispatchEvent(new Event('change', { bubbles: true }));
    expect(onChange).toHaveBeenLastCalledWith({ cardLang: 'de' });

    container.querySelector<HTMLInputElement>('input[name="badge"]')!.click();
    expect(onChange).toHaveBeenLastCalledWith({ badge: true });
  });

  test('every select has a label that names it', () => {
    render(<SettingsDisplay settings={settings} lang="nl" onChange={() => {}} />, container);
    for (const select of container.querySelectorAll('select')) {
      const label = container.querySelector(`label[for="${select.id}"]`);
      expect(label?.textContent?.trim()).toBeTruthy();
    }
  });
});

describe('SettingsSites', () => {
  test('adds a typed site in its stored form and clears the field', async () => {
    const onAdd = vi.fn(() => Promise.resolve());
    render(<SettingsSites name="excluded" title="Excluded" sites={[]} lang="en" onAdd={onAdd} onRemove={vi.fn()} />, container);
    expect(container.textContent).toContain('No sites yet.');
    const input = container.querySelector<HTMLInputElement>('#excluded-site')!;
    await typeInto(input, 'https://www.nos.nl/nieuws');
    container.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await flush();
    expect(onAdd).toHaveBeenCalledWith('nos.nl');
    expect(container.querySelector<HTMLInputElement>('#excluded-site')!.value).toBe('');
  });

  test('refuses what is not a site with a message beside the field, as text', async () => {
    const onAdd = vi.fn(() => Promise.resolve());
    render(<SettingsSites name="excluded" title="Excluded" sites={[]} lang="en" onAdd={onAdd} onRemove={vi.fn()} />, container);
    await typeInto(container.querySelector<HTMLInputElement>('#excluded-site')!, '<img src=x onerror=alert(1)>');
    container.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await flush();
    expect(onAdd).not.toHaveBeenCalled();
    const error = container.querySelector('#excluded-site-error')!;
    expect(error.textContent).toBe('"<img src=x onerror=alert(1)>" is not a site name such as nos.nl.');
    expect(error.querySelector('img')).toBeNull();
    expect(container.querySelector('#excluded-site')!.getAttribute('aria-describedby')).toBe('excluded-site-error');
  });

  test('says so when saving fails', async () => {
    const onAdd = vi.fn(() => Promise.reject(new Error('QUOTA_BYTES_PER_ITEM quota exceeded')));
    render(<SettingsSites name="enabled" title="Enabled" sites={[]} lang="en" onAdd={onAdd} onRemove={vi.fn()} />, container);
    await typeInto(container.querySelector<HTMLInputElement>('#enabled-site')!, 'nos.nl');
    container.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await flush();
    expect(container.querySelector('#enabled-site-error')!.textContent).toContain('quota exceeded');
    // What was typed stays, to try again.
    expect(container.querySelector<HTMLInputElement>('#enabled-site')!.value).toBe('nos.nl');
  });

  test('lists the sites, each with a button to remove it', () => {
    const onRemove = vi.fn(() => Promise.resolve());
    render(
      <SettingsSites name="excluded" title="Excluded" sites={['nos.nl', 'nu.nl']} lang="en" onAdd={vi.fn()} onRemove={onRemove} />,
      container,
    );
    const buttons = container.querySelectorAll<HTMLButtonElement>('li button');
    expect([...buttons].map((b) => b.textContent)).toEqual(['Remove nos.nl', 'Remove nu.nl']);
    buttons[1]!.click();
    expect(onRemove).toHaveBeenCalledWith('nu.nl');
  });
});
