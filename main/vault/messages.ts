// Messages and calls of a stalking log. Written in batches (one import, or one typed message);
// the ledger hashes each batch as a whole (see batchDigest).
import { randomUUID } from 'node:crypto';
import { Message, type MessageDraft } from '../../shared/domain';
import { DossierError } from '../../shared/errors';
import { hashOf, sha256Hex } from './canonical';
import { indexMessage } from './search';
import type { Db } from './sqlite';

function parseMessage(json: string): Message {
  const parsed = Message.safeParse(JSON.parse(json));
  if (!parsed.success) throw new DossierError('VAULT_CORRUPT', { table: 'messages' });
  return parsed.data;
}

export interface NewMessage {
  draft: MessageDraft;
  platformId: string | null;
  sourceLine: number | null;
  rawHeader: string | null;
  /** Messages with the same key in the same entry are one message (see importers/prepare.ts). */
  dedupeKey: string;
}

/** Inserts the batch, skipping duplicates. Returns the inserted messages (in order). Call in a transaction. */
export async function insertMessages(db: Db, entryId: string, batchId: string, items: readonly NewMessage[]): Promise<Message[]> {
  const inserted: Message[] = [];
  for (const item of items) {
    const key = item.dedupeKey;
    const exists = await db.get('SELECT 1 AS x FROM messages WHERE entry_id = ? AND dedupe_key = ?', [entryId, key]);
    if (exists) continue;
    const id = randomUUID();
    const partial = { ...item.draft, id, entryId, batchId, ...(item.platformId ? { platformId: item.platformId } : {}), sourceLine: item.sourceLine, rawHeader: item.rawHeader, seq: 0 };
    const result = await db.run('INSERT INTO messages (id, entry_id, batch_id, sent_at, dedupe_key, data) VALUES (?, ?, ?, ?, ?, ?)', [
      id,
      entryId,
      batchId,
      item.draft.sentAt,
      key,
      JSON.stringify(partial),
    ]);
    // seq is the row's own order number, known only after the insert.
    const message = { ...partial, seq: result.lastID };
    await db.run('UPDATE messages SET data = ? WHERE seq = ?', [JSON.stringify(message), result.lastID]);
    await indexMessage(db, id, entryId, item.draft.sender, item.draft.text);
    inserted.push(message);
  }
  return inserted;
}

export async function listMessages(db: Db, entryId: string, offset: number, limit: number): Promise<Message[]> {
  const rows = await db.all<{ data: string }>(
    'SELECT data FROM messages WHERE entry_id = ? ORDER BY sent_at, seq LIMIT ? OFFSET ?',
    [entryId, limit, offset],
  );
  return rows.map((row) => parseMessage(row.data));
}

/** What the ledger records for a batch: its entry, size, a hash over its messages in order, and
 *  for an import its record (format, settings, counts, the original's attachment). */
export function batchDigest(entryId: string, messages: readonly Message[], importRecord?: unknown): Record<string, unknown> {
  return { entryId, count: messages.length, digest: sha256Hex(messages.map((m) => hashOf(m)).join('\n')), ...(importRecord === undefined ? {} : { import: importRecord }) };
}

export async function readBatches(db: Db): Promise<Map<string, { entryId: string; messages: Message[] }>> {
  const batches = new Map<string, { entryId: string; messages: Message[] }>();
  await db.each<{ batch_id: string; entry_id: string; data: string }>(
    'SELECT batch_id, entry_id, data FROM messages ORDER BY seq',
    [],
    (row) => {
      const batch = batches.get(row.batch_id) ?? { entryId: row.entry_id, messages: [] };
      batch.messages.push(parseMessage(row.data));
      batches.set(row.batch_id, batch);
    },
  );
  return batches;
}

export function newBatchId(): string {
  return randomUUID();
}
