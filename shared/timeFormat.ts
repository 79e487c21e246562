// The one way Dossier writes and reads a day and a time, for the app's screens and the PDF alike
// (issue 13, item 2): dd.mm.yyyy and a 24-hour HH:MM in Russian, Belarusian and Ukrainian; in English
// "5 March 2024" (never 05/03, which an American reads as 3 May). Never the browser's or the
// computer's own locale: under a Russian UI on an American computer she still sees 05.03.2024 18:30.
// Every instant is shown in the zone of the place where it happened (ARCHITECTURE.md "Time").
// Pure: no DOM, no Node, no luxon (see zonedTime.ts), so the renderer bundles it.
import type { Precision } from './domain';
import { offsetMinutes, utcToWall, wallClock } from './zonedTime';

export const TIME_LANGUAGES = ['ru', 'en', 'be', 'uk'] as const;
export type TimeLanguage = (typeof TIME_LANGUAGES)[number];

const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const two = (n: number) => String(n).padStart(2, '0');

/** "ru-RU" → "ru"; the UI's Intl tags map back to the four languages (anything else reads as English). */
export function languageOfLocale(locale: string): TimeLanguage {
  const base = locale.slice(0, 2).toLowerCase();
  return (TIME_LANGUAGES as readonly string[]).includes(base) ? (base as TimeLanguage) : 'en';
}

/** A calendar day from its parts: "05.03.2024", or "5 March 2024" in English. */
export function dayText(year: number, month: number, day: number, language: TimeLanguage): string {
  return language === 'en' ? `${day} ${EN_MONTHS[month - 1]} ${year}` : `${two(day)}.${two(month)}.${year}`;
}

/** A day stored as "2024-03-06" (a police report's date, a date that matters), in the same style.
 *  Anything else is returned as it is: it was typed by her and is shown, not lost. */
export function calendarDayText(isoDate: string, language: TimeLanguage): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  return m ? dayText(Number(m[1]), Number(m[2]), Number(m[3]), language) : isoDate;
}

/** The day of an instant in `zone`. */
export function dateText(utcIso: string, zone: string, language: TimeLanguage): string {
  const w = wallClock(utcIso, zone);
  return dayText(w.year, w.month, w.day, language);
}

/** "18:30" in `zone`: 24-hour in every language. */
export function timeText(utcIso: string, zone: string): string {
  const w = wallClock(utcIso, zone);
  return `${two(w.hour)}:${two(w.minute)}`;
}

/** "05.03.2024 18:30" / "5 March 2024, 18:30", without the zone. */
export function dateTimeText(utcIso: string, zone: string, language: TimeLanguage): string {
  return `${dateText(utcIso, zone, language)}${language === 'en' ? ',' : ''} ${timeText(utcIso, zone)}`;
}

/** "UTC+03:00", "UTC+05:30", "UTC-05:00" for that instant in that zone (daylight saving changes it). */
export function offsetText(utcIso: string, zone: string): string {
  const minutes = offsetMinutes(Date.parse(utcIso), zone);
  // A handful of offsets, written once each (every message of a dossier shows one; issue 9, bench).
  let text = offsetTexts.get(minutes);
  if (text === undefined) {
    const abs = Math.abs(minutes);
    text = `UTC${minutes < 0 ? '-' : '+'}${two(Math.floor(abs / 60))}:${two(abs % 60)}`;
    offsetTexts.set(minutes, text);
  }
  return text;
}
const offsetTexts = new Map<number, string>();

/** "2024-03-05 21:30 (Europe/Minsk, UTC+03:00)": the command line's one way to say when, in the
 *  event's own zone with its offset; "~" before an approximate time, the day alone for a date. */
export function isoWhenText(utcIso: string, zone: string, precision: Precision = 'exact'): string {
  const { date, time } = utcToWall(utcIso, zone);
  if (precision === 'date') return `${date} (${zone})`;
  return `${precision === 'approximate' ? '~' : ''}${date} ${time} (${zone}, ${offsetText(utcIso, zone)})`;
}

