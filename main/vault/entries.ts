// Entries and their revisions. Editing moves the current version into entry_revisions first:
// an edit never destroys evidence. Only "destroy" (an explicit, ledgered act) removes rows.
import { forgetReadings } from './recognisedText';
import { canonicalJson } from './canonical';
import { DossierError } from '../../shared/errors';
import { EntryRecord, type Entry, type EntryKind, type Revision } from '../../shared/domain';
import { appendLink, INSERT_LINK, ledgerTop, linkParams, nextLink, type LedgerLink } from './ledger';
import { entryBody, indexEntry, unindexEntry } from './search';
import { subject } from './subjects';
import type { Db, SqlValue } from './sqlite';

interface EntryRow {
  seq: number;
  number: number;
  id: string;
  kind: string;
  occurred_at: string;
  occurred_end: string | null;
  version: number;
  archived: number;
  data: string;
  attachment_count: number;
  message_count: number;
}

const SELECT_ENTRY = `
  SELECT e.seq, e.number, e.id, e.kind, e.occurred_at, e.occurred_end, e.version, e.archived, e.data,
         (SELECT count(*) FROM attachments a WHERE a.entry_id = e.id) AS attachment_count,
         (SELECT count(*) FROM messages m WHERE m.entry_id = e.id) AS message_count
    FROM entries e`;

export function parseRecord(json: string): EntryRecord {
  const parsed = EntryRecord.safeParse(JSON.parse(json));
  if (!parsed.success) throw new DossierError('VAULT_CORRUPT', { table: 'entries' });
  return parsed.data;
}

function toEntry(row: EntryRow): Entry {
  return {
    ...parseRecord(row.data),
    number: row.number,
    archived: row.archived === 1,
    attachmentCount: row.attachment_count,
    messageCount: row.message_count,
  };
}

async function writePeople(db: Db, record: EntryRecord, fresh = false): Promise<void> {
  if (!fresh) await db.run('DELETE FROM entry_people WHERE entry_id = ?', [record.id]);
  for (const personId of new Set(record.personIds)) {
    await db.run('INSERT INTO entry_people (entry_id, person_id) VALUES (?, ?)', [record.id, personId]);
  }
}

const INSERT_ENTRY = 'INSERT INTO entries (id, kind, occurred_at, occurred_end, version, archived, data, number) VALUES (?, ?, ?, ?, ?, 0, ?, ?)';

const entryParams = (record: EntryRecord, number: number): SqlValue[] => [record.id, record.kind, record.occurredAt.at, record.occurredAt.end ?? null, record.version, canonicalJson(record), number];

/** The next `count` entry numbers, taken for good (migration 003): call inside the transaction
 *  that inserts the entries, so a rolled-back insert gives its numbers back. */
async function takeNumbers(db: Db, count: number): Promise<number> {
  const row = await db.get<{ value: string }>("SELECT value FROM meta WHERE key = 'last_entry_number'");
  const last = Number(row?.value ?? 0);
  await db.run("INSERT INTO meta (key, value) VALUES ('last_entry_number', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value", [String(last + count)]);
  return last + 1;
}

/** What the ledger's 'number' link hashes: the entry and the number it was given. The number is
 *  a column beside the record (the record's own hash must not change when it is numbered, or old
 *  create links would no longer match), so it gets its own link, written when the number is given:
 *  changing it in the file then breaks verify-vault like any other change (issue 9, item 4). */
export function entryNumberRecord(id: string, number: number): { id: string; number: number } {
  return { id, number };
}

/** Many new entries with their ledger links, through prepared statements (bulk entry: 10,000
 *  entries in one transaction). Call inside a transaction. */
export async function insertEntries(db: Db, records: readonly EntryRecord[], at: string): Promise<void> {
  const statements = await Promise.all([db.prepare(INSERT_ENTRY), db.prepare('INSERT INTO entry_people (entry_id, person_id) VALUES (?, ?)'), db.prepare('INSERT INTO entry_search (rowid, body) VALUES (?, ?)'), db.prepare(INSERT_LINK)]);
  const [entry, person, search, ledger] = statements;
  let link: Pick<LedgerLink, 'seq' | 'hash'> | undefined = await ledgerTop(db);
  let number = await takeNumbers(db, records.length);
  try {
    for (const record of records) {
      const { lastID: seq } = await entry.run(entryParams(record, number));
      for (const personId of new Set(record.personIds)) await person.run([record.id, personId]);
      await search.run([seq, entryBody(record)]);
      const numbered = nextLink(link, 'number', subject.entry(record.id), entryNumberRecord(record.id, number++), at);
      const next = nextLink(numbered, 'create', subject.entry(record.id), record, at);
      await ledger.run(linkParams(numbered));
      await ledger.run(linkParams(next));
      link = next;
    }
  } finally {
    await Promise.all(statements.map((s) => s.finalize()));
  }
}

