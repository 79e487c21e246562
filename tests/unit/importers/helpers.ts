// Shared by the importer tests: where the real exports live, and how to assert an import error.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect } from 'vitest';
import { DossierError } from '../../../shared/errors';

/** The repository root, then ../shared beside it (the fixtures are never copied into the repo). */
const repoRoot = resolve(__dirname, '../../..');
export const FIXTURES = resolve(repoRoot, '../shared/fixtures/messages');
export const haveFixtures = existsSync(FIXTURES);

export function fixture(path: string): Uint8Array {
  return new Uint8Array(readFileSync(resolve(FIXTURES, path)));
}

/** Every fixture file, as "folder/name", SOURCES.md excluded. */
export function allFixtures(): string[] {
  return readdirSync(FIXTURES, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => readdirSync(resolve(FIXTURES, d.name)).map((f) => `${d.name}/${f}`))
    .sort();
}

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** Runs `run` and returns the DossierError it threw, failing the test if it threw anything else. */
export function importErrorOf(run: () => unknown): DossierError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(DossierError);
    return error as DossierError;
  }
  throw new Error('expected a DossierError, but nothing was thrown');
}

export async function importErrorOfAsync(run: () => Promise<unknown>): Promise<DossierError> {
  try {
    await run();
  } catch (error) {
    expect(error).toBeInstanceOf(DossierError);
    return error as DossierError;
  }
  throw new Error('expected a DossierError, but nothing was thrown');
}

/** The property-test oracle: a parser either returns, or throws a DossierError with an IMPORT_* code. */
/** Fuzz cases per property: quick in `npm test`; `FUZZ_RUNS=10000` is the long mode. */
export const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 200);
/** A fuzz test's own time limit: vitest's 60 s default is a hang detector for ordinary tests, and
 *  10,000 cases of a property take longer than that on a loaded machine without anything hanging
 *  (each case has its own bound, CASE_TIME_LIMIT_MS). */
export function fuzzTimeout(cases: number, msPerCase: number): number {
  return Math.max(60_000, cases * msPerCase);
}
/** No input may make a parser hang: every case must finish well within this. */
export const CASE_TIME_LIMIT_MS = 2000;

export function onlyImportErrors(run: () => unknown): void {
  const started = performance.now();
  try {
    run();
  } catch (error) {
    if (!(error instanceof DossierError) || !error.code.startsWith('IMPORT_')) throw error;
  }
  const elapsed = performance.now() - started;
  if (elapsed > CASE_TIME_LIMIT_MS) throw new Error(`a single case took ${Math.round(elapsed)} ms`);
}
