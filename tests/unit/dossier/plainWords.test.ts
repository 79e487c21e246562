// Words built without fontkit's shaper (main/dossier/render/plainWords.ts) must be what fontkit
// lays out for them, glyph by glyph and position by position, in every font the dossier uses; and
// the words that a message log has by the ten thousand (row numbers, times) must take
// that path, or the speed-up is silently gone.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { PlainWords, type FontkitFont } from '../../../main/dossier/render/plainWords';
import { fontPaths } from '../../../main/dossier/render/theme';

/** What pdfkit's EmbeddedFont.layoutRun returns: fontkit's run with positions scaled. */
function pdfkitRun(font: FontkitFont, scale: number, text: string) {
  const run = font.layout(text);
  const positions = run.positions.map((p, i) => {
    const scaled: Record<string, number> = {};
    for (const [key, value] of Object.entries(p)) scaled[key] = value * scale;
    scaled.advanceWidth = run.glyphs[i]!.advanceWidth * scale;
    return scaled;
  });
  let advanceWidth = 0;
  for (const p of positions) advanceWidth += p.xAdvance!;
  return { ids: run.glyphs.map((g) => g.id), codePoints: run.glyphs.map((g) => g.codePoints), positions, advanceWidth };
}

// A fixed pseudo-random sequence: the same words on every run.
function words(alphabet: string[], count: number): string[] {
  let seed = 12345;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  return Array.from({ length: count }, () => Array.from({ length: 1 + Math.floor(next() * 8) }, () => alphabet[Math.floor(next() * alphabet.length)]!).join(''));
}

// pdfkit's own fontkit, the one that lays out the dossier's text.
const fontkit = createRequire(createRequire(import.meta.url).resolve('pdfkit'))('fontkit') as { openSync(path: string): unknown };
const open = (path: string) => fontkit.openSync(path) as FontkitFont & { unitsPerEm: number };

describe('plain words', () => {
  const chars: string[] = [];
  for (const [from, to] of [[0x20, 0x7e], [0xa0, 0x24f], [0x400, 0x4ff], [0x2010, 0x2027], [0x2116, 0x2116]] as const) {
    for (let c = from; c <= to; c += 1) chars.push(String.fromCharCode(c));
  }
  const samples = [
    '12\u00a0345', '(3-1234)', '18:30', '№', '1 ', 'AV', 'To', 'Ту', 'Сергей ', 'again. ', 'и\u0306', '\u00ad', 'ﬁ', 'fi', '-1', '1-', '(-)', '-.', '\u00a0-',
    ...chars, ...words(chars, 4000), ...words(chars.filter((c) => /[\p{Script=Common}]/u.test(c)), 3000), ...words([...'0123456789 ()-:.,\u00a0'], 500),
  ];

  for (const [name, path] of Object.entries(fontPaths()).filter(([name]) => name !== 'emoji')) {
    it(`lays out every word it takes as fontkit does (${name})`, () => {
      // Two copies of the font: fontkit's glyph objects keep the characters they were first asked
      // for, so both must see the same words in the same order.
      const reference = open(path);
      const mine = open(path);
      const plain = new PlainWords(mine, 1000 / mine.unitsPerEm);
      let taken = 0;
      for (const text of samples) {
        const expected = pdfkitRun(reference, 1000 / reference.unitsPerEm, text);
        const run = plain.run(text) ?? pdfkitRun(mine, 1000 / mine.unitsPerEm, text);
        if ('glyphs' in run) {
          taken += 1;
          expect({ ids: run.glyphs.map((g) => g.id), codePoints: run.glyphs.map((g) => g.codePoints), positions: run.positions, advanceWidth: run.advanceWidth }, text).toEqual(expected);
        } else expect(run, text).toEqual(expected);
      }
      expect(taken).toBeGreaterThan(500);
    });
  }

  it('takes the words a message log repeats least, and leaves kerned, ligated and marked ones to fontkit', () => {
    const font = open(fontPaths().sans);
    const plain = new PlainWords(font, 1000 / font.unitsPerEm);
    for (const text of ['12\u00a0345', '18:30', '(3-1234)', '20\u00a0000']) expect(plain.run(text), text).not.toBeNull();
    // The hyphen starts kerning pairs (with letters): "(3-1234)" is taken once fontkit has shown
    // that "-1" is not kerned; "T-" is a word with letters and a kerned glyph, left to fontkit.
    expect((plain as unknown as { kerning: Set<number> }).kerning.has(font.glyphForCodePoint(0x2d).id)).toBe(true);
    for (const text of ['T-', 'AV', 'To', 'и\u0306', '\u00ad', 'x\u2044y', '']) expect(plain.run(text), text).toBeNull();
  });
});
