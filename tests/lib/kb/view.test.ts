import { describe, expect, test } from 'vitest';
import { expectNone } from '../../helpers/expect';
import { BUNDLED, indexById, mergeEntries } from '../../../lib/kb';
import type { Entry, Lang, Role } from '../../../lib/kb/schema';
import { buildCardView, pickLanguage, rolesOn } from '../../../lib/kb/view';
import { entry } from '../../helpers/match';

const bundled = indexById(BUNDLED.entries);
const rutte = bundled.get('mark-rutte')!;
const ASOF = '2025-06-01';

describe('pickLanguage', () => {
  test.each<[string, Partial<Record<Lang, string>>, Lang[], Lang | undefined]>([
    ['first preferred', { nl: 'a', en: 'b' }, ['nl', 'en'], 'nl'],
    ['second preferred', { en: 'b', de: 'c' }, ['nl', 'en'], 'en'],
    ['any language when none preferred is there', { fr: 'd' }, ['nl', 'en'], 'fr'],
    ['nothing', {}, ['nl', 'en'], undefined],
    ['empty string is a value', { nl: '' }, ['nl', 'en'], 'nl'],
  ])('%s', (_, available, preferred, expected) => {
    expect(pickLanguage(available, preferred)).toBe(expected);
  });
});

describe('rolesOn', () => {
  const role: Role = { label: { en: 'Secretary General of NATO' }, org: 'nato', from: '2014-10-01', to: '2024-10-01' };
  const open: Role = { label: { en: 'Minister of Finance of Norway' }, from: '2025-02-04' };

  test.each([
    ['the day before it starts', '2014-09-30', []],
    ['the day it starts', '2014-10-01', [role]],
    ['the last day', '2024-09-30', [role]],
    ['the day it ends (the successor holds it)', '2024-10-01', []],
    ['a role without an end, long after', '2030-01-01', [open]],
  ])('%s', (_, date, expected) => {
    expect(rolesOn([role, open], date)).toEqual(expected);
  });
});

describe('buildCardView with the bundled knowledge base', () => {
  test('Rutte in an article of 4 April 2024: Prime Minister then, NATO Secretary General now', () => {
    const view = buildCardView(rutte, { lang: 'nl', articleDate: '2024-04-04', asOf: ASOF });
    expect(view).toMatchObject({ entryId: 'mark-rutte', label: 'Mark Rutte', category: 'person', summaryLang: 'nl' });
    expect(view.summary).toBe(rutte.summary.nl);
    expect(view.then).toEqual([{ label: 'premier van Nederland', from: '2010-10-14', to: '2024-07-02' }]);
    expect(view.now).toEqual([{ label: 'secretaris-generaal van de NAVO', from: '2024-10-01' }]);
    expect(view.link).toEqual({ url: rutte.links.wikipedia.nl, lang: 'nl' });
  });

  test('Rutte in an article of 1 March 2025: NATO Secretary General then, and "now" is left out as the same', () => {
    const view = buildCardView(rutte, { lang: 'nl', articleDate: '2025-03-01', asOf: ASOF });
    expect(view.then).toEqual([{ label: 'secretaris-generaal van de NAVO', from: '2024-10-01' }]);
    expect(view.now).toEqual([]);
  });

  test('Rutte on the day his premiership ends holds no role', () => {
    const view = buildCardView(rutte, { lang: 'en', articleDate: '2024-07-02', asOf: ASOF });
    expect(view.then).toEqual([]);
    expect(view.now).toEqual([{ label: 'Secretary General of NATO', from: '2024-10-01' }]);
  });

  test('an article dated after the knowledge base shows no "now"', () => {
    const view = buildCardView(rutte, { lang: 'nl', articleDate: '2026-01-01', asOf: ASOF });
    expect(view.then.map((r) => r.from)).toEqual(['2024-10-01']);
    expect(view.now).toEqual([]);
  });

  test('Stoltenberg in April 2024 and now: different roles in the card language', () => {
    const view = buildCardView(bundled.get('jens-stoltenberg')!, { lang: 'de', articleDate: '2024-04-04', asOf: ASOF });
    expect(view.then.map((r) => r.label)).toEqual(['NATO-Generalsekretär']);
    expect(view.now.map((r) => r.label)).toEqual(['Finanzminister Norwegens']);
  });

  // The content script builds a card from BUNDLED for whatever entry is hovered, countries included.
  test('a card can be built for every bundled entry', () => {
    const failed: string[] = [];
    for (const e of BUNDLED.entries) {
      try {
        const view = buildCardView(e, { lang: 'nl', articleDate: '2024-04-04', asOf: ASOF });
        if (view.entryId !== e.id || !view.summary) failed.push(`${e.id}: incomplete view`);
      } catch (error) {
        failed.push(`${e.id}: ${String(error)}`);
      }
    }
    expectNone(failed);
  });
});

