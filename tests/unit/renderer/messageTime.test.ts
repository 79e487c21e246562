// A message's date and time in its log (MessageLog), pinned before the renderer's own formatInZone
// (deleted) gave way to the one zoned-time module (shared/zonedTime.ts + shared/timeFormat.ts): the same
// text in every language, on both sides of each daylight-saving change, in odd offsets.
import { describe, expect, it } from 'vitest';
import { dateTimeText, languageOfLocale } from '../../../shared/timeFormat';

/** What MessageLog shows beside a message: the shared module, in the language of her locale. */
const shown = (utcIso: string, zone: string, locale: string) => dateTimeText(utcIso, zone, languageOfLocale(locale));

// [instant, zone, English, Russian / Belarusian / Ukrainian]
const PINNED: readonly (readonly [string, string, string, string])[] = [
  // Kyiv, clocks forward at 03:00 on 31 March 2024: 02:59 is followed by 04:00.
  ['2024-03-31T00:59:00.000Z', 'Europe/Kyiv', '31 March 2024, 02:59', '31.03.2024 02:59'],
  ['2024-03-31T01:00:00.000Z', 'Europe/Kyiv', '31 March 2024, 04:00', '31.03.2024 04:00'],
  // Kyiv, clocks back on 27 October 2024: 03:30 happens twice, an hour apart.
  ['2024-10-27T00:30:00.000Z', 'Europe/Kyiv', '27 October 2024, 03:30', '27.10.2024 03:30'],
  ['2024-10-27T01:30:00.000Z', 'Europe/Kyiv', '27 October 2024, 03:30', '27.10.2024 03:30'],
  // Minsk's last change (27 March 2011, to UTC+03:00 for good), and the last moment of 2010 there.
  ['2011-03-27T00:30:00.000Z', 'Europe/Minsk', '27 March 2011, 03:30', '27.03.2011 03:30'],
  ['2010-12-31T21:59:59.999Z', 'Europe/Minsk', '31 December 2010, 23:59', '31.12.2010 23:59'],
  // New York, clocks forward on 10 March 2024: 01:59 is followed by 03:00.
  ['2024-03-10T06:59:00.000Z', 'America/New_York', '10 March 2024, 01:59', '10.03.2024 01:59'],
  ['2024-03-10T07:00:00.000Z', 'America/New_York', '10 March 2024, 03:00', '10.03.2024 03:00'],
  // A half-hour offset that moves the day; a leap day that becomes 1 March in Moscow; UTC itself.
  ['2024-03-05T18:30:00.000Z', 'Asia/Kolkata', '6 March 2024, 00:00', '06.03.2024 00:00'],
  ['2024-02-29T23:00:00.000Z', 'Europe/Moscow', '1 March 2024, 02:00', '01.03.2024 02:00'],
  ['2024-03-05T18:30:00.000Z', 'UTC', '5 March 2024, 18:30', '05.03.2024 18:30'],
];

describe("a message's time in its log", () => {
  it.each(PINNED)('%s in %s', (at, zone, english, slavic) => {
    expect(shown(at, zone, 'en-GB')).toBe(english);
    for (const locale of ['ru-RU', 'be-BY', 'uk-UA']) expect(shown(at, zone, locale)).toBe(slavic);
  });
});
