// Which font draws each character (issue 9, item 6). DejaVu covers the letters of every language we
// print; emoji come from Noto Emoji (monochrome: pdfkit cannot draw colour glyphs), embedded like
// the others so a threat sent as "🔪" stays on the page and in the text layer. A character that no
// font has is never left as an empty box: it is written out as its code point ("[U+1FAE8]") and
// listed in section 7, so the reader knows something was there and what.
import type { Doc } from './document';

export type FontName = 'sans' | 'bold' | 'mono';
export interface Run {
  text: string;
  font: FontName | 'emoji';
}

/** Joiners, variation selectors, skin tones and tag characters shape an emoji; they are not drawn
 *  on their own, so coverage is judged without them. */
const SHAPING = /[\u200d\ufe0e\ufe0f\u{1f3fb}-\u{1f3ff}\u{e0020}-\u{e007f}]/u;
const PICTOGRAPHIC = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;
/** Latin and Cyrillic: nearly everything printed, and all in DejaVu (the fast path). */
const PLAIN = /^[\u0000-\u024f\u0400-\u04ff\u2010-\u2027\u2116]*$/;

type Covers = (codePoint: number) => boolean;

export class Glyphs {
  /** Code points no embedded font has, in the order first met. */
  readonly missing = new Set<number>();
  private readonly cache = new Map<string, Map<number, boolean>>();
  private readonly segmenter = new Intl.Segmenter('und', { granularity: 'grapheme' });

  constructor(private readonly covers: Record<FontName | 'emoji', Covers>) {}

  /** The fonts' own coverage tables, read once from the registered fonts. */
  static of(doc: Doc): Glyphs {
    const table = (name: FontName | 'emoji'): Covers => {
      doc.font(name);
      const font = (doc as unknown as { _font: { font: { hasGlyphForCodePoint(cp: number): boolean } } })._font.font;
      return (cp) => font.hasGlyphForCodePoint(cp);
    };
    const glyphs = new Glyphs({ sans: table('sans'), bold: table('bold'), mono: table('mono'), emoji: table('emoji') });
    doc.font('sans');
    return glyphs;
  }

  private has(font: FontName | 'emoji', cp: number): boolean {
    let known = this.cache.get(font);
    if (!known) this.cache.set(font, (known = new Map()));
    let yes = known.get(cp);
    if (yes === undefined) known.set(cp, (yes = this.covers[font](cp)));
    return yes;
  }

  /** Drops what `font` cannot draw among the shaping characters (a stray U+FE0F would be a box). */
  private keep(font: FontName | 'emoji', grapheme: string): string {
    return [...grapheme].filter((c) => !SHAPING.test(c) || this.has(font, c.codePointAt(0)!)).join('');
  }

  /** Runs of text per font, or null when `font` draws all of it (the common, fast case). */
  runs(text: string, font: FontName): Run[] | null {
    if (PLAIN.test(text)) return null;
    const runs: Run[] = [];
    const push = (piece: string, f: Run['font']) => {
      const last = runs[runs.length - 1];
      if (last && last.font === f) last.text += piece;
      else runs.push({ text: piece, font: f });
    };
    let plain = true;
    for (const { segment } of this.segmenter.segment(text)) {
      const points = [...segment].filter((c) => !SHAPING.test(c)).map((c) => c.codePointAt(0)!);
      const all = (f: FontName | 'emoji') => points.every((cp) => cp < 0x20 || this.has(f, cp));
      if (PICTOGRAPHIC.test(segment) && all('emoji')) {
        push(this.keep('emoji', segment), 'emoji');
        plain = false;
      } else if (all(font)) {
        const kept = this.keep(font, segment);
        if (kept !== segment) plain = false;
        push(kept, font);
      } else if (all('emoji')) {
        push(this.keep('emoji', segment), 'emoji');
        plain = false;
      } else {
        for (const cp of points) if (!this.has(font, cp)) this.missing.add(cp);
        push(`[${points.filter((cp) => !this.has(font, cp)).map(codePointName).join(' ')}]`, font);
        plain = false;
      }
    }
    return plain ? null : runs;
  }

  /** What `text` measures like in `font`: each emoji counted as two wide letters (Noto Emoji's
   *  glyphs are about 1.3 em, two "Ш" about 1.6 em), so measured boxes are never too small. */
  proxy(runs: readonly Run[]): string {
    return runs.map((r) => (r.font === 'emoji' ? [...this.segmenter.segment(r.text)].map(() => 'ШШ').join('') : r.text)).join('');
  }
}

export function codePointName(cp: number): string {
  return `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
}
