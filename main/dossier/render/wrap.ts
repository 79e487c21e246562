// pdfkit 0.20.2's line wrapper (LineWrapper.wrap with eachWord), replayed for the one way the
// dossier uses it to measure a table cell or paragraph: a width, no indent, no columns, no height
// limit, no ellipsis. pdfkit's wrapper is an EventEmitter built per call that measures each word
// again through a char-by-char scan; a 20,000-row message log wraps thousands of cells (issue 9,
// bench). The same break opportunities (the same `linebreak` package pdfkit uses), the same word
// widths (rounded as pdfkit's PDFNumber rounds them) and the same comparisons give the same lines:
// tests/unit/dossier/typeset.test.ts holds the result to pdfkit's own drawing byte for byte.
import LineBreaker from 'linebreak';

const SOFT_HYPHEN = '\u00ad';
const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);

/** pdfkit's PDFNumber: the nearest float32 not above `n` (not above in size when negative). */
function pdfNumber(n: number): number {
  const rounded = Math.fround(n);
  if (rounded <= n) return rounded;
  f32[0] = n;
  if (n <= 0) u32[0]! += 1;
  else u32[0]! -= 1;
  return f32[0]!;
}

/** The lines pdfkit's wrapper makes of `text` in a box of `width`, each with the spaces and "\n"
 *  it keeps; null where this replay does not follow pdfkit (a soft hyphen, or a word wider than
 *  the line, which pdfkit cuts letter by letter): the caller then asks pdfkit itself. `widthOf`
 *  must equal `doc.widthOfString` in the current font and size. */
export function wrapLines(text: string, width: number, widthOf: (word: string) => number): string[] | null {
  if (text.includes(SOFT_HYPHEN)) return null;
  // As LineWrapper's constructor computes it (horizontal scaling 100, one column, gap 18).
  const lineWidth = (Math.max(width, 0) * 100) / 100 - 18 * 0;
  const lines: string[] = [];
  const breaker = new LineBreaker(text);
  let spaceLeft = lineWidth;
  let buffer = '';
  let count = 0;
  let from = 0;
  let lastRequired = true; // the first word starts a line, as after a required break
  for (let bk = breaker.nextBreak(); bk; bk = breaker.nextBreak()) {
    const word = text.slice(from, bk.position);
    const w = pdfNumber(widthOf(word));
    if (w > lineWidth) return null;
    if (lastRequired) spaceLeft = lineWidth;
    const fits = w <= spaceLeft;
    if (fits) {
      buffer += word;
      count += 1;
    }
    if (bk.required || !fits) {
      if (bk.required && w > spaceLeft) {
        lines.push(buffer);
        buffer = word;
        count = 1;
      }
      lines.push(buffer);
      if (bk.required) {
        spaceLeft = lineWidth;
        buffer = '';
        count = 0;
      } else {
        spaceLeft = lineWidth - w;
        buffer = word;
        count = 1;
      }
    } else spaceLeft -= w;
    from = bk.position;
    lastRequired = bk.required;
  }
  if (count > 0) lines.push(buffer);
  return lines;
}
