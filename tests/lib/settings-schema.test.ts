import { describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS, SettingsSchema } from '../../lib/storage';

describe('display and activation settings', () => {
  test('defaults: no sites enabled, every category marked, underline, the page language, no badge', () => {
    expect(DEFAULT_SETTINGS).toMatchObject({
      enabledSites: [],
      disabledCategories: [],
      markLook: 'underline',
      cardLang: 'page',
      badge: false,
    });
  });

  test('values of the right shape are kept', () => {
    const stored = {
      enabledSites: ['nos.nl', 'nu.nl'],
      disabledCategories: ['country', 'place'],
      markLook: 'background',
      cardLang: 'de',
      badge: true,
    };
    expect(SettingsSchema.parse(stored)).toMatchObject(stored);
  });

  test.each<[string, Record<string, unknown>, Record<string, unknown>]>([
    ['an unknown category is left out, the others kept', { disabledCategories: ['person', 'planet', 7] }, { disabledCategories: ['person'] }],
    ['a bad site is left out, the others kept', { enabledSites: ['nos.nl', '', null, 'x'.repeat(300)] }, { enabledSites: ['nos.nl'] }],
    ['a list that is not a list', { enabledSites: 'nos.nl' }, { enabledSites: [] }],
    ['an unknown look', { markLook: 'blink' }, { markLook: 'underline' }],
    ['an unknown card language', { cardLang: 'es' }, { cardLang: 'page' }],
    ['a badge that is not a switch', { badge: 'yes' }, { badge: false }],
  ])('repaired field by field: %s', (_, stored, expected) => {
    const parsed = SettingsSchema.parse({ ...stored, enabled: false });
    expect(parsed).toMatchObject(expected);
    // The other fields are untouched.
    expect(parsed.enabled).toBe(false);
  });
});
