// @vitest-environment node
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const changelog = readFileSync(`${ROOT}CHANGELOG.md`, 'utf8');
const { version } = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as { version: string };

/** The release headings, newest first: `## 0.1.0 - 2026-11-28`. */
const releases = [...changelog.matchAll(/^## (\d+\.\d+\.\d+) - (\d{4}-\d{2}-\d{2})$/gm)].map((m) => ({
  version: m[1]!,
  date: m[2]!,
  at: m.index,
}));

describe('CHANGELOG.md', () => {
  test('its newest release is the version in package.json, which the manifests carry', () => {
    expect(releases[0]?.version).toBe(version);
  });

  test('releases are newest first, with real dates, below an Unreleased section', () => {
    expect(changelog.indexOf('## Unreleased')).toBeGreaterThan(-1);
    expect(changelog.indexOf('## Unreleased')).toBeLessThan(releases[0]!.at);
    for (const release of releases) expect(Number.isNaN(Date.parse(release.date))).toBe(false);
    const dates = releases.map((release) => release.date);
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  test('every release says what changed under Keep a Changelog headings', () => {
    releases.forEach((release, i) => {
      const body = changelog.slice(release.at, releases[i + 1]?.at ?? changelog.length);
      const headings = [...body.matchAll(/^### (.+)$/gm)].map((m) => m[1]);
      expect(headings.length, release.version).toBeGreaterThan(0);
      for (const heading of headings) expect(['Added', 'Changed', 'Deprecated', 'Removed', 'Fixed', 'Security']).toContain(heading);
      expect(body.match(/^- /gm)?.length ?? 0, release.version).toBeGreaterThan(0);
    });
  });
});
