// The one module for zoned time: wall time in a named zone <-> UTC instants, with the engine's own
// Intl time-zone data only, so the renderer, the CLI, the importers and the PDF read the same clock
// (ARCHITECTURE.md "Time"). Wall time without an offset is read in the given zone, never as UTC.
// No luxon: it is large, and its bundled comments are full of web links that the no-network check
// rightly refuses in a built bundle.
import { isValidTimeZone, type OccurredAt, type Precision } from './domain';
import { DossierError } from './errors';

export function systemTimeZone(): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return zone && isValidTimeZone(zone) ? zone : 'UTC';
}

const partsFormats = new Map<string, Intl.DateTimeFormat>();

function partsFormat(zone: string): Intl.DateTimeFormat {
  let format = partsFormats.get(zone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
    partsFormats.set(zone, format);
  }
  return format;
}

/** What partsFormat writes for years 1000–9999: "03/05/2024, 21:30:00". */
const WALL_TEXT = /^(\d{2})\/(\d{2})\/(\d{4}), (\d{2}):(\d{2}):(\d{2})$/;

function wallParts(instant: number, zone: string): Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number> {
  // The formatted text read by a pattern costs half of formatToParts (issue 9, bench: a dossier of
  // 20,000 messages asks for ~20,000 offsets). Anything else (another year range, an engine that
  // writes it differently) is read from the parts, as before.
  const text = WALL_TEXT.exec(partsFormat(zone).format(instant));
  if (text !== null) return { year: Number(text[3]), month: Number(text[1]), day: Number(text[2]), hour: Number(text[4]) % 24, minute: Number(text[5]), second: Number(text[6]) };
  const parts = partsFormat(zone).formatToParts(new Date(instant));
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((part) => part.type === type)?.value ?? 0);
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour') % 24, minute: get('minute'), second: get('second') };
}

/** How far the zone's wall clock is ahead of UTC at this instant, in ms. */
function offsetAt(instant: number, zone: string): number {
  const w = wallParts(instant, zone);
  // The wall clock's year from the instant's own UTC year (the two differ only across New Year's
  // night): Intl writes year 1 BC as "1", and Date.UTC reads years 0–99 as 1900–1999, which put
  // an entry dated 0024 (a typo for 2024) 1,900 years away.
  const utc = new Date(instant);
  const month = utc.getUTCMonth() + 1;
  const year = utc.getUTCFullYear() + (w.month === 1 && month === 12 ? 1 : w.month === 12 && month === 1 ? -1 : 0);
  const wall = new Date(0);
  wall.setUTCFullYear(year, w.month - 1, w.day);
  wall.setUTCHours(w.hour, w.minute, w.second, 0);
  return wall.getTime() - Math.floor(instant / 1000) * 1000;
}

/** Per zone: quarter hour → minutes (a number key: no string is built per lookup). */
const offsets = new Map<string, Map<number, number>>();

/** Minutes east of UTC in `zone` at `ms` (+180 in Minsk, +330 in Kolkata). Offsets change at most a
 *  few times a year and only on a quarter hour, so they are looked up once per zone and quarter
 *  hour: a dossier of 20,000 messages then costs milliseconds, not seconds. */
export function offsetMinutes(ms: number, zone: string): number {
  const quarter = Math.floor(ms / 900_000);
  let known = offsets.get(zone);
  if (known === undefined) {
    known = new Map();
    offsets.set(zone, known);
  }
  let minutes = known.get(quarter);
  if (minutes === undefined) {
    minutes = Math.round(offsetAt(quarter * 900_000, zone) / 60_000);
    if (known.size > 200_000) known.clear();
    known.set(quarter, minutes);
  }
  return minutes;
}

/** The largest instant a Date holds (ECMAScript: ±100,000,000 days from 1970). */
const MAX_DATE_MS = 8.64e15;

/** The UTC calendar day and time of `ms`, by arithmetic instead of a Date and six getters (the
 *  dossier asks ~100,000 times; issue 9, bench): H. Hinnant's days-to-civil, exact over the whole
 *  proleptic Gregorian range a Date covers, the calendar Date itself uses. */
