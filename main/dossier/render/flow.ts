// The layout engine over pdfkit: text blocks, label/value lists and tables that break across pages
// cleanly (headings never orphaned at a page foot, table headers repeated, rows never split unless
// a single row is taller than a page). Every piece of text is tagged (PDF structure) so screen
// readers and text extraction follow the reading order; rules and shading are marked as artifacts.
import type PDFDocument from 'pdfkit';
import type { Glyphs, Run } from './glyphs';
import { colour, PAGE, style, type StyleName, type TextStyle } from './theme';
import { TextBoxes, type Fit } from './textBox';

export type { Fit } from './textBox';

type Doc = InstanceType<typeof PDFDocument>;
type StructElement = ReturnType<Doc['struct']>;

export interface Column {
  title: string;
  /** Share of the content width (the shares of a table add up to 1). */
  share: number;
  align?: 'left' | 'right';
  style?: StyleName;
}

export type Cell = string | { text: string; style: StyleName };
/** A full-width row that names the rows under it (a day in a message log); repeated at the top of
 *  a new page so short times ("18:30") always have their date in sight. */
export interface GroupRow {
  group: string;
}
export type Row = Cell[] | GroupRow;

const PAD = 3;

export class Flow {
  readonly left = PAGE.margin.left;
  readonly width: number;
  readonly bottom: number;
  private section: StructElement | null = null;
  private readonly text: TextBoxes;

  /** `glyphs` picks the font for characters DejaVu lacks (emoji); without it, all is DejaVu. */
  constructor(
    readonly doc: Doc,
    readonly glyphs?: Glyphs,
  ) {
    this.width = doc.page.width - PAGE.margin.left - PAGE.margin.right;
    this.bottom = doc.page.height - PAGE.margin.bottom;
    this.text = new TextBoxes(doc, this.bottom, glyphs);
  }

  get y(): number {
    return this.doc.y;
  }

  set y(value: number) {
    this.doc.y = value;
  }

  /** Room left on this page. */
  get room(): number {
    return this.bottom - this.doc.y;
  }

  get pageHeight(): number {
    return this.bottom - PAGE.margin.top;
  }

  /** Sets font, size and colour, skipping what is already set (see TextBoxes.use). */
  use(name: StyleName | TextStyle): TextStyle {
    return this.text.use(name);
  }

  newPage(): void {
    this.doc.addPage();
    this.doc.x = this.left;
  }

  ensure(height: number): void {
    if (this.doc.y + height > this.bottom) this.newPage();
  }

  gap(points: number): void {
    if (this.doc.y + points < this.bottom) this.doc.y += points;
  }

  /** A structure element (Sect, Part…) that the following blocks hang under. */
  openSection(type: string, title: string): void {
    this.closeSection();
    this.section = this.doc.struct(type, { title });
    this.doc.addStructure(this.section);
  }

  closeSection(): void {
    this.section?.end();
    this.section = null;
  }

  /** Tags what `draw` puts on the page as one structure element of `type`. */
  tag(type: string, draw: () => void, options: { alt?: string } = {}): void {
    const element = this.doc.struct(type, options, draw);
    if (this.section) this.section.add(element);
    else this.doc.addStructure(element);
  }

  artifact(draw: () => void): void {
    this.doc.markContent('Artifact');
    draw();
    this.doc.endMarkedContent();
  }

  /** How `text` sits in a box of `width` (see TextBoxes.fit). */
  fit(text: string, s: TextStyle, width: number): Fit {
    return this.text.fit(text, s, width);
  }

  measure(text: string, s: TextStyle, width: number): number {
    return this.text.measure(text, s, width);
  }

  boxText(text: string, s: TextStyle, x: number, y: number, width: number, align: 'left' | 'right' = 'left', fitted?: Fit): void {
    this.text.boxText(text, s, x, y, width, align, fitted);
  }

  wrapped(text: string, s: TextStyle, x: number, y: number, width: number, align: 'left' | 'right' = 'left', runs?: Run[] | null): void {
    this.text.wrapped(text, s, x, y, width, align, runs); // undefined: TextBoxes finds the runs
  }

