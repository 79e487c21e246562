// What every atomic write of a file shares (backups, saved attachments, dossiers): a temporary
// name beside the target (same file system, so the final rename is atomic; a dot-name, so it is
// not mistaken for the real thing) and one answer to "did this write fail because there is no room?".

import { randomUUID } from 'node:crypto';
import { open, readdir, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export function temporaryBeside(target: string): string {
  return join(dirname(target), `.${basename(target)}.${randomUUID()}.part`);
}

/** For the person at the keyboard a write that fails half-way is a full disk or a stick pulled
 *  out. Node reports ENOSPC/EDQUOT/EFBIG (over a size limit)/EIO; SQLite reports ENOSPC as
 *  SQLITE_FULL and other failed writes as SQLITE_IOERR — and inside sqlcipher_export(), whose own
 *  statements fail, as SQLITE_ERROR "disk I/O error". */
export function isWriteFailure(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  if (typeof code !== 'string') return false;
  if (['ENOSPC', 'EDQUOT', 'EFBIG', 'EIO', 'SQLITE_FULL', 'SQLITE_IOERR'].includes(code)) return true;
  return code === 'SQLITE_ERROR' && /disk I\/O error|disk is full/.test(String(message));
}

/** Removes what temporaryBeside(target) writes, after the writer was ended before it could (a
 *  lock during an export, a crash): half a dossier is still plaintext evidence. */
export async function removeLeftoverParts(target: string): Promise<void> {
  const prefix = `.${basename(target)}.`;
  let names: string[];
  try {
    names = await readdir(dirname(target));
  } catch {
    return;
  }
  const parts = names.filter((name) => name.startsWith(prefix) && name.endsWith('.part'));
  await Promise.all(parts.map((name) => rm(join(dirname(target), name), { force: true })));
}

/** Makes what was written to `path` durable. A folder is opened read-only ('r') to sync its
 *  entries (a rename); Windows cannot open folders, so callers skip that there. */
export async function syncFile(path: string, flags: 'r' | 'r+' = 'r+'): Promise<void> {
  const handle = await open(path, flags);
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
