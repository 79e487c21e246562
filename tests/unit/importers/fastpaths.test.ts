// The WhatsApp parser's fast paths against the definitions they stand in for: the hand-written
// header reader against the header regexes, reading a text in place against splitting it into
// normalised lines, and the cached/arithmetic time formatting against Date and luxon.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isoOfMs, pad, wallPartsToUtc, wallTimeOf, wallToUtc } from '../../../main/importers/time';
import { WarningSink } from '../../../main/importers/types';
import { parseWhatsApp } from '../../../main/importers/whatsapp';
import { matchHeader, matchHeaderByPattern, matchHeaderIn } from '../../../main/importers/whatsappHeader';
import { FUZZ_RUNS, fuzzTimeout, utf8 } from './helpers';

const RUNS = { numRuns: FUZZ_RUNS * 5 };
/** Each test runs up to RUNS cases of a few milliseconds at most. */
const TIMEOUT = fuzzTimeout(FUZZ_RUNS * 5, 20);
const digits = fc.stringMatching(/^\d{1,5}$/);
const piece = fc.oneof(
  digits,
  digits,
  fc.constantFrom('[', ']', '] ', '/', '.', '-', '–', ',', ', ', ' ', ':', ': ', ' - ', ' -', '. ', ' PM', ' a. m.', 'AM', '午後', ' г.', ' ч.', 'klo ', 'ص', 'SA', 'Anna', 'x', '\n'),
);
/** Header-shaped lines: date fields, separators, a time, and now and then something unexpected. */
const headerish = fc.tuple(fc.boolean(), fc.array(piece, { minLength: 3, maxLength: 16 })).map(([bracket, parts]) => (bracket ? '[' : '') + parts.join(''));
/** Mostly real header shapes (right field widths, matching brackets), with now and then a flaw. */
const field = (...widths: number[]) =>
  fc.oneof({ arbitrary: fc.constantFrom(...widths), weight: 6 }, { arbitrary: fc.integer({ min: 1, max: 5 }), weight: 1 }).chain((n) => fc.stringMatching(new RegExp(`^\\d{${n}}$`)));
const wellFormed = fc
  .record({
    bracket: fc.boolean(),
    a: field(1, 2, 4),
    s1: fc.constantFrom('/', '.', '-', '. '),
    b: field(1, 2),
    s2: fc.constantFrom('/', '.', '-'),
    c: field(2, 4),
    sep: fc.constantFrom(', ', ', ', ',', ' ', ' г., ', ', klo '),
    h: field(1, 2),
    hm: fc.constantFrom(':', ':', '.'),
    mi: field(2),
    sec: fc.constantFrom('', '', ':05', '.59', ':5'),
    marker: fc.constantFrom('', '', '', ' PM', '\u0020a. m.', ' ч.'),
    end: fc.constantFrom('', '', '', ' -', ' – ', '- ', ' -x', ' ]'),
    body: fc.constantFrom('Anna: hi', 'x', '', ' - y'),
  })
  .map((r) => {
    const end = r.end || (r.bracket ? '] ' : ' - ');
    return `${r.bracket ? '[' : ''}${r.a}${r.s1}${r.b}${r.s2}${r.c}${r.sep}${r.h}${r.hm}${r.mi}${r.sec}${r.marker}${end}${r.body}`;
  });

describe('header fast path', () => {
  it('matchHeader agrees with the header regexes', () => {
    fc.assert(
      fc.property(fc.oneof(headerish, wellFormed), (line) => {
        const norm = line.split('\n')[0] ?? '';
        expect(matchHeader(norm)).toEqual(matchHeaderByPattern(norm));
      }),
      RUNS,
    );
  }, TIMEOUT);

  it('matchHeaderIn reads a line in place exactly as matchHeader reads it cut out', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(headerish, wellFormed), { minLength: 1, maxLength: 6 }), (lines) => {
        const text = lines.join('\n');
        let from = 0;
        for (const line of text.split('\n')) {
          expect(matchHeaderIn(text, from, from + line.length)).toEqual(matchHeader(line));
          from += line.length + 1;
        }
      }),
      RUNS,
    );
  }, TIMEOUT);
});

