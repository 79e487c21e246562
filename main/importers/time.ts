// Time helpers for the importers (ARCHITECTURE.md "Time": never label local wall time as UTC).
// The zone questions (what offset, does this wall time happen once, twice or never) are answered by
// shared/zonedTime.ts, the one module for zoned time; this file adds the caches a 200,000-message
// chat needs around it, and the warnings.
import { isValidTimeZone } from '../../shared/domain';
import { DossierError } from '../../shared/errors';
import { isCalendarDay, wallPartsToInstant } from '../../shared/zonedTime';
import type { WarningSink } from './types';

/** Throws INVALID_INPUT for a zone ICU does not know, before any conversion is attempted. */
export function assertZone(zone: string | undefined): void {
  if (zone !== undefined && (zone.length === 0 || !isValidTimeZone(zone))) {
    throw new DossierError('INVALID_INPUT', { field: 'zone' });
  }
}

export function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** '00'…'99': two-digit fields without a padStart call per field (hot in the WhatsApp parser). */
const TWO_DIGITS: readonly string[] = Array.from({ length: 100 }, (_, i) => pad(i));

const two = (n: number): string => TWO_DIGITS[n] ?? pad(n);

/**
 * Days in month `mo` (1–12) of year `y`, as Date.UTC(y, mo, 0) says. Arithmetic for whole years
 * 100…9999; Date.UTC reads years 0–99 as 1900–1999, so those (and any odd value) ask Date itself.
 */
function daysInMonth(y: number, mo: number): number {
  if (!Number.isInteger(y) || y < 100 || y > 9999 || !Number.isInteger(mo)) return new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (mo !== 2) return mo === 4 || mo === 6 || mo === 9 || mo === 11 ? 30 : 31;
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
}

/**
 * Formatting caches for the per-message hot paths (a 100,000-message chat): the last date part
 * ('YYYY-MM-DDT'), and each time of day ('HH:mm:ss', 'HH:mm:ss.000Z') built once, so a wall time
 * or an instant is one concatenation of two shared strings instead of a chain of small ones.
 */
let lastWallDate = -1;
let lastWallPrefix = '';
let wallTimes: (string | undefined)[] | null = null; // by second of the day, filled as seen
let isoTimes: (string | undefined)[] | null = null;
const secondsOfDay = (): (string | undefined)[] => new Array<string | undefined>(86_400).fill(undefined);

const isWhole = (n: number, max: number): boolean => Number.isInteger(n) && n >= 0 && n <= max;

/** 'YYYY-MM-DDTHH:mm:ss', or null when the calendar date does not exist (31 April, 29 Feb 2023). */
export function wallTimeOf(y: number, mo: number, d: number, h: number, mi: number, s: number): string | null {
  if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 59) return null;
  if (d > daysInMonth(y, mo)) return null;
  if (!isWhole(y, 9999) || !isWhole(mo, 12) || !isWhole(d, 31) || !isWhole(h, 23) || !isWhole(mi, 59) || !isWhole(s, 59)) {
    return `${pad(y, 4)}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(s)}`;
  }
  const date = (y * 100 + mo) * 100 + d;
  if (date !== lastWallDate) {
    lastWallPrefix = `${pad(y, 4)}-${two(mo)}-${two(d)}T`;
    lastWallDate = date;
  }
  const second = h * 3600 + mi * 60 + s;
  const times = (wallTimes ??= secondsOfDay());
  let time = times[second];
  if (time === undefined) {
    time = `${two(h)}:${two(mi)}:${two(s)}`;
    times[second] = time;
  }
  return lastWallPrefix + time;
}

/**
 * A wall time in `zone` → UTC ISO ending in Z. Local times that do not exist (the spring-forward
 * gap; they are moved forward) or exist twice (the autumn fall-back hour; we take the first
 * occurrence) are converted and reported, because the user must know which messages carry an
 * assumption.
 */
export function wallToUtc(wall: string, zone: string, line: number | null, warnings: WarningSink): string | null {
  const offset = Number(wall.slice(0, 4)) >= 1900 ? uniformOffset(zone, wall.slice(0, 13)) : null;
  if (offset !== null) return utcFromParts(wall, offset);
  return slowWallToUtc(wall, zone, line, warnings);
}

/**
 * wallToUtc for a wall time the caller already has as numbers: `wall` must be
 * wallTimeOf(y, mo, d, h, mi, s). Same result and warnings as wallToUtc(wall, …), without
 * re-reading the string or building a cache key per message (the WhatsApp parser's hot path).
 */