function civilClock(ms: number): WallClock {
  const days = Math.floor(ms / 86_400_000);
  const inDay = ms - days * 86_400_000;
  const z = days + 719_468; // days since 0000-03-01
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shifted = Math.floor((5 * dayOfYear + 2) / 153); // 0 = March
  const month = shifted < 10 ? shifted + 3 : shifted - 9;
  return {
    year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0),
    month,
    day: dayOfYear - Math.floor((153 * shifted + 2) / 5) + 1,
    hour: Math.floor(inDay / 3_600_000),
    minute: Math.floor((inDay % 3_600_000) / 60_000),
    second: Math.floor((inDay % 60_000) / 1000),
  };
}

export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** What a wall clock in `zone` showed at this instant. */
export function wallClock(utcIso: string, zone: string): WallClock {
  const ms = Date.parse(utcIso);
  const localMs = ms + offsetMinutes(ms, zone) * 60_000;
  if (Math.abs(localMs) <= MAX_DATE_MS) return civilClock(localMs);
  const local = new Date(localMs);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: local.getUTCSeconds(),
  };
}

/** "2024-03-05": the calendar day of this instant in `zone` (a chart's or a count's key). */
export function localDay(utcIso: string, zone: string): string {
  const w = wallClock(utcIso, zone);
  return `${String(w.year).padStart(4, '0')}-${String(w.month).padStart(2, '0')}-${String(w.day).padStart(2, '0')}`;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** Date.UTC that reads years 0–99 as themselves (Date.UTC turns 24 into 1924). */
function utcMs(year: number, month: number, day: number, hour: number, minute: number, second: number, millis: number): number {
  const date = new Date(Date.UTC(2000, month - 1, day, hour, minute, second, millis));
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime();
}

/** Whether the calendar has this day: 31 April and 29 February 2023 do not exist. */
export function isCalendarDay(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day) || month < 1 || month > 12 || day < 1) return false;
  const check = new Date(utcMs(year, month, day, 0, 0, 0, 0));
  return check.getUTCMonth() === month - 1 && check.getUTCDate() === day;
}

/** How a wall time maps onto the clock of a zone: once, not at all (clocks went forward over it),
 *  or twice (clocks went back over it). */
export type WallTimeKind = 'exact' | 'gap' | 'overlap';

/**
 * The instant a wall clock in `zone` showed these parts (a real calendar day, hour 0–23). A wall
 * time that happens twice means its first occurrence; one that never happens is moved forward by
 * the size of the jump (02:30 on the night clocks go from 02:00 to 03:00 reads as 03:30), as luxon
 * and the chat apps do. `kind` says which, so importers can warn about the message.
 */
export function wallPartsToInstant(
  parts: WallClock & { millis?: number },
  zone: string,
): { ms: number; kind: WallTimeKind } {
  const { year, month, day, hour, minute, second } = parts;
  const guess = utcMs(year, month, day, hour, minute, second, parts.millis ?? 0);
  // Offsets run from -12:00 to +14:00, so the instant lies between guess - 14 h and guess + 12 h:
  // the offsets just outside that window are the ones before and after any transition in it.
  // (Half a day either side missed the pre-transition offset of +13:45 Chatham.)
  const around = [offsetAt(guess - 54_000_000, zone), offsetAt(guess + 46_800_000, zone)];
  // The same offset on both sides: no transition near, so the wall time happened exactly once.
  if (around[0] === around[1]) return { ms: guess - around[0]!, kind: 'exact' };
  const candidates = [...new Set(around)]
    .map((offset) => guess - offset)
    .filter((instant) => {
      const wall = wallParts(instant, zone);
      return wall.year === year && wall.month === month && wall.day === day && wall.hour === hour && wall.minute === minute && wall.second === second;
    })
    .sort((a, b) => a - b);
  if (candidates.length > 0) return { ms: candidates[0]!, kind: candidates.length > 1 ? 'overlap' : 'exact' };
  // Clocks went forward over it: read it with the offset from before the jump (the smaller one),
  // which lands after the jump. West of UTC too: 02:30 in New York on 10 March 2024 is 03:30 EDT.
  return { ms: guess - Math.min(...around), kind: 'gap' };
}

