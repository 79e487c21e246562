// What signing, verifying and the redaction proof need from a finished dossier: reading and
// writing at a position, and its size. A node FileHandle is one; so is MemoryFile (memoryOutput.ts).
export interface RandomAccessFile {
  read(buffer: Buffer, offset: number, length: number, position: number): Promise<{ bytesRead: number }>;
  write(buffer: Buffer, offset: number, length: number, position: number): Promise<unknown>;
  stat(): Promise<{ size: number }>;
}