describe('reading a text in place', () => {
  it('gives the same export as the line-by-line path (forced here by CRLF line endings)', () => {
    const line = fc.oneof(wellFormed, headerish, fc.constantFrom('', 'more text', '20/01/2019, 11:23 - Anna:x', '20/01/2019, 11:23 - Security code changed:see'));
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 12 }), fc.constantFrom('', '\n'), fc.constantFrom(undefined, 'Europe/Berlin'), (lines, last, zone) => {
        const text = lines.join('\n').replace(/\r/g, '') + last;
        const options = zone === undefined ? {} : { zone };
        const read = (t: string) => {
          try {
            return parseWhatsApp(utf8(t), options);
          } catch (error) {
            return error;
          }
        };
        expect(read(text)).toEqual(read(text.replace(/\n/g, '\r\n')));
      }),
      RUNS,
    );
  }, TIMEOUT);
});

describe('time formatting fast paths', () => {
  it('isoOfMs is Date#toISOString', () => {
    const ms = fc.oneof(
      fc.integer({ min: -62_167_219_200_001, max: 253_402_300_800_001 }),
      fc.integer({ min: 0, max: 2_000_000_000_000 }),
      fc.double({ min: -1e16, max: 1e16, noNaN: true }),
    );
    fc.assert(
      fc.property(ms, (n) => {
        // Out of Date's range both throw the same RangeError.
        const outcome = (f: () => string): string => {
          try {
            return f();
          } catch (error) {
            return String(error);
          }
        };
        expect(outcome(() => isoOfMs(n))).toBe(outcome(() => new Date(n).toISOString()));
      }),
      RUNS,
    );
  }, TIMEOUT);

  it('wallTimeOf matches its definition (Date for month lengths, zero-padded fields)', () => {
    const reference = (y: number, mo: number, d: number, h: number, mi: number, s: number): string | null => {
      if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 59) return null;
      if (d > new Date(Date.UTC(y, mo, 0)).getUTCDate()) return null;
      return `${pad(y, 4)}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(s)}`;
    };
    const parts = fc.tuple(
      fc.oneof(fc.integer({ min: 0, max: 120 }), fc.integer({ min: 1890, max: 2100 }), fc.integer({ min: 0, max: 9999 })),
      fc.integer({ min: 0, max: 13 }),
      fc.integer({ min: 0, max: 32 }),
      fc.integer({ min: 0, max: 24 }),
      fc.integer({ min: 0, max: 60 }),
      fc.integer({ min: 0, max: 60 }),
    );
    fc.assert(
      fc.property(parts, (p) => {
        expect(wallTimeOf(...p)).toBe(reference(...p));
      }),
      RUNS,
    );
  }, TIMEOUT);

  it('wallPartsToUtc gives what wallToUtc gives, warnings included', () => {
    const zones = ['Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'Europe/Amsterdam', 'Europe/Minsk'];
    const parts = fc.tuple(
      fc.integer({ min: 1895, max: 2035 }),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 1, max: 28 }),
      fc.integer({ min: 0, max: 23 }),
      fc.integer({ min: 0, max: 59 }),
      fc.integer({ min: 0, max: 59 }),
    );
    fc.assert(
      fc.property(parts, fc.constantFrom(...zones), ([y, mo, d, h, mi, s], zone) => {
        const wall = wallTimeOf(y, mo, d, h, mi, s) ?? '';
        const [fast, slow] = [new WarningSink(), new WarningSink()];
        expect([wallPartsToUtc(y, mo, d, h, mi, s, wall, zone, 1, fast), fast.finish()]).toEqual([wallToUtc(wall, zone, 1, slow), slow.finish()]);
      }),
      { numRuns: FUZZ_RUNS }, // every case is a new hour for luxon: slow
    );
    for (const [wall, zone] of [['2023-03-26T02:30:00', 'Europe/Berlin'], ['2023-10-29T02:30:00', 'Europe/Berlin'], ['2023-04-02T01:45:00', 'Australia/Lord_Howe']] as const) {
      const [y, mo, d, h, mi, s] = wall.split(/[-T:]/).map(Number) as [number, number, number, number, number, number];
      const [fast, slow] = [new WarningSink(), new WarningSink()];
      expect([wallPartsToUtc(y, mo, d, h, mi, s, wall, zone, 7, fast), fast.finish()]).toEqual([wallToUtc(wall, zone, 7, slow), slow.finish()]);
      expect(fast.finish()).toHaveLength(1);
    }
  }, TIMEOUT);
});
