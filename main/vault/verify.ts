// verify-vault: SQLite and SQLCipher integrity, the ledger chain, and that the current state of
// every entry, revision, attachment, person, message batch and date that matters is exactly what the ledger recorded.
import type { FileIntegrity, LedgerReport, VaultReport } from '../../shared/domain';
import { hashOf, sha256Hex } from './canonical';
import { findChainBreak, readLedger, type ChainBreak, type LedgerLink } from './ledger';
import { entryNumberRecord } from './entries';
import { batchDigestOf, readBatches } from './messages';
import { hashStoredBytes } from './attachments';
import { readImportRecords } from './imports';
import { entryOfSubject, subject } from './subjects';
import type { Db } from './sqlite';

type Links = Map<string, LedgerLink[]>;

function bySubject(links: readonly LedgerLink[]): Links {
  const map: Links = new Map();
  for (const link of links) {
    const history = map.get(link.subject);
    if (history) history.push(link);
    else map.set(link.subject, [link]);
  }
  return map;
}

const last = <T>(items: readonly T[]): T | undefined => items[items.length - 1];

function isDestroyed(links: Links, entryId: string): boolean {
  return last(links.get(subject.entry(entryId)) ?? [])?.event === 'destroy';
}

/** The few fields verify compares with the entry's columns, read as plain JSON (no schema). */
function storedColumns(data: string): { id?: unknown; version?: unknown; kind?: unknown; occurredAt?: { at?: unknown; end?: unknown } } | null {
  try {
    const value: unknown = JSON.parse(data);
    return typeof value === 'object' && value !== null ? (value as ReturnType<typeof storedColumns> & object) : null;
  } catch {
    return null;
  }
}

function broken(name: string, reason: string, link?: LedgerLink): ChainBreak {
  return { seq: link?.seq ?? null, subject: name, reason };
}

async function checkEntries(db: Db, links: Links): Promise<ChainBreak | null> {
  const rows = await db.all<{ id: string; kind: string; occurred_at: string; occurred_end: string | null; version: number; archived: number; data: string; number: number | null }>(
    'SELECT id, kind, occurred_at, occurred_end, version, archived, data, number FROM entries ORDER BY seq',
  );
  const present = new Set<string>();
  for (const row of rows) {
    const name = subject.entry(row.id);
    present.add(row.id);
    const history = links.get(name) ?? [];
    const versions = history.filter((l) => l.event === 'create' || l.event === 'edit');
    const current = last(versions);
    if (!current) return broken(name, 'entry has no ledger record');
    if (last(history)?.event === 'destroy') return broken(name, 'destroyed entry is present again', last(history));
    // The hash is of the stored text itself (canonical JSON), never of a re-parsed copy: a later
    // schema (defaults, trims) must not make an old vault fail. The columns are read leniently too.
    if (sha256Hex(row.data) !== current.content_hash) return broken(name, 'entry differs from its ledger record', current);
    const record = storedColumns(row.data);
    if (!record) return broken(name, 'entry is unreadable', current);
    if (record.id !== row.id || record.version !== versions.length || row.version !== record.version || row.kind !== record.kind || row.occurred_at !== record.occurredAt?.at || row.occurred_end !== (record.occurredAt?.end ?? null)) {
      return broken(name, 'entry columns differ from its recorded data', current);
    }
    // The stable number cited in every dossier ("Запись 17"): recorded when given (migration 8
    // recorded those given before), so a number changed in the file is caught like the text.
    const numbered = last(history.filter((l) => l.event === 'number'));
    if (!numbered || row.number === null || hashOf(entryNumberRecord(row.id, row.number)) !== numbered.content_hash) return broken(name, 'entry number differs from the ledger', numbered ?? current);
    const flag = last(history.filter((l) => l.event === 'archive' || l.event === 'unarchive'));
    const archived = row.archived === 1;
    if (flag ? hashOf({ id: row.id, archived }) !== flag.content_hash : archived) return broken(name, 'archived mark differs from the ledger', flag);
    const revisionRows = await db.all<{ version: number; data: string }>('SELECT version, data FROM entry_revisions WHERE entry_id = ? ORDER BY version', [row.id]);
    if (revisionRows.length !== versions.length - 1) return broken(name, 'an earlier version is missing', current);
    for (const revision of revisionRows) {
      const link = versions[revision.version - 1];
      if (!link || link === current || sha256Hex(revision.data) !== link.content_hash) return broken(name, `version ${revision.version} differs from its ledger record`, link);
    }
  }
  for (const [name, history] of links) {
    const id = name.startsWith('entry:') && !name.includes('/') ? entryOfSubject(name) : null;
    if (id && !present.has(id) && last(history)?.event !== 'destroy') return broken(name, 'entry is missing', last(history));
  }
  return null;
}

async function checkAttachments(db: Db, links: Links): Promise<ChainBreak | null> {
  const rows = await db.all<{ id: string; entry_id: string; data: string }>('SELECT id, entry_id, data FROM attachments ORDER BY seq');
  const present = new Set<string>();
  for (const row of rows) {
    const name = subject.attachment(row.entry_id, row.id);
    present.add(name);
    const link = last(links.get(name) ?? []);
    if (!link) return broken(name, 'attachment has no ledger record');
    let meta: { sha256?: unknown; size?: unknown; entryId?: unknown };
    try {
      meta = JSON.parse(row.data) as typeof meta;
    } catch {
      return broken(name, 'attachment is unreadable', link);
    }
    if (sha256Hex(row.data) !== link.content_hash || meta.entryId !== row.entry_id) return broken(name, 'attachment details differ from the ledger', link);
    const stored = await hashStoredBytes(db, row.id);
    if (stored.sha256 !== meta.sha256 || stored.size !== meta.size) return broken(name, 'attachment bytes differ from their SHA-256', link);
  }
  for (const [name, history] of links) {
    if (!name.includes('/attachment:') || present.has(name)) continue;
    const entryId = entryOfSubject(name);
    if (entryId && !isDestroyed(links, entryId)) return broken(name, 'attachment is missing', last(history));
  }
  return null;
}

