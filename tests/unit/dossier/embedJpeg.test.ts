// A photo in the dossier is embedded by embedJpeg (main/dossier/render/images.ts, issue 9 bench),
// which hands pdfkit's object its bytes without pdfkit's copy of them: the file must be exactly
// what doc.image alone writes, for one photo, two, and the same photo drawn twice.
import { describe, expect, it } from 'vitest';
import { embedJpeg } from '../../../main/dossier/render/images';
import { testJpeg } from '../../integration/dossierFixture';
import { pdfBytes, type Doc } from './pdfBytes';

const photos = [testJpeg(320, 200), testJpeg(200, 300, 70, 40)];

function draw(doc: Doc, ours: boolean): void {
  const open = (bytes: Buffer) => (doc as unknown as { openImage(src: Buffer): never }).openImage(bytes);
  const images = photos.map(open);
  doc.text('Фото 1');
  images.forEach((image, i) => {
    if (ours) {
      embedJpeg(doc, image);
      expect((image as { data: unknown }).data).toBeNull(); // embedded here, not by pdfkit
    }
    doc.image(image, 50, 100 + i * 300, { width: 200 });
  });
  doc.addPage();
  if (ours) embedJpeg(doc, images[0]!); // already embedded: nothing more is written
  doc.image(images[0]!, 50, 50, { width: 100 });
}

describe('photos embedded without pdfkit copying them', () => {
  it('are the same bytes doc.image writes', async () => {
    const byPdfkit = await pdfBytes((doc) => draw(doc, false), { pdfVersion: '1.7' });
    const ours = await pdfBytes((doc) => draw(doc, true), { pdfVersion: '1.7' });
    expect(byPdfkit.toString('latin1')).toContain('/DCTDecode');
    expect(byPdfkit.toString('latin1').match(/\/Subtype \/Image/g)).toHaveLength(2);
    expect(ours.equals(byPdfkit)).toBe(true);
  });
});
