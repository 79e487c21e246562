// Tampering with and fuzzing the dossier verifier: a change to ANY byte of a signed dossier must
// make verify say "altered", and mangled files must give a verdict or a typed error — never a crash
// or a hang. Quick in `npm test` (100 cases a property); FUZZ_RUNS=10000 is the long mode
// (10,000 cases a property).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { verifyDossier } from '../../main/dossier/verify';
import { DossierError } from '../../shared/errors';
import { fuzzTimeout } from '../unit/importers/helpers';
import { incident, newVault, tempFolder } from './helpers';

const RUNS = process.env.FUZZ_RUNS === undefined ? 100 : Number(process.env.FUZZ_RUNS);
const CASE_TIME_LIMIT_MS = 5000;

async function verdict(path: string): Promise<'valid' | 'altered' | string> {
  const started = performance.now();
  try {
    return (await verifyDossier(path)).valid ? 'valid' : 'altered';
  } catch (error) {
    if (error instanceof DossierError) return error.code;
    throw error;
  } finally {
    const elapsed = performance.now() - started;
    if (elapsed > CASE_TIME_LIMIT_MS) throw new Error(`one verify took ${Math.round(elapsed)} ms`);
  }
}

describe('dossier verifier under tampering and fuzzing', () => {
  const dir = tempFolder('dossier-fuzzpdf-');

  it('catches a change to any single byte, and never crashes on mangled files', async () => {
    const { service } = await newVault(dir, 'v.dossier');
    await service['entries.create']({ draft: incident({ title: 'Ударил на кухне', text: 'Синяк на руке.' }) });
    const original = join(dir, 'original.pdf');
    await service['dossier.export']({ options: { language: 'ru' }, path: original });
    await service.close();
    const bytes = readFileSync(original);
    expect(await verdict(original)).toBe('valid');
    const target = join(dir, 'changed.pdf');

    // Every byte position counts: the header, the content, the signature value and its zero padding.
    await fc.assert(
      fc.asyncProperty(fc.nat(bytes.length - 1), fc.integer({ min: 1, max: 255 }), async (at, mask) => {
        const changed = Buffer.from(bytes);
        changed[at] = changed[at]! ^ mask;
        writeFileSync(target, changed);
        expect(await verdict(target), `byte ${at}`).not.toBe('valid');
      }),
      { numRuns: RUNS },
    );

    const mangled = fc.oneof(
      fc.nat(bytes.length - 1).map((n) => bytes.subarray(0, n)),
      fc.tuple(fc.nat(bytes.length), fc.uint8Array({ minLength: 1, maxLength: 64 })).map(([at, extra]) => Buffer.concat([bytes.subarray(0, at), extra, bytes.subarray(at)])),
      fc.uint8Array({ maxLength: 4096 }).map((random) => Buffer.from(random)),
      fc.uint8Array({ maxLength: 512 }).map((random) => Buffer.concat([Buffer.from('%PDF-1.7\n'), random])),
    );
    await fc.assert(
      fc.asyncProperty(mangled, async (file) => {
        writeFileSync(target, file);
        expect(await verdict(target)).not.toBe('valid');
      }),
      { numRuns: RUNS },
    );
  }, fuzzTimeout(2 * RUNS, CASE_TIME_LIMIT_MS / 10));
});
