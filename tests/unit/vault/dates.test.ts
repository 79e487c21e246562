// How a date that matters stands today (main/vault/dates.ts standing()): whole calendar days
// counted in the date's own zone. Pinned on daylight-saving days and in zones far from UTC, and
// against luxon — the old implementation, kept here only as a second opinion — for any instant.
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { DUE_SOON_DAYS, type ImportantDate } from '../../../shared/dates';
import { standing } from '../../../main/vault/dates';

function date(from: string, zone: string, to?: string): ImportantDate {
  return { id: '00000000-0000-4000-8000-000000000001', kind: 'hearing', from, ...(to === undefined ? {} : { to }), zone, title: 'Суд', recordedAt: '2025-01-01T00:00:00.000Z' };
}

/** standing() as it was written with luxon, word for word: the second opinion. */
function luxonStanding(d: ImportantDate, now: Date) {
  const today = DateTime.fromJSDate(now).setZone(d.zone).startOf('day');
  const day = (iso: string) => DateTime.fromISO(iso, { zone: d.zone }).startOf('day');
  const untilStart = Math.round(day(d.from).diff(today, 'days').days);
  const daysLeft = Math.round(day(d.to ?? d.from).diff(today, 'days').days);
  const status = daysLeft < 0 ? 'past' : untilStart > 0 ? 'upcoming' : d.to !== undefined && d.to !== d.from ? 'running' : 'today';
  return { daysLeft, status, due: status === 'today' || status === 'running' || (status === 'upcoming' && untilStart <= DUE_SOON_DAYS) };
}

/** Far from UTC either way, half and quarter hours, daylight saving north and south, clocks that
 *  jump at midnight (Santiago, Havana, Beirut), and the zones she lives in. */
const ZONES = [
  'Europe/Minsk', 'Europe/Moscow', 'Europe/Kyiv', 'Asia/Vladivostok', 'Asia/Kamchatka', 'Europe/London',
  'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Pacific/Chatham', 'Pacific/Apia', 'Australia/Lord_Howe',
  'Asia/Kathmandu', 'America/St_Johns', 'America/Santiago', 'America/Havana', 'Asia/Beirut', 'America/New_York', 'UTC',
];

