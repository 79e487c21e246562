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
  /** How many chunks the vault holds for it. */
  chunks: number;
  read: Buffer | null;
  chunksRead: number;
}

/** Decrypted bytes kept between a header and its data being written: the layout may run ahead by
 *  many photos, and this keeps that within the export's memory budget. */
export const KEPT_BYTES = 16 * 1024 * 1024;

/** Chunks after each of which the header is looked for; past them, only at the file's end. */
const WALKED_EACH_CHUNK = 4;

type ReadHead = { head: PhotoHead; opened: Opened } | null;

export class PhotoBodies {
  private readonly opened = new Map<string, Opened[]>();
  private keptBytes = 0;
  private writing: Promise<void> = Promise.resolve();
  private failure: unknown = null;

  /** `order`: the JPEGs in the order the layout will most likely draw them (the entries' order). */
  constructor(
    private readonly db: Db,
    private readonly output: PlacedOutput,
    private readonly order: readonly Attachment[] = [],
    private readonly keepAtMost = KEPT_BYTES,
  ) {}

  /** The JPEG's header without its metadata segments, read chunk by chunk until its image data
   *  starts; null when it cannot be walked that far (images.ts: the photo is then left out). */
  async head(attachment: Attachment): Promise<PhotoHead | null> {
    const read = await this.readHead(attachment);
    if (read === null) return null;
    this.remember(attachment.id, read.opened);
    return read.head;
  }

  /** Every photo's header, in `order`, read before the layout asks: a layout in another thread
   *  gets them as they come, and reaches the photos with their headers already there instead of
   *  waiting for each one's decryption in turn with the photos' data (~10 ms a photo). A header
   *  given this way counts as asked for; the layout asks again only for one it has not got. */
  async *headsInOrder(): AsyncGenerator<{ id: string; head: PhotoHead | null }> {
    for (const photo of this.order) {
      await nextTurn(); // the layout thread's pages and questions are taken in between
      yield { id: photo.id, head: await this.head(photo) };
    }
  }

  private remember(id: string, opened: Opened): void {
    const list = this.opened.get(id) ?? [];
    list.push(opened);
    this.opened.set(id, list);
  }

  private async readHead(attachment: Attachment): Promise<ReadHead> {
    const chunks = await chunkCount(this.db, attachment.id);
    const parts: Buffer[] = [];
    let read: Buffer = Buffer.alloc(0);
    let walked: ReturnType<typeof keptSegments> = null;
    while (walked === null && parts.length < chunks) {
      parts.push(await attachmentChunk(this.db, attachment.id, parts.length));
      // A real header fits in the first chunk or two. A crafted file of metadata alone is read to
      // its end first and walked once, so it costs its length, not its length squared.
      if (parts.length > WALKED_EACH_CHUNK && parts.length < chunks) continue;
      read = parts.length === 1 ? parts[0]! : Buffer.concat(parts);
      walked = keptSegments(read);
    }
    if (walked === null) return null;
    const keep = this.keptBytes + read.length <= this.keepAtMost;
    if (keep) this.keptBytes += read.length;
    return {
      head: { head: Buffer.concat(walked.kept), bodyLength: attachment.size - walked.sos },
      opened: { sos: walked.sos, size: attachment.size, chunks, read: keep ? read : null, chunksRead: keep ? parts.length : 0 },
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
    for (; n < opened.chunks; n += 1) {
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