  /** Heading with keep-with-next: it moves to the next page unless `keep` points of what follows fit. */
  heading(level: 1 | 2 | 3, text: string, keep = 60): number {
    const s = style[`h${level}`];
    const before = level === 1 ? 0 : level === 2 ? 10 : 6;
    const fit = this.fit(text, s, this.width);
    this.ensure(fit.height + before + 6 + keep);
    if (this.doc.y > PAGE.margin.top + 1) this.doc.y += before;
    const top = this.doc.y;
    this.tag(`H${level}`, () => {
      // One line: what pdfkit's wrapper would draw for it, and where it would leave y.
      if (fit.single !== null && !fit.runs) {
        this.use(s); // measured before `ensure`, which may have started a page
        this.text.line(text, this.left, top, fit.words);
        this.doc.x = this.left;
        this.doc.y = top + (this.doc.currentLineHeight(true) + this.text.lineGap(s));
      } else this.wrapped(text, s, this.left, top, this.width, 'left', fit.runs);
    });
    if (level === 1) {
      const y = this.doc.y + 2;
      this.artifact(() => this.doc.moveTo(this.left, y).lineTo(this.left + this.width, y).lineWidth(0.8).strokeColor(colour.accent).stroke());
      this.doc.y = y + 8;
    } else this.doc.y += 3;
    return top;
  }

  /** `keep`: points of what follows that must fit on the same page (a label is never the last
   *  line of a page, issue 9, item 6). */
  paragraph(text: string, name: StyleName = 'body', options: { indent?: number; after?: number; keep?: number } = {}): void {
    const s = style[name];
    const indent = options.indent ?? 0;
    // Two lines must fit here (no widow line at a page foot). Not measured exactly: a long text
    // would be laid out twice, and pdfkit carries the rest over to the next page anyway.
    this.ensure(2 * (s.size * 1.2 + s.lineGap) + 2 + (options.keep ?? 0));
    this.tag('P', () => {
      this.boxText(text, s, this.left + indent, this.doc.y, this.width - indent);
    });
    this.doc.x = this.left;
    this.doc.y += options.after ?? 5;
  }

  /** Label / value pairs, e.g. the fields of an entry. Long values flow over pages. */
  fields(rows: readonly [string, string][], labelShare = 0.27): void {
    const labelWidth = Math.round(this.width * labelShare);
    const valueX = this.left + labelWidth + 8;
    const valueWidth = this.width - labelWidth - 8;
    for (const [label, value] of rows) {
      const labelFit = this.fit(label, style.label, labelWidth);
      const valueFit = this.fit(value, style.body, valueWidth);
      const height = Math.max(labelFit.height, valueFit.height);
      if (height <= this.pageHeight) this.ensure(height + 2);
      else this.ensure(60);
      const top = this.doc.y;
      this.tag('P', () => {
        this.boxText(label, style.label, this.left, top, labelWidth, 'left', labelFit);
        if (height <= this.pageHeight) this.boxText(value, style.body, valueX, top, valueWidth, 'left', valueFit);
        else this.wrapped(value, style.body, valueX, top, valueWidth);
      });
      this.doc.x = this.left;
      this.doc.y = Math.max(this.doc.y, top + (height <= this.pageHeight ? height : 0)) + 2;
    }
    this.doc.y += 4;
  }

  /** The column titles, repeated on every page a table spans: measured once per table. A
   *  left-aligned title is drawn from its measured lines, as doc.text with its width draws it. */
  private headerRow(columns: readonly Column[], widths: number[], fits: Fit[]): void {
    const height = Math.max(...fits.map((f) => f.height)) + 2 * PAD;
    this.use('header'); // where measuring the titles set it, when each page measured them again
    const top = this.doc.y;
    this.artifact(() => this.doc.rect(this.left, top, this.width, height).fill(colour.accentLight));
    this.rowTag(() => {
      let x = this.left;
      this.use('header');
      columns.forEach((column, i) => {
        const fit = fits[i]!;
        const width = widths[i]! - 2 * PAD;
        if ((column.align ?? 'left') === 'left' && !fit.runs) this.boxText(column.title, style.header, x + PAD, top + PAD, width, 'left', fit);
        else this.doc.text(column.title, x + PAD, top + PAD, { width, align: column.align ?? 'left', lineGap: style.header.lineGap });
        x += widths[i]!;
      });
    });
    this.doc.y = top + height;
  }

  private tableElement: StructElement | null = null;