/**
 * "2024-03-05" + "21:30" in Europe/Minsk → "2024-03-05T18:30:00.000Z". No time = the start of the
 * day; `endOfDay` = its last millisecond. Around a daylight-saving change see wallPartsToInstant.
 */
export function wallToUtc(date: string, time: string | null, zone: string, field = 'occurred', endOfDay = false): string {
  if (!isValidTimeZone(zone)) throw new DossierError('INVALID_INPUT', { field: 'tz', reason: 'unknown time zone' });
  const d = DATE.exec(date.trim());
  const t = time === null ? null : TIME.exec(time.trim());
  if (d === null || (time !== null && t === null)) throw new DossierError('INVALID_INPUT', { field, reason: 'not a date or time' });
  const [year, month, day] = [Number(d[1]), Number(d[2]), Number(d[3])];
  const [hour, minute, second, millis] = endOfDay ? [23, 59, 59, 999] : t ? [Number(t[1]), Number(t[2]), Number(t[3] ?? 0), 0] : [0, 0, 0, 0];
  if (!isCalendarDay(year, month, day) || hour > 23 || minute > 59 || second > 59) {
    throw new DossierError('INVALID_INPUT', { field, reason: 'no such date or time' });
  }
  return new Date(wallPartsToInstant({ year, month, day, hour, minute, second, millis }, zone).ms).toISOString();
}

/** The wall date and time of an instant in a zone: { date: "2024-03-05", time: "21:30" }. */
export function utcToWall(utcIso: string, zone: string): { date: string; time: string } {
  const w = wallParts(Date.parse(utcIso), zone);
  const two = (n: number) => String(n).padStart(2, '0');
  return { date: `${String(w.year).padStart(4, '0')}-${two(w.month)}-${two(w.day)}`, time: `${two(w.hour)}:${two(w.minute)}` };
}

/** The start or end of a period filter: "from 2024-03-01 to 2024-03-31" includes the 31st. */
export function periodBound(date: string, zone: string, side: 'from' | 'to'): string {
  return wallToUtc(date, null, zone, side, side === 'to');
}

/** The same, for a list that filters as she types: a day that does not read yet (she is still
 *  typing, and the field says what is wrong) sets no bound instead of failing the whole list. */
export function periodBoundWhileTyping(date: string, zone: string, side: 'from' | 'to'): string | undefined {
  if (date === '') return undefined;
  try {
    return periodBound(date, zone, side);
  } catch {
    return undefined;
  }
}

// ——— Reading an ISO 8601 instant typed on the command line ———

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?|(\d{2})(\d{2}))?$/;
const ISO_TIME = /^(\d{2})(?::?(\d{2})(?::?(\d{2})(?:[.,](\d+))?)?)?(?:([zZ])|([+-])(\d{2})(?::?(\d{2}))?)?$/;

/**
 * "2024-03-05T18:30", "2024-03-05 18:30", "2024-03-05" (the start of that day), "20240305T1830",
 * "2024-03" or "2024" (the start of that month or year), or "18:30" (today) → a UTC instant.
 * Without an offset it is wall time in `zone` (see wallPartsToInstant for daylight-saving changes);
 * with one (Z, +03:00, -0530, +05) the offset fixes the instant. Week and ordinal dates are refused:
 * nobody reads a police paper as "2024-W10-2".
 */
