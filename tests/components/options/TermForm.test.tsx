import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { errorMessage } from '../../../components/options/field-errors';
import { TermForm, type TermFormProps } from '../../../components/options/TermForm';
import { BUNDLED, indexById } from '../../../lib/kb';
import type { ErrorCode } from '../../../lib/kb/own-entry';
import type { Entry } from '../../../lib/kb/schema';

const bundled = indexById(BUNDLED.entries);
const XSS = '<img src=x onerror=alert(1)>';

let container: HTMLElement;
let saved: Entry[];

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  saved = [];
});

afterEach(() => {
  render(null, container);
  container.remove();
});

function show(patch: Partial<TermFormProps> = {}): void {
  const props: TermFormProps = {
    lang: 'en',
    mode: 'new',
    taken: new Set(bundled.keys()),
    own: [],
    onSave: async (entry) => void saved.push(entry),
    ...patch,
  };
  act(() => render(<TermForm {...props} />, container));
}

const field = (name: string): HTMLInputElement | HTMLTextAreaElement =>
  container.querySelector<HTMLInputElement>(`[name="${name}"]`)!;

function fill(name: string, value: string): void {
  act(() => {
    const input = field(name);
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function submit(): Promise<void> {
  await act(async () => {
    container.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
}

/** The error shown for a field, found through its aria-describedby. */
function errorOf(name: string): string | null {
  const input = field(name);
  if (input.getAttribute('aria-invalid') !== 'true') return null;
  const ids = input.getAttribute('aria-describedby')!.split(' ');
  return ids.map((id) => container.querySelector(`#${id}`)?.textContent ?? '').join(' ').trim();
}

describe('TermForm', () => {
  test('a javascript: link is refused beside its field, and nothing is saved', async () => {
    show();
    fill('names.en.label', 'Alliance');
    fill('more', 'javascript:alert(1)');
    await submit();
    expect(errorOf('more')).toBe('Use a web address that starts with http:// or https://.');
    expect(errorOf('names.en.label')).toBeNull();
    expect(container.querySelector('[role="alert"]')!.textContent).toBe('Not saved: check the fields marked below (1).');
    expect(saved).toEqual([]);
  });

  test('errors in several fields, each beside its own; fixed, the entry is saved and the form empties', async () => {
    show();
    fill('names.nl.aliases', 'bondgenootschap');
    fill('wikipedia.fr', 'nos.nl');
    fill('born', '12-03-1967');
    await submit();
    expect(errorOf('names.nl.label')).toBe('Required.');
    expect(errorOf('wikipedia.fr')).toContain('http');
    expect(errorOf('born')).toBe('Write YYYY, YYYY-MM or YYYY-MM-DD.');
    fill('names.nl.label', 'Bondgenootschap');
    fill('wikipedia.fr', 'https://fr.wikipedia.org/wiki/Alliance');
    fill('born', '');
    await submit();
    expect(errorOf('names.nl.label')).toBeNull();
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({
      id: 'own-bondgenootschap',
      names: { nl: { label: 'Bondgenootschap', aliases: ['bondgenootschap'] } },
      links: { wikipedia: { fr: 'https://fr.wikipedia.org/wiki/Alliance' } },
    });
    expect(field('names.nl.label').value).toBe('');
  });

  test('roles are added, checked with their own errors, and removed', async () => {
    show();
    fill('names.en.label', 'Someone');
    act(() => [...container.querySelectorAll('button')].find((b) => b.textContent === 'Add a role')!.click());
    fill('roles.0.label.nl', 'Premier');
    fill('roles.0.from', '2010-10-14');
    fill('roles.0.to', '2001-01-01');
    await submit();
    expect(errorOf('roles.0.label.en')).toBe('A role needs a title in English.');
    expect(errorOf('roles.0.to')).toBe('The end cannot be before the start.');
    act(() => [...container.querySelectorAll('button')].find((b) => b.textContent === 'Remove role 1')!.click());
    expect(field('roles.0.from')).toBeNull();
    await submit();
    expect(saved[0]!.roles).toEqual([]);
  });

  test('memberships are added with an organisation and dates, and removed one by one', async () => {
    show();
    fill('names.en.label', 'Somewhere');
    const click = (text: string): void => {
      act(() => [...container.querySelectorAll('button')].find((b) => b.textContent === text)!.click());
    };
    click('Add a membership');
    click('Add a membership');
    fill('memberships.0.org', 'nato');
    fill('memberships.0.from', '2023-04-04');
    fill('memberships.1.org', 'european-union');
    fill('memberships.1.from', '1995-01-01');
    click('Remove membership 1');
    expect(field('memberships.0.org').value).toBe('european-union');
    expect(field('memberships.1.org')).toBeNull();
    await submit();
    expect(saved[0]!.memberships).toEqual([{ org: 'european-union', from: '1995-01-01' }]);
  });

  test('a bundled entry opens with its fields filled in and its id fixed; saving keeps its id', async () => {
    const rutte = bundled.get('mark-rutte')!;
    show({ mode: 'bundled', base: rutte });
    expect(field('id').value).toBe('mark-rutte');
    expect(field('id').readOnly).toBe(true);
    expect(field('names.nl.label').value).toBe('Mark Rutte');
    expect(container.querySelectorAll('fieldset.period').length).toBe(rutte.roles.length + (rutte.memberships?.length ?? 0));
    fill('note', 'Mijn eigen notitie.');
    await submit();
    expect(saved[0]).toEqual({ ...rutte, note: 'Mijn eigen notitie.' });
  });

  test('what is typed stays text: markup in a name is neither parsed nor run', async () => {
    show();
    fill('names.en.label', XSS);
    fill('summary.en', XSS);
    await submit();
    expect(saved[0]!.names.en!.label).toBe(XSS);
    expect(container.querySelector('img')).toBeNull();
  });
});

describe('errorMessage', () => {
  const codes: ErrorCode[] = ['required', 'too-long', 'too-many', 'link', 'id', 'id-taken', 'taken', 'date', 'partial-date', 'order', 'need-name', 'role-english', 'wikidata', 'invalid'];
  test.each(['en', 'nl', 'de', 'fr'] as const)('every error has words in %s, with its limit and line', (lang) => {
    for (const code of codes) expect(errorMessage(lang, { code }).length, code).toBeGreaterThan(5);
    expect(errorMessage(lang, { code: 'too-long', max: 120, line: 3 })).toMatch(/3.*120/);
  });
});
