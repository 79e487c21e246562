// Attachments live inside the vault in 1 MiB chunks: a 500 MB video is taken in, hashed and read
// back without ever being whole in memory. The SHA-256 is taken from the bytes as they are stored.
import { canonicalJson } from './canonical';
import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, promises as fs } from 'node:fs';
import { basename } from 'node:path';
import { Attachment } from '../../shared/domain';
import { DossierError } from '../../shared/errors';
import { readExif } from './exif';
import { isWriteFailure, temporaryBeside } from './files';
import { putInPlace } from './placement';
import { appendLink } from './ledger';
import { detectMime, isImage } from './mime';
import type { Db } from './sqlite';
import { subject } from './subjects';

export const CHUNK_BYTES = 1024 * 1024;
export const DEFAULT_ATTACHMENT_LIMIT = 1024 * 1024 * 1024;

function parseAttachment(json: string): Attachment {
  const parsed = Attachment.safeParse(JSON.parse(json));
  if (!parsed.success) throw new DossierError('VAULT_CORRUPT', { table: 'attachments' });
  return parsed.data;
}

/**
 * Re-cuts a stream of arbitrary pieces into exact CHUNK_BYTES chunks (the last may be shorter).
 * Whole chunks are views into the piece they come from, never copies: a media file handed over as
 * one 500 MB piece stays one 500 MB buffer. Only a chunk that straddles pieces is joined, so at
 * most one chunk is ever copied at a time.
 */
export async function* exactChunks(pieces: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let chunks = 0;
  for await (const whole of pieces) {
    let piece = whole;
    if (pendingBytes > 0) {
      const need = CHUNK_BYTES - pendingBytes;
      if (piece.length < need) {
        pending.push(piece);
        pendingBytes += piece.length;
        continue;
      }
      pending.push(piece.subarray(0, need));
      yield Buffer.concat(pending, CHUNK_BYTES);
      chunks += 1;
      pending = [];
      pendingBytes = 0;
      piece = piece.subarray(need);
    }
    let at = 0;
    for (; piece.length - at >= CHUNK_BYTES; at += CHUNK_BYTES, chunks += 1) yield piece.subarray(at, at + CHUNK_BYTES);
    if (at < piece.length) {
      pending = [piece.subarray(at)];
      pendingBytes = piece.length - at;
    }
  }
  // An empty file is one empty chunk; a file of whole chunks ends with its last whole chunk.
  if (pendingBytes > 0 || chunks === 0) yield pending.length === 1 ? pending[0]! : Buffer.concat(pending, pendingBytes);
}

interface Intake {
  entryId: string;
  fileName: string;
  pieces: AsyncIterable<Buffer>;
  limitBytes: number;
  addedAt: string;
}

async function storeChunks(db: Db, intake: Intake): Promise<Attachment> {
  const id = randomUUID();
  const hash = createHash('sha256');
  let size = 0;
  let n = 0;
  // The first chunk (1 MiB) is where EXIF lives (a JPEG's APP1 segment is at most 64 KiB, near the
  // start): metadata is read from these stored bytes, never by handing exifr a path string (exifr
  // fetches a string that looks like a URL), and never from a file that may have changed since.
  let first: Buffer = Buffer.alloc(0);
  for await (const chunk of exactChunks(intake.pieces)) {
    size += chunk.length;
    if (size > intake.limitBytes) throw new DossierError('FILE_TOO_LARGE', { limitBytes: intake.limitBytes });
    // No copy: chunks are only ever read, and this one is kept alive by the file's bytes anyway.
    if (n === 0) first = chunk;
    hash.update(chunk);
    await db.run('INSERT INTO attachment_chunks (attachment_id, n, bytes) VALUES (?, ?, ?)', [id, n, chunk]);
    n += 1;
  }
  const mime = detectMime(intake.fileName, first.subarray(0, 64));
  const attachment: Attachment = {
    id,
    entryId: intake.entryId,
    fileName: intake.fileName,
    mime,
    size,
    sha256: hash.digest('hex'),
    exif: isImage(mime) ? await readExif(first) : null,
    addedAt: intake.addedAt,
  };
  await db.run('INSERT INTO attachments (id, entry_id, data, chunks) VALUES (?, ?, ?, ?)', [id, intake.entryId, canonicalJson(attachment), n]);
  return attachment;
}

/** A file for the vault: a path on this computer, or bytes already in memory (drag and drop). */
export type NewFile = { path: string } | { fileName: string; bytes: Buffer };

/** Stores one file under an entry with its ledger link. Call inside the caller's transaction. */
export async function attachFile(db: Db, entryId: string, file: NewFile, limitBytes: number, at: string): Promise<Attachment> {
  const attachment =
    'path' in file
      ? await addAttachmentFromFile(db, entryId, file.path, limitBytes, at)
      : await addAttachmentFromBytes(db, entryId, file.fileName, file.bytes, limitBytes, at);
  await appendLink(db, 'attach', subject.attachment(entryId, attachment.id), attachment, at);
  return attachment;
}

/** Call inside a transaction: on any failure nothing of the file remains in the vault. */
export async function addAttachmentFromFile(db: Db, entryId: string, path: string, limitBytes: number, addedAt: string): Promise<Attachment> {
  let stat;
  try {
    stat = await fs.stat(path);
  } catch {
    throw new DossierError('FILE_NOT_FOUND');
  }
  if (!stat.isFile()) throw new DossierError('FILE_NOT_FOUND');
  if (stat.size > limitBytes) throw new DossierError('FILE_TOO_LARGE', { limitBytes });
  const stream = createReadStream(path, { highWaterMark: CHUNK_BYTES });
  try {
    return await storeChunks(db, { entryId, fileName: basename(path), pieces: stream, limitBytes, addedAt });
  } catch (error) {
    if (error instanceof DossierError) throw error;
    if ((error as NodeJS.ErrnoException).code?.startsWith('E')) throw new DossierError('FILE_NOT_FOUND');
    throw error;
  } finally {
    stream.destroy();
  }
}

