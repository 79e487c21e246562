// Photos inside the entries: scaled to fit the page and the space left on it, turned upright by
// their EXIF orientation, captioned with their exhibit number and capture time. The JPEG shown is
// the original minus its metadata segments (EXIF, XMP, comments): GPS or device names must not ride
// along into the PDF unseen, and redacted words must not survive inside an image header.
// The evidence index keeps the original file's SHA-256.
import { LaterBytes } from '../documentOutput';
import type { ExhibitAttachment } from '../select';
import type { RenderContext } from './context';
import { letStreamDrain } from './drain';
import { style } from './theme';

/** Below this (about 5 cm) a photo is moved to the next page instead of shrunk to fit. */
const MIN_PHOTO_HEIGHT = 140;

const SOS = 0xda;

/** The segments of a JPEG up to its image data that stay (all but APP1–APP15 and COM), and where
 *  the image data (SOS) starts; null when the file cannot be walked segment by segment. */
export function keptSegments(jpeg: Buffer): { kept: Buffer[]; sos: number } | null {
  if (jpeg[0] !== 0xff || jpeg[1] !== 0xd8) return null;
  const kept: Buffer[] = [jpeg.subarray(0, 2)];
  let pos = 2;
  while (pos + 4 <= jpeg.length) {
    if (jpeg[pos] !== 0xff) return null; // not a segment boundary: the rest cannot be checked
    const marker = jpeg[pos + 1]!;
    if (marker === 0xff) {
      pos += 1; // fill byte
      continue;
    }
    if (marker === SOS) return { kept, sos: pos };
    const length = jpeg.readUInt16BE(pos + 2);
    if (length < 2 || pos + 2 + length > jpeg.length) return null;
    const metadata = (marker >= 0xe1 && marker <= 0xef && marker !== 0xee) || marker === 0xfe;
    if (!metadata) kept.push(jpeg.subarray(pos, pos + 2 + length));
    pos += 2 + length;
  }
  return null;
}

/** Drops APP1–APP15 and COM segments; keeps APP0 (JFIF) and APP14 (Adobe colour transform).
 *  Fails closed: null when the file cannot be walked segment by segment up to its image data, so
 *  metadata that cannot be removed never rides along (issue 9, item 3). */
export function stripJpegMetadata(jpeg: Buffer): Buffer | null {
  const walked = keptSegments(jpeg);
  return walked && Buffer.concat([...walked.kept, jpeg.subarray(walked.sos)]);
}

export function isShownImage(mime: string): boolean {
  return mime === 'image/jpeg' || mime === 'image/png';
}

interface OpenedImage {
  width: number;
  height: number;
  orientation?: number;
}

/** What pdfkit 0.20.2 (pinned) keeps of an opened JPEG, and the parts of the document its
 *  embedding uses. */
interface PdfkitJpeg extends OpenedImage {
  bits?: number;
  colorSpace?: string;
  data: Uint8Array | null;
  obj: unknown;
}
interface JpegRef {
  data: Record<string, unknown>;
  end(): void;
}
interface EmbeddingDoc {
  _security?: unknown;
  _write(data: unknown): void;
  ref(data: object): JpegRef;
}

/** pdfkit's JPEG.embed without the copy pdfkit's reference makes of the bytes (PDFReference's
 *  finalize concatenates its pieces into a new array even when there is one: 3 MB per photo).
 *  pdfkit still writes the object, with the same dictionary in the same key order; only the
 *  stream, which it would write between the dictionary and "endobj", is handed over here.
 *  tests/unit/dossier/embedJpeg.test.ts holds the bytes to doc.image's own. */