export function wallPartsToUtc(
  y: number,
  mo: number,
  d: number,
  h: number,
  mi: number,
  s: number,
  wall: string,
  zone: string,
  line: number | null,
  warnings: WarningSink,
): string | null {
  // The hour cache's integer key needs whole numbers in range; anything else takes the string path.
  if (!isWhole(y, 9999) || !isWhole(mo, 12) || !isWhole(d, 31) || !isWhole(h, 23) || !isWhole(mi, 59) || !isWhole(s, 59)) {
    return wallToUtc(wall, zone, line, warnings);
  }
  const offset = y >= 1900 ? hourOffset(zone, y, mo, d, h) : null;
  if (offset !== null) return isoOfMs(Date.UTC(y, mo - 1, d, h, mi, s, 0) - offset * 60_000);
  return slowWallToUtc(wall, zone, line, warnings);
}

const WALL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})$/;

/** 'YYYY-MM-DDTHH:mm:ss' → its numbers, or null when it is not a wall time the calendar has. */
function wallParts(wall: string): { year: number; month: number; day: number; hour: number; minute: number; second: number } | null {
  const m = WALL.exec(wall);
  if (!m) return null;
  const [year, month, day, hour, minute, second] = m.slice(1).map(Number) as [number, number, number, number, number, number];
  if (!isCalendarDay(year, month, day) || hour > 23 || minute > 59 || second > 59) return null;
  return { year, month, day, hour, minute, second };
}

/** The slow path: one zone question per message, with the gap/overlap warnings. */
function slowWallToUtc(wall: string, zone: string, line: number | null, warnings: WarningSink): string | null {
  const parts = wallParts(wall);
  if (parts === null) return null;
  const { ms, kind } = wallPartsToInstant(parts, zone);
  if (kind === 'gap') {
    warnings.add('NONEXISTENT_LOCAL_TIME', line, 'This time does not exist in the chosen time zone (clocks went forward); it was moved forward.');
  } else if (kind === 'overlap') {
    warnings.add('AMBIGUOUS_LOCAL_TIME', line, 'This time happened twice in the chosen time zone (clocks went back); the first one was assumed.');
  }
  return isoOfMs(ms);
}

/**
 * A zone question costs microseconds (Intl), i.e. seconds for a 200,000-message chat. Within one
 * local hour the UTC offset is the same unless a transition falls inside it, so we ask once per
 * (zone, local hour) and do plain arithmetic for the rest; transition hours (null) take the slow
 * path above, with its gap/overlap warnings.
 */
const hourOffsets = new Map<string, number | null>();

function uniformOffset(zone: string, hour: string): number | null {
  const key = `${zone} ${hour}`;
  const known = hourOffsets.get(key);
  if (known !== undefined) return known;
  const offset = computeUniformOffset(zone, hour);
  if (hourOffsets.size >= 100_000) hourOffsets.clear();
  hourOffsets.set(key, offset);
  return offset;
}

/**
 * The same per-(zone, local hour) offsets for callers with numbers: one map per zone keyed by an
 * integer hour number, and the last answer remembered, because consecutive messages are mostly
 * in the same hour. Bounded like the string-keyed cache above.
 */
const zoneHourOffsets = new Map<string, Map<number, number | null>>();
let cachedHours = 0;
let lastZone = '';
let lastHourKey = -1;
let lastOffset: number | null = null;

function hourOffset(zone: string, y: number, mo: number, d: number, h: number): number | null {
  const key = ((y * 16 + mo) * 32 + d) * 32 + h; // unique for y ≥ 0, 1 ≤ mo ≤ 12, 1 ≤ d ≤ 31, 0 ≤ h ≤ 23
  if (key === lastHourKey && zone === lastZone) return lastOffset;
  let hours = zoneHourOffsets.get(zone);
  if (hours === undefined) {
    hours = new Map();
    zoneHourOffsets.set(zone, hours);
  }
  let offset = hours.get(key);
  if (offset === undefined) {
    offset = computeUniformOffset(zone, `${pad(y, 4)}-${pad(mo)}-${pad(d)}T${pad(h)}`);
    if (cachedHours >= 100_000) {
      for (const map of zoneHourOffsets.values()) map.clear();
      cachedHours = 0;
    }
    hours.set(key, offset);
    cachedHours += 1;
  }
  lastZone = zone;
  lastHourKey = key;
  lastOffset = offset;
  return offset;
}

/** The offset (minutes) that every wall time in `hour` ('YYYY-MM-DDTHH', year ≥ 1900) has in
 *  `zone`, or null when the hour holds a transition (or is not a real hour). */
