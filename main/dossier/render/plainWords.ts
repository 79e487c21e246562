// Words that need no shaping. A message log has words found in no other row (the row number
// "12 345", the "(3-1234)" of a message), so fontkit lays out some 40,000 words once each, ~35 µs
// apiece and mostly spent setting up its OpenType plan (issue 9, bench). Every OpenType lookup
// starts at a glyph in its first coverage table. A word whose glyphs are outside all of them, and
// not marks, is left exactly as the cmap and the advance widths have it. Kerning (pair positioning
// and the old kern table) is the one exception allowed: it looks at two neighbours and nothing
// else, so a word of such glyphs is its advances plus each kerned pair's adjustment, which fontkit
// gives for the two glyphs alone, once per pair. That holds only when fontkit picks the same script
// for the pair as for the word: both then have only characters of no script (digits, punctuation).
// Such a word is built here as fontkit would return it and put in pdfkit's own per-word cache, so
// measuring and drawing both use it. tests/unit/dossier/plainWords.test.ts holds it to fontkit.

interface Glyph {
  id: number;
  advanceWidth: number;
  codePoints: number[];
}
interface Coverage {
  version: number;
  glyphs?: number[];
  rangeRecords?: { start: number; end: number }[];
}
interface ClassDef {
  version: number;
  startGlyph?: number;
  classValueArray?: number[];
  classRangeRecord?: { start: number; end: number; class: number }[];
}
interface SubTable {
  lookupType?: number;
  extension?: SubTable;
  coverage?: Coverage;
  markCoverage?: Coverage;
  mark1Coverage?: Coverage;
  coverages?: Coverage[];
  inputCoverage?: Coverage[];
}
interface Lookup {
  lookupType: number;
  flags: { flags: { ignoreBaseGlyphs: boolean; ignoreLigatures: boolean } };
  subTables: Iterable<SubTable>;
}
interface LookupTable {
  lookupList: { toArray(): Lookup[] };
  scriptList?: { script: { defaultLangSys?: LangSys; langSysRecords: { langSys: LangSys }[] } }[];
  featureList?: { tag: string }[];
}
interface LangSys {
  featureIndexes: number[];
}
interface Laid {
  glyphs: Glyph[];
  positions: { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number }[];
}
/** fontkit's Font, the parts used here. */
export interface FontkitFont {
  GSUB?: LookupTable;
  GPOS?: LookupTable;
  GDEF?: { glyphClassDef?: ClassDef };
  kern?: { tables: { format: number; subtable: { pairs?: { left: number }[] } }[] };
  glyphForCodePoint(codePoint: number): Glyph;
  layout(text: string): Laid;
}
/** The run pdfkit's EmbeddedFont.layoutRun returns (positions already scaled to 1000 units/em). */
export interface PlainRun {
  glyphs: Glyph[];
  positions: { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number; advanceWidth: number }[];
  advanceWidth: number;
}

/** Characters that fontkit's own passes leave alone whatever the font says: no marks, no default
 *  ignorables (drawn as a zero-width space), no fraction slash, nothing right to left, no
 *  surrogates or variation selectors. What the font does to them is checked per glyph. */
function candidate(c: number): boolean {
  return (
    (c >= 0x20 && c <= 0x7e) ||
    (c >= 0xa0 && c <= 0x24f && c !== 0xad) ||
    (c >= 0x400 && c <= 0x4ff && (c < 0x483 || c > 0x489)) ||
    (c >= 0x2010 && c <= 0x2027) ||
    c === 0x2116
  );
}

/** Candidates of Unicode's "Common" script (digits, punctuation, symbols): a string of only these
 *  gets the same script from fontkit, so the same lookups, whatever its length. */
function noScript(c: number): boolean {
  return (
    (c >= 0x20 && c <= 0x40) ||
    (c >= 0x5b && c <= 0x60) ||
    (c >= 0x7b && c <= 0x7e) ||
    (c >= 0xa0 && c <= 0xbf && c !== 0xaa && c !== 0xba && c !== 0xad) ||
    c === 0xd7 ||
    c === 0xf7 ||
    (c >= 0x2010 && c <= 0x2027) ||
    c === 0x2116
  );
}

