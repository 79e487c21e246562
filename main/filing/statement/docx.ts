// Word layout of the statement (the `docx` library): Times New Roman 14 pt as courts expect, the
// header on the right, blanks as a highlighted line with their hint in italics, so she sees at a
// glance what is left to fill in. The file's properties carry no name, no title, no vault detail.
import { AlignmentType, Document, Packer, PageBreak, Paragraph, TextRun, type IParagraphOptions } from 'docx';
import type { Block, BlockStyle, Part } from './model';

const BLANK_LINE = '____________';

const LAYOUT: Record<Exclude<BlockStyle, 'pageBreak'>, Partial<IParagraphOptions> & { bold?: boolean; size?: number }> = {
  coverTitle: { alignment: AlignmentType.LEFT, bold: true, size: 32, spacing: { after: 240 } },
  cover: { alignment: AlignmentType.LEFT, spacing: { after: 200 } },
  right: { alignment: AlignmentType.LEFT, indent: { left: 4800 }, spacing: { after: 60 } },
  title: { alignment: AlignmentType.CENTER, bold: true, spacing: { before: 360, after: 60 } },
  subtitle: { alignment: AlignmentType.CENTER, spacing: { after: 60 } },
  para: { alignment: AlignmentType.JUSTIFIED, indent: { firstLine: 709 }, spacing: { before: 120, after: 120 } },
  heading: { alignment: AlignmentType.LEFT, bold: true, spacing: { before: 200, after: 80 } },
  item: { alignment: AlignmentType.JUSTIFIED, spacing: { after: 80 } },
  signature: { alignment: AlignmentType.LEFT, spacing: { before: 480 } },
};

function runs(parts: readonly Part[], bold: boolean, size: number | undefined): TextRun[] {
  return parts.flatMap((part) =>
    typeof part === 'string'
      ? [new TextRun({ text: part, bold, size })]
      : [new TextRun({ text: BLANK_LINE, highlight: 'yellow', size }), new TextRun({ text: ` (${part.blank})`, italics: true, size: 22 })],
  );
}

function paragraph(block: Block): Paragraph {
  if (block.style === 'pageBreak') return new Paragraph({ children: [new PageBreak()] });
  const { bold = false, size, ...options } = LAYOUT[block.style];
  return new Paragraph({ ...options, children: runs(block.parts, bold, size) });
}

export async function statementDocx(blocks: readonly Block[], language: 'ru' | 'be'): Promise<Buffer> {
  const document = new Document({
    creator: '',
    lastModifiedBy: '',
    title: '',
    description: '',
    styles: { default: { document: { run: { font: 'Times New Roman', size: 28, language: { value: language === 'be' ? 'be-BY' : 'ru-RU' } } } } },
    sections: [{ properties: { page: { margin: { top: 1134, bottom: 1134, left: 1701, right: 850 } } }, children: blocks.map(paragraph) }],
  });
  return Packer.toBuffer(document);
}
