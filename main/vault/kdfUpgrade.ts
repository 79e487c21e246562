// Key-derivation parameters that can be raised later. There is no readable header (the file is
// ciphertext from its first byte), so the parameters cannot be read before unlocking: the known
// sets are tried in turn, newest first (a wrong passphrase costs one derivation per known set).
// After a successful unlock with an older set, the vault is re-keyed to the current one (SQLCipher
// re-encrypts every page in one journaled transaction: a crash leaves the old key or the new one),
// and the set in use is recorded inside the vault (meta 'kdf'), for support and for later versions.
import { DossierError } from '../../shared/errors';
import { canonicalJson } from './canonical';
import { openVault, rekeyVault, type OpenedVault } from './connection';
import { deriveKey, KDF, KNOWN_KDFS, type KdfParams } from './keys';
import type { Db } from './sqlite';

const sameParams = (a: KdfParams, b: KdfParams) => canonicalJson(a) === canonicalJson(b);

/** Records (or corrects) the parameter set the vault is keyed with. */
export async function recordKdf(db: Db, params: KdfParams): Promise<void> {
  await db.run('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value', ['kdf', canonicalJson(params)]);
}

export async function recordedKdf(db: Db): Promise<KdfParams | null> {
  const row = await db.get<{ value: string }>("SELECT value FROM meta WHERE key = 'kdf'");
  if (!row) return null;
  try {
    return JSON.parse(row.value) as KdfParams;
  } catch {
    return null;
  }
}

/** Opens `path` with the first known parameter set the passphrase fits, then brings the vault to
 *  the current set. `known` is replaceable so a test can hold a vault keyed with an older set. */
export async function unlockVault(path: string, passphrase: string, known: readonly KdfParams[] = KNOWN_KDFS): Promise<OpenedVault> {
  for (const params of known) {
    let opened: OpenedVault;
    try {
      opened = await openVault(path, passphrase, (p, salt) => deriveKey(p, salt, params));
    } catch (error) {
      if (error instanceof DossierError && error.code === 'WRONG_PASSPHRASE') continue;
      throw error;
    }
    // A vault on read-only media is opened as it is; it is brought up to date when it can be written.
    if (opened.readOnly) return opened;
    try {
      if (!sameParams(params, KDF)) opened.keyCheck = await rekeyVault(opened.db, path, passphrase);
      const recorded = await recordedKdf(opened.db);
      if (!recorded || !sameParams(recorded, KDF)) await recordKdf(opened.db, KDF);
      return opened;
    } catch (error) {
      await opened.db.close().catch(() => undefined);
      throw error;
    }
  }
  throw new DossierError('WRONG_PASSPHRASE');
}
