// The dossier written into memory instead of a file: for the sealed hand-over (main/handover/),
// where the PDF must never touch the disk in plaintext. It offers what the export pipeline needs
// from AtomicOutput (write, flush, settle, check, commit, abort) and from a file handle (read and write at
// a position, stat), so signing and the redaction proof run on it unchanged.
import type { RandomAccessFile } from './randomAccess';

export class MemoryFile implements RandomAccessFile {
  private buffer = Buffer.alloc(1024 * 1024);
  size = 0;

  append(chunk: Uint8Array): void {
    this.ensure(this.size + chunk.byteLength);
    this.buffer.set(chunk, this.size);
    this.size += chunk.byteLength;
  }

  async read(target: Buffer, offset: number, length: number, position: number): Promise<{ bytesRead: number }> {
    const bytesRead = Math.max(0, Math.min(length, this.size - position));
    if (bytesRead > 0) this.buffer.copy(target, offset, position, position + bytesRead);
    return { bytesRead };
  }

  async write(source: Buffer, offset: number, length: number, position: number): Promise<{ bytesWritten: number }> {
    this.ensure(position + length);
    source.copy(this.buffer, position, offset, offset + length);
    this.size = Math.max(this.size, position + length);
    return { bytesWritten: length };
  }

  async stat(): Promise<{ size: number }> {
    return { size: this.size };
  }

  /** The bytes written so far (a view, not a copy). */
  bytes(): Buffer {
    return this.buffer.subarray(0, this.size);
  }

  /** Overwrites the memory, so the plaintext does not linger until the collector reuses it. */
  wipe(): void {
    this.buffer.fill(0);
    this.size = 0;
  }

  /** Makes the file `length` bytes longer (zeros, to be written over). */
  extend(length: number): void {
    this.ensure(this.size + length);
    this.buffer.fill(0, this.size, this.size + length);
    this.size += length;
  }

  private ensure(needed: number): void {
    if (needed <= this.buffer.length) return;
    let length = this.buffer.length;
    while (length < needed) length *= 2;
    const grown = Buffer.alloc(length);
    this.buffer.copy(grown, 0, 0, this.size);
    this.buffer.fill(0);
    this.buffer = grown;
  }
}

/** The in-memory counterpart of AtomicOutput (write.ts). */
export class MemoryOutput {
  readonly file = new MemoryFile();

  get bytesWritten(): number {
    return this.file.size;
  }

  write(chunk: Uint8Array): void {
    this.file.append(chunk);
  }

  /** As AtomicOutput.reserve: the next `length` bytes, written later by `fill`. */
  reserve(length: number): number {
    const position = this.file.size;
    this.file.extend(length);
    return position;
  }

  fill(block: Buffer, position: number): void {
    void this.file.write(block, 0, block.length, position);
  }

  flush(): void {}
  check(): void {}
  async settle(): Promise<void> {}
  async commit(): Promise<void> {}
  async abort(): Promise<void> {
    this.file.wipe();
  }
}
