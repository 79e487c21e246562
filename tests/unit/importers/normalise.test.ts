// Invisible characters, odd spaces, line endings and localised digits.
import { describe, expect, it } from 'vitest';
import { decodeText, normalise, rawIndex, splitLines, trimInvisibleEnds } from '../../../main/importers/normalise';

describe('normalise', () => {
  it('removes bidi marks, embeddings, overrides, isolates and the BOM', () => {
    const marks = '\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\uFEFF';
    expect(normalise(`a${marks}b`)).toBe('ab');
  });

  it('turns U+202F and U+00A0 into spaces', () => {
    expect(normalise('11:32\u202FPM a.\u00A0m.')).toBe('11:32 PM a. m.');
  });

  it('CRLF, CR and LF → LF', () => {
    expect(normalise('a\r\nb\rc\nd\r\n\r\ne')).toBe('a\nb\nc\nd\n\ne');
  });

  it('Arabic-Indic and Eastern Arabic-Indic digits → ASCII', () => {
    expect(normalise('٠١٢٣٤٥٦٧٨٩ ۰۱۲۳۴۵۶۷۸۹')).toBe('0123456789 0123456789');
  });

  it('rawIndex maps a position in the normalised line back to the original', () => {
    const raw = '\u200E[٢٠.٠١.١٩] \u200FAnna: \u200Ehi';
    const norm = normalise(raw);
    const at = norm.indexOf('hi');
    // The invisible mark just before the position is included; bodies trim it.
    expect(raw.slice(rawIndex(raw, at))).toBe('\u200Ehi');
    expect(trimInvisibleEnds(raw.slice(rawIndex(raw, at)))).toBe('hi');
    expect(trimInvisibleEnds(raw.slice(rawIndex(raw, norm.indexOf('Anna'))))).toBe('Anna: \u200Ehi');
  });

  it('decodeText: UTF-8 with and without BOM, UTF-16 with BOM, invalid bytes → U+FFFD', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))).toBe('A');
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x1f, 0x04]))).toBe('AП');
    expect(decodeText(new Uint8Array([0xfe, 0xff, 0x04, 0x1f]))).toBe('П');
    expect(decodeText(new Uint8Array([0x41, 0xff, 0x42]))).toBe('A\uFFFDB');
  });

  it('splitLines: a final newline does not make an empty last line', () => {
    expect(splitLines('a\r\nb\r\n')).toEqual(['a', 'b']);
    expect(splitLines('a\n\n')).toEqual(['a', '']);
    expect(splitLines('')).toEqual(['']);
  });
});
