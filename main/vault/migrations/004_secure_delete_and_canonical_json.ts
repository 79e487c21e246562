// Migration 4, two changes that both touch only migration 1's tables (so it does not depend on
// migration 3). Append-only: never edit a released migration, add the next one.
//
// 1. The search index forgets destroyed text. FTS5 keeps a deleted row's words in its index
//    segments until a merge; with 'secure-delete' (SQLite 3.42+, a persistent setting kept in each
//    table's %_config, not a CREATE option) a delete removes them from the segments at once.
//    'optimize' then merges every segment, rewriting away what earlier deletes left behind; the
//    pages it frees are zeroed (PRAGMA secure_delete = ON, main/vault/connection.ts).
// 2. The ledger hashes exactly the stored text. Until now rows were stored as JSON.stringify of the
//    record and verify re-parsed them with the current zod schema before hashing its canonical JSON
//    (canonical.ts), so a later schema (a default, a trim) would have broken every old vault. Rows
//    are now stored as their canonical JSON and verify hashes the stored text. This rewrites every
//    stored row in canonical form: the same content, so each old link's hash (the canonical JSON's
//    SHA-256) is now the SHA-256 of the stored text — old links stay verifiable, none is rewritten.
import type { Db } from '../sqlite';
import { canonicalJson } from '../canonical';

export const version = 4;

export const sql = `
INSERT INTO entry_search (entry_search, rank) VALUES ('secure-delete', 1);
INSERT INTO message_search (message_search, rank) VALUES ('secure-delete', 1);
INSERT INTO entry_search (entry_search) VALUES ('optimize');
INSERT INTO message_search (message_search) VALUES ('optimize');
`;

/** Tables whose `data` column the ledger covers. */
const TABLES = ['entries', 'entry_revisions', 'people', 'attachments', 'imports', 'messages'] as const;
/** Rows read at a time: a vault may hold millions of messages. */
const BATCH = 5000;

export async function up(db: Db): Promise<void> {
  for (const table of TABLES) {
    for (let after = -1; ; ) {
      const rows = await db.all<{ r: number; data: string }>(`SELECT rowid AS r, data FROM ${table} WHERE rowid > ? ORDER BY rowid LIMIT ${BATCH}`, [after]);
      if (rows.length === 0) break;
      const update = await db.prepare(`UPDATE ${table} SET data = ? WHERE rowid = ?`);
      try {
        for (const row of rows) {
          const canonical = canonicalJson(JSON.parse(row.data));
          if (canonical !== row.data) await update.run([canonical, row.r]);
        }
      } finally {
        await update.finalize();
      }
      after = rows[rows.length - 1]!.r;
    }
  }
}
