// The whole file an uncompressed pdfkit document becomes, for tests that hold the dossier's own
// drawing to pdfkit's byte for byte (typeset, embedFile). A fixed creation date keeps the
// document ID the same between the two documents compared.
import PDFDocument from 'pdfkit';

export type Doc = InstanceType<typeof PDFDocument>;

export async function pdfBytes(draw: (doc: Doc) => void, options: Record<string, unknown> = {}, setup: (doc: Doc) => void = () => undefined): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', compress: false, info: { CreationDate: new Date('2024-03-05T15:30:00Z') }, ...options });
  setup(doc);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise((resolve) => doc.on('end', resolve));
  draw(doc);
  doc.end();
  await ended;
  return Buffer.concat(chunks);
}
