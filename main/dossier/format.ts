// Dates, numbers, money and sizes in the chosen language, and the one place where zoned times are
// written (issue 9, item 1), through shared/timeFormat.ts so the app's screens print the same day and
// time (issue 13, item 2). Courts in Belarus and Russia expect dd.mm.yyyy; in English "5 March
// 2024" (never 05.03, which an American reads as 3 May). One style throughout the dossier: no
// abbreviated months ("мар."), no ISO dates. Every event is shown in the zone where it happened;
// the dossier's main zone (`homeZone`) is stated once, and a time carries its zone only where it
// differs from it (ARCHITECTURE.md "Time").
import type { OccurredAt } from '../../shared/domain';
import type { DossierLanguage } from '../../shared/dossierOptions';
import { placeName } from '../../shared/places';
import { calendarDayText, dateText, dateTimeText, dayLabelText, dayText, monthText, offsetText, timeText } from '../../shared/timeFormat';
import { LOCALES, pluralise, STRINGS, type PluralForms, type Strings } from './i18n';

export class Format {
  readonly locale: string;
  readonly s: Strings;
  private readonly integer: Intl.NumberFormat;
  private readonly formats = new Map<string, Intl.NumberFormat>();

  /** `homeZone`: where most events happened; times there are written without their zone.
   *  `redact`: the export's redaction, for the city that names a zone — it can be the very word she
   *  takes out (where she lives), and then only the offset is left. */
  constructor(
    readonly language: DossierLanguage,
    readonly homeZone = 'UTC',
    private readonly redact: (text: string) => string = (text) => text,
  ) {
    this.locale = LOCALES[language];
    this.s = STRINGS[language];
    this.integer = new Intl.NumberFormat(this.locale, { maximumFractionDigits: 0 });
  }

  /** "UTC+03:00" for that instant in that zone (offsets change with daylight saving). */
  offset(utcIso: string, zone: string): string {
    return offsetText(utcIso, zone);
  }

  /** "18:30" in `zone`. */
  time(utcIso: string, zone: string): string {
    return timeText(utcIso, zone);
  }

  /** The day in `zone`: "05.03.2024" / "5 March 2024". */
  date(utcIso: string, zone: string): string {
    return dateText(utcIso, zone, this.language);
  }

  /** "2024-03-06" (a calendar day with no zone, e.g. a police report's date) in the same style. */
  calendarDay(isoDate: string): string {
    return calendarDayText(isoDate, this.language);
  }

  /** "05.03.2024 18:30" / "5 March 2024, 18:30", without any zone. */
  private clock(utcIso: string, zone: string): string {
    return dateTimeText(utcIso, zone, this.language);
  }

  /** The zone as a reader knows it, a place in the dossier's language with its offset then:
   *  "Берлин, UTC+01:00"; a zone in no listed place by its id. The id itself ("Europe/Berlin")
   *  is kept for machines, in the manifest. */
  zoneAt(utcIso: string, zone: string): string {
    return `${this.place(zone)}, ${this.offset(utcIso, zone)}`;
  }

  /** The place that names the zone, in the dossier's language ("Минск"), redacted like the rest. */
  place(zone: string): string {
    return this.redact(placeName(zone, this.language));
  }

  /** "" in the home zone, else " (Берлин, UTC+01:00)". */
  zoneNote(utcIso: string, zone: string): string {
    return zone === this.homeZone ? '' : ` (${this.zoneAt(utcIso, zone)})`;
  }

  /** "05.03.2024 18:30 (Минск, UTC+03:00)": the zone always named, for a moment that has no place
   *  a reader could assume (when the dossier was made). */
  dateTimeWithZone(utcIso: string, zone: string): string {
    return `${this.clock(utcIso, zone)} (${this.zoneAt(utcIso, zone)})`;
  }

