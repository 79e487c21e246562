// Zone conversion (with its per-hour shortcut) and ISO-with-offset parsing.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { isoWithOffsetToUtc, wallTimeOf, wallToUtc } from '../../../main/importers/time';
import { WarningSink } from '../../../main/importers/types';

describe('wallToUtc', () => {
  // Zones with DST, half-hour and 45-minute offsets, and a 30-minute DST shift (Lord Howe).
  const zones = ['Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kolkata', 'America/St_Johns', 'Europe/Minsk', 'Pacific/Chatham', 'UTC'];

  it('agrees with luxon everywhere, including transition hours (earliest instant for repeated times)', () => {
    const wall = fc
      .record({
        y: fc.integer({ min: 1990, max: 2035 }),
        mo: fc.integer({ min: 1, max: 12 }),
        d: fc.integer({ min: 1, max: 28 }),
        h: fc.integer({ min: 0, max: 23 }),
        mi: fc.integer({ min: 0, max: 59 }),
        s: fc.integer({ min: 0, max: 59 }),
      })
      .map(({ y, mo, d, h, mi, s }) => wallTimeOf(y, mo, d, h, mi, s) ?? '2000-01-01T00:00:00');
    fc.assert(
      fc.property(wall, fc.constantFrom(...zones), (w, zone) => {
        const local = DateTime.fromISO(w, { zone });
        const chosen = local.getPossibleOffsets().reduce((a, b) => (b.toMillis() < a.toMillis() ? b : a), local);
        expect(wallToUtc(w, zone, null, new WarningSink())).toBe(chosen.toUTC().toISO({ suppressMilliseconds: false }));
      }),
      { numRuns: 200 },
    );
  });

  it('reports every message in a transition hour, not only the first', () => {
    const warnings = new WarningSink();
    wallToUtc('2023-10-29T02:10:00', 'Europe/Berlin', 1, warnings);
    wallToUtc('2023-10-29T02:50:00', 'Europe/Berlin', 2, warnings);
    wallToUtc('2023-10-29T03:10:00', 'Europe/Berlin', 3, warnings);
    expect(warnings.finish().map((w) => [w.code, w.line])).toEqual([['AMBIGUOUS_LOCAL_TIME', 1], ['AMBIGUOUS_LOCAL_TIME', 2]]);
  });
});

describe('isoWithOffsetToUtc', () => {
  it.each([
    ['2024-03-01T21:14:05+01:00', '2024-03-01T20:14:05.000Z'],
    ['2024-03-01 21:14Z', '2024-03-01T21:14:00.000Z'],
    ['2024-03-01T21:14:05.123456-0530', '2024-03-02T02:44:05.123Z'],
    ['2024-03-01T21:14:05,5+14', '2024-03-01T07:14:05.500Z'],
    ['2024-02-29T00:00:00z', '2024-02-29T00:00:00.000Z'],
  ])('%s → %s', (input, expected) => expect(isoWithOffsetToUtc(input)).toBe(expected));

  it.each(['2024-03-01T21:14:05', '2024-02-30T10:00:00Z', '2023-02-29T10:00:00Z', '2024-01-01T24:00:00Z', '2024-01-01T10:00:00+19:00', '1st March', ''])('rejects %s', (input) => {
    expect(isoWithOffsetToUtc(input)).toBeNull();
  });
});
