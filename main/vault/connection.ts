// Opening and creating the one-file SQLCipher vault. Nothing is ever written in plaintext: the file
// starts with SQLCipher's random salt and is ciphertext from there on; there is no sidecar file.
import { constants, promises as fs } from 'node:fs';
import { createHash } from 'node:crypto';
import { DossierError } from '../../shared/errors';
import { deriveKey, newSalt, rawKeyPragmaValue, SALT_BYTES } from './keys';
import { LATEST_VERSION, migrate, schemaVersion } from './migrations';
import { Db, sqliteCode } from './sqlite';
import { canWrite, guardWrites } from './writeGuard';
import { removeLeftoverParts } from './files';

/** SQLCipher 4 default page size; every intact vault is a whole number of pages. */
export const PAGE_BYTES = 4096;
/** A freshly created vault already holds every table and index (~40 pages), so anything shorter is
 *  not a vault (or a cut-off one). This lets a random or truncated file be called corrupt instead of
 *  "wrong passphrase" in most cases; a random file of the right length is indistinguishable. */
export const MIN_VAULT_BYTES = 16 * PAGE_BYTES;

export interface OpenedVault {
  db: Db;
  /** On a stick or in a folder that cannot be written: reading and export only. */
  readOnly: boolean;
  /** sha256 of the derived key: lets "change passphrase" confirm the current one without keeping the key. */
  keyCheck: string;
}

function keyCheckOf(key: Buffer): string {
  return createHash('sha256').update('dossier key check').update(key).digest('hex');
}

async function applyKeyAndSettings(db: Db, key: Buffer, salt: Buffer): Promise<void> {
  // Wrong keys otherwise print SQLCipher noise on stderr (STACK.md).
  await db.exec('PRAGMA cipher_log_level = NONE');
  // SQLCipher then wipes and locks the memory it uses for keys and page buffers, so copies of the
  // key do not stay in the native heap after lock (the key itself crosses as a pragma string: the
  // engine has no other way in; that string lives only for this call).
  await db.exec('PRAGMA cipher_memory_security = ON');
  await db.exec(`PRAGMA key = "${rawKeyPragmaValue(key, salt)}"`);
  key.fill(0);
}

async function applyConnectionSettings(db: Db): Promise<void> {
  // Temp tables and sort spills stay in memory: no temp file can ever hold decrypted pages.
  await db.exec('PRAGMA temp_store = MEMORY');
  await db.exec('PRAGMA foreign_keys = ON');
  await db.exec('PRAGMA secure_delete = ON');
  await db.exec('PRAGMA busy_timeout = 200');
  // A rollback journal rather than WAL (no -wal/-shm files beside the vault), in TRUNCATE mode:
  // under EXCLUSIVE locking SQLite never deletes a DELETE-mode journal, it only zeroes its header,
  // so the page images of the last write (under the key of that moment) stayed in it. TRUNCATE
  // empties it to 0 bytes at every commit; the empty file is removed at lock (closeVaultFile).
  // EXCLUSIVE locking keeps the file locked while open: the single-writer rule.
  await db.exec('PRAGMA journal_mode = TRUNCATE');
  await db.exec('PRAGMA locking_mode = EXCLUSIVE');
}

function mapOpenError(error: unknown): DossierError {
  if (error instanceof DossierError) return error;
  switch (sqliteCode(error)) {
    case 'SQLITE_NOTADB':
      return new DossierError('WRONG_PASSPHRASE');
    case 'SQLITE_BUSY':
    case 'SQLITE_LOCKED':
      return new DossierError('VAULT_BUSY');
    case 'SQLITE_CORRUPT':
    case 'SQLITE_IOERR':
    case 'SQLITE_FORMAT':
      return new DossierError('VAULT_CORRUPT');
    case 'SQLITE_CANTOPEN':
      return new DossierError('VAULT_NOT_FOUND');
    case 'SQLITE_FULL':
      return new DossierError('DISK_FULL');
    default:
      return new DossierError('INTERNAL', { during: 'open' });
  }
}

/** Takes the exclusive lock now (not at the first write) so a second process is refused at once. */
async function takeWriterLock(db: Db): Promise<void> {
  await db.exec('BEGIN EXCLUSIVE');
  await db.exec('COMMIT');
}

async function readSalt(path: string): Promise<Buffer> {
  let stat;
  try {
    stat = await fs.stat(path);
  } catch {
    throw new DossierError('VAULT_NOT_FOUND');
  }
  if (!stat.isFile()) throw new DossierError('VAULT_NOT_FOUND');
  if (stat.size < MIN_VAULT_BYTES || stat.size % PAGE_BYTES !== 0) throw new DossierError('VAULT_CORRUPT', { check: 'size' });
  const handle = await fs.open(path, 'r');
  try {
    const salt = Buffer.alloc(SALT_BYTES);
    const { bytesRead } = await handle.read(salt, 0, SALT_BYTES, 0);
    if (bytesRead !== SALT_BYTES) throw new DossierError('VAULT_CORRUPT', { check: 'size' });
    return salt;
  } finally {
    await handle.close();
  }
}

