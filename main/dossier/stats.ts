// The counts behind the message-log figures: local days and hours, and the busiest 24 h / 72 h
// windows ("143 messages in 3 days", PRODUCT.md). Calendar days are those of the zone where each
// event happened. The charts' time axis is chartSeries.ts.
import { offsetMinutes, wallClock } from '../../shared/zonedTime';

const dayNames = new Map<number, string>();

/** The local day of an instant in `zone`, as days since 1970-01-01 (what charts count with). */
export function localDayNumber(utcIso: string, zone: string): number {
  const ms = Date.parse(utcIso);
  return Math.floor((ms + offsetMinutes(ms, zone) * 60_000) / 86_400_000);
}

/** "2024-03-05" in `zone`. The name of each local day is written once (a log of 20,000 messages
 *  asks for it four times a message: charts, groups, bursts; issue 9, bench). */
export function dayKey(utcIso: string, zone: string): string {
  const day = localDayNumber(utcIso, zone);
  let name = dayNames.get(day);
  if (name === undefined) {
    name = new Date(day * 86_400_000).toISOString().slice(0, 10);
    if (dayNames.size > 100_000) dayNames.clear();
    dayNames.set(day, name);
  }
  return name;
}

/** How many of `items` fell in each hour of the local day (0–23): stalking at night shows here. */
export function perHour(items: readonly { at: string; zone: string }[]): number[] {
  const hours = new Array<number>(24).fill(0);
  for (const item of items) hours[wallClock(item.at, item.zone).hour]! += 1;
  return hours;
}

export interface Burst {
  count: number;
  first: number;
  last: number;
}

/** The most events inside any window of `windowMs` (two pointers over sorted instants, O(n)).
 *  Returns the indexes of the first and last event of that window. */
export function busiestWindow(sortedMs: readonly number[], windowMs: number): Burst | null {
  if (sortedMs.length === 0) return null;
  let best: Burst = { count: 1, first: 0, last: 0 };
  let start = 0;
  for (let end = 0; end < sortedMs.length; end += 1) {
    while (sortedMs[end]! - sortedMs[start]! >= windowMs) start += 1;
    const count = end - start + 1;
    if (count > best.count) best = { count, first: start, last: end };
  }
  return best;
}
