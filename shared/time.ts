// Turning what a person types ("2024-03-05 18:30", "5 March, evening") into an instant plus the
// zone of the place. Wall time without an offset is read in the given zone, never as UTC.
import { DateTime } from 'luxon';
import type { OccurredAt, Precision } from './domain';
import { isValidTimeZone } from './domain';
import { DossierError } from './errors';

export function systemTimeZone(): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return zone && isValidTimeZone(zone) ? zone : 'UTC';
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** Reads an ISO 8601 date or date-time. With an offset (Z, +03:00) that offset fixes the instant;
 *  without one it is wall time in `zone`. A date alone means the start of that day in `zone`. */
export function parseLocalDateTime(text: string, zone: string, field = 'occurred'): DateTime {
  if (!isValidTimeZone(zone)) throw new DossierError('INVALID_INPUT', { field: 'tz', reason: 'unknown time zone' });
  const iso = text.trim().replace(' ', 'T');
  let value = DateTime.fromISO(iso, { zone, setZone: false });
  if (!value.isValid) throw new DossierError('INVALID_INPUT', { field, reason: 'not an ISO 8601 date or time' });
  // A wall time that happens twice (clocks going back) means its first occurrence, here, in the
  // renderer and in the importers alike; an explicit offset already says which one.
  if (!/(?:[zZ]|[+-]\d{2}(?::?\d{2})?)$/.test(iso)) {
    value = value.getPossibleOffsets().reduce((earliest, candidate) => (candidate.toMillis() < earliest.toMillis() ? candidate : earliest), value);
  }
  return value.setZone(zone);
}

export function toUtcIso(value: DateTime): string {
  return value.toUTC().toJSDate().toISOString();
}

export function occurredFrom(text: string, zone: string, precision: Precision, endText?: string): OccurredAt {
  let start = parseLocalDateTime(text, zone);
  if (precision === 'date' || DATE_ONLY.test(text.trim())) start = start.startOf('day');
  const occurred: OccurredAt = { at: toUtcIso(start), zone, precision };
  if (endText !== undefined) {
    const end = parseLocalDateTime(endText, zone, 'end');
    occurred.end = toUtcIso(DATE_ONLY.test(endText.trim()) ? end.endOf('day') : end);
  }
  if (precision === 'span' && occurred.end === undefined) throw new DossierError('INVALID_INPUT', { field: 'end', reason: 'a span needs an end' });
  return occurred;
}

/** The start or end of a period filter ("--from 2024-03-01 --to 2024-03-31" includes the 31st). */
export function periodBound(text: string, zone: string, side: 'from' | 'to'): string {
  const value = parseLocalDateTime(text, zone, side);
  if (!DATE_ONLY.test(text.trim())) return toUtcIso(value);
  return toUtcIso(side === 'from' ? value.startOf('day') : value.endOf('day'));
}

/** "2024-03-05 21:30 (Europe/Minsk, UTC+03:00)": the event's own zone, with its offset. */
export function formatInZone(utcIso: string, zone: string, precision: Precision = 'exact'): string {
  const value = DateTime.fromISO(utcIso, { zone: 'utc' }).setZone(zone);
  if (precision === 'date') return `${value.toFormat('yyyy-MM-dd')} (${zone})`;
  const approximate = precision === 'approximate' ? '~' : '';
  return `${approximate}${value.toFormat('yyyy-MM-dd HH:mm')} (${zone}, UTC${value.toFormat('ZZ')})`;
}
