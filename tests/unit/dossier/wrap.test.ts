// wrap.ts replays pdfkit's line wrapper for table cells and paragraphs (issue 9, bench): wherever it
// answers, its lines must be pdfkit's own, for real message texts at many widths, in every font.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { fontPaths } from '../../../main/dossier/render/theme';
import { Typesetter } from '../../../main/dossier/render/typeset';
import { wrapLines } from '../../../main/dossier/render/wrap';

type Doc = InstanceType<typeof PDFDocument>;
const FIXTURES = join(__dirname, '../../../../shared/fixtures/messages');

function document(): Doc {
  const doc = new PDFDocument({ size: 'A4' });
  const fonts = fontPaths();
  doc.registerFont('sans', fonts.sans);
  doc.registerFont('bold', fonts.bold);
  doc.registerFont('mono', fonts.mono);
  return doc;
}

/** The lines pdfkit's own wrapper gives doc.text(text, { width }). */
function pdfkitLines(doc: Doc, text: string, width: number): string[] {
  const lines: string[] = [];
  const inner = doc as unknown as { _text(t: string, x: number, y: number, o: object, cb: (line: string) => void): void };
  inner._text(text, 50, 50, { width, height: Infinity }, (line) => lines.push(line));
  return lines;
}

/** Real message texts: every line of the WhatsApp and SMS fixtures, and paragraphs made of them. */
function texts(): string[] {
  const lines: string[] = [];
  for (const dir of ['whatsapp', 'sms-backup-restore', 'telegram']) {
    for (const file of readdirSync(join(FIXTURES, dir))) lines.push(...readFileSync(join(FIXTURES, dir, file), 'utf8').split(/\r?\n/).filter((l) => l.trim() !== ''));
  }
  const paragraphs = [];
  for (let i = 0; i + 3 < lines.length; i += 3) paragraphs.push(lines.slice(i, i + 3).join(i % 2 ? ' ' : '\n'));
  return [
    ...lines,
    ...paragraphs,
    'Он преследовал меня от работы до остановки и стоял у подъезда до ночи.\n\nИ ещё одна, после пустой.\n',
    'Сине-зелёный, кто-то — сказал: «Ты пожалеешь» (0-1000)   trailing   ',
    '\nfirst line empty',
    'tab\tseparated\twords and https://example.org/a/very/long/path?with=query&and=more',
  ];
}

describe('wrapping text as pdfkit wraps it', () => {
  it('gives pdfkit’s lines wherever it answers, and answers for most real texts', () => {
    const doc = document();
    const typeset = new Typesetter(doc);
    let answered = 0;
    let asked = 0;
    for (const [font, size] of [['sans', 8.5], ['bold', 9], ['mono', 7.5]] as const) {
      doc.font(font).fontSize(size);
      for (const text of texts()) {
        for (const width of [60, 150, 296.1]) {
          asked += 1;
          const lines = wrapLines(text, width, (word) => typeset.width(word));
          if (lines === null) continue;
          answered += 1;
          expect(lines, `${font} ${size} ${width}: ${text}`).toEqual(pdfkitLines(doc, text, width));
        }
      }
    }
    expect(answered / asked).toBeGreaterThan(0.8);
  });

  it('leaves to pdfkit a soft hyphen and a word wider than the line (pdfkit cuts it letter by letter)', () => {
    const doc = document();
    const typeset = new Typesetter(doc);
    doc.font('sans').fontSize(9);
    expect(wrapLines('Пере\u00adнос слова', 300, (w) => typeset.width(w))).toBeNull();
    expect(wrapLines('https://example.org/a/very/long/path/that/never/fits', 40, (w) => typeset.width(w))).toBeNull();
    expect(wrapLines('', 100, (w) => typeset.width(w))).toEqual(pdfkitLines(doc, '', 100));
  });
});
