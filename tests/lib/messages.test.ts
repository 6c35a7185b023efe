import { describe, expect, test } from 'vitest';
import { entriesFor } from '../../lib/background';
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