  /** "05.03.2024 18:30", with the zone only where it is not the home zone. */
  dateTime(utcIso: string, zone: string): string {
    return `${this.clock(utcIso, zone)}${this.zoneNote(utcIso, zone)}`;
  }

  /** The home zone as stated once, a place with its offset: "Минск (UTC+03:00)"; every offset it
   *  had over `instants` when daylight saving changed it ("Київ (UTC+02:00 / UTC+03:00)"). */
  homeZoneText(instants: readonly string[]): string {
    const offsets = [...new Set((instants.length ? instants : [new Date(0).toISOString()]).map((i) => this.offset(i, this.homeZone)))].sort();
    return `${this.place(this.homeZone)} (${offsets.join(' / ')})`;
  }

  /** When an event happened, as precisely as she said; the zone only where it is not the home one. */
  occurred(at: OccurredAt): string {
    const one = (instant: string) => (at.precision === 'date' ? this.date(instant, at.zone) : this.clock(instant, at.zone));
    const approx = at.precision === 'approximate' ? `${this.s.precision.approximate} ` : '';
    const dateOnly = at.precision === 'date' ? ` (${this.s.precision.dateOnly})` : '';
    return `${approx}${one(at.at)}${at.end ? ` – ${one(at.end)}` : ''}${dateOnly}${this.zoneNote(at.at, at.zone)}`;
  }

  /** A camera's wall-clock time as the file states it ("2024-03-05T18:31:07+03:00", the offset
   *  often missing): "05.03.2024 18:31:07 UTC+03:00", or with "zone not recorded". */
  fileClock(text: string): string {
    const m = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})?$/.exec(text);
    if (!m) return text;
    const clock = `${dayText(Number(m[1]), Number(m[2]), Number(m[3]), this.language)}${this.language === 'en' ? ',' : ''} ${m[4]}:${m[5]}${m[6] ? `:${m[6]}` : ''}`;
    if (!m[7]) return `${clock} (${this.s.evidence.zoneNotRecorded})`;
    return `${clock} UTC${m[7] === 'Z' ? '+00:00' : m[7]}`;
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
    return this.numberFormat(`money ${currency}`, { style: 'currency', currency, currencyDisplay: 'code', maximumFractionDigits: 4 }).format(value as unknown as number);
  }

  /** An exact decimal string ("200.25") in the language's digits, without a currency. */
  decimal(value: string): string {
    return this.numberFormat('decimal', { maximumFractionDigits: 4 }).format(value as unknown as number);
  }

  /** Building an Intl.NumberFormat costs ~0.1 ms: a thousand amounts would spend 0.4 s on it
   *  (issue 9, bench). One per kind and currency, for this Format's locale. */
  private numberFormat(key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
    let format = this.formats.get(key);
    if (!format) this.formats.set(key, (format = new Intl.NumberFormat(this.locale, options)));
    return format;
  }

  bytes(n: number): string {
    const u = this.s.units;
    if (n < 1024) return `${this.number(n)} ${u.bytes}`;
    const one = this.numberFormat('one decimal', { maximumFractionDigits: 1 });
    if (n < 1024 ** 2) return `${one.format(n / 1024)} ${u.kb}`;
    if (n < 1024 ** 3) return `${one.format(n / 1024 ** 2)} ${u.mb}`;
    return `${one.format(n / 1024 ** 3)} ${u.gb}`;
  }

  duration(seconds: number): string {
    const u = this.s.units;
    const minutes = Math.floor(seconds / 60);
    return minutes > 0 ? `${minutes} ${u.minutes} ${seconds % 60} ${u.seconds}` : `${seconds} ${u.seconds}`;
  }

  /** "03.2024" / "March 2024" from "2024-03" (chart axis labels). */
  month(key: string): string {
    return monthText(key, this.language);
  }

  /** "05.03" / "5 March" from "2024-03-05" (chart axis labels). */
  dayLabel(key: string): string {
    return dayLabelText(key, this.language);
  }
}