function addCoverage(coverage: Coverage | undefined, into: Set<number>): boolean {
  if (coverage?.version === 1 && coverage.glyphs) for (const g of coverage.glyphs) into.add(g);
  else if (coverage?.version === 2 && coverage.rangeRecords) for (const r of coverage.rangeRecords) for (let g = r.start; g <= r.end; g += 1) into.add(g);
  else return false;
  return true;
}

/** Adds the glyphs a subtable can start from (its first coverage) to `into`; false if the shape of
 *  the subtable is unknown here (then nothing is taken as plain). */
function subTableStarts(s: SubTable, into: Set<number>): boolean {
  if (s.extension) return subTableStarts(s.extension, into);
  if (s.coverage) return addCoverage(s.coverage, into);
  if (s.markCoverage) return addCoverage(s.markCoverage, into);
  if (s.mark1Coverage) return addCoverage(s.mark1Coverage, into);
  if (s.coverages) return addCoverage(s.coverages[0], into);
  if (s.inputCoverage) return addCoverage(s.inputCoverage[0], into);
  return false;
}

/** A lookup type, through an extension (GSUB 7, GPOS 9) to the real one. */
function typeOf(lookup: Lookup, s: SubTable): number {
  return s.extension && s.lookupType !== undefined ? s.lookupType : lookup.lookupType;
}

function isBaseClass(classDef: ClassDef | undefined, glyph: number): boolean {
  if (!classDef) return true;
  let cls = 0;
  if (classDef.version === 1) cls = classDef.classValueArray?.[glyph - classDef.startGlyph!] ?? 0;
  else cls = classDef.classRangeRecord?.find((r) => r.start <= glyph && glyph <= r.end)?.class ?? 0;
  return cls === 0 || cls === 1;
}

/** True if GPOS kerns in every script and language: fontkit then never reads the old kern table. */
function gposAlwaysKerns(gpos: LookupTable | undefined): boolean {
  if (!gpos?.scriptList || !gpos.featureList) return false;
  const features = gpos.featureList;
  const kerns = (ls: LangSys | undefined) => ls !== undefined && ls.featureIndexes.some((i) => features[i]?.tag === 'kern');
  return gpos.scriptList.every(({ script }) => kerns(script.defaultLangSys) && script.langSysRecords.every((r) => kerns(r.langSys)));
}

interface Char {
  glyph: Glyph;
  /** On the left of a kerning pair: its neighbour may move it. */
  kerns: boolean;
  noScript: boolean;
}

export class PlainWords {
  /** Glyphs some lookup other than kerning may change; null: the font is not understood. */
  private readonly touched: Set<number> | null = new Set();
  /** Glyphs that start a kerning pair. */
  private readonly kerning = new Set<number>();
  private readonly chars = new Map<number, Char | null>();
  private readonly pairs = new Map<number, readonly [number, number] | null>();
  private spaceSeen = false;

  constructor(
    private readonly font: FontkitFont,
    private readonly scale: number,
  ) {
    if (!this.read()) this.touched = null;
  }

  private read(): boolean {
    const touched = this.touched!;
    for (const lookup of this.font.GSUB?.lookupList.toArray() ?? []) for (const s of lookup.subTables) if (!subTableStarts(s, touched)) return false;
    for (const lookup of this.font.GPOS?.lookupList.toArray() ?? []) {
      // Pair positioning sees the glyph and the next one; with these flags, no other glyph of a
      // word without marks or ligatures is skipped between the two.
      const pairwise = !lookup.flags.flags.ignoreBaseGlyphs && !lookup.flags.flags.ignoreLigatures;
      for (const s of lookup.subTables) if (!subTableStarts(s, pairwise && typeOf(lookup, s) === 2 ? this.kerning : touched)) return false;
    }
    // The old kern table (read only when GPOS may leave kerning to it) is kerning by pairs too.
    if (this.font.kern && !gposAlwaysKerns(this.font.GPOS)) {
      for (const table of this.font.kern.tables) {
        if (table.format !== 0 || !table.subtable.pairs) return false;
        for (const pair of table.subtable.pairs) this.kerning.add(pair.left);
      }
    }
    return true;
  }

