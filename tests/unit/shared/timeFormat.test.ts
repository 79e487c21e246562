// The one module that writes days and times for the screens and the PDF (issue 13, item 2).
import { describe, expect, it } from 'vitest';
import { Format } from '../../../main/dossier/format';
import { PLACES, placeOfZone, searchPlaces } from '../../../shared/places';
import { calendarDayText, dateText, dateTimeText, offsetText, readTypedDay, readTypedTime, timeText, TIME_LANGUAGES, typedDay } from '../../../shared/timeFormat';
import { offsetMinutes, periodBoundWhileTyping, wallClock } from '../../../shared/zonedTime';
import { DossierError } from '../../../shared/errors';
import { emptyExportForm, toOptions } from '../../../renderer/screens/exportForm';
import { formatOccurred } from '../../../renderer/i18n/format';
import { LOCALE, translator } from '../../../renderer/i18n';

const AT = '2024-03-05T18:30:00.000Z';

describe('timeFormat', () => {
  it('writes dd.mm.yyyy and 24-hour time in ru, be and uk, and "5 March 2024" in en', () => {
    expect(dateTimeText(AT, 'Europe/Minsk', 'ru')).toBe('05.03.2024 21:30');
    expect(dateTimeText(AT, 'Europe/Minsk', 'be')).toBe('05.03.2024 21:30');
    expect(dateTimeText(AT, 'Europe/Kyiv', 'uk')).toBe('05.03.2024 20:30');
    expect(dateTimeText(AT, 'Europe/Minsk', 'en')).toBe('5 March 2024, 21:30');
    // An afternoon hour is never "9:30 PM", whatever the language.
    expect(timeText(AT, 'Europe/Minsk')).toBe('21:30');
    expect(calendarDayText('2024-03-06', 'ru')).toBe('06.03.2024');
    expect(calendarDayText('not a day', 'ru')).toBe('not a day');
  });

  it('takes the day in the zone of the place, not UTC', () => {
    expect(dateText('2024-03-05T22:30:00.000Z', 'Europe/Moscow', 'ru')).toBe('06.03.2024');
    expect(dateText('2024-03-05T22:30:00.000Z', 'UTC', 'ru')).toBe('05.03.2024');
    expect(dateText('2024-03-06T03:00:00.000Z', 'America/New_York', 'en')).toBe('5 March 2024');
  });

  it('follows daylight saving on both sides of a change (Kyiv, 31 March and 27 October 2024)', () => {
    expect(dateTimeText('2024-03-31T00:59:00.000Z', 'Europe/Kyiv', 'uk')).toBe('31.03.2024 02:59');
    expect(dateTimeText('2024-03-31T01:00:00.000Z', 'Europe/Kyiv', 'uk')).toBe('31.03.2024 04:00');
    expect(offsetText('2024-03-31T00:59:00.000Z', 'Europe/Kyiv')).toBe('UTC+02:00');
    expect(offsetText('2024-03-31T01:00:00.000Z', 'Europe/Kyiv')).toBe('UTC+03:00');
    // Clocks back: 03:30 happens twice, an hour apart; each instant keeps its own offset.
    expect(dateTimeText('2024-10-27T00:30:00.000Z', 'Europe/Kyiv', 'ru')).toBe('27.10.2024 03:30');
    expect(dateTimeText('2024-10-27T01:30:00.000Z', 'Europe/Kyiv', 'ru')).toBe('27.10.2024 03:30');
    expect(offsetText('2024-10-27T01:30:00.000Z', 'Europe/Kyiv')).toBe('UTC+02:00');
    // Minsk kept summer time in 2011 and has been UTC+03:00 since; in 2010 its winter was +02:00.
    expect(offsetText('2010-01-15T12:00:00.000Z', 'Europe/Minsk')).toBe('UTC+02:00');
    expect(offsetText('2024-01-15T12:00:00.000Z', 'Europe/Minsk')).toBe('UTC+03:00');
  });

  it('handles half-hour and negative offsets', () => {
    expect(offsetText(AT, 'Asia/Kolkata')).toBe('UTC+05:30');
    expect(offsetMinutes(Date.parse(AT), 'Asia/Kolkata')).toBe(330);
    expect(dateTimeText(AT, 'Asia/Kolkata', 'ru')).toBe('06.03.2024 00:00');
    expect(offsetText(AT, 'America/New_York')).toBe('UTC-05:00');
    expect(wallClock('2024-07-01T13:00:00.000Z', 'America/New_York')).toEqual({ year: 2024, month: 7, day: 1, hour: 9, minute: 0, second: 0 });
  });

  it('is what the PDF prints and what the screens print, for the same instant and zone', () => {
    for (const language of TIME_LANGUAGES) {
      const pdf = new Format(language, 'Europe/Minsk');
      const t = translator(language);
      const exact = { at: AT, zone: 'Europe/Minsk', precision: 'exact' as const };
      expect(formatOccurred(exact, LOCALE[language], t)).toBe(pdf.occurred(exact));
      expect(dateTimeText(AT, 'Europe/Minsk', language)).toBe(pdf.dateTime(AT, 'Europe/Minsk'));
      expect(pdf.date(AT, 'Asia/Kolkata')).toBe(dateText(AT, 'Asia/Kolkata', language));
    }
  });
});

