// A footer piece drawn once by pdfkit and written again on the other pages
// (main/dossier/render/pageFurniture.ts sameOnEveryPage) must be the same bytes as pdfkit's doc.text
// on every page, including pages of another size (laid out again there) and a text cut with "…".
import { describe, expect, it } from 'vitest';
import { sameOnEveryPage } from '../../../main/dossier/render/pageFurniture';
import { fontPaths } from '../../../main/dossier/render/theme';
import { pdfBytes, type Doc } from './pdfBytes';

function withFonts(doc: Doc): void {
  doc.registerFont('sans', fontPaths().sans);
  doc.registerFont('mono', fontPaths().mono);
}

const LONG = 'Дело № 2-1234/2026 · Заводской районный суд г. Минска · очень длинная ссылка, которая не помещается';

function footers(doc: Doc, replay: boolean): void {
  const caseLine = replay ? sameOnEveryPage(doc) : (draw: () => void) => draw();
  const fingerprintLine = replay ? sameOnEveryPage(doc) : (draw: () => void) => draw();
  for (const size of ['A4', 'A4', 'LETTER', 'LETTER', 'A4'] as const) {
    doc.addPage({ size, margins: { top: 56, bottom: 0, left: 56, right: 56 } });
    const y = doc.page.height - 40;
    doc.font('sans').fontSize(7.5).fillColor('#5b6470');
    caseLine(() => doc.text(LONG, 56, y, { width: 201, lineBreak: false, ellipsis: true, height: 10 }));
    const after = [doc.x, doc.y];
    doc.text(`Страница ${doc.page.height}`, 217, y, { width: 161, align: 'center', lineBreak: false });
    doc.font('mono').fontSize(7.5);
    fingerprintLine(() => doc.text('Отпечаток 0a1b2c3d 4e5f6a7b', 358, y, { width: 181, align: 'right', lineBreak: false }));
    doc.font('sans').text(`${after.join(' ')} ${doc.x} ${doc.y}`, 56, 100, { lineBreak: false });
  }
}

describe('footers the same on every page', () => {
  it('writes what doc.text writes on each page, and leaves x and y where it does', async () => {
    const options = { autoFirstPage: false };
    const byPdfkit = await pdfBytes((doc) => footers(doc, false), options, withFonts);
    const replayed = await pdfBytes((doc) => footers(doc, true), options, withFonts);
    expect(replayed.toString('latin1')).toContain('TJ');
    expect(replayed.equals(byPdfkit)).toBe(true);
  });
});