describe('standing(): days left in the date’s own zone', () => {
  it('counts "today" where the date applies, far east and far west of UTC', () => {
    // 10:30 UTC on 9 June is 00:30 on 10 June in Kiritimati (+14) and 23:30 on 8 June in Pago Pago (-11).
    const now = new Date('2025-06-09T10:30:00Z');
    expect(standing(date('2025-06-10', 'Pacific/Kiritimati'), now)).toEqual({ daysLeft: 0, status: 'today', due: true });
    expect(standing(date('2025-06-10', 'Pacific/Pago_Pago'), now)).toEqual({ daysLeft: 2, status: 'upcoming', due: true });
    expect(standing(date('2025-06-08', 'Pacific/Pago_Pago'), now)).toEqual({ daysLeft: 0, status: 'today', due: true });
    expect(standing(date('2025-06-08', 'Pacific/Kiritimati'), now)).toEqual({ daysLeft: -2, status: 'past', due: false });
    // 23:44 in Kathmandu (+05:45) is still the 9th; a minute later it is the 10th.
    expect(standing(date('2025-06-10', 'Asia/Kathmandu'), new Date('2025-06-09T17:59:00Z')).daysLeft).toBe(1);
    expect(standing(date('2025-06-10', 'Asia/Kathmandu'), new Date('2025-06-09T18:15:00Z')).daysLeft).toBe(0);
  });

  it('counts whole days across the nights the clocks change, including changes at midnight', () => {
    // London, 30 March 2025: a 23-hour day. From the 29th at 23:30 the hearing on the 31st is 2 days off.
    expect(standing(date('2025-03-31', 'Europe/London'), new Date('2025-03-29T23:30:00Z')).daysLeft).toBe(2);
    expect(standing(date('2025-03-31', 'Europe/London'), new Date('2025-03-30T23:30:00Z')).daysLeft).toBe(0);
    // London, 26 October 2025: a 25-hour day; at 23:30 local on the 26th it is still the 26th.
    expect(standing(date('2025-10-27', 'Europe/London'), new Date('2025-10-26T23:30:00Z')).daysLeft).toBe(1);
    // Santiago, 7 September 2025: clocks jump from 00:00 to 01:00, so that day has no midnight.
    expect(standing(date('2025-09-07', 'America/Santiago'), new Date('2025-09-07T04:30:00Z'))).toEqual({ daysLeft: 0, status: 'today', due: true });
    expect(standing(date('2025-09-07', 'America/Santiago'), new Date('2025-09-07T03:59:00Z')).daysLeft).toBe(1);
    // Santiago, 6 April 2025: midnight happens twice (23:59 → 23:00 on the 5th); the 5th lasts 25 hours.
    expect(standing(date('2025-04-06', 'America/Santiago'), new Date('2025-04-06T03:30:00Z')).daysLeft).toBe(1);
    expect(standing(date('2025-04-06', 'America/Santiago'), new Date('2025-04-06T04:30:00Z')).daysLeft).toBe(0);
    // Lord Howe (+10:30, half an hour forward at 02:00 on 5 October 2025): 13:15 UTC on the 4th is
    // 23:45 there, 13:45 UTC is 00:15 on the 5th, the day of the change.
    expect(standing(date('2025-10-06', 'Australia/Lord_Howe'), new Date('2025-10-04T13:15:00Z')).daysLeft).toBe(2);
    expect(standing(date('2025-10-06', 'Australia/Lord_Howe'), new Date('2025-10-04T13:45:00Z')).daysLeft).toBe(1);
    // Apia skipped 30 December 2011 entirely. Days are counted on the calendar, as they always
    // were: from 02:00 on the 29th the 31st is 2 days off, though only one day of clock passes.
    expect(standing(date('2011-12-31', 'Pacific/Apia'), new Date('2011-12-29T12:00:00Z')).daysLeft).toBe(2);
  });

  it('names a range running, a single day today, and due within DUE_SOON_DAYS', () => {
    const now = new Date('2025-06-09T22:30:00Z'); // 01:30 on 10 June in Minsk
    expect(standing(date('2025-06-01', 'Europe/Minsk', '2025-06-15'), now)).toEqual({ daysLeft: 5, status: 'running', due: true });
    expect(standing(date('2025-06-10', 'Europe/Minsk', '2025-06-10'), now)).toEqual({ daysLeft: 0, status: 'today', due: true });
    expect(standing(date('2025-06-17', 'Europe/Minsk'), now)).toEqual({ daysLeft: DUE_SOON_DAYS, status: 'upcoming', due: true });
    expect(standing(date('2025-06-18', 'Europe/Minsk'), now)).toEqual({ daysLeft: DUE_SOON_DAYS + 1, status: 'upcoming', due: false });
    expect(standing(date('2024-06-10', 'Europe/Minsk'), now)).toEqual({ daysLeft: -365, status: 'past', due: false });
  });

  it('agrees with luxon for any instant, any day within two years, in any of these zones', () => {
    const start = Date.UTC(2000, 0, 1);
    fc.assert(
      fc.property(
        fc.integer({ min: start / 60_000, max: Date.UTC(2035, 0, 1) / 60_000 }),
        fc.integer({ min: -800, max: 800 }),
        fc.integer({ min: 0, max: 40 }),
        fc.constantFrom(...ZONES),
        (minute, offsetDays, length, zone) => {
          const now = new Date(minute * 60_000);
          const day = (n: number) => new Date(now.getTime() + n * 86_400_000).toISOString().slice(0, 10);
          const d = date(day(offsetDays), zone, length === 0 ? undefined : day(offsetDays + length));
          expect(standing(d, now), `${now.toISOString()} ${zone} ${d.from}–${d.to}`).toEqual(luxonStanding(d, now));
        },
      ),
      { numRuns: 1000 },
    );
  });
});