/** `derive` is replaceable so the fuzz tests can open thousands of damaged copies of one vault
 *  without paying Argon2id each time; the app always uses deriveKey. */
export async function openVault(path: string, passphrase: string, derive = deriveKey): Promise<OpenedVault> {
  const salt = await readSalt(path);
  // What a kill may have left: an emptied journal, a half-made or unnamed re-encrypted copy.
  if (await canWrite(path)) {
    await removeEmptyJournal(path);
    await removeLeftoverParts(path);
  }
  const key = await derive(passphrase, salt);
  const keyCheck = keyCheckOf(key);
  const readOnly = !(await canWrite(path));
  let db: Db;
  try {
    db = await Db.open(path, 'existing');
  } catch (error) {
    throw mapOpenError(error);
  }
  try {
    await applyKeyAndSettings(db, key, salt);
    await db.get('SELECT count(*) AS n FROM sqlite_master');
    await applyConnectionSettings(db);
    // Read-only media cannot take the writer's lock; nothing can write there anyway.
    if (!readOnly) await takeWriterLock(db);
    // No whole-file check here: its time grows with the vault (seconds for a gigabyte, minutes from
    // a slow stick). Every page is checked against its HMAC when read; the whole file is checked
    // right after unlock (vault.checkIntegrity) and by verify-vault.
    const version = await schemaVersion(db);
    if (version > LATEST_VERSION) throw new DossierError('VAULT_FROM_NEWER_VERSION', { version });
    if (version < 1) throw new DossierError('VAULT_CORRUPT', { check: 'schema' });
    if (readOnly && version < LATEST_VERSION) throw new DossierError('VAULT_READ_ONLY');
    if (!readOnly) await migrate(db);
    await guardWrites(db, path, readOnly);
    return { db, keyCheck, readOnly };
  } catch (error) {
    await db.close().catch(() => undefined);
    throw mapOpenError(error);
  }
}

/** Creates a new vault; never touches an existing file (O_EXCL). Returns the open connection. */
export async function createVault(path: string, passphrase: string): Promise<OpenedVault> {
  try {
    // 'wx' = O_CREAT|O_EXCL: atomic "create only if absent", with owner-only permissions from birth.
    const handle = await fs.open(path, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY, 0o600);
    await handle.close();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new DossierError('VAULT_EXISTS');
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new DossierError('INVALID_INPUT', { field: 'vault', reason: 'folder does not exist' });
    if (code === 'ENOSPC') throw new DossierError('DISK_FULL');
    throw new DossierError('INVALID_INPUT', { field: 'vault', reason: 'cannot create file' });
  }
  let db: Db | null = null;
  try {
    const salt = newSalt();
    const key = await deriveKey(passphrase, salt);
    const keyCheck = keyCheckOf(key);
    db = await Db.open(path, 'existing');
    await applyKeyAndSettings(db, key, salt);
    await applyConnectionSettings(db);
    await migrate(db);
    await fs.chmod(path, 0o600);
    await guardWrites(db, path, false);
    return { db, keyCheck, readOnly: false };
  } catch (error) {
    await db?.close().catch(() => undefined);
    await fs.rm(path, { force: true });
    await fs.rm(`${path}-journal`, { force: true });
    throw mapOpenError(error);
  }
}

/** Confirms `passphrase` is the vault's current one, without a second connection (the lock forbids it). */
export async function passphraseMatches(path: string, passphrase: string, keyCheck: string): Promise<boolean> {
  const key = await deriveKey(passphrase, await readSalt(path));
  const matches = keyCheckOf(key) === keyCheck;
  key.fill(0);
  return matches;
}

/** An emptied (0-byte) journal holds nothing to recover; a non-empty one is left for SQLite to
 *  roll back. Only ever called while no connection has the vault open. */
export async function removeEmptyJournal(path: string): Promise<void> {
  const journal = `${path}-journal`;
  const stat = await fs.stat(journal).catch(() => null);
  if (stat?.isFile() && stat.size === 0) await fs.rm(journal, { force: true });
}

/** Closes the connection, then removes the journal it emptied: no sidecar file stays. */
export async function closeVaultFile(db: Db, path: string): Promise<void> {
  await db.close();
  await removeEmptyJournal(path);
}

/** Re-encrypts every page in place under a key derived anew from the same passphrase with the
 *  current parameters (kdfUpgrade.ts). One transaction; the TRUNCATE journal is emptied at commit. */
export async function rekeyVault(db: Db, path: string, passphrase: string): Promise<string> {
  const salt = await readSalt(path);
  const key = await deriveKey(passphrase, salt);
  try {
    await db.exec(`PRAGMA rekey = "${rawKeyPragmaValue(key, salt)}"`);
    return keyCheckOf(key);
  } finally {
    key.fill(0);
  }
}