describe('buildCardView language fallback', () => {
  const partial: Entry = entry({
    id: 'x-only-en',
    category: 'concept',
    names: { en: { label: 'Hybrid warfare' }, fr: { label: 'Guerre hybride' } },
    summary: {
      en: 'Warfare mixing military and non-military means.',
      fr: 'Guerre mêlant moyens militaires et autres.',
    },
    roles: [{ label: { en: 'Only in English' }, from: '2000-01-01' }],
    links: { wikipedia: { fr: 'https://fr.wikipedia.org/wiki/Guerre_hybride' } },
  });

  test('a card in German falls back to English for label, summary and role', () => {
    const view = buildCardView(partial, { lang: 'de', articleDate: '2024-04-04', asOf: ASOF });
    expect(view.label).toBe('Hybrid warfare');
    expect(view.summaryLang).toBe('en');
    expect(view.summary).toBe('Warfare mixing military and non-military means.');
    expect(view.then).toEqual([{ label: 'Only in English', from: '2000-01-01' }]);
  });

  test('a card in French uses French where it exists', () => {
    const view = buildCardView(partial, { lang: 'fr', articleDate: '2024-04-04', asOf: ASOF });
    expect(view.label).toBe('Guerre hybride');
    expect(view.summaryLang).toBe('fr');
    expect(view.then[0]?.label).toBe('Only in English');
  });

  test('the only Wikipedia link is used whatever its language, and says which', () => {
    const view = buildCardView(partial, { lang: 'nl', articleDate: '2024-04-04', asOf: ASOF });
    expect(view.link).toEqual({ url: 'https://fr.wikipedia.org/wiki/Guerre_hybride', lang: 'fr' });
  });

  test('an own entry: its link without a language, its note, no summary', () => {
    const own = entry({
      id: 'own-x',
      category: 'concept',
      names: { nl: { label: 'X' } },
      summary: {},
      links: { wikipedia: {}, more: 'https://example.org/x' },
      note: 'Eigen notitie',
    });
    const view = buildCardView(own, { lang: 'en', articleDate: '2024-04-04', asOf: ASOF });
    expect(view.link).toEqual({ url: 'https://example.org/x' });
    expect(view.note).toBe('Eigen notitie');
    expect(view).not.toHaveProperty('summary');
    expect(view.label).toBe('X');
  });
});

describe('mergeEntries', () => {
  test('an own entry with a bundled id replaces it; others are added', () => {
    const ownRutte = entry({
      id: 'mark-rutte',
      category: 'person',
      names: { nl: { label: 'Rutte (eigen)' } },
      summary: {},
    });
    const extra = entry({ id: 'own-y', category: 'concept', names: { nl: { label: 'Y' } }, summary: {} });
    const merged = mergeEntries(BUNDLED.entries, [ownRutte, extra]);
    expect(merged).toHaveLength(BUNDLED.entries.length + 1);
    expect(indexById(merged).get('mark-rutte')).toBe(ownRutte);
    expect(indexById(merged).get('own-y')).toBe(extra);
    expect(merged.filter((e) => e.id === 'mark-rutte')).toHaveLength(1);
  });
});
