import { describe, expect, it } from 'vitest';
// What the command line reads and writes about time, through the one module for zoned time.
import { isoWhenText as formatInZone } from '../../../shared/timeFormat';
import { occurredFrom, periodBoundOrInstant as periodBound, readInstant } from '../../../shared/zonedTime';
import { DossierError } from '../../../shared/errors';

describe('time of an event', () => {
  it('reads wall time in the given zone, never as UTC', () => {
    expect(occurredFrom('2024-03-05T18:30', 'Europe/Minsk', 'exact')).toEqual({ at: '2024-03-05T15:30:00.000Z', zone: 'Europe/Minsk', precision: 'exact' });
    expect(occurredFrom('2024-07-01 09:00', 'Europe/Kyiv', 'approximate').at).toBe('2024-07-01T06:00:00.000Z'); // summer time, +03:00
    expect(occurredFrom('2024-01-01 09:00', 'Europe/Kyiv', 'exact').at).toBe('2024-01-01T07:00:00.000Z'); // winter, +02:00
  });

  it('reads a wall time that happened twice (clocks going back) as its first occurrence', () => {
    expect(occurredFrom('2030-10-27T03:00', 'Europe/Kyiv', 'exact').at).toBe('2030-10-27T00:00:00.000Z');
    expect(occurredFrom('2002-10-27T02:00', 'Europe/Minsk', 'exact').at).toBe('2002-10-26T23:00:00.000Z');
    expect(occurredFrom('2024-11-03T01:30', 'America/New_York', 'exact').at).toBe('2024-11-03T05:30:00.000Z');
    // With an explicit offset the second occurrence can still be named.
    expect(occurredFrom('2024-11-03T01:30-05:00', 'America/New_York', 'exact').at).toBe('2024-11-03T06:30:00.000Z');
  });

  it('lets an explicit offset fix the instant, and keeps the zone for display', () => {
    expect(occurredFrom('2024-03-05T15:30:00Z', 'Europe/Moscow', 'exact')).toEqual({ at: '2024-03-05T15:30:00.000Z', zone: 'Europe/Moscow', precision: 'exact' });
    expect(occurredFrom('2024-03-05T18:30+03:00', 'UTC', 'exact').at).toBe('2024-03-05T15:30:00.000Z');
  });

  it('takes a date as the start of that day in the zone; a span needs an end, a date end is the day\'s end', () => {
    expect(occurredFrom('2024-03-05', 'Europe/Minsk', 'date').at).toBe('2024-03-04T21:00:00.000Z');
    const span = occurredFrom('2024-03-01', 'Europe/Minsk', 'span', '2024-03-03');
    expect(span).toMatchObject({ at: '2024-02-29T21:00:00.000Z', end: '2024-03-03T20:59:59.999Z' });
    expect(() => occurredFrom('2024-03-01', 'UTC', 'span')).toThrow(DossierError);
  });

  it('refuses invalid dates and unknown zones with INVALID_INPUT', () => {
    for (const [text, zone] of [['2024-13-01', 'UTC'], ['yesterday', 'UTC'], ['2024-02-30', 'UTC'], ['2024-03-01', 'Mars/Base'], ['2024-03-01', '']]) {
      try {
        occurredFrom(text!, zone!, 'exact');
        expect.unreachable(`${text} in ${zone} was accepted`);
      } catch (error) {
        expect((error as DossierError).code).toBe('INVALID_INPUT');
      }
    }
  });

  it('makes period bounds that include the whole last day', () => {
    expect(periodBound('2024-03-31', 'UTC', 'to')).toBe('2024-03-31T23:59:59.999Z');
    expect(periodBound('2024-03-01', 'Europe/Minsk', 'from')).toBe('2024-02-29T21:00:00.000Z');
  });

  it('shows a time in the event\'s own zone with its offset', () => {
    expect(formatInZone('2024-03-05T15:30:00.000Z', 'Europe/Minsk')).toBe('2024-03-05 18:30 (Europe/Minsk, UTC+03:00)');
    expect(formatInZone('2024-03-05T15:30:00.000Z', 'America/New_York', 'approximate')).toBe('~2024-03-05 10:30 (America/New_York, UTC-05:00)');
    expect(formatInZone('2024-03-04T21:00:00.000Z', 'Europe/Minsk', 'date')).toBe('2024-03-05 (Europe/Minsk)');
  });

  it('reads the ISO 8601 forms the command line always took, with the same instants', () => {
    const cases: [string, string][] = [
      ['2024', '2023-12-31T21:00:00.000Z'],
      ['2024-03', '2024-02-29T21:00:00.000Z'],
      ['20240305', '2024-03-04T21:00:00.000Z'],
      ['2024-03-05T18', '2024-03-05T15:00:00.000Z'],
      ['2024-03-05T1830', '2024-03-05T15:30:00.000Z'],
      ['20240305T183015', '2024-03-05T15:30:15.000Z'],
      ['2024-03-05T18:30:15.123456', '2024-03-05T15:30:15.123Z'],
      ['2024-03-05T18:30:15,5', '2024-03-05T15:30:15.500Z'],
      ['2024-03-05T18:30+03', '2024-03-05T15:30:00.000Z'],
      ['2024-03-05T18:30+0330', '2024-03-05T15:00:00.000Z'],
      ['2024-03-05t18:30z', '2024-03-05T18:30:00.000Z'],
      ['2024-03-05T18:30-00:00', '2024-03-05T18:30:00.000Z'],
      ['2024-03-05T24:00', '2024-03-05T21:00:00.000Z'],
      ['  2024-03-05 18:30 ', '2024-03-05T15:30:00.000Z'],
      ['2024-03-05T15:30:00.000Z', '2024-03-05T15:30:00.000Z'],
    ];
    for (const [text, at] of cases) expect(readInstant(text, 'Europe/Minsk'), text).toBe(at);
    // A time alone is today in the zone.
    expect(readInstant('18:30', 'Europe/Minsk', 'occurred', Date.parse('2026-11-30T12:00:00Z'))).toBe('2026-11-30T15:30:00.000Z');
  });

  it('refuses an offset no clock has (luxon took +03:75 and +19:00) and forms nobody types, with INVALID_INPUT', () => {
    for (const text of ['2024-03-05T18:30+03:75', '2024-03-05T18:30+19:00', '2024-03-05T18:30:60', '2024-3-5', '2024-03-05  18:30', '2024-03-05T18:30:15.', '2024-W10-2', '2024-065', 'T18:30', '2024-03-05T24:30']) {
      expect(() => readInstant(text, 'Europe/Minsk'), text).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', details: expect.objectContaining({ field: 'occurred' }) }));
    }
  });

  it('moves a wall time that never happened forward and takes the first of one that happened twice, east and west of UTC', () => {
    // Berlin: 02:00 → 03:00 on 31 March 2024; 03:00 → 02:00 on 27 October 2024.
    expect(occurredFrom('2024-03-31T02:30', 'Europe/Berlin', 'exact').at).toBe('2024-03-31T01:30:00.000Z'); // 03:30 CEST
    expect(occurredFrom('2024-10-27T02:30', 'Europe/Berlin', 'exact').at).toBe('2024-10-27T00:30:00.000Z'); // the first 02:30 (CEST)
    // New York: 02:00 → 03:00 on 10 March 2024. The renderer's copy read 02:30 as 01:30 EST.
    expect(occurredFrom('2024-03-10T02:30', 'America/New_York', 'exact').at).toBe('2024-03-10T07:30:00.000Z'); // 03:30 EDT
  });

  it('reads half-hour zones', () => {
    expect(occurredFrom('2024-03-05T18:30', 'Asia/Kolkata', 'exact').at).toBe('2024-03-05T13:00:00.000Z');
    expect(formatInZone('2024-03-05T13:00:00.000Z', 'Asia/Kolkata')).toBe('2024-03-05 18:30 (Asia/Kolkata, UTC+05:30)');
    expect(periodBound('2024-03-05', 'Asia/Kathmandu', 'to')).toBe('2024-03-05T18:14:59.999Z');
  });

  it('bounds a period by an instant when the flag carries a time', () => {
    expect(periodBound('2024-03-05T18:30', 'Europe/Minsk', 'to')).toBe('2024-03-05T15:30:00.000Z');
    expect(() => periodBound('31.03.2024', 'UTC', 'to')).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', details: expect.objectContaining({ field: 'to' }) }));
  });
});