/** The caller appends the entry's 'create' link; its number's link is written here, with it. */
export async function insertEntry(db: Db, record: EntryRecord): Promise<void> {
  const number = await takeNumbers(db, 1);
  const { lastID: seq } = await db.run(INSERT_ENTRY, entryParams(record, number));
  await appendLink(db, 'number', subject.entry(record.id), entryNumberRecord(record.id, number), record.recordedAt);
  await writePeople(db, record, true);
  await indexEntry(db, seq, record, true);
}

/** Keeps `previous` as a revision, then makes `next` the current version. */
export async function replaceEntry(db: Db, previous: EntryRecord, next: EntryRecord, replacedAt: string): Promise<void> {
  await db.run('INSERT INTO entry_revisions (entry_id, version, replaced_at, data) VALUES (?, ?, ?, ?)', [
    previous.id,
    previous.version,
    replacedAt,
    canonicalJson(previous),
  ]);
  await db.run('UPDATE entries SET kind = ?, occurred_at = ?, occurred_end = ?, version = ?, data = ? WHERE id = ?', [
    next.kind,
    next.occurredAt.at,
    next.occurredAt.end ?? null,
    next.version,
    canonicalJson(next),
    next.id,
  ]);
  await writePeople(db, next);
  const row = await db.get<{ seq: number }>('SELECT seq FROM entries WHERE id = ?', [next.id]);
  await indexEntry(db, row!.seq, next);
}

export async function findEntry(db: Db, id: string): Promise<Entry | null> {
  const row = await db.get<EntryRow & Record<string, unknown>>(`${SELECT_ENTRY} WHERE e.id = ?`, [id]);
  return row ? toEntry(row) : null;
}

export async function getEntry(db: Db, id: string): Promise<Entry> {
  const entry = await findEntry(db, id);
  if (!entry) throw new DossierError('NOT_FOUND', { what: 'entry' });
  return entry;
}

export interface EntryQuery {
  kind?: EntryKind[] | undefined;
  personId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  includeArchived: boolean;
  limit?: number | undefined;
  offset?: number | undefined;
}

/** Newest first; entries at the same moment keep their recorded order reversed consistently (seq). */
export async function listEntries(db: Db, query: EntryQuery): Promise<Entry[]> {
  const where: string[] = [];
  const params: SqlValue[] = [];
  if (!query.includeArchived) where.push('e.archived = 0');
  if (query.kind && query.kind.length > 0) {
    where.push(`e.kind IN (${query.kind.map(() => '?').join(', ')})`);
    params.push(...query.kind);
  }
  if (query.personId) {
    where.push('EXISTS (SELECT 1 FROM entry_people p WHERE p.entry_id = e.id AND p.person_id = ?)');
    params.push(query.personId);
  }
  // A span overlaps the period when it starts before the period ends and ends after it starts.
  if (query.from) {
    where.push('coalesce(e.occurred_end, e.occurred_at) >= ?');
    params.push(query.from);
  }
  if (query.to) {
    where.push('e.occurred_at <= ?');
    params.push(query.to);
  }
  const sql = `${SELECT_ENTRY} ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
    ORDER BY e.occurred_at DESC, e.seq DESC LIMIT ? OFFSET ?`;
  params.push(query.limit ?? -1, query.offset ?? 0);
  const rows = await db.all<EntryRow & Record<string, unknown>>(sql, params);
  return rows.map(toEntry);
}

export async function setArchived(db: Db, id: string, archived: boolean): Promise<void> {
  await db.run('UPDATE entries SET archived = ? WHERE id = ?', [archived ? 1 : 0, id]);
}

export async function listRevisions(db: Db, id: string): Promise<Revision[]> {
  const rows = await db.all<{ version: number; replaced_at: string; data: string }>(
    'SELECT version, replaced_at, data FROM entry_revisions WHERE entry_id = ? ORDER BY version',
    [id],
  );
  return rows.map((row) => ({ entryId: id, version: row.version, replacedAt: row.replaced_at, record: parseRecord(row.data) }));
}

export async function countRevisions(db: Db, id: string): Promise<number> {
  const row = await db.get<{ n: number }>('SELECT count(*) AS n FROM entry_revisions WHERE entry_id = ?', [id]);
  return row?.n ?? 0;
}

/** Removes the entry and everything that hangs off it (the ledger keeps that it was destroyed). */
export async function deleteEntry(db: Db, id: string): Promise<void> {
  await unindexEntry(db, id);
  await forgetReadings(db, id);
  await db.run('DELETE FROM attachment_chunks WHERE attachment_id IN (SELECT id FROM attachments WHERE entry_id = ?)', [id]);
  await db.run('DELETE FROM attachments WHERE entry_id = ?', [id]);
  await db.run('DELETE FROM messages WHERE entry_id = ?', [id]);
  await db.run('DELETE FROM imports WHERE entry_id = ?', [id]);
  await db.run('DELETE FROM entry_revisions WHERE entry_id = ?', [id]);
  await db.run('DELETE FROM entries WHERE id = ?', [id]);
}

export async function countEntries(db: Db): Promise<number> {
  const row = await db.get<{ n: number }>('SELECT count(*) AS n FROM entries');
  return row?.n ?? 0;
}
