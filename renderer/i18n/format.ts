// Dates, numbers and money in the chosen language, through Intl. An event's time is shown in the
// zone of the place where it happened (ARCHITECTURE.md "Time"), never silently in this computer's.
import type { Amount, OccurredAt } from '../../shared/domain';
import type { Translate } from './index';

const formatters = new Map<string, Intl.DateTimeFormat>();

function dateFormat(locale: string, zone: string, withTime: boolean): Intl.DateTimeFormat {
  const key = `${locale}|${zone}|${withTime}`;
  let format = formatters.get(key);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(locale, withTime ? { dateStyle: 'medium', timeStyle: 'short', timeZone: zone } : { dateStyle: 'medium', timeZone: zone });
    formatters.set(key, format);
  }
  return format;
}

/** "5 Mar 2024, 18:30", "about 5 Mar 2024, 18:30", "5 Mar 2024", "5 – 9 Mar 2024". */
export function formatOccurred(occurred: OccurredAt, locale: string, t: Translate): string {
  const withTime = occurred.precision === 'exact' || occurred.precision === 'approximate';
  const format = dateFormat(locale, occurred.zone, withTime);
  const start = new Date(occurred.at);
  if (occurred.precision === 'span' && occurred.end !== undefined) {
    return dateFormat(locale, occurred.zone, false).formatRange(start, new Date(occurred.end));
  }
  const text = format.format(start);
  return occurred.precision === 'approximate' ? t('common.approximately', { when: text }) : text;
}

/** A message or call: date and time in the zone it was sent from (as confirmed at import). */
export function formatInZone(utcIso: string, zone: string, locale: string): string {
  return dateFormat(locale, zone, true).format(new Date(utcIso));
}

/** When something was recorded: this computer's zone, date and time. */
export function formatInstant(utcIso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(utcIso));
}

export function formatNumber(value: number, locale: string): string {
  return new Intl.NumberFormat(locale).format(value);
}

export function formatBytes(bytes: number, locale: string): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return new Intl.NumberFormat(locale, { style: 'unit', unit: units[unit], unitDisplay: unit === 0 ? 'long' : 'short', maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value);
}

/** Money from its exact decimal string: Intl formats a decimal string without going through a float. */
export function formatMoney(amount: Amount, locale: string): string {
  try {
    const format = new Intl.NumberFormat(locale, { style: 'currency', currency: amount.currency, maximumFractionDigits: 4 });
    return format.format(amount.value as unknown as number);
  } catch {
    return `${amount.value} ${amount.currency}`;
  }
}

const SCALE = 10_000n;

/** Totals per currency, exact (four decimal places, as the Amount schema allows). */
export function totalsByCurrency(amounts: readonly Amount[]): Amount[] {
  const sums = new Map<string, bigint>();
  for (const { value, currency } of amounts) {
    const [whole = '0', fraction = ''] = value.split('.');
    const units = BigInt(whole) * SCALE + BigInt(fraction.padEnd(4, '0').slice(0, 4));
    sums.set(currency, (sums.get(currency) ?? 0n) + units);
  }
  return [...sums.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency, units]) => {
      const fraction = (units % SCALE).toString().padStart(4, '0').replace(/0+$/, '');
      return { currency, value: `${units / SCALE}${fraction ? `.${fraction}` : ''}` };
    });
}
