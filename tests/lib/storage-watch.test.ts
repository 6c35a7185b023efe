import { describe, expect, test } from 'vitest';
import { SettingsSchema } from '../../lib/storage';
import { changeOf, SETTINGS_KEYS } from '../../lib/storage-watch';

describe('storage-watch', () => {
  test('knows every settings key of the schema, and no other', () => {
    expect([...SETTINGS_KEYS].sort()).toEqual(Object.keys(SettingsSchema.shape).sort());
  });

  test.each<[Record<string, unknown>, string, string | null]>([
    [{ enabled: { newValue: false } }, 'sync', 'settings'],
    [{ hiddenEntries: {} }, 'sync', 'settings'],
    [{ glossary: {} }, 'local', 'glossary'],
    [{ glossary: {} }, 'sync', null],
    [{ enabled: {} }, 'local', null],
    [{ somethingElse: {} }, 'sync', null],
    [{ schemaVersion: {} }, 'local', null],
  ])('a change of %j in %s is one of: %s', (changes, area, expected) => {
    expect(changeOf(changes, area)).toBe(expected);
  });
});
