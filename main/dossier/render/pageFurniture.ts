// Written after all content, when the page count is known: the footer of every page ("page X of
// Y", case reference, short fingerprint) and the contents list on the cover with page numbers.
import type { RenderContext } from './context';
import { SECTION_ORDER, type ContentsSlot } from './cover';
import type { Doc } from './document';
import { colour, PAGE } from './theme';

export function shortFingerprint(fingerprint: string): string {
  return `${fingerprint.slice(0, 8)} ${fingerprint.slice(8, 16)}`;
}

export function drawContents(ctx: RenderContext, slot: ContentsSlot): void {
  const { doc, flow, s, fmt } = ctx;
  doc.switchToPage(slot.page);
  let y = slot.y;
  const toc = doc.struct('TOC');
  doc.addStructure(toc);
  for (const id of SECTION_ORDER) {
    const page = ctx.sectionPages.get(id);
    if (page === undefined) continue;
    const title = s.sections[id];
    const number = fmt.number(page + 1);
    toc.add(
      doc.struct('TOCI', {}, () => {
        flow.use('body');
        const numberWidth = doc.widthOfString(number);
        doc.text(title, flow.left, y, { width: flow.width - numberWidth - 30, goTo: `section-${id}`, lineBreak: false });
        const titleEnd = flow.left + doc.widthOfString(title) + 4;
        doc.text(number, flow.left + flow.width - numberWidth, y, { lineBreak: false, goTo: `section-${id}` });
        doc.save().moveTo(titleEnd, y + 8).lineTo(flow.left + flow.width - numberWidth - 4, y + 8).dash(1, { space: 2.5 }).lineWidth(0.5).strokeColor(colour.rule).stroke().undash().restore();
      }),
    );
    y += 16;
  }
  toc.end();
}

interface PageState {
  _font: { id: string; ref(): unknown };
  page: { width: number; height: number; fonts: Record<string, unknown>; write(data: unknown): void };
}

/** A `doc.text` call that draws the same text at the same place on every page (the case reference,
 *  the fingerprint): pdfkit lays it out on the first page (a line wrapper each time, for the width
 *  and the ellipsis), and its operators are written again on the other pages of the same size,
 *  which is byte for byte what the call writes there (issue 9, bench: 2,000+ calls in a
 *  1,000-page dossier). */
export function sameOnEveryPage(doc: Doc): (draw: () => void) => void {
  let copy: { ops: unknown[]; font: unknown; width: number; height: number; x: number; y: number } | null = null;
  return (draw) => {
    const state = doc as unknown as PageState;
    const page = state.page;
    if (copy && copy.font === state._font && copy.width === page.width && copy.height === page.height) {
      for (const op of copy.ops) page.write(op);
      // What the call does besides writing: the font in the page's resources, and x and y.
      if (page.fonts[state._font.id] == null) page.fonts[state._font.id] = state._font.ref();
      doc.x = copy.x;
      doc.y = copy.y;
      return;
    }
    const ops: unknown[] = [];
    const write = page.write;
    page.write = (data: unknown) => {
      ops.push(data);
      write.call(page, data);
    };
    try {
      draw();
    } finally {
      page.write = write;
    }
    copy = { ops, font: state._font, width: page.width, height: page.height, x: doc.x, y: doc.y };
  };
}

/** The footer is an artifact (pagination), not part of the reading order. */
export function drawFooters(ctx: RenderContext): number {
  const { doc, flow, s, fmt } = ctx;
  const { start, count } = doc.bufferedPageRange();
  const caseText = ctx.options.caseReference ? ctx.data.redactor.text(ctx.options.caseReference) : s.footer.noCase;
  const total = fmt.number(count);
  const caseLine = sameOnEveryPage(doc);
  const fingerprintLine = sameOnEveryPage(doc);
  for (let i = start; i < start + count; i += 1) {
    doc.switchToPage(i);
    // Drawing below the bottom margin would make pdfkit start a new page: lift the margin first.
    const bottomMargin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const y = doc.page.height - PAGE.margin.bottom + PAGE.footerGap;
    doc.markContent('Artifact', { type: 'Pagination' });
    doc.moveTo(flow.left, y - 6).lineTo(flow.left + flow.width, y - 6).lineWidth(0.4).strokeColor(colour.rule).stroke();
    doc.font('sans').fontSize(7.5).fillColor(colour.muted);
    const third = flow.width / 3;
    caseLine(() => doc.text(caseText, flow.left, y, { width: third + 40, lineBreak: false, ellipsis: true, height: 10 }));
    doc.text(s.footer.page(fmt.number(i + 1), total), flow.left + third, y, { width: third, align: 'center', lineBreak: false });
    doc.font('mono').fontSize(7.5);
    fingerprintLine(() => doc.text(`${s.footer.fingerprint} ${shortFingerprint(ctx.fingerprint)}`, flow.left + 2 * third - 20, y, { width: third + 20, align: 'right', lineBreak: false }));
    doc.endMarkedContent();
    doc.page.margins.bottom = bottomMargin;
  }
  return count;
}
