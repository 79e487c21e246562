// Dates as a court reads them: dd.mm.yyyy, in the zone of the place where it happened (the zone is
// always said beside a time: a time without its zone is not evidence).
import { DateTime } from 'luxon';
import type { OccurredAt } from '../../shared/domain';

export interface CourtTime {
  /** 05.03.2024 */
  date: string;
  /** 18:30, or null when only the day is known. */
  time: string | null;
  approximate: boolean;
  zone: string;
  /** The end of a span, dd.mm.yyyy, when it ends on another day. */
  untilDate: string | null;
}

export function courtDate(utcIso: string, zone: string): string {
  return DateTime.fromISO(utcIso, { zone: 'utc' }).setZone(zone).toFormat('dd.MM.yyyy');
}

/** A calendar day stored as YYYY-MM-DD (a date that matters, a police report's date). */
export function courtDay(isoDay: string): string {
  const [y, m, d] = isoDay.split('-');
  return `${d}.${m}.${y}`;
}

export function courtTime(occurred: OccurredAt): CourtTime {
  const start = DateTime.fromISO(occurred.at, { zone: 'utc' }).setZone(occurred.zone);
  const date = start.toFormat('dd.MM.yyyy');
  const end = occurred.end ? courtDate(occurred.end, occurred.zone) : null;
  return {
    date,
    time: occurred.precision === 'date' ? null : start.toFormat('HH:mm'),
    approximate: occurred.precision === 'approximate',
    zone: occurred.zone,
    untilDate: end && end !== date ? end : null,
  };
}
