// The pieces of the one module for zoned time that the importers, the CLI and the charts now share.
import { describe, expect, it } from 'vitest';
import { isoWhenText, readTypedDay } from '../../../shared/timeFormat';
import fc from 'fast-check';
import { isCalendarDay, localDay, offsetMinutes, utcToWall, wallClock, wallPartsToInstant } from '../../../shared/zonedTime';

const at = (ms: number) => new Date(ms).toISOString();
const wall = (year: number, month: number, day: number, hour: number, minute: number) => ({ year, month, day, hour, minute, second: 0 });

describe('wallPartsToInstant', () => {
  it('says whether a wall time happened once, never (moved forward) or twice (the first taken)', () => {
    const gap = wallPartsToInstant(wall(2024, 3, 31, 2, 30), 'Europe/Berlin');
    expect([at(gap.ms), gap.kind]).toEqual(['2024-03-31T01:30:00.000Z', 'gap']);
    const twice = wallPartsToInstant(wall(2024, 10, 27, 2, 30), 'Europe/Berlin');
    expect([at(twice.ms), twice.kind]).toEqual(['2024-10-27T00:30:00.000Z', 'overlap']);
    const once = wallPartsToInstant({ ...wall(2024, 3, 5, 18, 30), second: 15, millis: 250 }, 'Asia/Kolkata');
    expect([at(once.ms), once.kind]).toEqual(['2024-03-05T13:00:15.250Z', 'exact']);
    // 45-minute offsets, and a half-hour daylight-saving jump (Lord Howe: 02:00 → 02:30).
    expect(at(wallPartsToInstant(wall(2024, 3, 5, 18, 30), 'Asia/Kathmandu').ms)).toBe('2024-03-05T12:45:00.000Z');
    expect(wallPartsToInstant(wall(2024, 10, 6, 2, 15), 'Australia/Lord_Howe').kind).toBe('gap');
  });
});

describe('calendar days', () => {
  it('knows which days exist', () => {
    expect(isCalendarDay(2024, 2, 29)).toBe(true);
    expect(isCalendarDay(2023, 2, 29)).toBe(false);
    expect(isCalendarDay(2024, 2, 31)).toBe(false);
    expect(isCalendarDay(2024, 13, 1)).toBe(false);
    expect(isCalendarDay(24, 3, 5)).toBe(true);
  });

  it('gives the local day of an instant', () => {
    expect(localDay('2024-03-05T21:30:00.000Z', 'Europe/Minsk')).toBe('2024-03-06');
    expect(localDay('2024-03-05T18:29:00.000Z', 'Asia/Kolkata')).toBe('2024-03-05');
    expect(localDay('2024-03-05T18:30:00.000Z', 'Asia/Kolkata')).toBe('2024-03-06');
  });
});

describe('the command line', () => {
  it('reads days with dots or ISO only, and refuses 31.02.2024 and 5/3/2024', () => {
    expect(readTypedDay('06.03.2024', true)).toEqual({ day: '2024-03-06' });
    expect(readTypedDay('6.3.2024', true)).toEqual({ day: '2024-03-06' });
    expect(readTypedDay('2024-03-06', true)).toEqual({ day: '2024-03-06' });
    expect(readTypedDay('31.02.2024', true)).toEqual({ problem: 'dateNoSuchDay' });
    expect(readTypedDay('5/3/2024', true)).toEqual({ problem: 'dateFormat' });
    expect(readTypedDay('5/3/2024')).toEqual({ day: '2024-03-05' }); // the app's field, with its dd/mm/yyyy hint
  });

  it('writes an instant with its zone and offset, +05:30 and west of UTC too', () => {
    expect(isoWhenText('2024-03-05T13:00:00.000Z', 'Asia/Kolkata')).toBe('2024-03-05 18:30 (Asia/Kolkata, UTC+05:30)');
    expect(isoWhenText('2024-03-10T07:30:00.000Z', 'America/New_York', 'approximate')).toBe('~2024-03-10 03:30 (America/New_York, UTC-04:00)');
    expect(isoWhenText('2024-03-10T07:30:00.000Z', 'America/New_York', 'date')).toBe('2024-03-10 (America/New_York)');
  });
});

/** 2 January of year 1 (Date.UTC(1, …) would be 1901: it reads years 0–99 as 1900–1999). */
const YEAR_ONE = Date.parse('0001-01-02T00:00:00Z');