  /** One structure element per row (TR), its cells as its content: a 20,000-row message log
   *  would otherwise cost 100,000 structure objects. */
  private rowTag(draw: () => void): void {
    const row = this.doc.struct('TR', {}, draw);
    if (this.tableElement) this.tableElement.add(row);
    else if (this.section) this.section.add(row);
    else this.doc.addStructure(row);
  }

  /** A table whose header repeats on every page it spans. `minRows` rows must fit under the header,
   *  or the table starts on the next page. */
  table(columns: readonly Column[], rows: Iterable<Row>, options: { minRows?: number } = {}): void {
    const widths = columns.map((c) => c.share * this.width);
    this.ensure(24 + 14 * (options.minRows ?? 2));
    this.tableElement = this.doc.struct('Table');
    if (this.section) this.section.add(this.tableElement);
    else this.doc.addStructure(this.tableElement);
    const titles = columns.map((c, i) => this.fit(c.title, style.header, widths[i]! - 2 * PAD));
    this.headerRow(columns, widths, titles);
    let index = 0;
    let group: string | null = null;
    for (const row of rows) {
      if (!Array.isArray(row)) {
        group = row.group;
        const height = this.measure(group, style.cellBold, this.width - 2 * PAD) + 2 * PAD;
        if (this.doc.y + height + 16 > this.bottom) {
          this.newPage();
          this.headerRow(columns, widths, titles);
        }
        this.groupRow(group, height);
        index = 0;
        continue;
      }
      const cells = row.map((cell, i) => (typeof cell === 'string' ? { text: cell, style: columns[i]?.style ?? 'cell' } : cell));
      const fits = cells.map((c, i) => this.fit(c.text, style[c.style], widths[i]! - 2 * PAD));
      const height = Math.max(...fits.map((f) => f.height)) + 2 * PAD;
      if (height > this.pageHeight - 30) {
        this.tallRow(columns, widths, cells);
        index += 1;
        continue;
      }
      if (this.doc.y + height > this.bottom) {
        this.newPage();
        this.headerRow(columns, widths, titles);
        if (group !== null) this.groupRow(`${group} …`, this.measure(group, style.cellBold, this.width - 2 * PAD) + 2 * PAD);
      }
      const top = this.doc.y;
      if (index % 2 === 1) this.artifact(() => this.doc.rect(this.left, top, this.width, height).fill(colour.zebra));
      this.rowTag(() => {
        let x = this.left;
        cells.forEach((cell, i) => {
          this.boxText(cell.text, style[cell.style], x + PAD, top + PAD, widths[i]! - 2 * PAD, columns[i]?.align ?? 'left', fits[i]);
          x += widths[i]!;
        });
      });
      this.doc.y = top + height;
      index += 1;
    }
    this.tableElement.end();
    this.tableElement = null;
    const end = this.doc.y;
    this.artifact(() => this.doc.moveTo(this.left, end).lineTo(this.left + this.width, end).lineWidth(0.5).strokeColor(colour.rule).stroke());
    this.doc.x = this.left;
    this.doc.y = end + 8;
  }

  private groupRow(text: string, height: number): void {
    const top = this.doc.y;
    this.artifact(() => this.doc.rect(this.left, top, this.width, height).fill(colour.accentLight));
    this.rowTag(() => {
      this.boxText(text, style.cellBold, this.left + PAD, top + PAD, this.width - 2 * PAD);
    });
    this.doc.y = top + height;
  }

  /** A row taller than a page (a very long message): short cells first, then the long text flows
   *  over as many pages as it needs, full width, so nothing is clipped. */
  private tallRow(columns: readonly Column[], widths: number[], cells: { text: string; style: StyleName }[]): void {
    const longest = cells.reduce((best, c, i) => (c.text.length > cells[best]!.text.length ? i : best), 0);
    const head = cells.filter((_, i) => i !== longest).map((c) => c.text).join('  ·  ');
    this.ensure(40);
    this.rowTag(() => {
      this.wrapped(head, style.cellBold, this.left + PAD, this.doc.y + PAD, this.width - 2 * PAD);
      this.wrapped(cells[longest]!.text, style[cells[longest]!.style], this.left + PAD, this.doc.y + 2, this.width - 2 * PAD);
    });
    void columns;
    void widths;
    this.doc.y += PAD;
  }
}
