// Text clean-up shared by the text-based importers.
//
// Why: WhatsApp writes bidi controls into its exports (iOS puts U+200E before the E2E notice,
// before "image omitted" and sometimes before the "[" of a header; RTL locales put U+200F after
// every date field), uses U+202F NARROW NO-BREAK SPACE before "PM" since 2022 (see fixture
// lc_mixed_formats_nnbsp.txt), localises digits in Arabic/Persian, and Windows tooling adds CRLF
// or a BOM. Header parsing runs on the normalised text; message bodies keep their own characters
// (see `rawIndex`) so an exhibit shows what was actually sent.

/** Bidi marks, embeddings/overrides (U+202A–U+202E), isolates (U+2066–U+2069) and the BOM. */
const INVISIBLE = /[\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;
const ODD_SPACES = /[\u202F\u00A0]/g;
const ARABIC_INDIC = /[\u0660-\u0669]/g; // ٠…٩
const EASTERN_ARABIC_INDIC = /[\u06F0-\u06F9]/g; // ۰…۹ (Persian, Urdu)
const ANY_DIGIT_TO_MAP = /[\u0660-\u0669\u06F0-\u06F9]/;
/** Every character `normalise` changes or removes; a text without one is its own normal form. */
const NORMALISABLE = /[\r\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF\u202F\u00A0\u0660-\u0669\u06F0-\u06F9]/;

/** True when `normalise(text)` could differ from `text`; one scan, so callers can skip the work. */
export function needsNormalising(text: string): boolean {
  return NORMALISABLE.test(text);
}

/** The UTF-16 code units that INVISIBLE removes (checked without a regex per character). */
export function isInvisibleCode(c: number): boolean {
  return c === 0x200e || c === 0x200f || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c === 0xfeff;
}

/** CRLF, lone CR and mixed endings → LF. pustur_ios_dotted_with_media__chat.txt mixes CRLF and LF. */
export function normaliseNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

export function stripInvisibles(text: string): string {
  return text.replace(INVISIBLE, '');
}

export function asciiDigits(text: string): string {
  if (!ANY_DIGIT_TO_MAP.test(text)) return text;
  return text
    .replace(ARABIC_INDIC, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(EASTERN_ARABIC_INDIC, (d) => String(d.charCodeAt(0) - 0x06f0));
}

/**
 * Everything above in one pass, for one line or a whole text. Every replacement is one UTF-16
 * unit for one UTF-16 unit, and removals only remove, which is what makes `rawIndex` possible.
 */
export function normalise(text: string): string {
  if (!NORMALISABLE.test(text)) return text;
  return asciiDigits(stripInvisibles(normaliseNewlines(text)).replace(ODD_SPACES, ' '));
}

/**
 * The index in `raw` that corresponds to index `normIndex` of `normalise(raw)`, for a raw string
 * without CR (newlines are normalised first). Used to cut the body out of the original line.
 */
export function rawIndex(raw: string, normIndex: number): number {
  let kept = 0;
  for (let i = 0; i < raw.length; i += 1) {
    if (kept === normIndex) return i;
    if (!isInvisibleCode(raw.charCodeAt(i))) kept += 1;
  }
  return raw.length;
}

/** Drops invisible marks at the ends of a body (iOS: "‎image omitted") but keeps inner ones. */
export function trimInvisibleEnds(text: string): string {
  if (text.length === 0 || (!isInvisibleCode(text.charCodeAt(0)) && !isInvisibleCode(text.charCodeAt(text.length - 1)))) return text;
  return text.replace(/^[\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]+/, '').replace(/[\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]+$/, '');
}

/**
 * Bytes → string. UTF-8 (with or without BOM) is what every supported exporter writes; a UTF-16
 * BOM is honoured because Windows editors re-save CSV files that way. Invalid UTF-8 becomes
 * U+FFFD instead of throwing, so a damaged byte costs one character, not the whole import.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  // TextDecoder strips a UTF-8 BOM by default.
  return new TextDecoder('utf-8').decode(bytes);
}

/** Splits into lines after newline normalisation; a final newline does not make an extra line. */
export function splitLines(text: string): string[] {
  const lines = normaliseNewlines(text).split('\n');
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}
