/**
 * Prints one closing line for the whole test run, from the JSON reports of the unit and end-to-end runs:
 * `tests: N passed, N failed`. Exits non-zero when a report is missing or a test failed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = new URL('../', import.meta.url).pathname;
const REPORTS = ['.tmp/report-unit.json', '.tmp/report-e2e.json'];

let passed = 0;
let failed = 0;
let skipped = 0;
for (const report of REPORTS) {
  const path = join(ROOT, report);
  if (!existsSync(path)) {
    console.error(`missing test report ${report}`);
    process.exit(1);
  }
  const data = JSON.parse(readFileSync(path, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
  };
  passed += data.numPassedTests;
  failed += data.numFailedTests;
  skipped += data.numPendingTests + data.numTodoTests;
}
console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
