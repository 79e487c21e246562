// Plain text lines written straight into the page, byte for byte what pdfkit 0.20.2 (pinned)
// writes for `doc.text(line, x, y, { lineBreak: false })`, without what that call costs 20,000
// times over in a message log (issue 9, bench): its options merged, the width measured again and
// thrown away, a char-by-char split on spaces, and every word's glyphs concatenated into new
// arrays. Widths come from pdfkit's own per-word layout cache, summed in the same order, so every
// measurement equals `doc.widthOfString`. tests/unit/dossier/typeset.test.ts holds both to pdfkit.
import type { Doc } from './document';
import { PlainWords, type FontkitFont } from './plainWords';

interface Glyph {
  id: number;
  advanceWidth: number;
  codePoints: number[];
}
interface Position {
  xAdvance: number;
  xOffset: number;
  yOffset: number;
  advanceWidth: number;
}
interface GlyphRun {
  glyphs: Glyph[];
  positions: Position[];
  advanceWidth: number;
}
/** pdfkit's EmbeddedFont, the parts used here. */
interface EmbeddedFont {
  id: string;
  ascender: number;
  scale: number;
  widths: number[];
  unicode: number[][];
  subset: { includeGlyph(id: number): number };
  layoutCache?: Record<string, GlyphRun>;
  layoutCached(text: string): GlyphRun;
  font: FontkitFont;
  ref(): unknown;
}
interface DocInternals {
  _font: EmbeddedFont;
  _fontSize: number;
  _ctm: number[];
  _ctmStack: number[][];
  page: { height: number; fonts: Record<string, unknown>; write(data: string): void };
}

/** A word as pdfkit lays it out: its advance (fontkit sums it on every read), and once drawn, its
 *  glyphs as pdfkit's `encode` gives them (hex glyph ids in the subset) with their positions, and
 *  cut where pdfkit cuts a TJ array: after each kerned glyph ("<hex> adjustment"). */
export interface Word {
  text: string;
  advance: number;
  hex?: string[];
  positions?: Position[];
  /** Pieces of hex, each ending at a kerned glyph (with its adjustment) or at the word's end (null). */
  pieces?: { hex: string; adjust: number | null }[];
  /** A glyph drawn with an offset (a combining mark): drawn the long way, as pdfkit does. */
  offsets?: boolean;
}

/** pdfkit's PDFObject.number: six decimals, as every operator writes its numbers. */
function num(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

/** Where pdfkit's layout ends the word that starts at `from`: after a space or a tab. */
function wordEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9) return i + 1;
  }
  return text.length;
}

export class Typesetter {
  private readonly known = new Map<EmbeddedFont, Map<string, Word>>();
  private font: EmbeddedFont | null = null;
  private words: Map<string, Word> = new Map();
  private plain: PlainWords | null = null;
  private readonly plainByFont = new Map<EmbeddedFont, PlainWords>();

  constructor(private readonly doc: Doc) {}

  private get state(): DocInternals {
    return this.doc as unknown as DocInternals;
  }

  /** Usable only with pdfkit's per-word layout cache (on unless `fontLayoutCache: false`). */
  get ready(): boolean {
    return this.state._font?.layoutCache !== undefined;
  }

  /** A line's words in the current font with its width (`doc.widthOfString`, to the last bit):
   *  a table cell is measured, then drawn from the same words, not split and looked up again. */
  measure(text: string): { words: Word[]; width: number } {
    const font = this.state._font;
    const words: Word[] = [];
    let advance = 0;
    for (let at = 0; at < text.length; ) {
      const end = wordEnd(text, at);
      const word = this.word(font, text.slice(at, end));
      words.push(word);
      advance += word.advance;
      at = end;
    }
    return { words, width: this.scaled(advance, text) };
  }

  /** `doc.widthOfString(text)` in the current font and size, to the last bit. */
  width(text: string): number {
    const font = this.state._font;
    let advance = 0;
    for (let at = 0; at < text.length; ) {
      const end = wordEnd(text, at);
      advance += this.word(font, text.slice(at, end)).advance;
      at = end;
    }
    return this.scaled(advance, text);
  }

  /** The same operations as pdfkit's font.widthOfString and doc.widthOfString, in the same order. */
  private scaled(advance: number, text: string): number {
    const scale = this.state._fontSize / 1000;
    return ((advance * scale + 0 * (text.length - 1)) * 100) / 100;
  }

  private word(font: EmbeddedFont, text: string): Word {
    if (font !== this.font) {
      this.font = font;
      let words = this.known.get(font);
      if (!words) this.known.set(font, (words = new Map()));
      this.words = words;
      this.plain = null; // read when this font first meets a new word with a layout cache
    }
    let word = this.words.get(text);
    if (!word) {
      // A word no lookup of the font can change goes into pdfkit's cache as fontkit would lay it out.
      const cache = font.layoutCache;
      if (cache && cache[text] === undefined) {
        if (!this.plain) {
          let plain = this.plainByFont.get(font);
          if (!plain) this.plainByFont.set(font, (plain = new PlainWords(font.font, font.scale)));
          this.plain = plain;
        }
        const run = this.plain.run(text);
        if (run) cache[text] = run;
      }
      this.words.set(text, (word = { text, advance: font.layoutCached(text).advanceWidth }));
    }
    return word;
  }

