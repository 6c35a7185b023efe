// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SEED = fileURLToPath(new URL('../../../shared/seed/navo-oekraine-2024-04.txt', import.meta.url));

function annotate(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/annotate.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

interface Row {
  start: number;
  end: number;
  text: string;
  entity: string;
  category: string;
  wikipedia?: string;
  role?: string;
}

describe('npm run annotate', () => {
  test('--json on the reference article: offsets into the file, entities, roles on the given date', { timeout: 30000 }, async () => {
    const { status, stdout } = annotate('--json', '--date', '2024-04-04', SEED);
    expect(status).toBe(0);
    const rows = JSON.parse(stdout) as Row[];
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(SEED, 'utf8');
    for (const row of rows) expect(text.slice(row.start, row.end)).toBe(row.text);
    const stoltenberg = rows.find((row) => row.text === 'Stoltenberg');
    expect(stoltenberg).toMatchObject({
      entity: 'jens-stoltenberg',
      category: 'person',
      role: 'Secretary General of NATO',
      wikipedia: 'https://en.wikipedia.org/wiki/Jens_Stoltenberg',
    });
    expect(rows.find((row) => row.text === 'Rutte')?.role).toBe('Prime Minister of the Netherlands');
    expect(rows.find((row) => row.text === 'Austin')?.entity).toBe('lloyd-austin');
  });

  test('the date changes the role: Rutte in 2025', { timeout: 30000 }, () => {
    const rows = JSON.parse(annotate('--json', '--date', '2025-03-01', SEED).stdout) as Row[];
    expect(rows.find((row) => row.text === 'Rutte')?.role).toBe('Secretary General of NATO');
  });

  test('without --json it prints a table with a closing count', { timeout: 30000 }, () => {
    const { status, stdout } = annotate('--lang', 'nl', '--date', '2024-04-04', SEED);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^offset\s+text\s+entity/m);
    expect(stdout).toMatch(/Stoltenberg\s+Jens Stoltenberg\s+person\s+secretaris|Stoltenberg\s+Jens Stoltenberg\s+person\s+Secretary/);
    expect(stdout).toMatch(/\d+ mentions of \d+ entities \(language nl, date 2024-04-04\)/);
  });

  test('reads HTML pages, with their date and language', { timeout: 30000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'duiding-annotate-'));
    const file = join(dir, 'page.html');
    writeFileSync(
      file,
      '<html lang="de"><head><meta property="article:published_time" content="2022-06-29T08:00:00Z"></head>' +
        '<body><script>var x = "NATO";</script><p>Jens <b>Stoltenberg</b> sprach in Madrid.</p></body></html>',
    );
    const rows = JSON.parse(annotate('--json', file).stdout) as Row[];
    expect(rows.map((row) => [row.text, row.entity, row.role])).toEqual([
      ['Jens Stoltenberg', 'jens-stoltenberg', 'Secretary General of NATO'],
      ...rows.slice(1).map((row) => [row.text, row.entity, row.role]),
    ]);
    expect(rows.some((row) => row.text === 'NATO')).toBe(false);
  });

  test('--aliases prints every alias once per line', { timeout: 30000 }, () => {
    const lines = annotate('--aliases').stdout.trim().split('\n');
    expect(lines).toEqual(expect.arrayContaining(['NAVO', 'NATO', 'OTAN', 'Koeleba', 'Stoltenberg']));
    expect(new Set(lines).size).toBe(lines.length);
  });

  test.each([
    [['does-not-exist.txt'], /cannot read does-not-exist.txt/],
    [['--date', '2024-02-30', SEED], /--date takes a date/],
    [['--lang', 'xx', SEED], /--lang takes one of/],
    [[join(ROOT, 'package.json')], /give a \.html or \.txt file/],
  ])('bad input %j: exit code 2 and one line', (args, message) => {
    const { status, stderr, stdout } = annotate(...args);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(message);
  });
});
