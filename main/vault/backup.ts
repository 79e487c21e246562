// Backup and restore. A backup is a complete vault file: same encryption, same passphrase, same
// salt, so it can go on a USB stick and be opened (or restored) anywhere. It is written from the
// open connection (consistent: the service runs one call at a time) into a temporary file beside
// the target and only then given its name, so a failed or full-disk backup leaves nothing behind.
import { constants, promises as fs } from 'node:fs';
import { DossierError } from '../../shared/errors';
import { openVault } from './connection';
import { isWriteFailure, temporaryBeside } from './files';
import { schemaVersion } from './migrations';
import { sqliteCode, type Db } from './sqlite';
import { verifyVaultFile } from './verify';

async function exists(path: string): Promise<boolean> {
  return fs.stat(path).then(
    () => true,
    () => false,
  );
}

function fileError(error: unknown): DossierError {
  if (error instanceof DossierError) return error;
  if (isWriteFailure(error)) return new DossierError('DISK_FULL');
  const code = sqliteCode(error);
  if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EACCES' || code === 'SQLITE_CANTOPEN') return new DossierError('INVALID_INPUT', { field: 'path', reason: 'cannot write there' });
  return new DossierError('INTERNAL', { during: 'backup' });
}

/** Gives `temporary` the name `target`: never replacing an existing file unless asked. */
async function putInPlace(temporary: string, target: string, overwrite: boolean): Promise<void> {
  if (overwrite) {
    await fs.rename(temporary, target);
    return;
  }
  // link() fails if the target exists, so there is no window in which a file could be replaced.
  await fs.link(temporary, target).catch((error: NodeJS.ErrnoException) => {
    throw error.code === 'EEXIST' ? new DossierError('VAULT_EXISTS') : error;
  });
  await fs.rm(temporary, { force: true });
}

async function syncFile(path: string): Promise<void> {
  const handle = await fs.open(path, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export async function backupVault(db: Db, target: string, overwrite: boolean): Promise<{ bytes: number }> {
  if (!overwrite && (await exists(target))) throw new DossierError('VAULT_EXISTS');
  const temporary = temporaryBeside(target);
  let attached = false;
  try {
    const handle = await fs.open(temporary, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY, 0o600);
    await handle.close();
    // Without KEY, SQLCipher gives the attached file the main vault's key and salt: the backup
    // opens with the same passphrase. sqlcipher_export copies schema and rows, not user_version.
    await db.run('ATTACH DATABASE ? AS backup', [temporary]);
    attached = true;
    await db.get("SELECT sqlcipher_export('backup')");
    await db.exec(`PRAGMA backup.user_version = ${Math.trunc(await schemaVersion(db))}`);
    await db.exec('DETACH DATABASE backup');
    attached = false;
    await syncFile(temporary);
    await putInPlace(temporary, target, overwrite);
    return { bytes: (await fs.stat(target)).size };
  } catch (error) {
    if (attached) await db.exec('DETACH DATABASE backup').catch(() => undefined);
    await fs.rm(temporary, { force: true });
    await fs.rm(`${temporary}-journal`, { force: true });
    throw fileError(error);
  }
}

/** Restores `from` to `to`: a copy is opened with the backup's passphrase and verified in full
 *  (integrity, page HMACs, ledger) before it gets its name. The backup file itself is not touched. */
export async function restoreVault(from: string, passphrase: string, to: string, overwrite: boolean): Promise<{ entries: number }> {
  if (!(await exists(from))) throw new DossierError('VAULT_NOT_FOUND');
  if (!overwrite && (await exists(to))) throw new DossierError('VAULT_EXISTS');
  const temporary = temporaryBeside(to);
  try {
    await fs.copyFile(from, temporary, constants.COPYFILE_EXCL);
    await fs.chmod(temporary, 0o600);
    const { db } = await openVault(temporary, passphrase);
    let entries = 0;
    try {
      const report = await verifyVaultFile(db);
      if (!report.integrity || !report.cipherIntegrity || !report.ledger.ok) throw new DossierError('VAULT_CORRUPT', { check: report.ledger.ok ? 'integrity' : 'ledger' });
      entries = (await db.get<{ n: number }>('SELECT count(*) AS n FROM entries'))?.n ?? 0;
    } finally {
      await db.close();
    }
    await syncFile(temporary);
    await putInPlace(temporary, to, overwrite);
    return { entries };
  } catch (error) {
    await fs.rm(temporary, { force: true });
    await fs.rm(`${temporary}-journal`, { force: true });
    throw fileError(error);
  }
}
