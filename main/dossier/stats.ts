// The counts behind the summary charts and the message-log figures: per month, per day, and the
// busiest 24 h / 72 h windows ("143 messages in 3 days", PRODUCT.md). Calendar days and months are
// those of the zone where each event happened.
import { offsetMinutes, wallClock } from '../../shared/zonedTime';

const dayNames = new Map<number, string>();

/** "2024-03-05" in `zone`. The name of each local day is written once (a log of 20,000 messages
 *  asks for it four times a message: charts, groups, bursts; issue 9, bench). */
export function dayKey(utcIso: string, zone: string): string {
  const ms = Date.parse(utcIso);
  const day = Math.floor((ms + offsetMinutes(ms, zone) * 60_000) / 86_400_000);
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

export const monthKey = (utcIso: string, zone: string) => dayKey(utcIso, zone).slice(0, 7);

function nextMonth(key: string): string {
  const [y, m] = key.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

function nextDay(key: string): string {
  return new Date(Date.parse(`${key}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

export interface Bucket {
  key: string;
  value: number;
}

/** Counts (or sums) per key over the continuous range first..last: empty months and days show as
 *  zero, so a quiet stretch is visible in the chart instead of silently closed up. */
function continuous(values: Map<string, number>, step: (key: string) => string): Bucket[] {
  const keys = [...values.keys()].sort();
  if (keys.length === 0) return [];
  const out: Bucket[] = [];
  for (let key = keys[0]!; key <= keys[keys.length - 1]!; key = step(key)) out.push({ key, value: values.get(key) ?? 0 });
  return out;
}

export function perMonth(items: readonly { at: string; zone: string; weight?: number }[]): Bucket[] {
  const counts = new Map<string, number>();
  for (const item of items) {
    const key = monthKey(item.at, item.zone);
    counts.set(key, (counts.get(key) ?? 0) + (item.weight ?? 1));
  }
  return continuous(counts, nextMonth);
}

export function perDay(items: readonly { at: string; zone: string }[]): Bucket[] {
  const counts = new Map<string, number>();
  for (const item of items) {
    const key = dayKey(item.at, item.zone);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return continuous(counts, nextDay);
}

/** Folds day buckets into weeks (starting on the first day) when a chart would have too many bars. */
export function perWeek(days: readonly Bucket[]): Bucket[] {
  const weeks: Bucket[] = [];
  days.forEach((day, i) => {
    if (i % 7 === 0) weeks.push({ key: day.key, value: 0 });
    weeks[weeks.length - 1]!.value += day.value;
  });
  return weeks;
}

/** Folds continuous day buckets into calendar months ("2024-03", keyLength 7) or years ("2024", 4):
 *  a chart over years of messages has a bar per month or year, not a thousand hairlines. */
export function perPeriodOfDays(days: readonly Bucket[], keyLength: 7 | 4): Bucket[] {
  const periods: Bucket[] = [];
  for (const day of days) {
    const key = day.key.slice(0, keyLength);
    const last = periods[periods.length - 1];
    if (last?.key === key) last.value += day.value;
    else periods.push({ key, value: day.value });
  }
  return periods;
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
