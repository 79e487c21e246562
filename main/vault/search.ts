// Full-text search (FTS5). unicode61 + remove_diacritics 2 folds case, Cyrillic included, but not
// ё→е (STACK.md): we fold that ourselves, the same way, on the text going in and the query.
import type { SearchHit } from '../../shared/domain';
import type { EntryRecord } from '../../shared/domain';
import type { Db } from './sqlite';

/** Only ё/Ё are folded here (case folding is the tokenizer's), so snippets keep the user's case. */
export function foldForSearch(text: string): string {
  return text.normalize('NFC').replace(/ё/g, 'е').replace(/Ё/g, 'Е');
}

function entryBody(record: EntryRecord): string {
  const parts: (string | undefined)[] = [record.title, record.text, record.place, record.recordedBy];
  if (record.kind === 'incident') parts.push(record.injuries, record.medicalHelp, record.policeReport?.number, record.policeReport?.outcome);
  return foldForSearch(parts.filter((p): p is string => Boolean(p)).join('\n'));
}

export async function indexEntry(db: Db, record: EntryRecord): Promise<void> {
  const ref = `entry:${record.id}`;
  await db.run('DELETE FROM search_index WHERE ref = ?', [ref]);
  await db.run('INSERT INTO search_index (ref, entry_id, body) VALUES (?, ?, ?)', [ref, record.id, entryBody(record)]);
}

/** What a message contributes to the index: who sent it and what it says. */
export function messageBody(sender: string, text: string): string {
  return foldForSearch(`${sender}\n${text}`);
}

export async function unindexEntry(db: Db, entryId: string): Promise<void> {
  await db.run('DELETE FROM search_index WHERE entry_id = ?', [entryId]);
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
  const rows = await db.all<{ ref: string; entry_id: string; kind: string; data: string; snippet: string }>(
    `SELECT s.ref, s.entry_id, e.kind, e.data,
            snippet(search_index, 2, '[', ']', '…', 12) AS snippet
       FROM search_index s JOIN entries e ON e.id = s.entry_id
      WHERE search_index MATCH ? AND e.archived = 0
      ORDER BY rank LIMIT ?`,
    [fts, limit],
  );
  return rows.map((row) => {
    const title = (JSON.parse(row.data) as { title?: unknown }).title;
    return {
      entryId: row.entry_id,
      messageId: row.ref.startsWith('message:') ? row.ref.slice('message:'.length) : null,
      kind: row.kind as SearchHit['kind'],
      title: typeof title === 'string' ? title : '',
      snippet: row.snippet,
    };
  });
}
