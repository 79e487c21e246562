// Writing the dossier safely: into a temporary file beside the target (same file system, so the
// final rename is atomic), synced to disk, then moved into place. Any failure removes the temporary
// file: a full disk or a crash never leaves half a dossier that looks like a whole one.
import { writeSync } from 'node:fs';
import { promises as fs } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { DossierError } from '../../shared/errors';
import { isWriteFailure, temporaryBeside } from '../vault/files';
import { putInPlace } from '../vault/placement';

const BUFFER_BYTES = 256 * 1024;

/** File-system failures as coded errors, without their message (it would carry a path). */
export function writeError(error: unknown): DossierError {
  if (error instanceof DossierError) return error;
  if (isWriteFailure(error)) return new DossierError('DISK_FULL');
  return new DossierError('EXPORT_FAILED');
}

async function exists(path: string): Promise<boolean> {
  return fs.lstat(path).then(
    () => true,
    () => false,
  );
}

/** Blocks the thread pool is still writing. Past this, the next block is written here and now,
 *  which holds the layout to the disk's pace instead of queueing the whole dossier in memory. */
const IN_FLIGHT_BYTES = 8 * 1024 * 1024;

/** Written but not yet synced: past this, a sync starts in the background while the layout goes
 *  on, so the one that comes before the file is moved into place has little left to do. The
 *  dossier is only in place (and safe) after that last one, as before. */
const SYNC_EVERY_BYTES = 64 * 1024 * 1024;

export class AtomicOutput {
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private failure: unknown = null;
  /** Where the next block goes: blocks are written at their own offsets, so in any order. */
  private queuedBytes = 0;
  private inFlightBytes = 0;
  private readonly writing = new Set<Promise<void>>();
  private unsyncedBytes = 0;
  private syncing: Promise<void> | null = null;
  bytesWritten = 0;

  private constructor(
    readonly target: string,
    readonly temporary: string,
    readonly file: FileHandle,
    private readonly force: boolean,
  ) {}

  static async open(target: string, force: boolean): Promise<AtomicOutput> {
    if (!force && (await exists(target))) throw new DossierError('INVALID_INPUT', { field: 'path', reason: 'a file with that name exists; choose another name or allow replacing it' });
    const folder = await fs.stat(dirname(target)).catch(() => null);
    if (!folder?.isDirectory()) throw new DossierError('INVALID_INPUT', { field: 'path', reason: 'the folder does not exist' });
    const temporary = temporaryBeside(target);
    const file = await fs.open(temporary, 'wx+', 0o600).catch((error: unknown) => {
      throw isWriteFailure(error) ? new DossierError('DISK_FULL') : new DossierError('INVALID_INPUT', { field: 'path', reason: 'cannot write there' });
    });
    return new AtomicOutput(target, temporary, file, force);
  }

  /** Called synchronously for every piece pdfkit produces; writes in 256 KB blocks. A failure is
   *  kept and raised at the next checkpoint (throwing inside pdfkit's stream would be lost). */
  write(chunk: Uint8Array): void {
    if (this.failure) return;
    const piece = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    if (piece.length >= BUFFER_BYTES) {
      // A photo: write it as it is instead of copying it into a block first.
      this.flush();
      this.pending = [piece];
      this.pendingBytes = piece.length;
      this.flush();
      return;
    }
    this.pending.push(piece);
    this.pendingBytes += piece.length;
    if (this.pendingBytes >= BUFFER_BYTES) this.flush();
  }

  /** Hands the gathered bytes to the thread pool (as pdfkit's own file stream does, so the layout
   *  does not wait for each write), or writes them at once when enough are already on their way. */
  flush(): void {
    if (this.failure || this.pendingBytes === 0) return;
    const block = this.pending.length === 1 ? this.pending[0]! : Buffer.concat(this.pending, this.pendingBytes);
    this.pending = [];
    this.pendingBytes = 0;
    const position = this.queuedBytes;
    this.queuedBytes += block.length;
    this.put(block, position);
  }

  /** Keeps the next `length` bytes of the file for a piece written later at its own pace (a photo's
   *  image data, read from the vault while the layout goes on: photoBodies.ts); returns where they
   *  start. What is written after this goes after them. */
  reserve(length: number): number {
    this.flush();
    const position = this.queuedBytes;
    this.queuedBytes += length;
    return position;
  }

  /** Writes `block` at `position`, inside a stretch kept by `reserve`. */
  fill(block: Buffer, position: number): void {
    if (!this.failure) this.put(block, position);
  }

  private put(block: Buffer, position: number): void {
    if (this.inFlightBytes + block.length > IN_FLIGHT_BYTES) {
      try {
        for (let done = 0; done < block.length; ) done += writeSync(this.file.fd, block, done, block.length - done, position + done);
        this.written(block.length);
      } catch (error) {
        this.failure ??= error;
      }
      return;
    }
    this.inFlightBytes += block.length;
    const written: Promise<void> = this.writeAt(block, position).then(
      () => this.written(block.length),
      (error: unknown) => {
        this.failure ??= error;
      },
    );
    this.writing.add(written);
    void written.finally(() => {
      this.inFlightBytes -= block.length;
      this.writing.delete(written);
    });
  }

  private written(length: number): void {
    this.bytesWritten += length;
    this.unsyncedBytes += length;
    if (this.syncing || this.unsyncedBytes < SYNC_EVERY_BYTES) return;
    this.unsyncedBytes = 0;
    // A failure here is not the dossier's: the last sync, before the move, decides.
    this.syncing = this.file.datasync().then(
      () => {
        this.syncing = null;
      },
      () => {
        this.syncing = null;
      },
    );
  }

  private async writeAt(block: Buffer, position: number): Promise<void> {
    for (let done = 0; done < block.length; ) done += (await this.file.write(block, done, block.length - done, position + done)).bytesWritten;
  }

  /** Everything written (or its failure raised): before the file is read back, signed or closed. */
  async settle(): Promise<void> {
    this.flush();
    while (this.writing.size > 0) await Promise.all([...this.writing]);
    this.check();
  }

  /** Throws the first write failure, if any. */
  check(): void {
    if (this.failure) throw writeError(this.failure);
  }

  /** Syncs, closes and moves the file into place (vault/placement.ts: no-clobber, FAT included). */
  async commit(): Promise<void> {
    await this.settle();
    await this.syncing;
    await this.file.sync();
    await this.file.close();
    await putInPlace(this.temporary, this.target, this.force, () => new DossierError('INVALID_INPUT', { field: 'path', reason: 'a file with that name exists; choose another name or allow replacing it' }));
    const folder = await fs.open(dirname(this.target), 'r').catch(() => null);
    await folder?.sync().catch(() => undefined);
    await folder?.close();
  }

  async abort(): Promise<void> {
    await Promise.allSettled([...this.writing]);
    await this.syncing;
    await this.file.close().catch(() => undefined);
    await fs.rm(this.temporary, { force: true }).catch(() => undefined);
  }
}
