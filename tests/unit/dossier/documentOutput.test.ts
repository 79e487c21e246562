// The export takes pdfkit's output straight from its _write (main/dossier/documentOutput.ts, issue 9
// bench) instead of through the document stream: the file must be the same bytes, in the same
// order, with pdfkit's own offsets (the xref) still right, and the stream must still end.
import { describe, expect, it } from 'vitest';
import { writeDocumentTo } from '../../../main/dossier/documentOutput';
import { fontPaths } from '../../../main/dossier/render/theme';
import { testJpeg } from '../../integration/dossierFixture';
import { pdfBytes, type Doc } from './pdfBytes';

const photo = testJpeg();

function draw(doc: Doc): void {
  doc.registerFont('sans', fontPaths().sans);
  doc.font('sans').fontSize(10);
  for (let i = 0; i < 400; i += 1) doc.text(`Сообщение ${i}: «Где ты?» — ${'ёлка '.repeat(i % 13)}`);
  doc.addPage();
  doc.image(photo, { width: 200 });
  const ref = doc.ref({ Type: 'EmbeddedFile' });
  ref.compress = false;
  ref.end(Buffer.alloc(300 * 1024, 7)); // larger than a text block
  doc.text('После фото — ещё текст. Ł ł ß');
}

const options = { compress: true, bufferPages: true, pdfVersion: '1.7' };

async function direct(): Promise<{ bytes: Buffer; pieces: number; streamed: number }> {
  const chunks: Uint8Array[] = [];
  let flush = () => undefined as void;
  const streamed = await pdfBytes(draw, options, (doc) => (flush = writeDocumentTo(doc, { write: (c) => chunks.push(c), later: () => { throw new Error('no photo here'); } })));
  flush();
  return { bytes: Buffer.concat(chunks), pieces: chunks.length, streamed: streamed.length };
}

describe('the document written straight from pdfkit', () => {
  it('is byte for byte the file the document stream gives, and ends', async () => {
    const [expected, got] = await Promise.all([pdfBytes(draw, options), direct()]);
    expect(expected.length).toBeGreaterThan(300 * 1024);
    expect(got.bytes.equals(expected)).toBe(true);
    expect(got.streamed).toBe(0); // nothing went through the stream as well
    // Gathered into blocks: far fewer pieces than pdfkit's thousands of writes.
    expect(got.pieces).toBeLessThan(40);
  });
});
