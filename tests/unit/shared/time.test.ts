import { describe, expect, it } from 'vitest';
import { formatInZone, occurredFrom, periodBound } from '../../../shared/time';
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
});
