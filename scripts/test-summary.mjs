// Prints the plain "N passed, N failed" line that CI reads, from vitest's JSON report; exits 1 on failures.
import { readFileSync } from 'node:fs';

const path = process.argv[2] ?? 'test-results/vitest.json';
let report;
try {
  report = JSON.parse(readFileSync(path, 'utf8'));
} catch (error) {
  console.log('0 passed, 1 failed');
  console.error(`test-summary: no vitest report at ${path} (${error.message})`);
  process.exit(1);
}
const passed = report.numPassedTests ?? 0;
// A test file that fails to load counts as a failure even though it ran no test.
const failedSuites = (report.testResults ?? []).filter((r) => r.status === 'failed' && (r.assertionResults ?? []).length === 0).length;
const failed = (report.numFailedTests ?? 0) + failedSuites;
const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || skipped > 0 || passed === 0 ? 1 : 0);