export function embedJpeg(doc: RenderContext['doc'], image: PdfkitJpeg, body?: LaterBytes): void {
  const pdf = doc as unknown as EmbeddingDoc;
  const bytes = image.data;
  const ours = !pdf._security && !image.obj && bytes instanceof Uint8Array && image.bits !== undefined;
  // pdfkit's own way would write the header alone: refused rather than a broken image.
  if (!ours && body) throw new Error('a photo read in two parts cannot be embedded by pdfkit');
  if (!ours) return; // pdfkit's own way
  const ref = pdf.ref({ Type: 'XObject', Subtype: 'Image', BitsPerComponent: image.bits, Width: image.width, Height: image.height, ColorSpace: image.colorSpace, Filter: 'DCTDecode' });
  if (image.colorSpace === 'DeviceCMYK') ref.data.Decode = [1.0, 0.0, 1.0, 0.0, 1.0, 0.0, 1.0, 0.0];
  ref.data.Length = bytes.length + (body?.length ?? 0); // where pdfkit's write() would add it: last
  const write = pdf._write;
  pdf._write = (data: unknown) => {
    if (data === 'endobj') {
      write.call(pdf, 'stream');
      write.call(pdf, bytes);
      if (body) write.call(pdf, body);
      write.call(pdf, '\nendstream');
    }
    write.call(pdf, data);
  };
  try {
    ref.end();
  } finally {
    pdf._write = write;
  }
  image.obj = ref;
  image.data = null;
}

/** Draws the image and its caption; returns false when the file cannot be shown (damaged), and
 *  'metadata' when it is a JPEG whose metadata could not be removed (then it is left out). */
export async function drawImage(ctx: RenderContext, attachment: ExhibitAttachment, caption: string, label?: string): Promise<boolean | 'metadata'> {
  const { doc, flow } = ctx;
  let image: OpenedImage;
  let bytes: Buffer;
  let body: LaterBytes | undefined;
  if (attachment.mime === 'image/jpeg') {
    // The header alone (its metadata removed) is enough to lay the photo out: pdfkit reads its size
    // there. The image data after it is written into the file by the vault's thread (`body`).
    const head = await ctx.photoHead(attachment);
    if (head === null) return 'metadata';
    bytes = head.head;
    body = new LaterBytes(head.bodyLength, attachment.id);
  } else {
    bytes = await ctx.loadAttachment(attachment);
  }
  try {
    image = (doc as unknown as { openImage(src: Buffer): OpenedImage }).openImage(bytes);
  } catch {
    return false;
  }
  const orientation = attachment.exif?.orientation;
  image.orientation = orientation && orientation >= 1 && orientation <= 8 ? orientation : 1;
  const turned = image.orientation > 4;
  const width = turned ? image.height : image.width;
  const height = turned ? image.width : image.height;
  const maxWidth = flow.width;
  const maxHeight = Math.min(flow.pageHeight * 0.55, 380);
  let scale = Math.min(maxWidth / width, maxHeight / height, 1);
  // Caption (measured: a long file name wraps) and label stay on the photo's page.
  // (at least the two lines `paragraph` keeps together).
  const below = Math.max(flow.measure(caption, style.small, flow.width), 25) + 10;
  const above = label ? 16 : 0;
  // Shrunk to the space left on this page rather than leaving it half empty (issue 9, item 6);
  // onto the next page only when what is left would make it too small to read.
  const room = flow.room - below - above - 4;
  if (height * scale > room) {
    if (room >= Math.max(MIN_PHOTO_HEIGHT, height * scale * 0.4)) scale = room / height;
    else flow.newPage();
  }
  const w = width * scale;
  const h = height * scale;
  if (label) flow.paragraph(label, 'label', { after: 3 });
  const top = doc.y + 2;
  flow.tag(
    'Figure',
    () => {
      // Embedded where doc.image would embed it, so the objects keep their numbers and order.
      if (attachment.mime === 'image/jpeg') embedJpeg(doc, image as PdfkitJpeg, body);
      doc.image(image as never, flow.left, top, { width: w, height: h });
    },
    { alt: caption },
  );
  doc.x = flow.left;
  doc.y = top + h + 3;
  flow.paragraph(caption, 'small', { after: 8 });
  await letStreamDrain();
  return true;
}