  /** A character whose glyph no lookup but kerning changes, else null. */
  private char(c: number): Char | null {
    let char = this.chars.get(c);
    if (char === undefined) {
      char = null;
      if (candidate(c)) {
        // The same call, in the same order, as fontkit's glyphsForString makes: the glyph object
        // (and the characters it stands for in the PDF's text layer) is created by the first one.
        const glyph = this.font.glyphForCodePoint(c);
        if (!this.touched!.has(glyph.id) && isBaseClass(this.font.GDEF?.glyphClassDef, glyph.id)) char = { glyph, kerns: this.kerning.has(glyph.id), noScript: noScript(c) };
      }
      this.chars.set(c, char);
    }
    return char;
  }

  /** What kerning adds to the advances of `a` and `b` side by side (font units), from fontkit's
   *  own layout of the two; null if it does anything else. */
  private pair(a: number, b: number, left: Glyph, right: Glyph): readonly [number, number] | null {
    const key = a * 0x10000 + b;
    let pair = this.pairs.get(key);
    if (pair === undefined) {
      const run = this.font.layout(String.fromCharCode(a, b));
      const [p, q] = run.positions;
      pair = null;
      if (run.glyphs.length === 2 && run.glyphs[0]!.id === left.id && run.glyphs[1]!.id === right.id && p && q && !p.yAdvance && !p.xOffset && !p.yOffset && !q.yAdvance && !q.xOffset && !q.yOffset) {
        const d = [p.xAdvance - left.advanceWidth, q.xAdvance - right.advanceWidth] as const;
        if (Number.isInteger(d[0]) && Number.isInteger(d[1])) pair = d;
      }
      this.pairs.set(key, pair);
    }
    return pair;
  }

  /** `text` as fontkit lays it out and pdfkit scales it, when nothing but kerning can change it;
   *  else null. */
  run(text: string): PlainRun | null {
    if (!this.touched || text.length === 0) return null;
    const chars: Char[] = [];
    let kerned = false;
    let noScript = true;
    for (let i = 0; i < text.length; i += 1) {
      const char = this.char(text.charCodeAt(i));
      if (!char) return null;
      chars.push(char);
      kerned ||= char.kerns && i < text.length - 1;
      noScript &&= char.noScript;
    }
    if (kerned && !noScript) return null;
    // fontkit's layout asks for the space glyph after each word (hideDefaultIgnorables).
    if (!this.spaceSeen) {
      this.font.glyphForCodePoint(0x20);
      this.spaceSeen = true;
    }
    // In font units, as fontkit adds them up (whole numbers: the order of the sums does not matter).
    const advances = chars.map((c) => c.glyph.advanceWidth);
    if (kerned) {
      for (let i = 0; i < chars.length - 1; i += 1) {
        if (!chars[i]!.kerns) continue;
        const pair = this.pair(text.charCodeAt(i), text.charCodeAt(i + 1), chars[i]!.glyph, chars[i + 1]!.glyph);
        if (!pair) return null;
        advances[i] = advances[i]! + pair[0];
        advances[i + 1] = advances[i + 1]! + pair[1];
      }
    }
    const glyphs: Glyph[] = [];
    const positions: PlainRun['positions'] = [];
    let advanceWidth = 0;
    chars.forEach((char, i) => {
      const xAdvance = advances[i]! * this.scale;
      glyphs.push(char.glyph);
      positions.push({ xAdvance, yAdvance: 0, xOffset: 0, yOffset: 0, advanceWidth: char.glyph.advanceWidth * this.scale });
      advanceWidth += xAdvance;
    });
    return { glyphs, positions, advanceWidth };
  }
}
