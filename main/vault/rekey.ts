// Changing the passphrase so that nothing opens with the old one afterwards. SQLCipher's own
// `PRAGMA rekey` rewrites pages in place under one transaction, and the rollback journal of that
// transaction holds every page under the OLD key; with a persistent journal that file stayed beside
// the vault. Instead the vault is re-encrypted into a fresh file with a new salt (written from the
// open connection with sqlcipher_export, fsynced), which then atomically takes the vault's name.
// A kill at any moment leaves one complete vault that opens with exactly one of the passphrases;
// a leftover fresh copy (new passphrase, no name yet) is removed at the next open.
import { constants, promises as fs } from 'node:fs';
import { dirname } from 'node:path';
import { DossierError } from '../../shared/errors';
import { isWriteFailure, syncFile, temporaryBeside } from './files';
import { deriveKey, newSalt, rawKeyPragmaValue } from './keys';
import { schemaVersion } from './migrations';
import type { Db } from './sqlite';

/** Writes the open vault, re-encrypted under `nextPassphrase` with a new salt, into a new file
 *  beside it; returns that file's name. Nothing is changed if it fails. */
export async function writeReencryptedCopy(db: Db, vaultPath: string, nextPassphrase: string): Promise<string> {
  const fresh = temporaryBeside(vaultPath);
  const salt = newSalt();
  const key = await deriveKey(nextPassphrase, salt);
  let attached = false;
  try {
    const handle = await fs.open(fresh, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY, 0o600);
    await handle.close();
    // Raw key with its own salt (SQLCipher "Raw Key Data"): hex only, so it is safe in the SQL text.
    await db.run(`ATTACH DATABASE ? AS fresh KEY "${rawKeyPragmaValue(key, salt)}"`, [fresh]);
    attached = true;
    await db.get("SELECT sqlcipher_export('fresh')");
    await db.exec(`PRAGMA fresh.user_version = ${Math.trunc(await schemaVersion(db))}`);
    await db.exec('DETACH DATABASE fresh');
    attached = false;
    await syncFile(fresh);
    return fresh;
  } catch (error) {
    if (attached) await db.exec('DETACH DATABASE fresh').catch(() => undefined);
    await fs.rm(fresh, { force: true });
    await fs.rm(`${fresh}-journal`, { force: true });
    throw error instanceof DossierError ? error : isWriteFailure(error) ? new DossierError('DISK_FULL') : new DossierError('INTERNAL', { during: 'passphrase change' });
  } finally {
    key.fill(0);
  }
}

/** Gives the fresh copy the vault's name (atomic on the same file system) and makes the rename
 *  itself durable: after this returns, only the new passphrase opens the file of that name. */
export async function replaceVaultWith(fresh: string, vaultPath: string): Promise<void> {
  await fs.rename(fresh, vaultPath);
  // The folder's entry is what a power cut could lose; Windows cannot open folders for fsync.
  if (process.platform !== 'win32') await syncFile(dirname(vaultPath), 'r').catch(() => undefined);
}
