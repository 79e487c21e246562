// Messages per day grouped into bars a person can read: one bar a day for a short chat, a week for a
// longer one, a month beyond about two years, a year beyond ten. Every day between the first and the
// last is in a bar, so a silent week is a bar of zero, never squeezed away (three days years apart
// are not neighbours) — up to YEARS_LIMIT years: a message a wrong clock dates 9999 would otherwise
// make ~96,000 bars; then only the years with messages are shown (`continuous: false`).
// Days are calendar days in the zone of the messages ("2024-03-15"), as the patterns give them.

export type BinUnit = 'day' | 'week' | 'month' | 'year';

export interface DayCount {
  day: string;
  messages: number;
  calls: number;
}

export interface Bin {
  /** First and last calendar day of the bar, "yyyy-mm-dd". */
  start: string;
  end: string;
  count: number;
}

/** Up to this many days a bar is a day; up to WEEKS_LIMIT days a week; up to MONTHS_LIMIT months a
 *  month; beyond, a year; and beyond YEARS_LIMIT years only the years with messages. */
export const DAYS_LIMIT = 60;
export const WEEKS_LIMIT = 731;
export const MONTHS_LIMIT = 120;
export const YEARS_LIMIT = 120;

const DAY_MS = 86_400_000;

function toDayNumber(day: string): number {
  return Date.parse(`${day}T00:00:00Z`) / DAY_MS;
}

function toDay(dayNumber: number): string {
  return new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);
}

/** Days are a week's if they fall from its Monday to its Sunday. */
function mondayOf(dayNumber: number): number {
  const weekday = (new Date(dayNumber * DAY_MS).getUTCDay() + 6) % 7;
  return dayNumber - weekday;
}

function monthStart(day: string): string {
  return `${day.slice(0, 7)}-01`;
}

function nextMonth(start: string): string {
  const [year, month] = [Number(start.slice(0, 4)), Number(start.slice(5, 7))];
  return month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
}

const monthsBetween = (first: string, last: string) => (Number(last.slice(0, 4)) - Number(first.slice(0, 4))) * 12 + Number(last.slice(5, 7)) - Number(first.slice(5, 7)) + 1;

export function chooseUnit(firstDay: string, lastDay: string): BinUnit {
  const span = toDayNumber(lastDay) - toDayNumber(firstDay) + 1;
  if (span <= DAYS_LIMIT) return 'day';
  if (span <= WEEKS_LIMIT) return 'week';
  if (monthsBetween(firstDay, lastDay) <= MONTHS_LIMIT) return 'month';
  return 'year';
}

const yearBin = (year: string): Bin => ({ start: `${year}-01-01`, end: `${year}-12-31`, count: 0 });

/** The bars from the first day with a message to the last, empty ones included. */
export function binDays(days: readonly DayCount[], unit?: BinUnit): { unit: BinUnit; bins: Bin[]; continuous: boolean } {
  const valid = days.filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d.day) && Number.isFinite(toDayNumber(d.day)));
  if (valid.length === 0) return { unit: unit ?? 'day', bins: [], continuous: true };
  const sorted = [...valid].sort((a, b) => a.day.localeCompare(b.day));
  const first = sorted[0]!.day;
  const last = sorted[sorted.length - 1]!.day;
  const chosen = unit ?? chooseUnit(first, last);
  const bins: Bin[] = [];
  let continuous = true;
  if (chosen === 'year') {
    const [from, to] = [Number(first.slice(0, 4)), Number(last.slice(0, 4))];
    continuous = to - from + 1 <= YEARS_LIMIT;
    if (continuous) for (let year = from; year <= to; year += 1) bins.push(yearBin(String(year).padStart(4, '0')));
    else for (const year of new Set(sorted.map((d) => d.day.slice(0, 4)))) bins.push(yearBin(year));
  } else if (chosen === 'month') {
    for (let start = monthStart(first); start <= last; start = nextMonth(start)) {
      bins.push({ start, end: toDay(toDayNumber(nextMonth(start)) - 1), count: 0 });
    }
  } else {
    const step = chosen === 'week' ? 7 : 1;
    const lastNumber = toDayNumber(last);
    for (let n = chosen === 'week' ? mondayOf(toDayNumber(first)) : toDayNumber(first); n <= lastNumber; n += step) {
      bins.push({ start: toDay(n), end: toDay(n + step - 1), count: 0 });
    }
  }
  // Both lists are in day order: walk them together.
  let index = 0;
  for (const day of sorted) {
    while (bins[index]!.end < day.day) index += 1;
    bins[index]!.count += day.messages + day.calls;
  }
  return { unit: chosen, bins, continuous };
}

/** Where to put date labels under the bars: the first, the last and a few evenly between. */
export function tickIndexes(count: number, most = 5): number[] {
  if (count <= 0) return [];
  if (count <= most) return [...Array(count).keys()];
  const ticks = new Set<number>();
  for (let i = 0; i < most; i += 1) ticks.add(Math.round((i * (count - 1)) / (most - 1)));
  return [...ticks];
}
