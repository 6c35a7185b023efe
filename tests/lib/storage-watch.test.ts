import { describe, expect, test } from 'vitest';
import { SettingsSchema } from '../../lib/storage';
import { SETTINGS_KEYS } from '../../lib/storage-watch';

describe('storage-watch', () => {
  test('knows every settings key of the schema, and no other', () => {
    expect([...SETTINGS_KEYS].sort()).toEqual(Object.keys(SettingsSchema.shape).sort());
  });
});
