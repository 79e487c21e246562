// Dates, numbers and money in the chosen language. Days and times go through shared/timeFormat.ts,
// the module the PDF uses too, so the screen and the dossier print the same 05.03.2024 18:30 whatever
// the browser's or the computer's locale. An event's time is shown in the zone of the place where it
// happened (ARCHITECTURE.md "Time"), never silently in this computer's.
import type { Amount, OccurredAt } from '../../shared/domain';
import { placeName } from '../../shared/places';
import { calendarDayText, dateText, dateTimeText, languageOfLocale, offsetText } from '../../shared/timeFormat';
import { systemTimeZone } from '../../shared/zonedTime';
import type { Translate } from './index';

/** "05.03.2024 18:30", "примерно 05.03.2024 18:30", "05.03.2024", "05.03.2024 – 09.03.2024";
 *  in English "5 March 2024, 18:30". */
export function formatOccurred(occurred: OccurredAt, locale: string, t: Translate): string {
  const language = languageOfLocale(locale);
  const withTime = occurred.precision === 'exact' || occurred.precision === 'approximate';
  if (occurred.precision === 'span' && occurred.end !== undefined) {
    const [from, to] = [dateText(occurred.at, occurred.zone, language), dateText(occurred.end, occurred.zone, language)];
    return from === to ? from : `${from} – ${to}`;
  }
  const text = withTime ? dateTimeText(occurred.at, occurred.zone, language) : dateText(occurred.at, occurred.zone, language);
  return occurred.precision === 'approximate' ? t('common.approximately', { when: text }) : text;
}

/** A day stored without a zone ("2024-03-06": a police report's date): "06.03.2024". */
export function formatDay(isoDate: string, locale: string): string {
  return calendarDayText(isoDate, languageOfLocale(locale));
}

/** The place whose clock it was, with its offset then: "Минск, UTC+03:00"; a zone in no listed
 *  place by its id ("America/Bogota, UTC-05:00"). */
export function formatZone(zone: string, utcIso: string, locale: string): string {
  return `${placeName(zone, languageOfLocale(locale))}, ${offsetText(utcIso, zone)}`;
}

/** When something was recorded: this computer's zone, date and time. */
export function formatInstant(utcIso: string, locale: string): string {
  return dateTimeText(utcIso, systemTimeZone(), languageOfLocale(locale));
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
