// The dossier's fast text path (main/dossier/render/typeset.ts, issue 9 bench) must write exactly
// what pdfkit writes for the same text: two uncompressed documents, one drawn by pdfkit's
// doc.text, one by the Typesetter / Flow, must be the same bytes. If a pdfkit upgrade changes how
// it draws text, this fails instead of the dossier silently drawing differently.
import { describe, expect, it } from 'vitest';
import { Flow } from '../../../main/dossier/render/flow';
import { fontPaths, PAGE, style } from '../../../main/dossier/render/theme';
import { Typesetter } from '../../../main/dossier/render/typeset';
import { pdfBytes, type Doc } from './pdfBytes';

function withFonts(doc: Doc): void {
  const fonts = fontPaths();
  doc.registerFont('sans', fonts.sans);
  doc.registerFont('bold', fonts.bold);
  doc.registerFont('mono', fonts.mono);
}

const bytesOf = (draw: (doc: Doc) => void) => pdfBytes(draw, {}, withFonts);

// Cyrillic of all three languages, kerning pairs (AV, To, Ту), a combining mark drawn with an
// offset (и + U+0306), a tab, spaces at both ends, a no-break space in a number, № and « ».
const LINES = [
  'Вечером он снова пришёл пьяный и начал кричать',
  'AVATAR To Tyre Ту «Так» № 12 345',
  'Сяргей ўзяў ключы і сказаў: «Ґанок, є, ї»',
  'и\u0306 combining mark и\u0306 again',
  'tab\there  trailing spaces   ',
  '  leading',
  '18:30',
  '',
];

describe('typesetting lines without pdfkit text()', () => {
  it('writes the same bytes as doc.text(…, { lineBreak: false }), and measures like doc.widthOfString', async () => {
    const sizes: [string, number][] = [
      ['sans', 8],
      ['bold', 9.5],
      ['mono', 7.5],
      ['sans', 17],
    ];
    const widths: number[][] = [[], []];
    const byPdfkit = await bytesOf((doc) => {
      sizes.forEach(([font, size], k) => {
        doc.font(font).fontSize(size);
        LINES.forEach((line, i) => {
          widths[0]!.push(doc.widthOfString(line));
          doc.text(line, 40 + k * 3.3, 60 + (k * LINES.length + i) * 21.7, { lineBreak: false });
          widths[0]!.push(doc.x);
        });
      });
    });
    const byTypesetter = await bytesOf((doc) => {
      const typeset = new Typesetter(doc);
      expect(typeset.ready).toBe(false); // pdfkit's standard Helvetica: no layout cache
      sizes.forEach(([font, size], k) => {
        doc.font(font).fontSize(size);
        expect(typeset.ready).toBe(true);
        LINES.forEach((line, i) => {
          widths[1]!.push(typeset.width(line));
          typeset.line(line, 40 + k * 3.3, 60 + (k * LINES.length + i) * 21.7);
          widths[1]!.push(doc.x);
        });
      });
    });
    expect(widths[1]).toEqual(widths[0]);
    expect(byTypesetter.toString('latin1')).toBe(byPdfkit.toString('latin1'));
  });

  it('draws wrapped table cells and paragraphs as doc.text with a width does, page breaks left to pdfkit', async () => {
    const long = 'Он преследовал меня от работы до остановки и стоял у подъезда до ночи. He sent a threat by text message at night and then called again.\nНовая строка после переноса.\n\nИ ещё одна, после пустой.';
    const width = 300;
    const tops = [70, 400, 760];
    const byPdfkit = await bytesOf((doc) => {
      const flow = new Flow(doc);
      for (const top of tops) {
        flow.use(style.cell);
        doc.text(long, 60, top, { width, lineGap: style.cell.lineGap });
        doc.x = 60;
      }
    });
    const byFlow = await bytesOf((doc) => {
      const flow = new Flow(doc);
      for (const top of tops) {
        const fit = flow.fit(long, style.cell, width);
        // The last one would cross the page foot: pdfkit's own wrapper carries it over.
        expect(fit.lines?.length).toBeGreaterThan(3);
        flow.boxText(long, style.cell, 60, top, width, 'left', fit);
      }
    });
    expect(byFlow.toString('latin1')).toBe(byPdfkit.toString('latin1'));
  });

  it('draws a heading of one line as doc.text with a width draws it, on a new page too', async () => {
    const titles = ['Запись 17 · Событие №17', 'Раздел 4. Переписка и звонки', 'AVATAR To Tyre'];
    // The heading as it was drawn before the Typesetter: pdfkit's wrapper, always.
    const byPdfkit = await bytesOf((doc) => {
      const flow = new Flow(doc);
      for (const [i, title] of titles.entries()) {
        if (i === titles.length - 1) doc.y = flow.bottom - 10; // the last one starts a page
        flow.ensure(flow.measure(title, style.h2, flow.width) + 10 + 6);
        if (doc.y > PAGE.margin.top + 1) doc.y += 10;
        flow.tag('H2', () => flow.wrapped(title, style.h2, flow.left, doc.y, flow.width));
        doc.y += 3;
      }
    });
    const byFlow = await bytesOf((doc) => {
      const flow = new Flow(doc);
      for (const [i, title] of titles.entries()) {
        if (i === titles.length - 1) doc.y = flow.bottom - 10;
        flow.heading(2, title, 0);
      }
    });
    expect(byFlow.toString('latin1')).toBe(byPdfkit.toString('latin1'));
  });
});
