// Committing a message import: the stalking entry (new or existing), the original export kept as a
// hashed attachment (provenance), the new messages (duplicates skipped), the import record and the
// ledger links — all in ONE transaction, so an import either lands whole or leaves no trace.
import { canonicalJson } from './canonical';
import { createHash, randomUUID } from 'node:crypto';
import { EntryRecord, type Attachment, type EntryDraft } from '../../shared/domain';
import { DossierError } from '../../shared/errors';
import { attachFile, findAttachmentBySha, hashFile, type NewFile } from './attachments';
import { getEntry, insertEntry } from './entries';
import { appendLink } from './ledger';
import { BatchHasher, insertMessages, type NewMessage } from './messages';
import { Occurrences } from './occurrences';
import type { Db } from './sqlite';
import { subject } from './subjects';

export interface ImportRecord {
  id: string;
  format: string;
  fileName: string;
  originalAttachmentId: string;
  originalSha256: string;
  settings: { zone: string; dateOrder: string | null; chatIndex: number | null; abuserSenders: string[]; meSenders?: string[]; personId: string | null };
  counts: { messages: number; calls: number; system: number; imported: number; duplicates: number };
  importedAt: string;
}

/** A message of a streamed import whose dedupe key may still need its occurrence number
 *  (`base#n`): #0 when the import knows the message is unique in its file, else counted in the
 *  vault (occurrences.ts; importers/repeats.ts says why). */
export type StreamedMessage = Omit<NewMessage, 'dedupeKey'> & { dedupe: { key: string } | { base: string; mayRepeat: boolean } };

export interface ImportWrite {
  target: { entryId: string } | { draft: EntryDraft; recordedBy: string };
  original: NewFile;
  /** The SHA-256 of the bytes that were parsed, when they were read from a path: the original
   *  kept must be that very file, or the import is rolled back. */
  parsedSha256?: string;
  fileName: string;
  /** All messages at once, or batches read while the transaction is open (a streamed SMS backup:
   *  a failure in any batch rolls back every earlier one). */
  items: readonly NewMessage[] | AsyncIterable<readonly StreamedMessage[]>;
  record: Omit<ImportRecord, 'id' | 'originalAttachmentId' | 'originalSha256' | 'counts' | 'importedAt'> & { counts: Omit<ImportRecord['counts'], 'imported' | 'duplicates'> };
  limitBytes: number;
  /** Attaches the files the messages sent (WhatsApp media) and names them on their messages'
   *  drafts, inside this transaction, before the messages are written. */
  attachMedia?: (db: Db, entryId: string) => Promise<void>;
}

async function keepOriginal(db: Db, entryId: string, write: ImportWrite, at: string): Promise<Attachment> {
  const sha = 'path' in write.original ? await hashFile(write.original.path) : createHash('sha256').update(write.original.bytes).digest('hex');
  if (write.parsedSha256 !== undefined && sha !== write.parsedSha256) throw new DossierError('IMPORT_MALFORMED', { reason: 'the file changed while it was read' });
  const existing = await findAttachmentBySha(db, entryId, sha);
  if (existing) return existing; // the same export imported again: keep one copy
  const attachment = await attachFile(db, entryId, write.original, write.limitBytes, at);
  // Rolls the whole import back: the original kept must be exactly the file that was parsed.
  if (attachment.sha256 !== sha) throw new DossierError('IMPORT_MALFORMED', { reason: 'the file changed while it was read' });
  return attachment;
}

export async function commitImport(db: Db, write: ImportWrite, at: string): Promise<{ entryId: string; record: ImportRecord }> {
  return db.transaction(async () => {
    let entryId: string;
    if ('entryId' in write.target) {
      entryId = write.target.entryId;
      const entry = await getEntry(db, entryId);
      if (entry.kind !== 'stalking') throw new DossierError('INVALID_INPUT', { field: 'entryId', reason: 'messages belong to a stalking entry' });
    } else {
      const record = EntryRecord.parse({ ...write.target.draft, id: randomUUID(), version: 1, recordedAt: at, recordedBy: write.target.recordedBy, updatedAt: at });
      await insertEntry(db, record);
      await appendLink(db, 'create', subject.entry(record.id), record, at);
      entryId = record.id;
    }
    const original = await keepOriginal(db, entryId, write, at);
    if (write.attachMedia) await write.attachMedia(db, entryId);
    const importId = randomUUID();
    const { offered, hasher } = await writeMessages(db, entryId, importId, write.items);
    const record: ImportRecord = {
      ...write.record,
      id: importId,
      fileName: write.fileName,
      originalAttachmentId: original.id,
      originalSha256: original.sha256,
      counts: { ...write.record.counts, imported: hasher.count, duplicates: offered - hasher.count },
      importedAt: at,
    };
    await db.run('INSERT INTO imports (id, entry_id, data) VALUES (?, ?, ?)', [importId, entryId, canonicalJson(record)]);
    await appendLink(db, 'import', subject.batch(entryId, importId), hasher.digest(entryId, record), at);
    return { entryId, record };
  });
}

/** Inserts the messages (duplicates skipped) and hashes what was inserted for the ledger, batch
 *  by batch: nothing but the current batch is held. Call inside the import's transaction. */
async function writeMessages(db: Db, entryId: string, importId: string, items: ImportWrite['items']): Promise<{ offered: number; hasher: BatchHasher }> {
  const hasher = new BatchHasher();
  if (Array.isArray(items)) {
    hasher.addHashes((await insertMessages(db, entryId, importId, items as readonly NewMessage[])).hashes);
    return { offered: items.length, hasher };
  }
  const occurrences = await Occurrences.begin(db);
  let offered = 0;
  for await (const batch of items as AsyncIterable<readonly StreamedMessage[]>) {
    const numbered: NewMessage[] = [];
    for (const { dedupe, ...message } of batch) {
      const n = 'key' in dedupe || !dedupe.mayRepeat ? 0 : await occurrences.next(dedupe.base);
      numbered.push({ ...message, dedupeKey: 'key' in dedupe ? dedupe.key : `${dedupe.base}#${n}` });
    }
    hasher.addHashes((await insertMessages(db, entryId, importId, numbered)).hashes);
    offered += batch.length;
  }
  await occurrences.end();
  return { offered, hasher };
}

export async function readImportRecords(db: Db): Promise<Map<string, { entryId: string; record: unknown }>> {
  const rows = await db.all<{ id: string; entry_id: string; data: string }>('SELECT id, entry_id, data FROM imports');
  const records = new Map<string, { entryId: string; record: unknown }>();
  for (const row of rows) {
    let record: unknown;
    try {
      record = JSON.parse(row.data);
    } catch {
      record = null;
    }
    records.set(row.id, { entryId: row.entry_id, record });
  }
  return records;
}
