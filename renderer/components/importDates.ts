// Dates and times on the import screens, written one way whatever the browser's locale: dd.mm.yyyy
// and 24-hour time (en: dd/mm/yyyy, the en-GB order), in the zone of the messages she chose, never
// this computer's. Small and local on purpose: the shared date/time formatting (issue 13, item 2)
// replaces it when it lands.
import type { Language } from '../../shared/appContract';

const partsFormats = new Map<string, Intl.DateTimeFormat>();

function parts(utcIso: string, zone: string): Record<'year' | 'month' | 'day' | 'hour' | 'minute', string> | null {
  let format = partsFormats.get(zone);
  if (format === undefined) {
    try {
      format = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });
    } catch {
      return null;
    }
    partsFormats.set(zone, format);
  }
  const instant = new Date(utcIso);
  if (Number.isNaN(instant.getTime())) return null;
  const all = format.formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes) => all.find((part) => part.type === type)?.value ?? '';
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour') === '24' ? '00' : get('hour'), minute: get('minute') };
}

/** "2024-03-15" → "15.03.2024" (en: "15/03/2024"). */
export function dayText(day: string, language: Language): string {
  const [year, month, date] = day.split('-');
  return [date, month, year].join(language === 'en' ? '/' : '.');
}

/** A UTC instant as "15.03.2024 18:30" in `zone`. */
export function dayAndTime(utcIso: string, zone: string, language: Language): string {
  const p = parts(utcIso, zone);
  if (p === null) return utcIso;
  return `${dayText(`${p.year}-${p.month}-${p.day}`, language)} ${p.hour}:${p.minute}`;
}
