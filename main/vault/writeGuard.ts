// Two ways a vault can stop being writable while it is open, each said plainly instead of lost:
// it lives on a stick or in a folder that cannot be written (opened for reading and export only),
// or its file was moved or deleted while open (on Linux and macOS writes would then go on into a
// file nobody can reach any more, and be gone at lock). Checked before every write transaction.
import { constants, promises as fs } from 'node:fs';
import { dirname } from 'node:path';
import { DossierError } from '../../shared/errors';
import type { Db } from './sqlite';

/** The file and its folder (where SQLite puts the journal during a write) can both be written. */
export async function canWrite(path: string): Promise<boolean> {
  try {
    await fs.access(path, constants.W_OK);
    await fs.access(dirname(path), constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

export async function guardWrites(db: Db, path: string, readOnly: boolean): Promise<void> {
  const opened = await fs.stat(path);
  db.beforeWrite = async () => {
    if (readOnly) throw new DossierError('VAULT_READ_ONLY');
    const now = await fs.stat(path).catch(() => null);
    if (now === null || now.ino !== opened.ino || now.dev !== opened.dev) throw new DossierError('VAULT_MOVED');
  };
}