describe('reading what she types', () => {
  it('reads a day first, with or without leading zeros, and ISO', () => {
    for (const text of ['5.3.2024', '05.03.2024', ' 05.03.2024 ', '5/3/2024', '05-03-2024', '2024-03-05', '5. 3. 2024']) expect(readTypedDay(text)).toEqual({ day: '2024-03-05' });
    expect(typedDay('2024-03-05', 'ru')).toBe('05.03.2024');
    expect(typedDay('2024-03-05', 'en')).toBe('05/03/2024');
  });

  it('refuses a two-digit year, a day that does not exist and anything else, each with its reason', () => {
    expect(readTypedDay('05.03.24')).toEqual({ problem: 'dateYear' });
    expect(readTypedDay('31.02.2024')).toEqual({ problem: 'dateNoSuchDay' });
    expect(readTypedDay('29.02.2023')).toEqual({ problem: 'dateNoSuchDay' });
    expect(readTypedDay('29.02.2024')).toEqual({ day: '2024-02-29' });
    expect(readTypedDay('5 марта')).toEqual({ problem: 'dateFormat' });
    expect(readTypedDay('03/05/2024 12:00')).toEqual({ problem: 'dateFormat' });
  });

  it('reads 24-hour times only', () => {
    expect(readTypedTime('9:05')).toEqual({ time: '09:05' });
    expect(readTypedTime('18.30')).toEqual({ time: '18:30' });
    expect(readTypedTime('24:00')).toEqual({ problem: 'timeNoSuchTime' });
    expect(readTypedTime('6:30 PM')).toEqual({ problem: 'timeFormat' });
  });
});

describe('places', () => {
  it('names every zone of Belarus, Russia and Ukraine and finds them in her language', () => {
    expect(PLACES.length).toBeGreaterThanOrEqual(80);
    expect(PLACES.length).toBeLessThanOrEqual(100);
    for (const zone of ['Europe/Minsk', 'Europe/Kaliningrad', 'Europe/Moscow', 'Europe/Samara', 'Asia/Yekaterinburg', 'Asia/Omsk', 'Asia/Novosibirsk', 'Asia/Krasnoyarsk', 'Asia/Irkutsk', 'Asia/Yakutsk', 'Asia/Vladivostok', 'Asia/Magadan', 'Asia/Kamchatka', 'Europe/Kyiv']) {
      expect(placeOfZone(zone), zone).not.toBeNull();
    }
    expect(searchPlaces('мин', 'ru')[0]?.names.ru).toBe('Минск');
    expect(searchPlaces('мін', 'be')[0]?.names.be).toBe('Мінск');
    expect(searchPlaces('київ', 'uk')[0]?.zone).toBe('Europe/Kyiv');
    expect(searchPlaces('киев', 'uk')[0]?.names.uk).toBe('Київ');
    expect(searchPlaces('петер', 'ru')[0]?.names.ru).toBe('Санкт-Петербург');
    expect(searchPlaces('могилев', 'ru')[0]?.names.ru).toBe('Могилёв');
    expect(searchPlaces('minsk', 'ru')[0]?.names.ru).toBe('Минск');
    expect(searchPlaces('Europe/', 'ru')).toEqual([]);
    // The engine's old name for a zone finds the same place.
    expect(placeOfZone('Europe/Kiev')?.names.ru).toBe('Киев');
  });
});

describe('a period typed into a filter', () => {
  it('filters by a day that reads, ignores one still being typed, and refuses it at export', () => {
    expect(periodBoundWhileTyping('2024-03-31', 'Europe/Minsk', 'to')).toBe('2024-03-31T20:59:59.999Z');
    expect(periodBoundWhileTyping('31.02', 'Europe/Minsk', 'from')).toBeUndefined();
    expect(periodBoundWhileTyping('', 'Europe/Minsk', 'from')).toBeUndefined();
    // The dossier is never made for a wider period than the one on screen.
    expect(() => toOptions({ ...emptyExportForm('ru'), from: '31.02.2024' })).toThrow(DossierError);
  });
});
