// The words read from image attachments (OCR). Machine-made and labelled so wherever shown; kept
// in the vault, encrypted, searchable, and ledgered under their own subject (subjects.ts) so that
// verify-vault notices a changed text. Reading again replaces the earlier reading, ledgered too.
import type { Attachment, RecognisedText } from '../../shared/domain';
import { canonicalJson } from './canonical';
import { appendLink } from './ledger';
import { isImage } from './mime';
import { foldForSearch } from './search';
import type { Db } from './sqlite';
import { subject } from './subjects';

/** Which engine and languages read the text, recorded with it. */
export const RECOGNISED_WITH = 'tesseract.js 7.0.0: rus+bel+ukr+eng';

/** Stores (or replaces) one attachment's reading. Call inside the caller's transaction. */
export async function storeRecognisedText(db: Db, reading: RecognisedText): Promise<void> {
  const data = canonicalJson(reading);
  const old = await db.get<{ seq: number }>('SELECT seq FROM recognised_text WHERE attachment_id = ?', [reading.attachmentId]);
  if (old) {
    await db.run('DELETE FROM attachment_search WHERE rowid = ?', [old.seq]);
    await db.run('DELETE FROM recognised_text WHERE seq = ?', [old.seq]);
  }
  const { lastID } = await db.run('INSERT INTO recognised_text (attachment_id, entry_id, data) VALUES (?, ?, ?)', [reading.attachmentId, reading.entryId, data]);
  if (reading.text !== null) await db.run('INSERT INTO attachment_search (rowid, body) VALUES (?, ?)', [lastID, foldForSearch(reading.text.normalize('NFC'))]);
  await appendLink(db, 'recognise', subject.recognisedText(reading.entryId, reading.attachmentId), reading, reading.recognisedAt);
}

export async function readingsOf(db: Db, entryId: string): Promise<Map<string, RecognisedText>> {
  const rows = await db.all<{ attachment_id: string; data: string }>('SELECT attachment_id, data FROM recognised_text WHERE entry_id = ?', [entryId]);
  return new Map(rows.map((row) => [row.attachment_id, JSON.parse(row.data) as RecognisedText]));
}

/** An attachment as listed: its stored record plus what was read from it, if it is an image. */
export function withReading(attachment: Attachment, reading: RecognisedText | undefined): Attachment {
  if (!isImage(attachment.mime)) return attachment;
  if (!reading) return { ...attachment, recognition: 'waiting', recognisedText: null };
  return { ...attachment, recognition: reading.status, recognisedText: reading.text };
}

/** Image attachments not read yet, oldest first. */
export async function waitingImages(db: Db, limit: number): Promise<{ id: string; entryId: string }[]> {
  const rows = await db.all<{ id: string; entry_id: string; data: string }>(
    `SELECT a.id, a.entry_id, a.data FROM attachments a
      WHERE NOT EXISTS (SELECT 1 FROM recognised_text r WHERE r.attachment_id = a.id) ORDER BY a.seq`,
  );
  return rows
    .filter((row) => isImage((JSON.parse(row.data) as Attachment).mime))
    .slice(0, limit)
    .map((row) => ({ id: row.id, entryId: row.entry_id }));
}

/** Removes an entry's readings and their words in the index (the entry is being destroyed). */
export async function forgetReadings(db: Db, entryId: string): Promise<void> {
  await db.run('DELETE FROM attachment_search WHERE rowid IN (SELECT seq FROM recognised_text WHERE entry_id = ?)', [entryId]);
  await db.run('DELETE FROM recognised_text WHERE entry_id = ?', [entryId]);
}