function computeUniformOffset(zone: string, hour: string): number | null {
  const parts = wallParts(`${hour}:00:00`);
  if (parts === null) return null;
  const { year, month, day, hour: h } = parts;
  const first = wallPartsToInstant({ ...parts, minute: 0, second: 0 }, zone);
  const last = wallPartsToInstant({ ...parts, minute: 59, second: 59 }, zone);
  if (first.kind !== 'exact' || last.kind !== 'exact') return null;
  const firstOffset = (Date.UTC(year, month - 1, day, h, 0, 0) - first.ms) / 60_000;
  const lastOffset = (Date.UTC(year, month - 1, day, h, 59, 59) - last.ms) / 60_000;
  return firstOffset === lastOffset ? firstOffset : null;
}

/** 'YYYY-MM-DDTHH:mm:ss' (a valid wall time, year ≥ 1900) minus an offset in minutes → UTC ISO. */
function utcFromParts(wall: string, offsetMinutes: number, millis = 0): string {
  const ms = Date.UTC(
    Number(wall.slice(0, 4)),
    Number(wall.slice(5, 7)) - 1,
    Number(wall.slice(8, 10)),
    Number(wall.slice(11, 13)),
    Number(wall.slice(14, 16)),
    Number(wall.slice(17, 19)),
    millis,
  );
  return isoOfMs(ms - offsetMinutes * 60_000);
}

/** 0000-01-01T00:00:00.000Z and 10000-01-01T00:00:00.000Z: toISOString's four-digit-year range. */
const FIRST_ISO_MS = -62_167_219_200_000;
const END_ISO_MS = 253_402_300_800_000;
const DAY_MS = 86_400_000;
let lastDay = Number.NaN;
let lastDayPrefix = '';

/**
 * new Date(ms).toISOString(), which costs V8 ~1.5 µs a call (a third of the WhatsApp parse),
 * for whole milliseconds in years 0000–9999: the date part is formatted once per UTC day, the
 * time of day with integer arithmetic. Anything else goes to toISOString itself.
 */
export function isoOfMs(ms: number): string {
  if (!Number.isInteger(ms) || ms < FIRST_ISO_MS || ms >= END_ISO_MS) return new Date(ms).toISOString();
  const day = Math.floor(ms / DAY_MS);
  if (day !== lastDay) {
    lastDayPrefix = new Date(day * DAY_MS).toISOString().slice(0, 11); // 'YYYY-MM-DDT'
    lastDay = day;
  }
  const rest = ms - day * DAY_MS;
  const millis = rest % 1000;
  const second = (rest - millis) / 1000;
  if (millis === 0) {
    const times = (isoTimes ??= secondsOfDay());
    let time = times[second];
    if (time === undefined) {
      time = `${wallClock(second)}.000Z`;
      times[second] = time;
    }
    return lastDayPrefix + time;
  }
  return `${lastDayPrefix}${wallClock(second)}.${pad(millis, 3)}Z`;
}

/** Second of the day (0–86399) → 'HH:mm:ss'. */
function wallClock(second: number): string {
  const h = Math.floor(second / 3600);
  const mi = Math.floor((second - h * 3600) / 60);
  return `${two(h)}:${two(mi)}:${two(second - h * 3600 - mi * 60)}`;
}

const ISO_WITH_OFFSET =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(?:(Z)|([+-])(\d{2})(?::?(\d{2}))?)$/i;

/**
 * ISO 8601 with an offset or Z → UTC ISO with Z, or null when it has no offset or names a date
 * that does not exist. Date.parse is not used: V8 silently turns 2024-02-30 into 1 March.
 */
export function isoWithOffsetToUtc(text: string): string | null {
  const m = ISO_WITH_OFFSET.exec(text);
  if (!m) return null;
  const [y, mo, d, h, mi] = [m[1], m[2], m[3], m[4], m[5]].map(Number) as [number, number, number, number, number];
  const wall = wallTimeOf(y, mo, d, h, mi, Number(m[6] ?? 0));
  if (wall === null || y < 1900) return null;
  const millis = Math.floor(Number(`0.${m[7] ?? '0'}`) * 1000);
  const offsetHours = Number(m[10] ?? 0);
  const offsetMins = Number(m[11] ?? 0);
  if (offsetHours > 18 || offsetMins > 59) return null;
  const sign = m[9] === '-' ? -1 : 1;
  return utcFromParts(wall, m[8] ? 0 : sign * (offsetHours * 60 + offsetMins), millis);
}

/** Epoch milliseconds → UTC ISO with Z, or null for a value no clock produced. */
export function epochMsToUtc(ms: number): string | null {
  if (!Number.isFinite(ms) || ms <= 0 || ms > 8.64e15) return null;
  return isoOfMs(ms);
}
