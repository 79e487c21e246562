// Backup and restore. A backup is a complete vault file: same encryption, same passphrase, same
// salt, so it can go on a USB stick and be opened (or restored) anywhere. It is written from the
// open connection (consistent: the service runs one call at a time) into a temporary file beside
// the target and only then given its name, so a failed or full-disk backup leaves nothing behind.
import { constants, promises as fs } from 'node:fs';
import { DossierError } from '../../shared/errors';
import { unlockVault } from './kdfUpgrade';
import { isWriteFailure, syncFile, temporaryBeside } from './files';
import { putInPlace } from './placement';
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

/** Tables whose rows must all be in a backup (sqlite_sequence-like internals are not compared). */
async function rowCounts(db: Db, schema: 'main' | 'copy'): Promise<string> {
  const tables = await db.all<{ name: string }>(`SELECT name FROM ${schema}.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`);
  const counts: string[] = [];
  for (const { name } of tables) {
    if (!/^[A-Za-z0-9_]+$/.test(name)) continue;
    const row = await db.get<{ n: number }>(`SELECT count(*) AS n FROM ${schema}."${name}"`);
    counts.push(`${name}=${row?.n ?? 0}`);
  }
  return counts.join(',');
}

/** The backup checks itself before it is called a backup: the copy just written (synced, read back
 *  from the stick) is opened under the vault's key (ATTACH without KEY inherits it, as the export
 *  did), every page's HMAC and the SQLite structure are checked, and every table holds as many rows
 *  as the open vault's, the ledger ending in the same head link. A stick that wrote garbage fails here. */
export async function checkCopy(db: Db, path: string): Promise<void> {
  await db.run('ATTACH DATABASE ? AS copy', [path]);
  try {
    const cipher = await db.all('PRAGMA copy.cipher_integrity_check');
    const structure = await db.all<{ quick_check: string }>('PRAGMA copy.quick_check');
    if (cipher.length > 0 || structure.length !== 1 || structure[0]?.quick_check !== 'ok') throw new DossierError('DISK_FULL', { check: 'backup-pages' });
    const head = 'SELECT seq, hash FROM {s}.ledger ORDER BY seq DESC LIMIT 1';
    const [mine, theirs] = [await db.get(head.replace('{s}', 'main')), await db.get(head.replace('{s}', 'copy'))];
    if (JSON.stringify(mine ?? null) !== JSON.stringify(theirs ?? null) || (await rowCounts(db, 'main')) !== (await rowCounts(db, 'copy'))) {
      throw new DossierError('DISK_FULL', { check: 'backup-rows' });
    }
  } catch (error) {
    throw error instanceof DossierError ? error : new DossierError('DISK_FULL', { check: 'backup-read' });
  } finally {
    await db.exec('DETACH DATABASE copy').catch(() => undefined);
  }
}

/** Copies `from` to the new file `to` in 1 MiB pieces, in order, then syncs it. (copyFile's
 *  kernel fast paths are missing on some stick file systems: ENOSYS on FUSE FAT.) */
async function copyFrontToBack(from: string, to: string): Promise<void> {
  const source = await fs.open(from, 'r');
  try {
    const target = await fs.open(to, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY, 0o600);
    try {
      const piece = Buffer.alloc(1024 * 1024);
      for (let position = 0; ; ) {
        const { bytesRead } = await source.read(piece, 0, piece.length, position);
        if (bytesRead === 0) break;
        for (let done = 0; done < bytesRead; ) done += (await target.write(piece, done, bytesRead - done)).bytesWritten;
        position += bytesRead;
      }
      await target.sync();
    } finally {
      await target.close();
    }
  } finally {
    await source.close();
  }
}

/** The backup is first written beside the vault (on the vault's own disk; ciphertext, like the
 *  vault) and then copied to the target front to back: SQLite writes pages out of order, which
 *  some stick file systems refuse (FUSE FAT returns EPERM for a write past the end of a file) and
 *  all of them do slowly. The copy on the target is read back and checked before it is named. */
export async function backupVault(db: Db, vaultPath: string, target: string, overwrite: boolean): Promise<{ bytes: number }> {
  if (!overwrite && (await exists(target))) throw new DossierError('VAULT_EXISTS');
  const staged = temporaryBeside(vaultPath);
  const temporary = temporaryBeside(target);
  let attached = false;
  try {
    const handle = await fs.open(staged, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY, 0o600);
    await handle.close();
    // Without KEY, SQLCipher gives the attached file the main vault's key and salt: the backup
    // opens with the same passphrase. sqlcipher_export copies schema and rows, not user_version.
    await db.run('ATTACH DATABASE ? AS backup', [staged]);
    attached = true;
    await db.get("SELECT sqlcipher_export('backup')");
    await db.exec(`PRAGMA backup.user_version = ${Math.trunc(await schemaVersion(db))}`);
    await db.exec('DETACH DATABASE backup');
    attached = false;
    await copyFrontToBack(staged, temporary);
    await fs.rm(staged, { force: true });
    await checkCopy(db, temporary);
    await putInPlace(temporary, target, overwrite, () => new DossierError('VAULT_EXISTS'));
    return { bytes: (await fs.stat(target)).size };
  } catch (error) {
    if (attached) await db.exec('DETACH DATABASE backup').catch(() => undefined);
    for (const leftover of [staged, `${staged}-journal`, temporary, `${temporary}-journal`]) await fs.rm(leftover, { force: true });
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
    const { db } = await unlockVault(temporary, passphrase);
    let entries = 0;
    try {
      const report = await verifyVaultFile(db);
      if (!report.integrity || !report.cipherIntegrity || !report.ledger.ok) throw new DossierError('VAULT_CORRUPT', { check: report.ledger.ok ? 'integrity' : 'ledger' });
      entries = (await db.get<{ n: number }>('SELECT count(*) AS n FROM entries'))?.n ?? 0;
    } finally {
      await db.close();
    }
    await syncFile(temporary);
    await putInPlace(temporary, to, overwrite, () => new DossierError('VAULT_EXISTS'));
    return { entries };
  } catch (error) {
    await fs.rm(temporary, { force: true });
    await fs.rm(`${temporary}-journal`, { force: true });
    throw fileError(error);
  }
}
