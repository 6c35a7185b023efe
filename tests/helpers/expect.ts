import { expect } from 'vitest';

/** Expects an empty list of problems; a failure names how many there are and the first few. */
export function expectNone(problems: readonly string[]): void {
  const sample = problems.slice(0, 8).join('\n  ');
  expect(problems, `${problems.length} found, for example:\n  ${sample}\n`).toEqual([]);
}
