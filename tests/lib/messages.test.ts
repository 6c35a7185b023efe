import { describe, expect, test } from 'vitest';
import { badgeText, entriesFor } from '../../lib/background';
import { BUNDLED, indexById } from '../../lib/kb';
import { parseBackgroundRequest } from '../../lib/message-schemas';
import { parseTabRequest } from '../../lib/messages';

describe('requests are checked at the receiver', () => {
  test.each([
    [{ type: 'page-info' }, true],
    [{ type: 'navigate' }, true],
    [{ type: 'navigate', extra: 1 }, false],
    [{ type: 'show-term', id: 'jens-stoltenberg' }, true],
    [{ type: 'show-term', id: '<img src=x>' }, false],
    [{ type: 'show-term' }, false],
    [{ type: 'annotate-anyway' }, true],
    [{ type: 'annotate-anyway', site: 'nos.nl' }, false],
    [{ type: 'state-changed' }, true],
    [{ type: 'state-changed', settings: {} }, false],
    [{ type: 'page-state' }, false],
    ['page-info', false],
    [null, false],
    [{}, false],
  ])('content script: %j', (message, accepted) => {
    expect(parseTabRequest(message) !== null).toBe(accepted);
  });

  test.each([
    [{ type: 'page-state' }, true],
    [{ type: 'entries', ids: ['nato', 'mark-rutte'] }, true],
    [{ type: 'entries', ids: ['Not An Id'] }, false],
    [{ type: 'entries' }, false],
    [{ type: 'hide-entry', id: 'jens-stoltenberg' }, true],
    [{ type: 'hide-entry', id: '<script>' }, false],
    [{ type: 'page-info' }, false],
    [{ type: 'page-state', more: true }, false],
    [{ type: 'badge', count: 12 }, true],
    [{ type: 'badge', count: null }, true],
    [{ type: 'badge', count: -1 }, false],
    [{ type: 'badge', count: 1.5 }, false],
    [{ type: 'badge', count: '12' }, false],
    [{ type: 'badge' }, false],
  ])('background: %j', (message, accepted) => {
    expect(parseBackgroundRequest(message) !== null).toBe(accepted);
  });
});

describe('entries for a card', () => {
  test('come with the organisations their roles and memberships name', () => {
    const found = entriesFor(['mark-rutte', 'finland', 'no-such-entry'], indexById(BUNDLED.entries));
    expect(Object.keys(found)).toEqual(expect.arrayContaining(['mark-rutte', 'nato', 'netherlands', 'finland', 'european-union']));
    expect(found['no-such-entry']).toBeUndefined();
  });
});

describe('the toolbar badge', () => {
  test.each<[number | null, string]>([
    [null, ''],
    [0, ''],
    [1, '1'],
    [42, '42'],
    [999, '999'],
    [1000, '999+'],
  ])('%j names: %j', (count, text) => {
    expect(badgeText(count)).toBe(text);
  });
});
