// Key-derivation parameters that can be raised: a vault keyed with an older parameter set opens
// (the known sets are tried in turn), is re-keyed to the current set at once, and records the set
// it is keyed with; afterwards the current set alone opens it. A new vault records the current set.
import { describe, expect, it } from 'vitest';
import { createService } from '../../main/service';
import { openVault } from '../../main/vault/connection';
import { recordedKdf, recordKdf, unlockVault } from '../../main/vault/kdfUpgrade';
import { deriveKey, KDF, rawKeyPragmaValue, type KdfParams } from '../../main/vault/keys';
import { readFileSync } from 'node:fs';
import { expectCode, incident, newVault, PASSPHRASE, tempFolder } from './helpers';

/** An older, weaker set (OWASP's minimum), standing in for what an earlier version used. */
const OLDER: KdfParams = { algorithm: 'argon2id', memoryKiB: 19 * 1024, iterations: 2, parallelism: 1, keyBytes: 32 };

describe('key-derivation parameters', () => {
  const dir = tempFolder('dossier-kdf-');

  it('a new vault records the current set', async () => {
    const { service, path } = await newVault(dir, 'new.dossier');
    await service.close();
    const { db } = await openVault(path, PASSPHRASE);
    expect(await recordedKdf(db)).toEqual(KDF);
    await db.close();
  });

  it('a vault keyed with an older set opens, is re-keyed to the current set, and keeps its data', async () => {
    const { service, path } = await newVault(dir, 'old.dossier');
    await service['entries.create']({ draft: incident({ title: 'kept through the re-key' }) });
    await service.close();
    // Make it an "older" vault: re-key with the older set (same salt), record that set.
    const salt = readFileSync(path).subarray(0, 16);
    const { db } = await openVault(path, PASSPHRASE);
    const older = await deriveKey(PASSPHRASE, salt, OLDER);
    await db.exec(`PRAGMA rekey = "${rawKeyPragmaValue(older, salt)}"`);
    await recordKdf(db, OLDER);
    await db.close();
    // Control: with only the current set, it does not open.
    await expectCode(openVault(path, PASSPHRASE), 'WRONG_PASSPHRASE');

    const unlocked = await unlockVault(path, PASSPHRASE, [KDF, OLDER]);
    expect(await recordedKdf(unlocked.db)).toEqual(KDF);
    await unlocked.db.close();
    // Re-keyed: the current set alone opens it now, with everything in it.
    const reader = createService();
    await reader['vault.open']({ path, passphrase: PASSPHRASE });
    expect((await reader['entries.list']({})).map((e) => e.title)).toEqual(['kept through the re-key']);
    expect((await reader['vault.verify']({})).ledger.ok).toBe(true);
    await reader.close();
    // A wrong passphrase is still just that, after every known set was tried.
    await expectCode(unlockVault(path, 'not the passphrase', [KDF, OLDER]), 'WRONG_PASSPHRASE');
  });
});
