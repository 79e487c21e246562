// The CI summary line counts skipped tests from both runners, and under CI a skipped real-export
// suite fails the run (a clean line must not hide that no real export was parsed).
import { createRequire } from 'node:module';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const { count } = require(resolve(__dirname, '../../../.ci/count.cjs')) as {
  count: (folder: string, status: number, ci: boolean) => { line: string; ok: boolean; notes: string[] };
};

const root = mkdtempSync(join(tmpdir(), 'dossier-count-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function reports(name: string, vitestTests: { fullName: string; status: string }[], playwrightStats?: object): string {
  const folder = join(root, name);
  mkdirSync(folder);
  const byStatus = (s: string) => vitestTests.filter((t) => t.status === s).length;
  writeFileSync(
    join(folder, 'vitest.json'),
    JSON.stringify({
      success: byStatus('failed') === 0,
      numPassedTests: byStatus('passed'),
      numFailedTests: byStatus('failed'),
      numPendingTests: byStatus('skipped') + byStatus('pending'),
      numTodoTests: 0,
      testResults: [{ name: 'a.test.ts', assertionResults: vitestTests }],
    }),
  );
  if (playwrightStats) writeFileSync(join(folder, 'playwright.json'), JSON.stringify({ stats: playwrightStats }));
  return folder;
}

describe('.ci/count.cjs', () => {
  it('counts passed, failed and skipped from vitest and Playwright', () => {
    const folder = reports('mixed', [
      { fullName: 'vault opens', status: 'passed' },
      { fullName: 'vault locks', status: 'passed' },
      { fullName: 'built preload exists', status: 'skipped' },
    ], { expected: 4, flaky: 1, unexpected: 0, skipped: 2 });
    expect(count(folder, 0, true)).toMatchObject({ line: '7 passed, 0 failed, 3 skipped', ok: true });
  });

  it('under CI=true, a skipped real-export suite fails the run; outside CI it is only counted', () => {
    const folder = reports('fixtures-missing', [
      { fullName: 'vault opens', status: 'passed' },
      { fullName: 'Telegram real exports reads every message', status: 'skipped' },
    ]);
    expect(count(folder, 0, true)).toMatchObject({ line: '1 passed, 1 failed, 1 skipped', ok: false });
    expect(count(folder, 0, false)).toMatchObject({ line: '1 passed, 0 failed, 1 skipped', ok: true });
  });

  it('a run that failed before any report counts as one failure', () => {
    mkdirSync(join(root, 'empty'));
    expect(count(join(root, 'empty'), 2, true)).toMatchObject({ line: '0 passed, 1 failed, 0 skipped', ok: false });
  });

  it('sees every suite that skips without ../shared/fixtures: each is named a real export', () => {
    // count.cjs knows a real-export suite by its name; one named otherwise would skip unnoticed.
    const tests = resolve(__dirname, '../..');
    const titles: string[] = [];
    for (const file of readdirSync(tests, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(test|spec)\.ts$/.test(f))) {
      const text = readFileSync(join(tests, file), 'utf8');
      for (const m of text.matchAll(/\.skipIf\(([^)]*(?:FIXTURES|[Ff]ixtures)[^)]*\)?)\)\(\s*(['"`])(.*?)\2/g)) titles.push(`${file}: ${m[3]}`);
    }
    expect(titles.length).toBeGreaterThan(5);
    expect(titles.filter((title) => !/real export/i.test(title))).toEqual([]);
  });
});
