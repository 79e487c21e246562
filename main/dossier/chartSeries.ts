// The time axis of the dossier's charts: counts (or sums) per day, week, month or year from the
// first event to the last, empty ones included so a quiet stretch shows as one. Never more than
// `most` bars, however far apart the first and the last are: an incident typed as 9999 instead of
// 2024, or a message a phone's wrong clock (or a crafted backup) dates 9999, once made ~96,000
// month bars (the export failed) or 2.9 million day buckets (it ran out of memory). The work is
// one pass over the events plus one over the bars. Days are local days in each event's own zone.
import { dayKey, localDayNumber } from './stats';

export type Period = 'day' | 'week' | 'month' | 'year';

export interface SeriesBar {
  /** "2024-03-05" (a day, or the first day of a week), "2024-03" (a month), "2024" (a year). */
  key: string;
  value: number;
}

export interface Series {
  period: Period;
  bars: SeriesBar[];
  /** False when even years would be too many bars: then only the years with events are shown. */
  continuous: boolean;
}

const DAY_MS = 86_400_000;
const PERIODS: readonly Period[] = ['day', 'week', 'month', 'year'];

const dayName = (n: number) => new Date(n * DAY_MS).toISOString().slice(0, 10);
const yearMonth = (n: number) => {
  const date = new Date(n * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() };
};
const monthName = (year: number, month: number) => `${year}-${String(month + 1).padStart(2, '0')}`;

export function chartSeries(items: readonly { at: string; zone: string; weight?: number }[], finest: Period, most: number): Series {
  const days = new Map<number, number>();
  for (const item of items) {
    const n = localDayNumber(item.at, item.zone);
    days.set(n, (days.get(n) ?? 0) + (item.weight ?? 1));
  }
  if (days.size === 0) return { period: finest, bars: [], continuous: true };
  let first = Infinity;
  let last = -Infinity;
  for (const n of days.keys()) {
    first = Math.min(first, n);
    last = Math.max(last, n);
  }
  const from = yearMonth(first);
  const to = yearMonth(last);
  const counts: Record<Period, number> = {
    day: last - first + 1,
    week: Math.floor((last - first) / 7) + 1,
    month: (to.year - from.year) * 12 + (to.month - from.month) + 1,
    year: to.year - from.year + 1,
  };
  const period = PERIODS.slice(PERIODS.indexOf(finest)).find((p) => counts[p] <= most);
  if (period === undefined) {
    const years = new Map<number, number>();
    for (const [n, value] of days) {
      const { year } = yearMonth(n);
      years.set(year, (years.get(year) ?? 0) + value);
    }
    return { period: 'year', continuous: false, bars: [...years].sort(([a], [b]) => a - b).map(([year, value]) => ({ key: String(year), value })) };
  }
  const keyAt = (i: number): string => {
    if (period === 'day') return dayName(first + i);
    if (period === 'week') return dayName(first + 7 * i);
    if (period === 'month') return monthName(from.year + Math.floor((from.month + i) / 12), (from.month + i) % 12);
    return String(from.year + i);
  };
  const indexOf = (n: number): number => {
    if (period === 'day') return n - first;
    if (period === 'week') return Math.floor((n - first) / 7);
    const { year, month } = yearMonth(n);
    return period === 'month' ? (year - from.year) * 12 + (month - from.month) : year - from.year;
  };
  const bars = Array.from({ length: counts[period] }, (_, i) => ({ key: keyAt(i), value: 0 }));
  for (const [n, value] of days) bars[indexOf(n)]!.value += value;
  return { period, bars, continuous: true };
}

/** The key of the bar an event falls in, for a series by month or by year. */
export function periodKey(period: 'month' | 'year', at: string, zone: string): string {
  return dayKey(at, zone).slice(0, period === 'month' ? 7 : 4);
}
