// Fuzzing the vault opener: random files, truncated vaults and vaults with flipped bytes must give
// a typed error (VAULT_CORRUPT / WRONG_PASSPHRASE), or open and then be found damaged by the check
// that runs right after unlock — never pass as whole, never another exception, never a hang.
// Quick in `npm test` (40 cases); FUZZ_RUNS=10000 is the long mode (10,000 cases).
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openVault } from '../../main/vault/connection';
import { deriveKey, SALT_BYTES } from '../../main/vault/keys';
import { checkFileIntegrity } from '../../main/vault/verify';
import { DossierError } from '../../shared/errors';
import { fuzzTimeout } from '../unit/importers/helpers';
import { incident, newVault, PASSPHRASE, tempFolder } from './helpers';

const RUNS = process.env.FUZZ_RUNS === undefined ? 40 : Number(process.env.FUZZ_RUNS);
const CASE_TIME_LIMIT_MS = 5000;

/** The salt the vault was made with, read from its first bytes once it exists. */
let originalSalt: Buffer | null = null;
const keys = new Map<string, Buffer>();
/** Argon2id for the vault's own salt (once), a stand-in for any other salt. A random file, or a
 *  copy whose salt bytes were flipped, gives a salt the vault was not made with: any key derived
 *  from it is a wrong key for these pages, and only that (not Argon2id's slowness, ~0.3 s a
 *  derivation) is under test. Without it, 10,000 cases spent most of an hour in Argon2id. */
async function memoDerive(passphrase: string, salt: Uint8Array): Promise<Buffer> {
  if (originalSalt === null || !Buffer.from(salt).equals(originalSalt)) return createHash('sha256').update(passphrase).update(salt).digest();
  const id = `${passphrase}:${Buffer.from(salt).toString('hex')}`;
  if (!keys.has(id)) keys.set(id, await deriveKey(passphrase, salt));
  return Buffer.from(keys.get(id)!);
}

async function openOrTypedError(path: string): Promise<string> {
  const started = performance.now();
  try {
    const { db } = await openVault(path, PASSPHRASE, memoDerive);
    try {
      const found = await checkFileIntegrity(db);
      return found.integrity && found.cipherIntegrity ? 'opened' : 'damage-found';
    } catch (error) {
      // Reading a damaged page fails its HMAC: that too is damage found, as a typed error.
      if (error instanceof DossierError) throw error;
      return 'damage-found';
    } finally {
      await db.close();
    }
  } catch (error) {
    if (!(error instanceof DossierError) || !['VAULT_CORRUPT', 'WRONG_PASSPHRASE'].includes(error.code)) throw error;
    return error.code;
  } finally {
    const elapsed = performance.now() - started;
    if (elapsed > CASE_TIME_LIMIT_MS) throw new Error(`one open took ${Math.round(elapsed)} ms`);
  }
}

describe('fuzzing the vault opener', () => {
  const dir = tempFolder('dossier-fuzz-');

  it('random, truncated and bit-flipped files are refused or found damaged, never taken as whole', async () => {
    const { service, path } = await newVault(dir, 'original.dossier');
    for (let i = 0; i < 20; i += 1) await service['entries.create']({ draft: incident({ text: `${i} ${'words '.repeat(200)}` }) });
    await service.close();
    const original = readFileSync(path);
    originalSalt = Buffer.from(original.subarray(0, SALT_BYTES));
    const target = join(dir, 'damaged.dossier');
    const outcomes = new Map<string, number>();
    const count = (outcome: string) => outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);

    const damaged = fc.oneof(
      fc.nat(original.length * 2).map((length) => ({ kind: 'random', bytes: randomBytes(length) })),
      fc.nat(original.length - 1).map((length) => ({ kind: 'truncated', bytes: original.subarray(0, length) })),
      fc.array(fc.tuple(fc.nat(original.length - 1), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 8 }).map((flips) => {
        const copy = Buffer.from(original);
        for (const [at, mask] of flips) copy[at] = copy[at]! ^ mask;
        return { kind: 'bit-flipped', bytes: copy };
      }),
    );
    await fc.assert(
      fc.asyncProperty(damaged, async ({ kind, bytes }) => {
        writeFileSync(target, bytes);
        const outcome = await openOrTypedError(target);
        count(`${kind}:${outcome}`);
        // Two flips of the same byte can cancel out; any copy that differs must not pass as whole.
        if (!bytes.equals(original)) expect(outcome, kind).not.toBe('opened');
      }),
      { numRuns: RUNS },
    );
    // The untouched file still opens: the harness itself is not what fails.
    writeFileSync(target, original);
    expect(await openOrTypedError(target)).toBe('opened');
    const corrupt = [...outcomes].filter(([outcome]) => outcome.endsWith(':VAULT_CORRUPT'));
    expect(corrupt.length).toBeGreaterThan(0);
  }, fuzzTimeout(RUNS, 500));
});
