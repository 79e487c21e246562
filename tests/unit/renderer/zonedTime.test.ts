import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DateTime } from 'luxon';
import { offsetMinutes, periodBound, utcToWall, wallToUtc } from '../../../shared/zonedTime';

/** luxon's reading of a wall time (as shared/time.ts and the importers used it): the first of two,
 *  and a time that never happened moved forward. luxon stays only as this test's second opinion. */
function luxonWallToUtc(wall: string, zone: string): string {
  const local = DateTime.fromISO(wall, { zone });
  return local.getPossibleOffsets().reduce((a, b) => (b.toMillis() < a.toMillis() ? b : a), local).toUTC().toISO()!;
}

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

  it('agrees with luxon for any minute of any day in these zones', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2000, 0, 1) / 60_000, max: Date.UTC(2035, 0, 1) / 60_000 }), fc.constantFrom(...ZONES), (minute, zone) => {
        const instant = new Date(minute * 60_000).toISOString();
        const { date, time } = utcToWall(instant, zone);
        // Wall times that occur twice (clocks going back) are ambiguous; both readers pick one.
        const ours = wallToUtc(date, time, zone);
        expect(ours).toBe(luxonWallToUtc(`${date}T${time}`, zone));
        expect(utcToWall(ours, zone)).toEqual({ date, time });
        expect(periodBound(date, zone, 'from')).toBe(luxonWallToUtc(date, zone));
      }),
      { numRuns: 2000 },
    );
  });

  it('moves a wall time that never happened forward, west of UTC too (it used to go back an hour)', () => {
    expect(wallToUtc('2024-03-10', '02:30', 'America/New_York')).toBe('2024-03-10T07:30:00.000Z'); // 03:30 EDT, not 01:30 EST
    expect(wallToUtc('2024-03-10', '02:30', 'America/St_Johns')).toBe('2024-03-10T06:00:00.000Z'); // 03:30 NDT
    expect(wallToUtc('2024-03-31', '02:30', 'Europe/Berlin')).toBe('2024-03-31T01:30:00.000Z');
    expect(wallToUtc('2024-10-27', '02:30', 'Europe/Berlin')).toBe('2024-10-27T00:30:00.000Z');
  });

  it('agrees with luxon for every half hour of every day the clocks change, 2022–2025', () => {
    const zones = ['Europe/Berlin', 'America/New_York', 'America/St_Johns', 'Australia/Lord_Howe', 'Australia/Adelaide', 'Pacific/Chatham', 'America/Santiago', 'Asia/Tehran', 'Africa/Casablanca'];
    let checked = 0;
    for (const zone of zones) {
      for (let day = Date.UTC(2022, 0, 1); day < Date.UTC(2026, 0, 1); day += 86_400_000) {
        if (offsetMinutes(day - 86_400_000, zone) === offsetMinutes(day + 2 * 86_400_000, zone)) continue;
        const date = new Date(day).toISOString().slice(0, 10);
        for (let minute = 0; minute < 1440; minute += 30) {
          const time = `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
          expect(wallToUtc(date, time, zone), `${date} ${time} ${zone}`).toBe(luxonWallToUtc(`${date}T${time}`, zone));
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThan(1500);
  });
});
