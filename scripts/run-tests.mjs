// Runs the whole Vitest suite and ends with one plain summary line ("vitest: N passed, N failed,
// N skipped") that CI reads; the exit code is Vitest's own.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

const report = 'test-results/vitest.json';
fs.mkdirSync('test-results', { recursive: true });
fs.rmSync(report, { force: true });
const run = spawnSync('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)], { stdio: 'inherit' });
let summary = 'vitest: 0 passed, 1 failed, 0 skipped';
if (fs.existsSync(report)) {
  const r = JSON.parse(fs.readFileSync(report, 'utf8'));
  // A suite that fails to load has no failed test of its own; still count it as a failure.
  const failed = run.status === 0 ? r.numFailedTests : Math.max(r.numFailedTests, 1);
  summary = `vitest: ${r.numPassedTests} passed, ${failed} failed, ${r.numPendingTests + (r.numTodoTests ?? 0)} skipped`;
}
console.log(summary);
process.exit(run.status ?? 1);
