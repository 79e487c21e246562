// Dates, numbers, money and sizes in the chosen language. Every event time is shown in the zone of
// the place where it happened, with its UTC offset, so a reader never has to guess (ARCHITECTURE.md
// "Time"); the zone's name follows for places with changing offsets.
import { DateTime } from 'luxon';
import type { OccurredAt } from '../../shared/domain';
import type { DossierLanguage } from '../../shared/dossierOptions';
import { LOCALES, pluralise, STRINGS, type PluralForms, type Strings } from './i18n';
import { localClock, zoneOffsetMinutes } from './stats';

export class Format {
  readonly locale: string;
  readonly s: Strings;
  private readonly dateFormats = new Map<string, Intl.DateTimeFormat>();
  private readonly integer: Intl.NumberFormat;

  constructor(readonly language: DossierLanguage) {
    this.locale = LOCALES[language];
    this.s = STRINGS[language];
    this.integer = new Intl.NumberFormat(this.locale, { maximumFractionDigits: 0 });
  }

  /** One formatter per zone and style: building Intl formatters is the slow part on 20,000 rows. */
  private formatter(zone: string, withTime: boolean): Intl.DateTimeFormat {
    const key = `${zone}|${withTime}`;
    let format = this.dateFormats.get(key);
    if (!format) {
      format = new Intl.DateTimeFormat(this.locale, {
        timeZone: zone,
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        ...(withTime ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' as const } : {}),
      });
      this.dateFormats.set(key, format);
    }
    return format;
  }

  /** "UTC+03:00" for that instant in that zone (offsets change with daylight saving). */
  offset(utcIso: string, zone: string): string {
    const minutes = zoneOffsetMinutes(Date.parse(utcIso), zone);
    const abs = Math.abs(minutes);
    return `UTC${minutes < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  }

  /** "18:30" in `zone`. */
  time(utcIso: string, zone: string): string {
    const local = localClock(utcIso, zone);
    return `${String(local.getUTCHours()).padStart(2, '0')}:${String(local.getUTCMinutes()).padStart(2, '0')}`;
  }

  /** "05.03.2024" in `zone`: the form courts in Belarus and Russia expect (issue 9, item 5). */
  numericDate(utcIso: string, zone: string): string {
    return localClock(utcIso, zone).toISOString().slice(0, 10).split('-').reverse().join('.');
  }

  /** "2024-03-06" (a calendar day, e.g. a police report's date) as "06.03.2024". */
  calendarDay(isoDate: string): string {
    return /^\d{4}-\d{2}-\d{2}$/.test(isoDate) ? isoDate.split('-').reverse().join('.') : isoDate;
  }

  date(utcIso: string, zone: string): string {
    return this.formatter(zone, false).format(new Date(utcIso));
  }

  /** "5 мар. 2024 г., 18:30 UTC+03:00" */
  dateTime(utcIso: string, zone: string): string {
    return `${this.formatter(zone, true).format(new Date(utcIso))} ${this.offset(utcIso, zone)}`;
  }

  /** When an event happened, as precisely as the user said, with the zone named. */
  occurred(at: OccurredAt, withZoneName = true): string {
    const zoneName = withZoneName ? ` (${at.zone})` : '';
    if (at.precision === 'date') {
      const end = at.end ? ` – ${this.date(at.end, at.zone)}` : '';
      return `${this.date(at.at, at.zone)}${end} (${this.s.precision.dateOnly})${zoneName}`;
    }
    const approx = at.precision === 'approximate' ? `${this.s.precision.approximate} ` : '';
    const end = at.end ? ` – ${this.dateTime(at.end, at.zone)}` : '';
    return `${approx}${this.dateTime(at.at, at.zone)}${end}${zoneName}`;
  }

  number(n: number): string {
    return this.integer.format(n);
  }

  count(n: number, forms: PluralForms): string {
    return `${this.number(n)} ${pluralise(this.language, n, forms)}`;
  }

  /** The plural form alone ("версии" for 3), for sentences that place the number themselves. */
  word(n: number, forms: PluralForms): string {
    return pluralise(this.language, n, forms);
  }

  /** Exact: the decimal string goes to Intl as a string (no float rounding). ISO code, not a sign:
   *  "$" is ambiguous in a court file. */
  money(value: string, currency: string): string {
    const format = new Intl.NumberFormat(this.locale, { style: 'currency', currency, currencyDisplay: 'code', maximumFractionDigits: 4 });
    return format.format(value as unknown as number);
  }

  bytes(n: number): string {
    const u = this.s.units;
    if (n < 1024) return `${this.number(n)} ${u.bytes}`;
    const one = new Intl.NumberFormat(this.locale, { maximumFractionDigits: 1 });
    if (n < 1024 ** 2) return `${one.format(n / 1024)} ${u.kb}`;
    if (n < 1024 ** 3) return `${one.format(n / 1024 ** 2)} ${u.mb}`;
    return `${one.format(n / 1024 ** 3)} ${u.gb}`;
  }

  duration(seconds: number): string {
    const u = this.s.units;
    const minutes = Math.floor(seconds / 60);
    return minutes > 0 ? `${minutes} ${u.minutes} ${seconds % 60} ${u.seconds}` : `${seconds} ${u.seconds}`;
  }

  /** "мар. 2024" from "2024-03". */
  month(key: string): string {
    const [year, month] = key.split('-').map(Number);
    return new Intl.DateTimeFormat(this.locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(year!, month! - 1, 1));
  }

  /** "05.03" from "2024-03-05" (chart axis labels). */
  dayLabel(key: string): string {
    const [year, month, day] = key.split('-').map(Number);
    return new Intl.DateTimeFormat(this.locale, { day: '2-digit', month: '2-digit', timeZone: 'UTC' }).format(Date.UTC(year!, month! - 1, day!));
  }
}
