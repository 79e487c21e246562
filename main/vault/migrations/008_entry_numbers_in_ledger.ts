// Migration 8: an entry's stable number (migration 3) enters the ledger. Until now it was a column
// outside what the ledger hashes, so "Запись 17" could be renumbered in the file without
// verify-vault noticing. New entries get a 'number' link when their number is given
// (vault/entries.ts); this appends one for each entry numbered before, oldest first. No existing
// link or stored row is touched (as migration 4): every old link stays verifiable.
// Append-only: never edit a released migration, add the next one.
import { entryNumberRecord } from '../entries';
import { INSERT_LINK, ledgerTop, linkParams, nextLink, type LedgerLink } from '../ledger';
import type { Db } from '../sqlite';
import { subject } from '../subjects';

export const version = 8;

export const sql = '';

/** Rows read at a time: a vault may hold tens of thousands of entries. */
const BATCH = 5000;

export async function up(db: Db): Promise<void> {
  const at = new Date().toISOString();
  // An entry numbered by a build that already wrote 'number' links keeps its one link.
  const recorded = new Set((await db.all<{ subject: string }>("SELECT subject FROM ledger WHERE event = 'number'")).map((r) => r.subject));
  let link: Pick<LedgerLink, 'seq' | 'hash'> | undefined = await ledgerTop(db);
  const insert = await db.prepare(INSERT_LINK);
  try {
    for (let after = -1; ; ) {
      const rows = await db.all<{ seq: number; id: string; number: number }>(`SELECT seq, id, number FROM entries WHERE seq > ? ORDER BY seq LIMIT ${BATCH}`, [after]);
      if (rows.length === 0) break;
      for (const row of rows) {
        if (recorded.has(subject.entry(row.id))) continue;
        const next = nextLink(link, 'number', subject.entry(row.id), entryNumberRecord(row.id, row.number), at);
        await insert.run(linkParams(next));
        link = next;
      }
      after = rows[rows.length - 1]!.seq;
    }
  } finally {
    await insert.finalize();
  }
}