export function readInstant(text: string, zone: string, field = 'occurred', now = Date.now()): string {
  if (!isValidTimeZone(zone)) throw new DossierError('INVALID_INPUT', { field: 'tz', reason: 'unknown time zone' });
  const refuse = () => new DossierError('INVALID_INPUT', { field, reason: 'not an ISO 8601 date or time' });
  const trimmed = text.trim().replace(' ', 'T');
  const cut = trimmed.search(/[tT]/);
  const timeOnly = cut === -1 && trimmed.includes(':');
  const [datePart, timePart] = timeOnly ? [utcToWall(new Date(now).toISOString(), zone).date, trimmed] : cut === -1 ? [trimmed, null] : [trimmed.slice(0, cut), trimmed.slice(cut + 1)];
  const d = ISO_DATE.exec(datePart);
  const t = timePart === null ? null : ISO_TIME.exec(timePart);
  if (d === null || (timePart !== null && t === null)) throw refuse();
  const year = Number(d[1]);
  const month = Number(d[2] ?? d[4] ?? 1);
  const day = Number(d[3] ?? d[5] ?? 1);
  let [hour, minute, second] = [Number(t?.[1] ?? 0), Number(t?.[2] ?? 0), Number(t?.[3] ?? 0)];
  const millis = Math.floor(Number(`0.${t?.[4] ?? '0'}`) * 1000);
  const [offsetHours, offsetMinutesPart] = [Number(t?.[7] ?? 0), Number(t?.[8] ?? 0)];
  // 24:00 is ISO 8601 for the end of a day, the same instant as 00:00 of the next.
  const endOfDay = hour === 24 && minute === 0 && second === 0 && millis === 0;
  if (!isCalendarDay(year, month, day) || (hour > 23 && !endOfDay) || minute > 59 || second > 59 || offsetHours > 18 || offsetMinutesPart > 59) throw refuse();
  if (endOfDay) hour = 0;
  let ms: number;
  if (t?.[5] !== undefined || t?.[6] !== undefined) {
    const offset = (t[6] === '-' ? -1 : 1) * (offsetHours * 60 + offsetMinutesPart);
    ms = utcMs(year, month, day, hour, minute, second, millis) - offset * 60_000;
  } else {
    ms = wallPartsToInstant({ year, month, day, hour, minute, second, millis }, zone).ms;
  }
  return new Date(ms + (endOfDay ? 86_400_000 : 0)).toISOString();
}

/** The first or last millisecond of the day an instant falls on in `zone`. */
function dayBound(utcIso: string, zone: string, side: 'from' | 'to'): string {
  return periodBound(utcToWall(utcIso, zone).date, zone, side);
}

/** `--occurred` (and `--end`) as the vault keeps them: a day alone, or precision "date", means that
 *  whole day; a span needs an end, and an end given as a day alone means the end of that day. */
export function occurredFrom(text: string, zone: string, precision: Precision, endText?: string): OccurredAt {
  const at = readInstant(text, zone);
  const occurred: OccurredAt = { at: precision === 'date' || ISO_DAY.test(text.trim()) ? dayBound(at, zone, 'from') : at, zone, precision };
  if (endText !== undefined) {
    const end = readInstant(endText, zone, 'end');
    occurred.end = ISO_DAY.test(endText.trim()) ? dayBound(end, zone, 'to') : end;
  }
  if (precision === 'span' && occurred.end === undefined) throw new DossierError('INVALID_INPUT', { field: 'end', reason: 'a span needs an end' });
  return occurred;
}

/** `--from` / `--to` on the command line: a day means the whole of it ("--to 2024-03-31" includes
 *  the 31st); a date and time means that instant. */
export function periodBoundOrInstant(text: string, zone: string, side: 'from' | 'to'): string {
  const at = readInstant(text, zone, side);
  return ISO_DAY.test(text.trim()) ? dayBound(at, zone, side) : at;
}

/** Calendar days from one day to another ("2025-06-10" → "2025-06-12" is 2), counted on the
 *  calendar rather than the clock: a day of 23 or 25 hours, or one a zone skipped, is still a day. */
export function calendarDaysBetween(fromDay: string, toDay: string): number {
  return Math.round((Date.parse(`${toDay}T00:00:00Z`) - Date.parse(`${fromDay}T00:00:00Z`)) / 86_400_000);
}
