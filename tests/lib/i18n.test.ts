import { afterEach, describe, expect, test } from 'vitest';
import de from '../../public/_locales/de/messages.json';
import en from '../../public/_locales/en/messages.json';
import fr from '../../public/_locales/fr/messages.json';
import nl from '../../public/_locales/nl/messages.json';
import { categoryName, formatDay, MESSAGES, t, type MessageKey } from '../../lib/i18n';
import { CATEGORIES } from '../../lib/kb/constants';
import type { Lang } from '../../lib/kb/schema';

type Locale = Record<string, { message: string; description?: string }>;
const LOCALES: [Lang, Locale][] = [
  ['en', en],
  ['nl', nl],
  ['de', de],
  ['fr', fr],
];

const placeholders = (message: string): string[] => [...new Set(message.match(/\$\d/g) ?? [])].sort();

describe('_locales', () => {
  test.each(LOCALES)('%s has exactly the keys of every other locale', (_, messages) => {
    for (const [, other] of LOCALES) expect(Object.keys(messages).sort()).toEqual(Object.keys(other).sort());
  });

  test.each(LOCALES)('%s has no empty message', (_, messages) => {
    const empty = Object.entries(messages).filter(([, m]) => typeof m.message !== 'string' || m.message.trim() === '');
    expect(empty.map(([key]) => key)).toEqual([]);
  });

  test.each(LOCALES)('%s uses the same $N placeholders as English for every key', (_, messages) => {
    const differ = Object.keys(en).filter(
      (key) => placeholders(messages[key]?.message ?? '').join() !== placeholders((en as Locale)[key]!.message).join(),
    );
    expect(differ).toEqual([]);
  });

  test('placeholders are numbered from $1 without gaps', () => {
    for (const [key, { message }] of Object.entries(en as Locale)) {
      const used = placeholders(message).map((p) => Number(p.slice(1)));
      expect(used, key).toEqual(used.map((_, i) => i + 1));
    }
  });

  test('every category has a label (the card builds the key from the category)', async () => {
    const { CATEGORIES } = await import('../../lib/kb/schema');
    for (const category of CATEGORIES) {
      expect(Object.keys(en)).toContain(`category_${category.replace(/-/g, '_')}`);
    }
  });
});

describe('t', () => {
  const removed: { lang: Lang; key: MessageKey; value: { message: string } }[] = [];
  afterEach(() => {
    for (const { lang, key, value } of removed.splice(0)) MESSAGES[lang][key] = value;
  });

  test.each<[Lang, MessageKey, (string | number)[], string]>([
    ['nl', 'cardThen', ['4 april 2024'], 'Op 4 april 2024'],
    ['nl', 'cardPeriod', ['2010', '2024'], '2010 tot 2024'],
    ['nl', 'optionsCount', [3, 31], '3 van 31 termen'],
    ['nl', 'cardNow', [], 'Nu'],
  ])('%s %s %j -> %j', (lang, key, substitutions, expected) => {
    expect(t(lang, key, ...substitutions)).toBe(expected);
  });

  test.each(LOCALES.map(([lang]) => lang))('%s: $1 and $2 are replaced, in their order', (lang) => {
    const text = t(lang, 'cardPeriod', 'EERSTE', 'TWEEDE');
    expect(text).not.toMatch(/\$\d/);
    expect(text.indexOf('EERSTE')).toBeGreaterThanOrEqual(0);
    expect(text.indexOf('TWEEDE')).toBeGreaterThan(text.indexOf('EERSTE'));
  });

  test('a missing substitution leaves its placeholder', () => {
    expect(t('nl', 'cardPeriod', '2010')).toBe('2010 tot $2');
  });

  test('a key missing in a language falls back to English', () => {
    const value = MESSAGES.de.cardNow;
    removed.push({ lang: 'de', key: 'cardNow', value });
    delete (MESSAGES.de as Partial<Record<MessageKey, { message: string }>>).cardNow;
    expect(t('de', 'cardNow')).toBe(en.cardNow.message);
  });

  test('a substituted value containing $1 is not substituted again', () => {
    expect(t('nl', 'cardPeriod', '$2', 'B')).toBe('$2 tot B');
  });
});

describe('categoryName', () => {
  test.each(LOCALES)('every category has its own name in %s', (lang, messages) => {
    for (const category of CATEGORIES) {
      const key = `category_${category.replaceAll('-', '_')}`;
      expect(messages[key]?.message, key).toBeTruthy();
      expect(categoryName(lang, category)).toBe(messages[key]!.message);
    }
  });

  test('a hyphenated category reads as words', () => {
    expect(categoryName('nl', 'weapon-system')).toBe('Wapensysteem');
    expect(categoryName('fr', 'weapon-system')).toBe("Système d'armes");
  });
});

describe('formatDay', () => {
  test.each<[Lang, string, string]>([
    ['nl', '2024-04-04', '4 april 2024'],
    ['nl', '2024-10-01', '1 oktober 2024'],
    ['en', '2024-04-04', '4 April 2024'], // British order, as in European English-language news
    ['de', '2024-04-04', '4. April 2024'],
    ['fr', '2024-04-04', '4 avril 2024'],
    ['fr', '2024-10-01', '1 octobre 2024'],
    // The day as written, whatever the machine's time zone.
    ['nl', '2024-01-01', '1 januari 2024'],
    ['nl', '2024-12-31', '31 december 2024'],
  ])('%s %s -> %s', (lang, day, expected) => {
    expect(formatDay(lang, day)).toBe(expected);
  });
});

describe('formatDay with partial dates', () => {
  test.each([
    ['nl', '1959', '1959'],
    ['nl', '1959-03', 'maart 1959'],
    ['de', '2023-10', 'Oktober 2023'],
    ['fr', '2022-02-24', '24 février 2022'],
  ] as const)('%s %s -> %s', (lang, day, expected) => {
    expect(formatDay(lang, day)).toBe(expected);
  });
});
