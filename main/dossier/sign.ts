// Signing the finished file in place (ISO 32000-1 §12.8): the signature dictionary is written with
// a fixed-size placeholder; once the whole PDF is on disk, its /ByteRange is filled in, the two
// signed ranges are hashed by streaming the file (a 300 MB dossier is never whole in memory), and
// the CMS goes into the placeholder. Nothing moves, so every offset in the xref stays right.
import { createHash } from 'node:crypto';
import type { RandomAccessFile } from './randomAccess';
import { buildCms, type CmsSigner } from './cms';
import type { Doc } from './render/document';

/** Room for the CMS (certificate ~0.8 KB, signature 256 B, attributes): 8 KB is generous. */
export const SIGNATURE_BYTES = 8192;
const BYTE_RANGE_PLACEHOLDER = '**********';

interface RefLike {
  offset?: number;
  end(): void;
}

interface DocInternals {
  ref(data: Record<string, unknown>): RefLike;
  _root: { data: Record<string, unknown> };
  _acroform?: { fonts: Record<string, unknown>; defaultFont: string };
  page: { dictionary: unknown; annotations: unknown[] };
}

export interface SignaturePlaceholder {
  /** Offset of "N 0 obj" of the signature dictionary, known once it is written. */
  offset(): number;
}

/** Adds the signature dictionary, an invisible signature field on the current page and the
 *  AcroForm. PDF/A: the widget has zero area (so needs no appearance) and the Print flag. */
export function addSignaturePlaceholder(doc: Doc, options: { signingTime: Date; name: string; reason: string }): SignaturePlaceholder {
  const internals = doc as unknown as DocInternals;
  const signature = internals.ref({
    Type: 'Sig',
    Filter: 'Adobe.PPKLite',
    SubFilter: 'ETSI.CAdES.detached',
    ByteRange: [0, BYTE_RANGE_PLACEHOLDER, BYTE_RANGE_PLACEHOLDER, BYTE_RANGE_PLACEHOLDER],
    Contents: Buffer.alloc(SIGNATURE_BYTES),
    M: options.signingTime,
    Name: new String(options.name),
    Reason: new String(options.reason),
    Prop_Build: { App: { Name: 'Dossier' } },
  });
  const widget = internals.ref({
    Type: 'Annot',
    Subtype: 'Widget',
    FT: 'Sig',
    Rect: [0, 0, 0, 0],
    V: signature,
    T: new String('Dossier signature'),
    F: 132, // Print (4) + Locked (128)
    P: internals.page.dictionary,
  });
  internals.page.annotations.push(widget);
  // pdfkit ends the AcroForm itself in doc.end() and expects its own form bookkeeping to exist.
  internals._root.data.AcroForm = internals.ref({ Fields: [widget], SigFlags: 3, DR: { Font: {} } }); // SignaturesExist + AppendOnly
  internals._acroform = { fonts: {}, defaultFont: 'sans' };
  signature.end();
  widget.end();
  return {
    offset: () => {
      if (typeof signature.offset !== 'number') throw new Error('signature dictionary not written');
      return signature.offset;
    },
  };
}

async function readAt(file: RandomAccessFile, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await file.read(buffer, 0, length, position);
  return buffer.subarray(0, bytesRead);
}

/** SHA-256 of the byte ranges, read in 4 MiB pieces: the next piece is read (by the thread pool)
 *  while this one is hashed, so reading back a 300 MB dossier costs about its hashing alone. */
export async function hashRanges(file: RandomAccessFile, ranges: readonly [number, number][]): Promise<Buffer> {
  const PIECE = 4 * 1024 * 1024;
  const hash = createHash('sha256');
  const pieces = ranges.flatMap(([start, length]) => Array.from({ length: Math.ceil(length / PIECE) }, (_, i) => [start + i * PIECE, Math.min(PIECE, length - i * PIECE)] as const));
  const buffers = [Buffer.alloc(PIECE), Buffer.alloc(PIECE)];
  const readPiece = async (i: number): Promise<Buffer> => {
    const [position, length] = pieces[i]!;
    const buffer = buffers[i % 2]!;
    for (let done = 0; done < length; ) {
      const { bytesRead } = await file.read(buffer, done, length - done, position + done);
      if (bytesRead === 0) throw new Error('file shorter than its byte range');
      done += bytesRead;
    }
    return buffer.subarray(0, length);
  };
  let next = pieces.length > 0 ? readPiece(0) : null;
  for (let i = 0; next !== null; i += 1) {
    const piece = await next;
    next = i + 1 < pieces.length ? readPiece(i + 1) : null;
    next?.catch(() => undefined); // raised when awaited
    hash.update(piece);
  }
  return hash.digest();
}

/** Fills in /ByteRange and /Contents of the placeholder at `offset` in the written file. */
export async function signWrittenFile(file: RandomAccessFile, offset: number, signer: CmsSigner): Promise<void> {
  const { size } = await file.stat();
  const window = await readAt(file, offset, SIGNATURE_BYTES * 2 + 4096);
  const text = window.toString('latin1');
  const rangeAt = text.indexOf('/ByteRange [');
  const rangeEnd = text.indexOf(']', rangeAt);
  const contentsAt = text.indexOf('/Contents <');
  if (rangeAt < 0 || rangeEnd < 0 || contentsAt < 0) throw new Error('signature placeholder not found');
  const contentsStart = offset + contentsAt + '/Contents '.length;
  const contentsEnd = contentsStart + SIGNATURE_BYTES * 2 + 2;
  if (window[contentsEnd - offset - 1] !== 0x3e) throw new Error('signature placeholder has an unexpected size');
  const byteRange = [0, contentsStart, contentsEnd, size - contentsEnd];
  const slotLength = rangeEnd - rangeAt - '/ByteRange ['.length;
  const rangeText = byteRange.join(' ').padEnd(slotLength, ' ');
  if (rangeText.length !== slotLength) throw new Error('byte range does not fit its placeholder');
  await file.write(Buffer.from(rangeText, 'latin1'), 0, slotLength, offset + rangeAt + '/ByteRange ['.length);
  const digest = await hashRanges(file, [
    [0, contentsStart],
    [contentsEnd, size - contentsEnd],
  ]);
  const cms = buildCms(digest, signer);
  if (cms.length > SIGNATURE_BYTES) throw new Error('signature larger than its placeholder');
  const hex = Buffer.from(cms.toString('hex').padEnd(SIGNATURE_BYTES * 2, '0'), 'latin1');
  await file.write(hex, 0, hex.length, contentsStart + 1);
}
