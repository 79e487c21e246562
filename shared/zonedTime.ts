// Wall time in a named zone ↔ UTC instants, with the engine's own Intl time-zone data only, so the
// renderer and Node (the PDF) read the same clock. The renderer does not bundle luxon (shared/time.ts
// uses it in Node): it is large, and its bundled comments are full of web links that the no-network
// check rightly refuses in a built bundle.
// Same rules as shared/time.ts: wall time without an offset is read in the given zone, never as UTC.
import { isValidTimeZone } from './domain';
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

function wallParts(instant: number, zone: string): Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number> {
  const parts = partsFormat(zone).formatToParts(new Date(instant));
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((part) => part.type === type)?.value ?? 0);
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour') % 24, minute: get('minute'), second: get('second') };
}

/** How far the zone's wall clock is ahead of UTC at this instant, in ms. */
function offsetAt(instant: number, zone: string): number {
  const w = wallParts(instant, zone);
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - Math.floor(instant / 1000) * 1000;
}

const offsets = new Map<string, number>();

/** Minutes east of UTC in `zone` at `ms` (+180 in Minsk, +330 in Kolkata). Offsets change at most a
 *  few times a year and only on a quarter hour, so they are looked up once per zone and quarter
 *  hour: a dossier of 20,000 messages then costs milliseconds, not seconds. */
export function offsetMinutes(ms: number, zone: string): number {
  const key = `${zone}|${Math.floor(ms / 900_000)}`;
  let minutes = offsets.get(key);
  if (minutes === undefined) {
    minutes = Math.round(offsetAt(Math.floor(ms / 900_000) * 900_000, zone) / 60_000);
    if (offsets.size > 200_000) offsets.clear();
    offsets.set(key, minutes);
  }
  return minutes;
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
  const local = new Date(ms + offsetMinutes(ms, zone) * 60_000);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: local.getUTCSeconds(),
  };
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * "2024-03-05" + "21:30" in Europe/Minsk → "2024-03-05T18:30:00.000Z". No time = the start of the
 * day; `endOfDay` = its last millisecond. Around a daylight-saving change the offset is looked up
 * again at the result, so the instant is the one the wall clock showed.
 */
export function wallToUtc(date: string, time: string | null, zone: string, field = 'occurred', endOfDay = false): string {
  if (!isValidTimeZone(zone)) throw new DossierError('INVALID_INPUT', { field: 'tz', reason: 'unknown time zone' });
  const d = DATE.exec(date.trim());
  const t = time === null ? null : TIME.exec(time.trim());
  if (d === null || (time !== null && t === null)) throw new DossierError('INVALID_INPUT', { field, reason: 'not a date or time' });
  const [year, month, day] = [Number(d[1]), Number(d[2]), Number(d[3])];
  const [hour, minute, second, ms] = endOfDay ? [23, 59, 59, 999] : t ? [Number(t[1]), Number(t[2]), Number(t[3] ?? 0), 0] : [0, 0, 0, 0];
  const guess = Date.UTC(year, month - 1, day, hour, minute, second, ms);
  const check = new Date(guess);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59) {
    throw new DossierError('INVALID_INPUT', { field, reason: 'no such date or time' });
  }
  // A wall time can happen twice (clocks going back): like luxon (shared/time.ts) and the importers,
  // take the first occurrence. The offsets half a day either side cover any one transition.
  const candidates = [offsetAt(guess - 43_200_000, zone), offsetAt(guess + 43_200_000, zone)]
    .map((offset) => guess - offset)
    .filter((instant) => {
      const wall = wallParts(instant, zone);
      return wall.day === day && wall.hour === hour && wall.minute === minute;
    })
    .sort((a, b) => a - b);
  if (candidates.length > 0) return new Date(candidates[0]!).toISOString();
  // A wall time that never happens (clocks going forward) is moved forward, as luxon does.
  const first = guess - offsetAt(guess, zone);
  return new Date(guess - offsetAt(first, zone)).toISOString();
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