export async function addAttachmentFromBytes(db: Db, entryId: string, fileName: string, bytes: Buffer, limitBytes: number, addedAt: string): Promise<Attachment> {
  if (bytes.length > limitBytes) throw new DossierError('FILE_TOO_LARGE', { limitBytes });
  async function* once(): AsyncGenerator<Buffer> {
    yield bytes;
  }
  return storeChunks(db, { entryId, fileName: basename(fileName), pieces: once(), limitBytes, addedAt });
}

export async function getAttachment(db: Db, id: string): Promise<Attachment> {
  const row = await db.get<{ data: string }>('SELECT data FROM attachments WHERE id = ?', [id]);
  if (!row) throw new DossierError('NOT_FOUND', { what: 'attachment' });
  return parseAttachment(row.data);
}

export async function listAttachments(db: Db, entryId: string): Promise<Attachment[]> {
  const rows = await db.all<{ data: string }>('SELECT data FROM attachments WHERE entry_id = ? ORDER BY seq', [entryId]);
  return rows.map((row) => parseAttachment(row.data));
}

export async function chunkCount(db: Db, id: string): Promise<number> {
  const row = await db.get<{ chunks: number }>('SELECT chunks FROM attachments WHERE id = ?', [id]);
  if (!row) throw new DossierError('NOT_FOUND', { what: 'attachment' });
  return row.chunks;
}

/** The stored bytes of chunk `n` (0-based) of an attachment. */
export async function attachmentChunk(db: Db, id: string, n: number): Promise<Buffer> {
  const row = await db.get<{ bytes: Buffer }>('SELECT bytes FROM attachment_chunks WHERE attachment_id = ? AND n = ?', [id, n]);
  if (!row) throw new DossierError('VAULT_CORRUPT', { table: 'attachment_chunks' });
  return row.bytes;
}

/** Yields the stored bytes chunk by chunk, in order. */
export async function* attachmentChunks(db: Db, id: string): AsyncGenerator<Buffer> {
  const chunks = await chunkCount(db, id);
  for (let n = 0; n < chunks; n += 1) yield attachmentChunk(db, id, n);
}

/** The whole file in memory (one file: a photo, a scanned letter). */
export async function readAttachment(db: Db, id: string): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const chunk of attachmentChunks(db, id)) parts.push(chunk);
  return Buffer.concat(parts);
}

export async function readAttachmentRange(db: Db, id: string, offset: number, length: number): Promise<Buffer> {
  const { size } = await getAttachment(db, id);
  const end = Math.min(size, offset + length);
  const parts: Buffer[] = [];
  for (let n = Math.floor(offset / CHUNK_BYTES); n * CHUNK_BYTES < end; n += 1) {
    const row = await db.get<{ bytes: Buffer }>('SELECT bytes FROM attachment_chunks WHERE attachment_id = ? AND n = ?', [id, n]);
    if (!row) throw new DossierError('VAULT_CORRUPT', { table: 'attachment_chunks' });
    const chunkStart = n * CHUNK_BYTES;
    parts.push(row.bytes.subarray(Math.max(0, offset - chunkStart), Math.min(row.bytes.length, end - chunkStart)));
  }
  return Buffer.concat(parts);
}

/** Writes the bytes to `target` through a temporary file beside it, renamed only when complete. */
export async function saveAttachment(db: Db, id: string, target: string, overwrite: boolean): Promise<void> {
  if (!overwrite && (await fs.stat(target).then(() => true, () => false))) throw new DossierError('INVALID_INPUT', { field: 'path', reason: 'file exists' });
  const temporary = temporaryBeside(target);
  const handle = await fs.open(temporary, 'wx', 0o600).catch(() => {
    throw new DossierError('INVALID_INPUT', { field: 'path', reason: 'cannot write there' });
  });
  try {
    for await (const chunk of attachmentChunks(db, id)) await handle.write(chunk);
    await handle.sync();
    await handle.close();
    await putInPlace(temporary, target, overwrite, () => new DossierError('INVALID_INPUT', { field: 'path', reason: 'file exists' }));
  } catch (error) {
    await handle.close().catch(() => undefined);
    await fs.rm(temporary, { force: true });
    if (isWriteFailure(error)) throw new DossierError('DISK_FULL');
    throw error;
  }
}

/** Recomputes size and SHA-256 from the stored chunks (verify-vault). */
export async function hashStoredBytes(db: Db, id: string): Promise<{ sha256: string; size: number }> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of attachmentChunks(db, id)) {
    hash.update(chunk);
    size += chunk.length;
  }
  return { sha256: hash.digest('hex'), size };
}

/** SHA-256 of a file on disk, streamed (to recognise an export that is already in the vault). */
export async function hashFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  try {
    for await (const piece of createReadStream(path, { highWaterMark: CHUNK_BYTES })) hash.update(piece as Buffer);
  } catch {
    throw new DossierError('FILE_NOT_FOUND');
  }
  return hash.digest('hex');
}

export async function findAttachmentBySha(db: Db, entryId: string, sha256: string): Promise<Attachment | null> {
  const existing = await listAttachments(db, entryId);
  return existing.find((a) => a.sha256 === sha256) ?? null;
}
