// Runs the whole test suite once and ends with one line `N passed, N failed` (plus skipped, if any).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';

const report = '.cache/vitest-report.json';
mkdirSync('.cache', { recursive: true });
const run = spawnSync(
  'pnpm',
  [
    'exec',
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
    ...process.argv.slice(2),
  ],
  { stdio: 'inherit' },
);
let summary;
try {
  summary = JSON.parse(readFileSync(report, 'utf8'));
} catch {
  console.log('0 passed, 1 failed');
  process.exit(run.status || 1);
}
const passed = summary.numPassedTests ?? 0;
// A file that fails to load has no failed test of its own: count it once, as one failure.
const unloaded = (summary.testResults ?? []).filter(
  (file) =>
    file.status === 'failed' &&
    !(file.assertionResults ?? []).some((test) => test.status === 'failed'),
).length;
const failed = (summary.numFailedTests ?? 0) + unloaded;
const skipped = (summary.numPendingTests ?? 0) + (summary.numTodoTests ?? 0);
console.log(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`);
process.exit(run.status ?? 1);
