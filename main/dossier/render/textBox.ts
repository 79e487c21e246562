// Text in boxes: measuring a piece of text against a width and drawing it there, the part of the
// layout engine where most of an export's time goes (a 20,000-row message log is 100,000 cells).
// Plain lines go through the Typesetter (typeset.ts), byte for byte what pdfkit's doc.text writes;
// text with emoji is drawn in runs, one font per run; long text is broken by pdfkit's own wrapper.
import type { Doc } from './document';
import type { Glyphs, Run } from './glyphs';
import { style, type StyleName, type TextStyle } from './theme';
import { Typesetter, type Word } from './typeset';
import { wrapLines } from './wrap';

export interface Fit {
  height: number;
  /** Width when it fits on one line, else null. */
  single: number | null;
  runs: Run[] | null;
  /** Plain text that wraps: its lines as pdfkit's line wrapper broke them, kept for drawing. */
  lines?: string[];
  /** Plain text on one line: its measured words, kept for drawing. */
  words?: readonly Word[];
}

export class TextBoxes {
  private readonly typeset: Typesetter;

  /** `bottom`: the page foot, below which pdfkit's wrapper must carry text over to a new page. */
  constructor(
    private readonly doc: Doc,
    private readonly bottom: number,
    readonly glyphs?: Glyphs,
  ) {
    this.typeset = new Typesetter(doc);
  }

  /** Sets font, size and colour, skipping what is already set: pdfkit writes an operator (and
   *  parses the colour again) on every call, which adds up over 20,000 table rows. */
  use(name: StyleName | TextStyle): TextStyle {
    const s = typeof name === 'string' ? style[name] : name;
    const state = this.doc as unknown as { _font?: { name?: string }; _fontSize?: number; _fillColor?: [unknown, unknown] };
    // A new page starts a new content stream with PDF's default state: set everything again.
    const fresh = this.doc.page !== this.statePage;
    this.statePage = this.doc.page;
    const font = this.fonts.get(s.font);
    if (fresh || !font || state._font !== font) {
      this.doc.font(s.font);
      this.fonts.set(s.font, state._font!);
    }
    if (fresh || state._fontSize !== s.size) this.doc.fontSize(s.size);
    if (fresh || state._fillColor?.[0] !== s.colour) this.doc.fillColor(s.colour);
    return s;
  }

  private readonly fonts = new Map<string, unknown>();
  private statePage: unknown = null;

  private runsOf(text: string, s: TextStyle): Run[] | null {
    return this.glyphs ? this.glyphs.runs(text, s.font) : null;
  }

  /** Width of `text` when it fits on one line of `width`, else null (it needs wrapping); with
   *  the words it was measured by, when the Typesetter measured it. */
  private oneLine(text: string, s: TextStyle, width: number, runs: Run[] | null): { width: number; words?: readonly Word[] } | null {
    this.use(s);
    if (text.includes('\n')) return null;
    if (runs) {
      let w = 0;
      for (const run of runs) {
        this.doc.font(run.font);
        w += this.doc.widthOfString(run.text);
      }
      this.statePage = null;
      this.use(s);
      return w <= width ? { width: w } : null;
    }
    if (!this.typeset.ready) {
      const w = this.doc.widthOfString(text);
      return w <= width ? { width: w } : null;
    }
    const measured = this.typeset.measure(text);
    return measured.width <= width ? measured : null;
  }

  /** The gap pdfkit puts under each wrapped line of this style. */
  lineGap(s: TextStyle): number {
    return s.lineGap || (this.doc as unknown as { _lineGap?: number })._lineGap || 0;
  }

  /** Plain text broken into lines as pdfkit's line wrapper breaks it for `doc.text` with this
   *  width (replayed by wrap.ts, or pdfkit's own where the replay stops); the height adds up line
   *  by line, as `doc.heightOfString` does. */
  private lines(text: string, s: TextStyle, width: number): { lines: string[]; height: number } {
    const replayed = wrapLines(text, width, (word) => this.typeset.width(word));
    if (replayed) {
      const step = this.doc.currentLineHeight(true) + this.lineGap(s);
      let bottom = this.doc.y;
      for (let i = 0; i < replayed.length; i += 1) bottom += step;
      return { lines: replayed, height: bottom - this.doc.y };
    }
    const doc = this.doc as unknown as Doc & { _text(text: string, x: number, y: number, options: object, line: (line: string) => void): void };
    const { x, y } = doc;
    const lineGap = this.lineGap(s);
    const lines: string[] = [];
    doc._text(text, x, y, { width, lineGap: s.lineGap, height: Infinity }, (line) => {
      lines.push(line);
      doc.y += doc.currentLineHeight(true) + lineGap;
    });
    const height = doc.y - y;
    doc.x = x;
    doc.y = y;
    return { lines, height };
  }

