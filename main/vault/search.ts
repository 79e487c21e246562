// Full-text search (FTS5). unicode61 + remove_diacritics 2 folds case, Cyrillic included, but not
// ё→е (STACK.md): we fold that ourselves, the same way, on the text going in and the query.
import type { SearchHit } from '../../shared/domain';
import type { EntryRecord } from '../../shared/domain';
import { MATCH_CLOSE, MATCH_OPEN, snippetInHerSpelling } from './snippet';
import type { Db } from './sqlite';

/** Only ё/Ё are folded here (case folding is the tokenizer's), so snippets keep the user's case. */
export function foldForSearch(text: string): string {
  return text.normalize('NFC').replace(/ё/g, 'е').replace(/Ё/g, 'Е');
}

export function entryBody(record: EntryRecord): string {
  return foldForSearch(entryText(record));
}

/** What an entry contributes to the index, in her spelling (NFC, nothing folded). */
function entryText(record: EntryRecord): string {
  const parts: (string | undefined)[] = [record.title, record.text, record.place, record.recordedBy];
  if (record.kind === 'incident') parts.push(record.injuries, record.medicalHelp, record.policeReport?.number, record.policeReport?.outcome);
  return parts.filter((p): p is string => Boolean(p)).join('\n').normalize('NFC');
}

/** (Re)indexes an entry's current version under its seq. */
export async function indexEntry(db: Db, seq: number, record: EntryRecord, fresh = false): Promise<void> {
  if (!fresh) await db.run('DELETE FROM entry_search WHERE rowid = ?', [seq]);
  await db.run('INSERT INTO entry_search (rowid, body) VALUES (?, ?)', [seq, entryBody(record)]);
}

/** What a message contributes to the index: who sent it and what it says. */
export function messageBody(sender: string, text: string): string {
  return foldForSearch(messageText(sender, text));
}

function messageText(sender: string, text: string): string {
  return `${sender}\n${text}`.normalize('NFC');
}

/** Removes an entry and its messages from the index (before the rows themselves are deleted). */
export async function unindexEntry(db: Db, entryId: string): Promise<void> {
  await db.run('DELETE FROM entry_search WHERE rowid = (SELECT seq FROM entries WHERE id = ?)', [entryId]);
  await db.run('DELETE FROM message_search WHERE rowid IN (SELECT seq FROM messages WHERE entry_id = ?)', [entryId]);
}

/** Turns what the user typed into an FTS5 query: every word must match, each as a prefix
 *  ("избиен" finds "избиение"). Words are quoted so FTS5 syntax in the input is just text. */
export function toFtsQuery(input: string): string | null {
  const words = foldForSearch(input)
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .slice(0, 20);
  if (words.length === 0) return null;
  return words.map((w) => `"${w}"*`).join(' AND ');
}

export async function searchVault(db: Db, query: string, limit: number): Promise<SearchHit[]> {
  const fts = toFtsQuery(query);
  if (fts === null) return [];
  const marks = `'${MATCH_OPEN}', '${MATCH_CLOSE}'`;
  const rows = await db.all<{ entry_id: string; message_id: string | null; kind: string; data: string; what: 'entry' | 'message' | 'reading'; source: string | null; snippet: string; marked: string }>(
    `SELECT e.id AS entry_id, NULL AS message_id, e.kind, e.data, 'entry' AS what, NULL AS source,
            snippet(entry_search, 0, '[', ']', '…', 12) AS snippet, highlight(entry_search, 0, ${marks}) AS marked,
            entry_search.rank AS rank
       FROM entry_search JOIN entries e ON e.seq = entry_search.rowid
      WHERE entry_search MATCH ? AND e.archived = 0
     UNION ALL
     SELECT e.id, m.id, e.kind, e.data, 'message', m.data,
            snippet(message_search, 0, '[', ']', '…', 12), highlight(message_search, 0, ${marks}), message_search.rank
       FROM message_search JOIN messages m ON m.seq = message_search.rowid JOIN entries e ON e.id = m.entry_id
      WHERE message_search MATCH ? AND e.archived = 0
     UNION ALL
     SELECT e.id, NULL, e.kind, e.data, 'reading', r.data,
            snippet(attachment_search, 0, '[', ']', '…', 12), highlight(attachment_search, 0, ${marks}), attachment_search.rank
       FROM attachment_search JOIN recognised_text r ON r.seq = attachment_search.rowid JOIN entries e ON e.id = r.entry_id
      WHERE attachment_search MATCH ? AND e.archived = 0
      ORDER BY rank LIMIT ?`,
    [fts, fts, fts, limit],
  );
  return rows.map((row) => {
    const record = JSON.parse(row.data) as EntryRecord;
    // `source` is the message's or the image reading's stored record, null for the entry itself.
    const source = row.source === null ? null : (JSON.parse(row.source) as { sender?: string; text: string | null; attachmentId?: string });
    const reading = row.what === 'reading' ? source?.attachmentId : undefined;
    const original = source === null ? entryText(record) : row.what === 'reading' ? (source.text ?? '').normalize('NFC') : messageText(source.sender ?? '', source.text ?? '');
    return {
      entryId: row.entry_id,
      messageId: row.message_id,
      ...(reading !== undefined ? { attachmentId: reading } : {}),
      kind: row.kind as SearchHit['kind'],
      title: typeof record.title === 'string' ? record.title : '',
      snippet: snippetInHerSpelling(row.marked, original, foldForSearch) ?? row.snippet,
    };
  });
}