describe('the wall clock read from the formatted text (issue 9, bench)', () => {
  // What Intl's own parts say, the way wallParts read them before it read the text instead.
  function byParts(ms: number, zone: string): { date: string; time: string } {
    const parts = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' }).formatToParts(new Date(ms));
    const get = (type: string) => Number(parts.find((part) => part.type === type)?.value ?? 0);
    const two = (n: number) => String(n).padStart(2, '0');
    return { date: `${String(get('year')).padStart(4, '0')}-${two(get('month'))}-${two(get('day'))}`, time: `${two(get('hour') % 24)}:${two(get('minute'))}` };
  }

  it('agrees with the parts in every kind of zone, across transitions and outside years 1000-9999', () => {
    const zones = ['UTC', 'Europe/Minsk', 'Europe/Berlin', 'America/New_York', 'America/St_Johns', 'Asia/Kolkata', 'Asia/Kathmandu', 'Pacific/Chatham', 'Australia/Lord_Howe', 'Pacific/Kiritimati'];
    const instants = [Date.UTC(2024, 2, 31, 0, 59, 59), Date.UTC(2024, 9, 27, 1, 0, 0), Date.UTC(1930, 5, 1), Date.UTC(2099, 11, 31, 23, 59, 59), Date.UTC(999, 0, 1, 12), Date.UTC(12000, 6, 1)];
    // Years 1–99 (a date typed 0024 for 2024): Date.UTC reads them as 1900–1999.
    instants.push(...['0024-03-02T10:00:00Z', '0001-01-01T12:00:00Z', '0099-12-31T23:30:00Z', '0050-06-15T00:10:00Z'].map((iso) => Date.parse(iso)));
    for (let ms = Date.UTC(2023, 0, 1); ms < Date.UTC(2025, 0, 1); ms += 7 * 3_600_000 + 13 * 60_000) instants.push(ms);
    for (const zone of zones) {
      for (const ms of instants) expect([zone, utcToWall(new Date(ms).toISOString(), zone)]).toEqual([zone, byParts(ms, zone)]);
    }
  });

  it('gives the wall clock a Date with the offset would give (property, years 1-9999, leap days, negative offsets)', () => {
    const byDate = (ms: number, zone: string) => {
      const local = new Date(ms + offsetMinutes(ms, zone) * 60_000);
      return { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate(), hour: local.getUTCHours(), minute: local.getUTCMinutes(), second: local.getUTCSeconds() };
    };
    const zones = fc.constantFrom('UTC', 'Europe/Minsk', 'America/St_Johns', 'Asia/Kathmandu', 'Pacific/Kiritimati');
    fc.assert(
      fc.property(fc.integer({ min: YEAR_ONE, max: Date.UTC(9999, 11, 30) }), zones, (ms, zone) => {
        const iso = new Date(ms).toISOString();
        expect(wallClock(iso, zone)).toEqual(byDate(ms, zone));
      }),
      { numRuns: 3000 },
    );
    for (const iso of ['2024-02-29T23:59:59.999Z', '2000-02-29T12:00:00Z', '1900-03-01T00:00:00Z', '1969-12-31T23:59:59Z', '0001-01-01T00:00:00Z', '2100-02-28T22:30:00Z']) {
      for (const zone of ['UTC', 'Europe/Minsk', 'America/New_York']) expect(wallClock(iso, zone)).toEqual(byDate(Date.parse(iso), zone));
    }
  });

  it('never puts a wall clock more than a day from UTC, whatever the year (property, years 1-9999)', () => {
    const zones = fc.constantFrom('UTC', 'Europe/Minsk', 'America/St_Johns', 'Asia/Kathmandu', 'Pacific/Kiritimati');
    fc.assert(
      fc.property(fc.integer({ min: YEAR_ONE, max: Date.UTC(9999, 11, 30) }), zones, (ms, zone) => {
        expect(Math.abs(offsetMinutes(ms, zone))).toBeLessThanOrEqual(24 * 60);
      }),
      { numRuns: 2000 },
    );
    expect(wallClock('0024-03-02T10:00:00.000Z', 'UTC')).toMatchObject({ year: 24, month: 3, day: 2, hour: 10 });
  });

  it('keeps offsets apart per zone', () => {
    const ms = Date.UTC(2024, 6, 1, 12);
    expect([offsetMinutes(ms, 'Europe/Minsk'), offsetMinutes(ms, 'Asia/Kolkata'), offsetMinutes(ms, 'America/St_Johns'), offsetMinutes(ms, 'Europe/Minsk')]).toEqual([180, 330, -150, 180]);
  });
});
