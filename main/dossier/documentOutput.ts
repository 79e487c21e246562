// pdfkit hands every piece of the file (each "12 0 obj", each dictionary, each xref line: about a
// million for a dossier of 20,000 tagged messages) to a Readable stream, one push and one 'data'
// event each, after turning every string into a Uint8Array char by char. This takes the pieces
// straight from pdfkit's _write instead: strings are gathered and encoded in blocks, byte arrays
// (photos, compressed pages) go on as they are. The bytes are the same; only the stream machinery
// is gone (issue 9, bench: ~0.7 s of CPU on the bench export).
import type { Doc } from './render/document';

/** A stretch of the file that pdfkit counts but does not write: a photo's image data, which the
 *  thread holding the vault writes into the file itself (photoBodies.ts), so 300 MB of photos never
 *  pass through the layout. `attachmentId` says whose data it is. */
export class LaterBytes {
  constructor(
    readonly length: number,
    readonly attachmentId: string,
  ) {}
}

export interface DocumentSink {
  write(chunk: Uint8Array): void;
  /** Keeps the place of bytes that come later, in the file's order. */
  later(piece: LaterBytes): void;
}

/** Strings are joined into blocks of about this size before they are encoded. */
const TEXT_BLOCK = 64 * 1024;

interface WriterInternals {
  _write(data: unknown): void;
  _offset: number;
}

/**
 * Sends what `doc` writes to `sink`, in order, and returns `flush`, which passes on the text still
 * gathered: call it once the document has ended (its 'end' event), before the file is closed.
 * The document stream still ends as before ('end' after doc.end()), it just carries no data.
 */
export function writeDocumentTo(doc: Doc, sink: DocumentSink): () => void {
  const internals = doc as unknown as WriterInternals;
  // What pdfkit wrote before this (the "%PDF-1.7" header) waits in the stream: it goes first.
  const written = doc.read() as Uint8Array | null;
  if (written) sink.write(written);
  let pending: string[] = [];
  let pendingLength = 0;
  const flush = () => {
    if (pendingLength === 0) return;
    // pdfkit keeps the low byte of each UTF-16 unit (fromBinaryString); latin1 does the same.
    sink.write(Buffer.from(pending.join(''), 'latin1'));
    pending = [];
    pendingLength = 0;
  };
  internals._write = (data: unknown) => {
    if (data instanceof Uint8Array) {
      flush();
      sink.write(data);
      internals._offset += data.length;
      return;
    }
    if (data instanceof LaterBytes) {
      flush();
      sink.later(data);
      internals._offset += data.length;
      return;
    }
    const text = `${data as string}\n`;
    pending.push(text);
    pendingLength += text.length;
    internals._offset += text.length;
    if (pendingLength >= TEXT_BLOCK) flush();
  };
  // Nothing is pushed any more, but the stream must flow for its 'end' to be emitted.
  doc.resume();
  return flush;
}