  private encode(font: EmbeddedFont, word: Word): Required<Word> {
    if (word.pieces) return word as Required<Word>;
    // As pdfkit's font.encode: each glyph joins the subset in the order it is first drawn.
    const run = font.layoutCached(word.text);
    const hex: string[] = [];
    for (const glyph of run.glyphs) {
      const gid = font.subset.includeGlyph(glyph.id);
      hex.push(`0000${gid.toString(16)}`.slice(-4));
      if (font.widths[gid] == null) font.widths[gid] = glyph.advanceWidth * font.scale;
      if (font.unicode[gid] == null) font.unicode[gid] = glyph.codePoints;
    }
    const pieces: { hex: string; adjust: number | null }[] = [];
    let from = 0;
    run.positions.forEach((pos, i) => {
      if (pos.xOffset || pos.yOffset) word.offsets = true;
      if (pos.xAdvance - pos.advanceWidth !== 0) {
        pieces.push({ hex: hex.slice(from, i + 1).join(''), adjust: num(-(pos.xAdvance - pos.advanceWidth)) });
        from = i + 1;
      }
    });
    if (from < hex.length) pieces.push({ hex: hex.slice(from).join(''), adjust: null });
    word.hex = hex;
    word.positions = run.positions;
    word.pieces = pieces;
    word.offsets ??= false;
    return word as Required<Word>;
  }

  /** `doc.text(text, x, y, { lineBreak: false })` for one line without "\n", in the current font,
   *  size and colour; leaves doc.x and doc.y as that call does. `words`: what `measure` gave for
   *  this text in this font, if it was measured. */
  line(text: string, x: number, y: number, words?: readonly Word[]): void {
    const doc = this.state;
    this.doc.x = x;
    this.doc.y = y;
    if (text.length === 0) return;
    const font = doc._font;
    const size = doc._fontSize;
    const page = doc.page;
    const drawn: Required<Word>[] = [];
    let offsets = false;
    let advance = 0;
    for (const measured of words ?? this.measure(text).words) {
      const word = this.encode(font, measured);
      drawn.push(word);
      offsets ||= word.offsets;
      advance += word.advance;
    }
    const dy = (font.ascender / 1000) * size;
    const h = page.height;
    const ty = h - y - dy;
    if (page.fonts[font.id] == null) page.fonts[font.id] = font.ref();
    // save() and transform(1, 0, 0, -1, 0, height), undone by restore() below: the matrix goes
    // back to what it was, so only the operators matter. Written as one string with the "\n"
    // pdfkit puts after each operator: the same bytes, one write instead of seven per line.
    const head = `q\n${this.flip(h)}\nBT\n1 0 0 1 ${num(x)} ${num(ty)} Tm\n${this.fontOperator(font, size)}`;
    if (offsets) {
      page.write(head);
      this.marked(drawn, x, ty, size);
      page.write('ET\nQ');
    } else {
      // One TJ array: pdfkit cuts it after each kerned glyph, and after the last one.
      let pending = '';
      let commands = '';
      for (const word of drawn) {
        for (const piece of word.pieces) {
          pending += piece.hex;
          if (piece.adjust !== null) {
            commands += `${commands ? ' ' : ''}<${pending}> ${piece.adjust}`;
            pending = '';
          }
        }
      }
      if (pending) commands += `${commands ? ' ' : ''}<${pending}> 0`;
      page.write(commands ? `${head}\n[${commands}] TJ\nET\nQ` : `${head}\nET\nQ`);
    }
    this.doc.x = x + this.scaled(advance, text);
  }

  private flipped: [number, string] = [NaN, ''];
  private fontSet: [EmbeddedFont | null, number, string] = [null, NaN, ''];

  /** The transform that turns pdfkit's page upside down for text, for a page of height `h`. */
  private flip(h: number): string {
    if (this.flipped[0] !== h) this.flipped = [h, `1 0 0 -1 0 ${num(h)} cm`];
    return this.flipped[1];
  }

  /** The Tf operator for a font and size (the same for most lines in a row). */
  private fontOperator(font: EmbeddedFont, size: number): string {
    const [lastFont, lastSize] = this.fontSet;
    if (lastFont !== font || lastSize !== size) this.fontSet = [font, size, `/${font.id} ${num(size)} Tf`];
    return this.fontSet[2];
  }

  /** pdfkit's _fragment glyph by glyph, for a line with marks drawn at an offset. */
  private marked(drawn: Required<Word>[], x: number, y: number, size: number): void {
    const page = this.state.page;
    const hex = drawn.flatMap((w) => w.hex);
    const positions = drawn.flatMap((w) => w.positions);
    const scale = size / 1000;
    const commands: string[] = [];
    let last = 0;
    let hadOffset = false;
    let tx = x;
    const addSegment = (cur: number) => {
      if (last < cur) {
        const pos = positions[cur - 1]!;
        commands.push(`<${hex.slice(last, cur).join('')}> ${num(-(pos.xAdvance - pos.advanceWidth))}`);
      }
      last = cur;
    };
    const flush = (i: number) => {
      addSegment(i);
      if (commands.length > 0) {
        page.write(`[${commands.join(' ')}] TJ`);
        commands.length = 0;
      }
    };
    let i = 0;
    for (; i < positions.length; i += 1) {
      const pos = positions[i]!;
      if (pos.xOffset || pos.yOffset) {
        flush(i);
        page.write(`1 0 0 1 ${num(tx + pos.xOffset * scale)} ${num(y + pos.yOffset * scale)} Tm`);
        flush(i + 1);
        hadOffset = true;
      } else {
        if (hadOffset) {
          page.write(`1 0 0 1 ${num(tx)} ${num(y)} Tm`);
          hadOffset = false;
        }
        if (pos.xAdvance - pos.advanceWidth !== 0) addSegment(i + 1);
      }
      tx += pos.xAdvance * scale;
    }
    flush(i);
  }
}