  /** How `text` sits in a box of `width`: its height, and its width when it is one line. A table
   *  measures every cell to size its row and then draws it: the fit is kept between the two, so
   *  20,000 message rows are laid out once, not twice (issue 9, bench). */
  fit(text: string, s: TextStyle, width: number): Fit {
    const runs = this.runsOf(text, s);
    // Fast path: one short line needs no line-wrapping pass (most table cells and messages).
    const one = this.oneLine(text, s, width, runs);
    const single = one?.width ?? null;
    if (one) return { height: this.doc.currentLineHeight(true) + s.lineGap, single: one.width, runs, ...(one.words ? { words: one.words } : {}) };
    if (runs || !this.typeset.ready) return { height: this.doc.heightOfString(runs && this.glyphs ? this.glyphs.proxy(runs) : text, { width, lineGap: s.lineGap }), single, runs };
    // Wrapped once here and drawn from these lines: not wrapped a second time to draw.
    const { lines, height } = this.lines(text, s, width);
    return { height, single, runs, lines };
  }

  measure(text: string, s: TextStyle, width: number): number {
    return this.fit(text, s, width).height;
  }

  /** One line of plain text in the current style, as pdfkit's `doc.text(text, x, y, { lineBreak:
   *  false })` draws it. */
  line(text: string, x: number, y: number, words?: readonly Word[]): void {
    this.typeset.line(text, x, y, words);
  }

  /** Draws text in a box of `width`: a single line goes straight to pdfkit's line drawing (no
   *  wrapper pass, the slow part for 20,000 short cells), anything longer is wrapped. `fitted`:
   *  what `fit` found for this text, style and width, if the caller measured it already. */
  boxText(text: string, s: TextStyle, x: number, y: number, width: number, align: 'left' | 'right' = 'left', fitted?: Fit): void {
    this.use(s);
    const { single, runs, lines, height, words } = fitted ?? this.fit(text, s, width);
    if (single !== null) {
      if (runs) this.drawRuns(runs, s, align === 'right' ? x + width - single : x, y, { lineBreak: false });
      else this.typeset.line(text, align === 'right' ? x + width - single : x, y, words);
      // Without a width pdfkit advances x, not y: move down one line as wrapped text would.
      this.doc.x = x;
      this.doc.y = y + this.doc.currentLineHeight(true) + s.lineGap;
    } else if (lines && align === 'left' && y + height - this.lineGap(s) + 0.01 <= this.bottom) {
      // What doc.text(text, x, y, { width }) draws, line by line (pdfkit drops the "\n" it kept),
      // when all of it fits above the page foot (else pdfkit's wrapper carries it over a page).
      const step = this.doc.currentLineHeight(true) + this.lineGap(s);
      let top = y;
      for (const line of lines) {
        this.typeset.line(line.replace(/\n/g, ''), x, top);
        top += step;
      }
      this.doc.x = x;
      this.doc.y = top;
    } else this.wrapped(text, s, x, y, width, align, runs);
  }

  /** Wrapped text that may flow over pages; runs in other fonts (emoji) continue the same lines. */
  wrapped(text: string, s: TextStyle, x: number, y: number, width: number, align: 'left' | 'right' = 'left', runs = this.runsOf(text, s)): void {
    this.use(s);
    if (runs) this.drawRuns(runs, s, x, y, { width, align, lineGap: s.lineGap });
    else this.doc.text(text, x, y, { width, align, lineGap: s.lineGap });
  }

  /** pdfkit's "continued" text: one paragraph, the font switched between pieces. */
  private drawRuns(runs: readonly Run[], s: TextStyle, x: number, y: number, options: Record<string, unknown>): void {
    if (options.lineBreak === false) {
      let cx = x;
      for (const run of runs) {
        this.doc.font(run.font);
        this.doc.text(run.text, cx, y, { lineBreak: false });
        cx += this.doc.widthOfString(run.text);
      }
    } else {
      runs.forEach((run, i) => {
        this.doc.font(run.font);
        const more = { ...options, continued: i < runs.length - 1 };
        if (i === 0) this.doc.text(run.text, x, y, more);
        else this.doc.text(run.text, more);
      });
    }
    this.statePage = null;
    this.use(s);
  }
}
