// Dates and times on the import screens, in the zone of the messages she chose (never this
// computer's), written as every screen and the PDF write them (shared/timeFormat.ts).
import type { Language } from '../../shared/appContract';
import { calendarDayText, dateTimeText } from '../../shared/timeFormat';

/** "2024-03-15" → "15.03.2024" (en: "15 March 2024"). */
export function dayText(day: string, language: Language): string {
  return calendarDayText(day, language);
}

/** A UTC instant as "15.03.2024 18:30" (en: "15 March 2024, 18:30") in `zone`; as it is if unreadable. */
export function dayAndTime(utcIso: string, zone: string, language: Language): string {
  try {
    return dateTimeText(utcIso, zone, language);
  } catch {
    return utcIso;
  }
}