/** Each batch (a typed message, or an import with its record) must hash to its ledger link. */
async function checkMessages(db: Db, links: Links): Promise<ChainBreak | null> {
  const batches = await readBatches(db);
  const imports = await readImportRecords(db);
  const seen = new Set<string>();
  for (const batchId of new Set([...batches.keys(), ...imports.keys()])) {
    const entryId = batches.get(batchId)?.entryId ?? imports.get(batchId)!.entryId;
    const name = subject.batch(entryId, batchId);
    seen.add(name);
    const link = last(links.get(name) ?? []);
    if (!link) return broken(name, 'messages have no ledger record');
    const record = imports.get(batchId)?.record;
    const expected = batches.get(batchId)?.hasher.digest(entryId, record) ?? batchDigestOf(entryId, [], record);
    if (hashOf(expected) !== link.content_hash) return broken(name, 'messages differ from the ledger', link);
  }
  for (const [name, history] of links) {
    if (!name.includes('/batch:') || seen.has(name)) continue;
    const entryId = entryOfSubject(name);
    if (entryId && !isDestroyed(links, entryId)) return broken(name, 'messages are missing', last(history));
  }
  return null;
}

/** Each reading of an image's words must hash to its ledger link, and none may go missing. */
async function checkRecognisedText(db: Db, links: Links): Promise<ChainBreak | null> {
  const rows = await db.all<{ attachment_id: string; entry_id: string; data: string }>('SELECT attachment_id, entry_id, data FROM recognised_text ORDER BY seq');
  const present = new Set<string>();
  for (const row of rows) {
    const name = subject.recognisedText(row.entry_id, row.attachment_id);
    present.add(name);
    const link = last(links.get(name) ?? []);
    if (!link) return broken(name, 'recognised text has no ledger record');
    if (sha256Hex(row.data) !== link.content_hash) return broken(name, 'recognised text differs from the ledger', link);
  }
  for (const [name, history] of links) {
    if (!name.includes('/text:') || present.has(name)) continue;
    const entryId = entryOfSubject(name);
    if (entryId && !isDestroyed(links, entryId)) return broken(name, 'recognised text is missing', last(history));
  }
  return null;
}

async function checkPeople(db: Db, links: Links): Promise<ChainBreak | null> {
  const rows = await db.all<{ id: string; data: string }>('SELECT id, data FROM people ORDER BY seq');
  const present = new Set(rows.map((r) => subject.person(r.id)));
  for (const row of rows) {
    const name = subject.person(row.id);
    const link = last(links.get(name) ?? []);
    if (!link) return broken(name, 'person has no ledger record');
    let person: unknown;
    try {
      person = JSON.parse(row.data);
    } catch {
      return broken(name, 'person is unreadable', link);
    }
    if (sha256Hex(row.data) !== link.content_hash) return broken(name, 'person differs from the ledger', link);
  }
  for (const [name, history] of links) {
    if (name.startsWith('person:') && !present.has(name)) return broken(name, 'person is missing', last(history));
  }
  return null;
}

/** Each date that matters must hash to its 'date-add' link; none may vanish (they are never deleted). */
async function checkDates(db: Db, links: Links): Promise<ChainBreak | null> {
  const rows = await db.all<{ id: string; data: string }>('SELECT id, data FROM dates ORDER BY seq');
  const present = new Set(rows.map((r) => subject.date(r.id)));
  for (const row of rows) {
    const name = subject.date(row.id);
    const link = last(links.get(name) ?? []);
    if (!link) return broken(name, 'date has no ledger record');
    if (sha256Hex(row.data) !== link.content_hash) return broken(name, 'date differs from the ledger', link);
  }
  for (const [name, history] of links) {
    if (name.startsWith('date:') && !present.has(name)) return broken(name, 'date is missing', last(history));
  }
  return null;
}

export async function verifyLedger(db: Db): Promise<LedgerReport> {
  const links = await readLedger(db);
  const head = last(links)?.hash ?? null;
  const chainBreak = findChainBreak(links);
  if (chainBreak) return { ok: false, links: links.length, head, firstBroken: chainBreak };
  const grouped = bySubject(links);
  for (const check of [checkEntries, checkAttachments, checkRecognisedText, checkMessages, checkPeople, checkDates]) {
    const found = await check(db, grouped);
    if (found) return { ok: false, links: links.length, head, firstBroken: found };
  }
  return { ok: true, links: links.length, head, firstBroken: null };
}

/** Reads every page: SQLCipher's HMAC on each, then SQLite's structure. Its time grows with the
 *  vault, so it runs after unlock and in verify-vault, never on the unlock path itself (every page
 *  is still checked against its HMAC whenever it is read). */
export async function checkFileIntegrity(db: Db): Promise<FileIntegrity> {
  const cipher = await db.all('PRAGMA cipher_integrity_check');
  // A page that fails its HMAC cannot be decrypted, so SQLite's own check would only stop on it:
  // the structure is then reported as not whole without reading it.
  if (cipher.length > 0) return { integrity: false, cipherIntegrity: false };
  const integrity = await db.all<{ integrity_check: string }>('PRAGMA integrity_check').catch(() => []);
  return { integrity: integrity.length === 1 && integrity[0]?.integrity_check === 'ok', cipherIntegrity: true };
}

export async function verifyVaultFile(db: Db): Promise<VaultReport> {
  return { ...(await checkFileIntegrity(db)), ledger: await verifyLedger(db) };
}
