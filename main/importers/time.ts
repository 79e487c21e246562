// Time helpers for the importers (ARCHITECTURE.md "Time": never label local wall time as UTC).
import { DateTime, Info } from 'luxon';
import { DossierError } from '../../shared/errors';
import type { WarningSink } from './types';

/** Throws INVALID_INPUT for a zone luxon/ICU does not know, before any conversion is attempted. */
export function assertZone(zone: string | undefined): void {
  if (zone !== undefined && (zone.length === 0 || !Info.isValidIANAZone(zone))) {
    throw new DossierError('INVALID_INPUT', { field: 'zone' });
  }
}

export function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** 'YYYY-MM-DDTHH:mm:ss', or null when the calendar date does not exist (31 April, 29 Feb 2023). */
export function wallTimeOf(y: number, mo: number, d: number, h: number, mi: number, s: number): string | null {
  if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 59) return null;
  const daysInMonth = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (d > daysInMonth) return null;
  return `${pad(y, 4)}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(s)}`;
}

/**
 * A wall time in `zone` → UTC ISO ending in Z. Local times that do not exist (the spring-forward
 * gap; luxon moves them forward) or exist twice (the autumn fall-back hour; we take the first
 * occurrence) are converted and reported, because the user must know which messages carry an
 * assumption.
 */
export function wallToUtc(wall: string, zone: string, line: number | null, warnings: WarningSink): string | null {
  const offset = Number(wall.slice(0, 4)) >= 1900 ? uniformOffset(zone, wall.slice(0, 13)) : null;
  if (offset !== null) return utcFromParts(wall, offset);
  let local = DateTime.fromISO(wall, { zone });
  if (!local.isValid) return null;
  const candidates = local.getPossibleOffsets();
  if (local.toFormat("yyyy-MM-dd'T'HH:mm:ss") !== wall) {
    warnings.add('NONEXISTENT_LOCAL_TIME', line, 'This time does not exist in the chosen time zone (clocks went forward); it was moved forward.');
  } else if (candidates.length > 1) {
    local = candidates.reduce((a, b) => (b.toMillis() < a.toMillis() ? b : a));
    warnings.add('AMBIGUOUS_LOCAL_TIME', line, 'This time happened twice in the chosen time zone (clocks went back); the first one was assumed.');
  }
  return local.toUTC().toISO({ suppressMilliseconds: false });
}

/**
 * Luxon needs ~100 µs per zone conversion, i.e. 20 s for a 200,000-message chat. Within one local
 * hour the UTC offset is the same unless a transition falls inside it, so we ask luxon once per
 * (zone, local hour) and do plain arithmetic for the rest; transition hours (null) take the slow
 * path above, with its gap/overlap warnings.
 */
const hourOffsets = new Map<string, number | null>();

function uniformOffset(zone: string, hour: string): number | null {
  const key = `${zone} ${hour}`;
  const known = hourOffsets.get(key);
  if (known !== undefined) return known;
  const first = DateTime.fromISO(`${hour}:00:00`, { zone });
  const last = DateTime.fromISO(`${hour}:59:59`, { zone });
  const exact = (dt: DateTime, wall: string): boolean =>
    dt.isValid && dt.toFormat("yyyy-MM-dd'T'HH:mm:ss") === wall && dt.getPossibleOffsets().length === 1;
  const uniform = exact(first, `${hour}:00:00`) && exact(last, `${hour}:59:59`) && first.offset === last.offset;
  if (hourOffsets.size >= 100_000) hourOffsets.clear();
  hourOffsets.set(key, uniform ? first.offset : null);
  return uniform ? first.offset : null;
}

/** 'YYYY-MM-DDTHH:mm:ss' (a valid wall time, year ≥ 1900) minus an offset in minutes → UTC ISO. */
function utcFromParts(wall: string, offsetMinutes: number, millis = 0): string {
  const n = (from: number, to: number): number => Number(wall.slice(from, to));
  const ms = Date.UTC(n(0, 4), n(5, 7) - 1, n(8, 10), n(11, 13), n(14, 16), n(17, 19), millis);
  return new Date(ms - offsetMinutes * 60_000).toISOString();
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
  return new Date(ms).toISOString();
}
