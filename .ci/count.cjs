// Prints "N passed, M failed, K skipped" from the runners' JSON reports (vitest, and Playwright when
// present). A failure before any test ran (typecheck, build) counts as one failed test, so the line
// never claims success for a run that did not happen. Under CI=true a skipped real-export suite (its
// describe title says "real export", and it skips when ../shared/fixtures is missing) fails the
// run: a green line must not hide that the parsers never met a real file.
'use strict';
const { existsSync, readFileSync } = require('node:fs');

const REAL_EXPORT = /real export/i;

/** Counts one run's reports in `folder`; pure, so tests/unit/ci/count.test.ts can feed it reports. */
function count(folder, status, ci) {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  let reports = 0;
  const skippedRealExports = [];

  const vitest = `${folder}/vitest.json`;
  if (existsSync(vitest)) {
    const report = JSON.parse(readFileSync(vitest, 'utf8'));
    passed += report.numPassedTests ?? 0;
    failed += (report.numFailedTests ?? 0) + (report.numRuntimeErrors ?? 0) + (report.success === false && !report.numFailedTests ? 1 : 0);
    skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
    for (const file of report.testResults ?? []) {
      for (const test of file.assertionResults ?? []) {
        const notRun = test.status === 'skipped' || test.status === 'pending' || test.status === 'todo';
        if (notRun && REAL_EXPORT.test(test.fullName ?? '')) skippedRealExports.push(test.fullName);
      }
    }
    reports += 1;
  }

  const playwright = `${folder}/playwright.json`;
  if (existsSync(playwright)) {
    const stats = JSON.parse(readFileSync(playwright, 'utf8')).stats ?? {};
    passed += (stats.expected ?? 0) + (stats.flaky ?? 0);
    failed += stats.unexpected ?? 0;
    skipped += stats.skipped ?? 0;
    reports += 1;
  }

  const notes = [];
  if (ci && skippedRealExports.length > 0) {
    failed += 1;
    notes.push(`${skippedRealExports.length} real-export tests were skipped (is ../shared/fixtures missing?)`);
  }
  if (status !== 0 && failed === 0) failed = 1;
  if (reports === 0 && failed === 0) failed = 1;
  return { line: `${passed} passed, ${failed} failed, ${skipped} skipped`, notes, ok: failed === 0 && status === 0 };
}

if (require.main === module) {
  const result = count('test-results', Number(process.argv[2] ?? 1), process.env.CI === 'true');
  for (const note of result.notes) console.error(note);
  console.log(result.line);
  process.exit(result.ok ? 0 : 1);
}

module.exports = { count };