/** "03.2024" / "March 2024" from "2024-03" (chart axes). */
export function monthText(key: string, language: TimeLanguage): string {
  const [year, month] = key.split('-').map(Number) as [number, number];
  return language === 'en' ? `${EN_MONTHS[month - 1]} ${year}` : `${two(month)}.${year}`;
}

/** "05.03" / "5 March" from "2024-03-05" (chart axes). */
export function dayLabelText(key: string, language: TimeLanguage): string {
  const [, month, day] = key.split('-').map(Number) as [number, number, number];
  return language === 'en' ? `${day} ${EN_MONTHS[month - 1]}` : `${two(day)}.${two(month)}`;
}

// ——— Reading what she types into a date or a time field ———

/** How a date field is filled in, per language (the field's placeholder and hint). English typing
 *  is day first too (en-GB): the display spells the month out, so nothing is ambiguous on screen. */
export function datePattern(language: TimeLanguage): string {
  return language === 'en' ? 'dd/mm/yyyy' : { ru: 'дд.мм.гггг', be: 'дд.мм.гггг', uk: 'дд.мм.рррр' }[language];
}

/** How a time field is filled in: 24-hour hours and minutes. */
export function timePattern(language: TimeLanguage): string {
  return { ru: 'чч:мм', en: 'hh:mm', be: 'гг:хх', uk: 'гг:хх' }[language];
}

/** A typed day in the field's own style: "05.03.2024" / "05/03/2024". */
export function typedDay(isoDate: string, language: TimeLanguage): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!m) return isoDate;
  return language === 'en' ? `${m[3]}/${m[2]}/${m[1]}` : `${m[3]}.${m[2]}.${m[1]}`;
}

export type DayProblem = 'dateFormat' | 'dateYear' | 'dateNoSuchDay';
export type TimeProblem = 'timeFormat' | 'timeNoSuchTime';

const DAY_FIRST = /^(\d{1,2})\s*[./-]\s*(\d{1,2})\s*[./-]\s*(\d+)$/;
const DOTTED = /^(\d{1,2})\s*\.\s*(\d{1,2})\s*\.\s*(\d+)$/;

/** "5.3.2024", "05.03.2024", "5/3/2024", "5-3-2024" (day first) or "2024-03-05" → "2024-03-05".
 *  Only four-digit years: "05.03.24" could be 1924 or 2024, and a court date must not be guessed.
 *  `dotsOnly`: the command line, where no field hint says "dd/mm/yyyy", takes only dots day first,
 *  because "5/3/2024" reads as 3 May to an American. */
export function readTypedDay(text: string, dotsOnly = false): { day: string } | { problem: DayProblem } {
  const trimmed = text.trim();
  let parts: [number, number, number] | null = null;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
  const dayFirst = (dotsOnly ? DOTTED : DAY_FIRST).exec(trimmed);
  if (iso) parts = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (dayFirst) {
    if (dayFirst[3]!.length !== 4) return { problem: 'dateYear' };
    parts = [Number(dayFirst[3]), Number(dayFirst[2]), Number(dayFirst[1])];
  }
  if (parts === null) return { problem: 'dateFormat' };
  const [year, month, day] = parts;
  const check = new Date(Date.UTC(year, month - 1, day));
  if (year < 1000 || check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return { problem: 'dateNoSuchDay' };
  return { day: `${year}-${two(month)}-${two(day)}` };
}

/** "18:30", "9:05", "18.30" → "18:30"; 24-hour only ("6:30 pm" is refused, not guessed). */
export function readTypedTime(text: string): { time: string } | { problem: TimeProblem } {
  const m = /^(\d{1,2})\s*[:.]\s*(\d{2})$/.exec(text.trim());
  if (!m) return { problem: 'timeFormat' };
  const [hour, minute] = [Number(m[1]), Number(m[2])];
  if (hour > 23 || minute > 59) return { problem: 'timeNoSuchTime' };
  return { time: `${two(hour)}:${two(minute)}` };
}
