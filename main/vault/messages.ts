// Messages and calls of a stalking log. Written in batches (one import, or one typed message);
// the ledger hashes each batch as a whole (see BatchHasher).
import { createHash, randomUUID } from 'node:crypto';
import { Message, type MessageDraft } from '../../shared/domain';
import { DossierError } from '../../shared/errors';
import { canonicalJson, sha256Hex } from './canonical';
import { orderedId } from './orderedIds';
import { messageBody } from './search';
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

/** What a batch inserted, in order: the messages and the SHA-256 of each one's stored text (the
 *  ledger's hash, taken from the very string written, so it is never serialised twice). */
export interface Inserted {
  messages: Message[];
  hashes: string[];
}

/** Inserts the batch, skipping duplicates (the UNIQUE (entry_id, dedupe_key) constraint decides).
 *  Call inside a transaction: being the only writer, we know each row's seq before inserting it,
 *  so every message is written once, complete. */
export async function insertMessages(db: Db, entryId: string, batchId: string, items: readonly NewMessage[]): Promise<Inserted> {
  const inserted: Inserted = { messages: [], hashes: [] };
  const top = await db.get<{ seq: number | null }>('SELECT max(seq) AS seq FROM messages');
  let seq = (top?.seq ?? 0) + 1;
  const insert = await db.prepare('INSERT OR IGNORE INTO messages (seq, id, entry_id, batch_id, sent_at, dedupe_key, data) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const index = await db.prepare('INSERT INTO message_search (rowid, body) VALUES (?, ?)');
  try {
    for (const item of items) {
      // Ordered, so a large import appends to the id index instead of touching all of it.
      const id = orderedId();
      const message: Message = {
        ...item.draft,
        id,
        entryId,
        batchId,
        seq,
        ...(item.platformId ? { platformId: item.platformId } : {}),
        sourceLine: item.sourceLine,
        rawHeader: item.rawHeader,
      };
      const data = canonicalJson(message);
      const result = await insert.run([seq, id, entryId, batchId, item.draft.sentAt, item.dedupeKey, data]);
      if (result.changes === 0) continue; // already in this log
      await index.run([seq, messageBody(item.draft.sender, item.draft.text)]);
      inserted.messages.push(message);
      inserted.hashes.push(sha256Hex(data));
      seq += 1;
    }
  } finally {
    await insert.finalize();
    await index.finalize();
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
 *  for an import its record (format, settings, counts, the original's attachment). Each message's
 *  hash is the SHA-256 of its stored text, which is its canonical JSON (see canonical.ts). Built a
 *  few messages at a time (a streamed import never holds its whole batch): the hashes are joined
 *  with '\n' exactly as batchDigestOf joins them. */
export class BatchHasher {
  private readonly hash = createHash('sha256');
  count = 0;

  /** Messages by the SHA-256 of their stored text (what insertMessages returns). */
  addHashes(hashes: readonly string[]): void {
    for (const hash of hashes) this.addHash(hash);
  }

  /** One message by the SHA-256 of its stored text (what verify reads). */
  addHash(messageHash: string): void {
    this.hash.update(this.count === 0 ? messageHash : `\n${messageHash}`);
    this.count += 1;
  }

  digest(entryId: string, importRecord?: unknown): Record<string, unknown> {
    return { entryId, count: this.count, digest: this.hash.digest('hex'), ...(importRecord === undefined ? {} : { import: importRecord }) };
  }
}

export function batchDigestOf(entryId: string, messageHashes: readonly string[], importRecord?: unknown): Record<string, unknown> {
  return { entryId, count: messageHashes.length, digest: sha256Hex(messageHashes.join('\n')), ...(importRecord === undefined ? {} : { import: importRecord }) };
}

/** Every batch's messages as the SHA-256 of their stored text, in order, folded into the batch's
 *  digest as they are read (an import of 10 M messages is never a list of 10 M hashes): verify
 *  hashes exactly what is stored, never a re-parsed copy (a later schema's defaults must not
 *  change old hashes). */
export async function readBatches(db: Db): Promise<Map<string, { entryId: string; hasher: BatchHasher }>> {
  const batches = new Map<string, { entryId: string; hasher: BatchHasher }>();
  await db.each<{ batch_id: string; entry_id: string; data: string }>(
    'SELECT seq, batch_id, entry_id, data FROM messages',
    'seq',
    [],
    (row) => {
      let batch = batches.get(row.batch_id);
      if (!batch) batches.set(row.batch_id, (batch = { entryId: row.entry_id, hasher: new BatchHasher() }));
      batch.hasher.addHash(sha256Hex(row.data));
    },
  );
  return batches;
}

export function newBatchId(): string {
  return randomUUID();
}
