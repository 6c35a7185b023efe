import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { Card, type CardProps } from '../../../components/card/Card';
import { BUNDLED, indexById } from '../../../lib/kb';
import { buildCardView, type CardView } from '../../../lib/kb/view';

const ASOF = '2025-06-01';
const rutte = indexById(BUNDLED.entries).get('mark-rutte')!;
const XSS = '<img src=x onerror=alert(1)>';

let container: HTMLElement;

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
});

afterEach(() => {
  render(null, container);
  container.remove();
});

function show(overrides: Partial<CardProps> = {}): CardProps {
  const props: CardProps = {
    view: buildCardView(rutte, { lang: 'nl', articleDate: '2024-04-04', asOf: ASOF }),
    lang: 'nl',
    articleDate: '2024-04-04',
    asOf: ASOF,
    onClose: () => {},
    ...overrides,
  };
  render(<Card {...props} />, container);
  return props;
}

const text = (selector: string): string | null | undefined => container.querySelector(selector)?.textContent;

describe('Card', () => {
  test('shows label, category, summary and the date of the facts', () => {
    show();
    expect(text('.label')).toBe('Mark Rutte');
    expect(text('.category')).toBe('Persoon');
    expect(text('.summary')).toBe(rutte.summary.nl);
    expect(container.querySelector('.summary')?.getAttribute('lang')).toBe('nl');
    expect(text('.foot')).toBe('Feiten per 1 juni 2025');
    expect(container.querySelector('[role="dialog"]')?.getAttribute('aria-label')).toContain('Mark Rutte');
  });

  test('shows the role held on the article date and the one held now', () => {
    show();
    const then = container.querySelector('[data-when="then"]');
    expect(then?.querySelector('strong')?.textContent).toBe('Op 4 april 2024');
    expect(then?.querySelector('li')?.textContent).toBe('premier van Nederland (14 oktober 2010 tot 2 juli 2024)');
    const now = container.querySelector('[data-when="now"]');
    expect(now?.querySelector('strong')?.textContent).toBe('Nu');
    expect(now?.querySelector('li')?.textContent).toBe('secretaris-generaal van de NAVO (sinds 1 oktober 2024)');
  });

  test('no "now" group when the roles are the same', () => {
    const view = buildCardView(rutte, { lang: 'nl', articleDate: '2025-03-01', asOf: ASOF });
    show({ view, articleDate: '2025-03-01' });
    expect(text('[data-when="then"] strong')).toBe('Op 1 maart 2025');
    expect(container.querySelector('[data-when="now"]')).toBeNull();
  });

  test('no roles section for an entry without roles', () => {
    const base = buildCardView(rutte, { lang: 'nl', articleDate: '2024-04-04', asOf: ASOF });
    show({ view: { ...base, then: [], now: [] } });
    expect(container.querySelector('.roles')).toBeNull();
  });

  test('the Wikipedia link opens in a new tab without opener', () => {
    show();
    const links = container.querySelectorAll('a');
    expect(links).toHaveLength(1);
    const a = links[0]!;
    expect(a.getAttribute('href')).toBe(rutte.links.wikipedia.nl);
    expect(a.getAttribute('target')).toBe('_blank');
    expect(a.getAttribute('rel')).toContain('noopener');
    expect(a.getAttribute('hreflang')).toBe('nl');
    expect(a.textContent).toBe('Lees meer op Wikipedia');
  });

  test('an own link without a language says "read more"', () => {
    const base = buildCardView(rutte, { lang: 'nl', articleDate: '2024-04-04', asOf: ASOF });
    show({ view: { ...base, link: { url: 'https://example.org/x' } } });
    expect(container.querySelector('a')?.getAttribute('href')).toBe('https://example.org/x');
    expect(container.querySelector('a')?.textContent).toBe('Lees meer');
  });

  test.each(['javascript:alert(1)', 'JavaScript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'nos.nl'])(
    'no link is rendered for %j',
    (url) => {
      const base = buildCardView(rutte, { lang: 'nl', articleDate: '2024-04-04', asOf: ASOF });
      show({ view: { ...base, link: { url, lang: 'nl' } } });
      expect(container.querySelector('a')).toBeNull();
      expect(container.innerHTML).not.toContain('javascript:');
      expect(text('.label')).toBe('Mark Rutte');
    },
  );

  test('markup in label, summary, note and role labels is shown as text', () => {
    const view: CardView = {
      entryId: 'own-x',
      label: XSS,
      category: 'concept',
      summaryLang: 'nl',
      summary: `Samenvatting ${XSS}`,
      note: `<script>alert(1)</script>`,
      then: [{ label: XSS, from: '2024-01-01' }],
      noneNow: false,
      facts: [{ kind: 'capital', text: XSS }],
      why: { alias: XSS, surface: XSS },
      now: [],
    };
    show({ view });
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('script')).toBeNull();
    expect(text('.label')).toBe(XSS);
    expect(text('.summary')).toBe(`Samenvatting ${XSS}`);
    expect(text('.note')).toBe('<script>alert(1)</script>');
    expect(text('[data-when="then"] li')).toContain(XSS);
  });

  test('the close button calls onClose once', () => {
    const onClose = vi.fn();
    show({ onClose });
    const button = container.querySelector('button.close') as HTMLButtonElement;
    expect(button.getAttribute('aria-label')).toBe('Sluiten');
    expect(onClose).not.toHaveBeenCalled();
    button.click();
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  test('speaks the card language', () => {
    const view = buildCardView(rutte, { lang: 'en', articleDate: '2024-04-04', asOf: ASOF });
    show({ view, lang: 'en' });
    expect(container.querySelector('.card')?.getAttribute('lang')).toBe('en');
    expect(text('[data-when="then"] li')).toBe('Prime Minister of the Netherlands (14 October 2010 to 2 July 2024)');
    expect(text('[data-when="then"] strong')).toBe('On 4 April 2024');
  });
});
