// Files written out of the vault (a dossier, a saved attachment, a backup) are written under a
// temporary name beside the target first (files.ts temporaryBeside) and renamed when whole. If the
// process is killed half-way (SIGKILL, power cut, the CLI's terminal closed) that part stays: half
// a dossier is plaintext evidence. A sweep of the target's folder at the next start cannot work on
// its own: the next start does not know which folder (the CLI takes any --out). So the target is
// noted INSIDE the vault (encrypted, in `meta`) before the write starts and forgotten when it ends;
// the next unlock of that vault, by the app or any CLI command, removes what is left of every noted
// target. A vault that cannot be written (read-only stick) cannot take the note: there the lock and
// crash clean-up of the service process (serviceHost/remoteService.ts) is all there is.
// Not evidence: the note is no ledger event; it lives only while a write is under way.
import type { MethodName } from '../../shared/contract';
import { removeLeftoverParts } from './files';
import type { Db } from './sqlite';

const PREFIX = 'unfinished_output:';

/** The file a call writes out of the vault, if it writes one. */
export function outputsOf(method: MethodName, input: unknown): string[] {
  const fields: Partial<Record<MethodName, string>> = {
    'dossier.export': 'path',
    'handover.write': 'path',
    // Not 'vault.backup': the backup is a copy of this vault, so a note made in it would travel
    // into the copy (and make the copy differ from the vault it checks itself against).
    'attachments.saveTo': 'path',
    'vault.restore': 'to',
  };
  const field = fields[method];
  if (field === undefined || typeof input !== 'object' || input === null) return [];
  const value = (input as Record<string, unknown>)[field];
  return typeof value === 'string' ? [value] : [];
}

export async function noteUnfinished(db: Db, target: string, at: Date): Promise<void> {
  await db.run('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)', [PREFIX + target, at.toISOString()]);
}

export async function forgetUnfinished(db: Db, target: string): Promise<void> {
  await db.run('DELETE FROM meta WHERE key = ?', [PREFIX + target]);
}

/** At unlock: removes what a killed write left of each noted target, then the notes. */
export async function sweepUnfinished(db: Db): Promise<void> {
  const rows = await db.all<{ key: string }>('SELECT key FROM meta WHERE key >= ? AND key < ?', [PREFIX, `${PREFIX}\uffff`]);
  for (const { key } of rows) {
    await removeLeftoverParts(key.slice(PREFIX.length));
    await forgetUnfinished(db, key.slice(PREFIX.length));
  }
}
