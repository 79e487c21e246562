// The photos' image data, written into the dossier by the thread that holds the vault. The layout
// (layoutThread.ts: in its own thread) needs only a photo's header to place it; the data after the
// header, ~98% of a dossier with photos, is decrypted here and written at the place the layout kept
// for it (documentOutput.ts, LaterBytes), while the layout goes on with the next pages. The vault's
// engine is synchronous, so this is what lets the decryption of 300 MB of photos and the layout of
// the pages use two cores instead of taking turns on one (tests/bench/dossier.ts).
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Attachment } from '../../shared/domain';
import { DossierError } from '../../shared/errors';
import { attachmentChunk, chunkCount } from '../vault/attachments';
import type { Db } from '../vault/sqlite';
import type { LaterBytes } from './documentOutput';
import type { PhotoHead } from './render/context';
import { keptSegments } from './render/images';
import { writeError } from './write';

/** Where the data goes: the export's file (AtomicOutput) or memory (MemoryOutput). */
export interface PlacedOutput {
  reserve(length: number): number;
  fill(block: Buffer, position: number): void;
}

/** A photo whose header was read: where its image data starts, and the bytes already decrypted
 *  (kept to be written, not decrypted twice) unless that would hold too much. */
interface Opened {
  sos: number;
  size: number;
  read: Buffer | null;
  chunksRead: number;
}

/** Decrypted bytes kept between a header and its data being written: the layout may run ahead by
 *  many photos, and this keeps that within the export's memory budget. */
export const KEPT_BYTES = 16 * 1024 * 1024;

/** Headers read ahead of the layout's asking: the next photo's header is then ready when the
 *  layout reaches it, instead of the layout waiting for its decryption (~10 ms a photo). */
const HEADS_AHEAD = 2;

type ReadHead = { head: PhotoHead; opened: Opened } | null;

export class PhotoBodies {
  private readonly opened = new Map<string, Opened[]>();
  private readonly ahead = new Map<string, Promise<ReadHead>>();
  private readonly next = new Map<string, Attachment[]>();
  private keptBytes = 0;
  private writing: Promise<void> = Promise.resolve();
  private failure: unknown = null;

  /** `order`: the JPEGs in the order the layout will most likely ask for them (the entries'
   *  order); a hint for reading ahead, nothing more. */
  constructor(
    private readonly db: Db,
    private readonly output: PlacedOutput,
    order: readonly Attachment[] = [],
    private readonly keepAtMost = KEPT_BYTES,
  ) {
    order.forEach((photo, i) => this.next.set(photo.id, order.slice(i + 1, i + 1 + HEADS_AHEAD)));
  }

  /** The JPEG's header without its metadata segments, read chunk by chunk until its image data
   *  starts; null when it cannot be walked that far (images.ts: the photo is then left out). */
  async head(attachment: Attachment): Promise<PhotoHead | null> {
    const early = this.ahead.get(attachment.id);
    this.ahead.delete(attachment.id);
    const result = await (early ?? this.readHead(attachment));
    // Once this answer is on its way.
    setImmediate(() => this.readAhead(attachment));
    if (result === null) return null;
    const list = this.opened.get(attachment.id) ?? [];
    list.push(result.opened);
    this.opened.set(attachment.id, list);
    return result.head;
  }

  private readAhead(after: Attachment): void {
    for (const photo of this.next.get(after.id) ?? []) {
      if (this.ahead.has(photo.id)) continue;
      const reading = this.readHead(photo);
      reading.catch(() => undefined); // raised if the layout asks for this one
      this.ahead.set(photo.id, reading);
    }
  }

  private async readHead(attachment: Attachment): Promise<ReadHead> {
    const chunks = await chunkCount(this.db, attachment.id);
    let read: Buffer = Buffer.alloc(0);
    let walked: ReturnType<typeof keptSegments> = null;
    let n = 0;
    while (walked === null && n < chunks) {
      const chunk = await attachmentChunk(this.db, attachment.id, n);
      read = n === 0 ? chunk : Buffer.concat([read, chunk]);
      n += 1;
      walked = keptSegments(read);
    }
    if (walked === null) return null;
    const keep = this.keptBytes + read.length <= this.keepAtMost;
    if (keep) this.keptBytes += read.length;
    return {
      head: { head: Buffer.concat(walked.kept), bodyLength: attachment.size - walked.sos },
      opened: { sos: walked.sos, size: attachment.size, read: keep ? read : null, chunksRead: keep ? n : 0 },
    };
  }

  /** Keeps the data's place in the file now (the layout's next bytes go after it) and writes it
   *  when its turn comes; photos are written one after another, in the layout's order. */
  later(piece: LaterBytes): void {
    const position = this.output.reserve(piece.length);
    this.writing = this.writing.then(async () => {
      if (this.failure === null) await this.writeBody(piece, position);
    }).catch((error: unknown) => {
      this.failure ??= error;
    });
  }

  /** Raises the first failure (a damaged file in the vault), if any. */
  check(): void {
    if (this.failure !== null) throw writeError(this.failure);
  }

  /** Every photo's data handed to the output (or the first failure raised). */
  async done(): Promise<void> {
    await this.writing;
    this.check();
    this.opened.clear();
    this.ahead.clear();
  }

  private async writeBody(piece: LaterBytes, start: number): Promise<void> {
    const opened = this.opened.get(piece.attachmentId)?.shift();
    if (!opened || opened.size - opened.sos !== piece.length) throw new DossierError('EXPORT_FAILED');
    let position = start;
    let n = 0;
    let skip = opened.sos;
    if (opened.read) {
      const rest = opened.read.subarray(opened.sos);
      this.output.fill(rest, position);
      position += rest.length;
      n = opened.chunksRead;
      skip = 0;
      this.keptBytes -= opened.read.length;
    }
    const chunks = await chunkCount(this.db, piece.attachmentId);
    for (; n < chunks; n += 1) {
      // Between chunks the layout thread's messages (pages to write, the next header) are taken.
      await nextTurn();
      const chunk = await attachmentChunk(this.db, piece.attachmentId, n);
      const part = skip > 0 ? chunk.subarray(Math.min(skip, chunk.length)) : chunk;
      skip = Math.max(0, skip - chunk.length);
      if (position + part.length - start > piece.length) throw new DossierError('VAULT_CORRUPT', { table: 'attachment_chunks' });
      if (part.length > 0) this.output.fill(part, position);
      position += part.length;
    }
    if (position - start !== piece.length) throw new DossierError('VAULT_CORRUPT', { table: 'attachment_chunks' });
  }
}
