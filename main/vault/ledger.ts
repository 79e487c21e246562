// The ledger: an append-only hash chain over every change to the vault. Each link commits to the
// previous link's hash and to the hash of the new state of its subject, so a row changed, removed
// or reordered behind the app's back breaks either the chain or the match with the current state.
import { canonicalJson, hashOf, sha256Hex } from './canonical';
import type { Db, SqlValue } from './sqlite';

export const LEDGER_EVENTS = [
  'vault-create',
  'create',
  'edit',
  'archive',
  'unarchive',
  'destroy',
  'attach',
  'import',
  'message-add',
  'person-create',
  'person-edit',
  'recognise',
  'date-add',
  // An entry's stable number (migration 003), recorded beside its create link (migration 8).
  'number',
] as const;
export type LedgerEvent = (typeof LEDGER_EVENTS)[number];

export const GENESIS_HASH = '0'.repeat(64);

export interface LedgerLink {
  seq: number;
  at: string;
  event: string;
  subject: string;
  content_hash: string;
  prev_hash: string;
  hash: string;
}

export function linkHash(prevHash: string, link: Pick<LedgerLink, 'seq' | 'at' | 'event' | 'subject' | 'content_hash'>): string {
  const body = canonicalJson({
    seq: link.seq,
    at: link.at,
    event: link.event,
    subject: link.subject,
    contentHash: link.content_hash,
  });
  return sha256Hex(prevHash + body);
}

/** The link that follows `previous` (pure: the caller writes it). */
export function nextLink(previous: Pick<LedgerLink, 'seq' | 'hash'> | undefined, event: LedgerEvent, subject: string, content: unknown, at: string): LedgerLink {
  const prevHash = previous?.hash ?? GENESIS_HASH;
  const link = { seq: (previous?.seq ?? 0) + 1, at, event, subject, content_hash: hashOf(content), prev_hash: prevHash };
  return { ...link, hash: linkHash(prevHash, link) };
}

export const INSERT_LINK = 'INSERT INTO ledger (seq, at, event, subject, content_hash, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?)';

export function linkParams(link: LedgerLink): SqlValue[] {
  return [link.seq, link.at, link.event, link.subject, link.content_hash, link.prev_hash, link.hash];
}

export async function ledgerTop(db: Db): Promise<Pick<LedgerLink, 'seq' | 'hash'> | undefined> {
  return db.get<{ seq: number; hash: string }>('SELECT seq, hash FROM ledger ORDER BY seq DESC LIMIT 1');
}

/** Appends one link; call inside the transaction that makes the change it records. */
export async function appendLink(db: Db, event: LedgerEvent, subject: string, content: unknown, at: string): Promise<LedgerLink> {
  const link = nextLink(await ledgerTop(db), event, subject, content, at);
  await db.run(INSERT_LINK, linkParams(link));
  return link;
}

export async function readLedger(db: Db): Promise<LedgerLink[]> {
  return db.all<LedgerLink & Record<string, unknown>>(
    'SELECT seq, at, event, subject, content_hash, prev_hash, hash FROM ledger ORDER BY seq',
  );
}

export interface ChainBreak {
  seq: number | null;
  subject: string;
  reason: string;
}

/** Walks the chain from the genesis; returns the first broken link, or null when every link holds. */
export function findChainBreak(links: readonly LedgerLink[]): ChainBreak | null {
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  for (const link of links) {
    if (link.seq !== expectedSeq) return { seq: link.seq, subject: link.subject, reason: `link ${expectedSeq} is missing` };
    if (!(LEDGER_EVENTS as readonly string[]).includes(link.event)) return { seq: link.seq, subject: link.subject, reason: 'unknown event' };
    if (link.prev_hash !== prevHash) return { seq: link.seq, subject: link.subject, reason: 'does not follow the previous link' };
    if (linkHash(prevHash, link) !== link.hash) return { seq: link.seq, subject: link.subject, reason: 'link was altered' };
    prevHash = link.hash;
    expectedSeq += 1;
  }
  return null;
}

export async function ledgerHead(db: Db): Promise<string | null> {
  const last = await db.get<{ hash: string }>('SELECT hash FROM ledger ORDER BY seq DESC LIMIT 1');
  return last?.hash ?? null;
}
