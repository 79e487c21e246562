// A photo handed to pdfkit must reach the file before the document ends: the export's promise chain
// never waits on real I/O (SQLCipher reads are synchronous), so without a turn of the event loop
// the document stream kept every photo queued (the 340 MB behind the bench's 692 MB peak).
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { letStreamDrain } from '../../../main/dossier/render/drain';

/** Draws three 1 MB objects the way an export does (awaiting only resolved promises) and returns
 *  how many bytes the stream still held after each, with or without letting it drain. */
async function queuedAfterEach(drain: boolean): Promise<number[]> {
  const doc = new PDFDocument({ bufferPages: true, autoFirstPage: false });
  let received = 0;
  doc.on('data', (chunk: Uint8Array) => (received += chunk.length));
  doc.addPage();
  doc.text('Запись 1');
  const queued: number[] = [];
  for (let i = 0; i < 3; i += 1) {
    await Promise.resolve(Buffer.alloc(1024 * 1024, i)); // a synchronous vault read, as a promise
    const ref = doc.ref({});
    ref.compress = false;
    ref.end(Buffer.alloc(1024 * 1024, i));
    if (drain) await letStreamDrain();
    queued.push(doc.readableLength);
  }
  doc.end();
  if (drain) expect(received).toBeGreaterThan(3 * 1024 * 1024);
  return queued;
}

describe('the document stream while photos are drawn', () => {
  it('holds photos until the end when nothing lets it drain (control)', async () => {
    expect((await queuedAfterEach(false)).at(-1)).toBeGreaterThan(3 * 1024 * 1024);
  });

  it('passes each photo on once the export lets it drain', async () => {
    expect(await queuedAfterEach(true)).toEqual([0, 0, 0]);
  });
});
