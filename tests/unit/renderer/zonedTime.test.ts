import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { periodBound as luxonPeriodBound, occurredFrom } from '../../../shared/time';
import { periodBound, utcToWall, wallToUtc } from '../../../shared/zonedTime';

const ZONES = ['Europe/Minsk', 'Europe/Kyiv', 'Europe/Moscow', 'America/New_York', 'Asia/Yekaterinburg', 'UTC'];

describe('zonedTime (the renderer’s Intl-only wall time)', () => {
  it('reads wall time in the zone of the place, across daylight-saving changes', () => {
    expect(wallToUtc('2024-03-05', '21:30', 'Europe/Minsk')).toBe('2024-03-05T18:30:00.000Z');
    expect(wallToUtc('2024-03-30', '12:00', 'Europe/Kyiv')).toBe('2024-03-30T10:00:00.000Z');
    expect(wallToUtc('2024-03-31', '12:00', 'Europe/Kyiv')).toBe('2024-03-31T09:00:00.000Z');
    expect(wallToUtc('2024-07-01', '09:00', 'America/New_York')).toBe('2024-07-01T13:00:00.000Z');
    expect(wallToUtc('2024-03-05', null, 'Europe/Minsk')).toBe('2024-03-04T21:00:00.000Z');
    expect(periodBound('2024-03-31', 'Europe/Minsk', 'to')).toBe('2024-03-31T20:59:59.999Z');
    // 02:00 happened twice in Minsk on 27 Oct 2002 (clocks went back): the first one, as luxon reads it.
    expect(wallToUtc('2002-10-27', '02:00', 'Europe/Minsk')).toBe('2002-10-26T23:00:00.000Z');
    expect(wallToUtc('2024-11-03', '01:30', 'America/New_York')).toBe('2024-11-03T05:30:00.000Z');
  });

  it('says which field is wrong', () => {
    expect(() => wallToUtc('2024-03-05', '21:30', 'Mars/Olympus')).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', details: expect.objectContaining({ field: 'tz' }) }));
    expect(() => wallToUtc('2024-02-30', null, 'UTC', 'end')).toThrow(expect.objectContaining({ details: expect.objectContaining({ field: 'end' }) }));
    expect(() => wallToUtc('2024-02-03', '25:00', 'UTC')).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });

  it('agrees with shared/time.ts (luxon) for any minute of any day in these zones', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2000, 0, 1) / 60_000, max: Date.UTC(2035, 0, 1) / 60_000 }), fc.constantFrom(...ZONES), (minute, zone) => {
        const instant = new Date(minute * 60_000).toISOString();
        const { date, time } = utcToWall(instant, zone);
        // Wall times that occur twice (clocks going back) are ambiguous; both readers pick one.
        const ours = wallToUtc(date, time, zone);
        expect(ours).toBe(occurredFrom(`${date}T${time}`, zone, 'exact').at);
        expect(utcToWall(ours, zone)).toEqual({ date, time });
        expect(periodBound(date, zone, 'from')).toBe(luxonPeriodBound(date, zone, 'from'));
      }),
      { numRuns: 2000 },
    );
  });
});
