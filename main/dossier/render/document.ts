// The pdfkit document as the dossier needs it: PDF/A-3b (archival, and the level that allows the
// embedded manifest), tagged with the document language, DejaVu and Noto Emoji fonts embedded,
// pages kept in memory until the end so "page X of Y" and the contents list can be written last.
import PDFDocument from 'pdfkit';
import type { DossierOptions } from '../../../shared/dossierOptions';
import { LOCALES } from '../i18n';
import { bufferPageContent } from './pageBuffer';
import { fontPaths, PAGE } from './theme';

export type Doc = InstanceType<typeof PDFDocument>;

export interface DocumentMeta {
  title: string;
  subject: string;
  author?: string | undefined;
  fingerprint: string;
  certificateSha256: string;
  createdAt: Date;
}

/** XMP is written by pdfkit without escaping: keep metadata text free of XML's special characters
 *  (the same text goes to Info, and PDF/A wants the two to agree). */
export function metadataText(text: string): string {
  return text.replace(/[<>&"]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 300);
}

export function createDocument(options: DossierOptions, meta: DocumentMeta): Doc {
  const doc = new PDFDocument({
    size: options.paper === 'Letter' ? 'LETTER' : 'A4',
    margins: PAGE.margin,
    pdfVersion: '1.7',
    subset: 'PDF/A-3b',
    tagged: true,
    lang: LOCALES[options.language],
    displayTitle: true,
    bufferPages: true,
    autoFirstPage: false,
    info: {
      Title: metadataText(meta.title),
      Subject: metadataText(meta.subject),
      ...(meta.author ? { Author: metadataText(meta.author) } : {}),
      Keywords: `dossier sha256:${meta.fingerprint}`,
      Creator: 'Dossier',
      Producer: 'Dossier (PDFKit)',
      CreationDate: meta.createdAt,
    },
  });
  // Read back by `dossier verify`: the fingerprint the pages show, and the certificate that must
  // have made the signature. Custom Info keys have no XMP counterpart, which PDF/A allows.
  const info = doc.info as unknown as Record<string, string>;
  info.DossierFingerprint = meta.fingerprint;
  info.DossierCertificate = meta.certificateSha256;
  const fonts = fontPaths();
  doc.registerFont('sans', fonts.sans);
  doc.registerFont('bold', fonts.bold);
  doc.registerFont('mono', fonts.mono);
  doc.registerFont('emoji', fonts.emoji);
  bufferPageContent(doc);
  gatherWrites(doc);
  doc.addPage();
  doc.font('sans');
  return doc;
}

/** Below this a piece waits to go out with the next ones; a page's content or a photo goes as is. */
const GATHER_BYTES = 64 * 1024;

/** pdfkit pushes each object into its output stream in pieces ("12 0 obj", the dictionary,
 *  "endobj"), each piece a trip through Node's stream machinery and the 'data' listeners, and
 *  turns each string into bytes in a JavaScript loop. A message log's 20,000 row elements alone
 *  are 60,000 such pushes (issue 9, bench). Small pieces are gathered into blocks instead: the
 *  same bytes in the same order, and pdfkit's byte offsets (the cross-reference table) unchanged. */
function gatherWrites(doc: Doc): void {
  const internals = doc as unknown as { _offset: number; _write(data: unknown): void; push(chunk: Uint8Array | null): boolean };
  const push = internals.push.bind(doc);
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  const flush = () => {
    if (pendingBytes === 0) return;
    const block = pending.length === 1 ? pending[0]! : Buffer.concat(pending, pendingBytes);
    pending = [];
    pendingBytes = 0;
    push(block);
  };
  // Anything pushed directly (the end of the document: null) goes after what waits.
  internals.push = (chunk) => {
    flush();
    return push(chunk);
  };
  internals._write = (data) => {
    // As pdfkit's fromBinaryString: each character's low byte, a line feed after a string.
    const chunk = data instanceof Uint8Array ? data : Buffer.from(`${String(data)}\n`, 'latin1');
    internals._offset += chunk.length;
    if (chunk.length >= GATHER_BYTES) {
      flush();
      push(chunk);
      return;
    }
    pending.push(chunk);
    pendingBytes += chunk.length;
    if (pendingBytes >= GATHER_BYTES) flush();
  };
}
