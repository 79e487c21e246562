// Prints "N passed, M failed" from the runners' JSON reports (vitest, and Playwright when present).
// A failure before any test ran (typecheck, build) counts as one failed test, so the line never
// claims success for a run that did not happen.
'use strict';
const { existsSync, readFileSync } = require('node:fs');

const status = Number(process.argv[2] ?? 1);
let passed = 0;
let failed = 0;
let reports = 0;

const vitest = 'test-results/vitest.json';
if (existsSync(vitest)) {
  const report = JSON.parse(readFileSync(vitest, 'utf8'));
  passed += report.numPassedTests ?? 0;
  failed += (report.numFailedTests ?? 0) + (report.numRuntimeErrors ?? 0) + (report.success === false && !report.numFailedTests ? 1 : 0);
  reports += 1;
}

const playwright = 'test-results/playwright.json';
if (existsSync(playwright)) {
  const stats = JSON.parse(readFileSync(playwright, 'utf8')).stats ?? {};
  passed += (stats.expected ?? 0) + (stats.flaky ?? 0);
  failed += stats.unexpected ?? 0;
  reports += 1;
}

if (status !== 0 && failed === 0) failed = 1;
if (reports === 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || status !== 0 ? 1 : 0);
