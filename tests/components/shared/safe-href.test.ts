import { describe, expect, test } from 'vitest';
import { safeHref } from '../../../components/shared/safe-href';

describe('safeHref', () => {
  test.each<[string, string | null]>([
    ['https://nl.wikipedia.org/wiki/Mark_Rutte', 'https://nl.wikipedia.org/wiki/Mark_Rutte'],
    ['http://example.org', 'http://example.org/'],
    ['HTTPS://Example.org/a', 'https://example.org/a'],
    ['https://example.org/a b', 'https://example.org/a%20b'],
    ['javascript:alert(1)', null],
    ['JavaScript:alert(1)', null],
    ['  javascript:alert(1)', null],
    ['java\tscript:alert(1)', null],
    ['data:text/html,<script>alert(1)</script>', null],
    ['vbscript:msgbox(1)', null],
    ['file:///etc/passwd', null],
    ['blob:https://example.org/1234', null],
    ['/relative/path', null],
    ['//example.org', null],
    ['', null],
  ])('%j -> %j', (raw, expected) => {
    expect(safeHref(raw)).toBe(expected);
  });
});
