// Phone numbers in any written form: "8 029 123-45-67", "+375 (29) 123-45-67" and "+375291234567"
// are one number (libphonenumber-js, E.164). Belarus and Russia first, the countries Dossier is
// made for; a number with its country code is read as written.
import { findPhoneNumbersInText, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';

const COUNTRIES: readonly CountryCode[] = ['BY', 'RU', 'UA'];

/** The E.164 numbers a contact field holds (none when it is not a phone number). */
export function phoneNumbersOf(text: string): string[] {
  const found = new Set<string>();
  for (const country of COUNTRIES) {
    for (const match of findPhoneNumbersInText(text, country)) found.add(match.number.number);
    const whole = parsePhoneNumberFromString(text, country);
    if (whole?.isPossible()) found.add(whole.number);
  }
  return [...found];
}

/** A run of digits and the marks people write between them. */
const DIGIT_RUN = /\+?\d[\d\s().\-‐‑–]*\d/gu;
const SEVEN_DIGITS = /\d(?:\D{0,3}\d){6}/u;

/** The national significant numbers ("291234567") of E.164 numbers, 7 digits or more. */
export function nationalNumbers(numbers: Iterable<string>): string[] {
  return [...numbers].map((n) => parsePhoneNumberFromString(n)?.nationalNumber).filter((n): n is NonNullable<typeof n> => n !== undefined && n.length >= 7);
}

/** [start, end) of every place in `text` where one of the national numbers is written, in any
 *  form: a run of digits, spaces, dashes, dots and brackets whose digits hold the number (with or
 *  without its trunk or country prefix: "8 029 123-45-67", "+375 (29) 123-45-67", "291234567").
 *  A plain scan rather than libphonenumber's text search, which is ~100× slower and is run on
 *  every string of every message. */
export function phoneRanges(text: string, nationals: readonly string[]): [number, number][] {
  if (nationals.length === 0 || !SEVEN_DIGITS.test(text)) return [];
  const ranges: [number, number][] = [];
  for (const run of text.matchAll(DIGIT_RUN)) {
    const digits = run[0].replace(/\D/g, '');
    if (digits.length >= 7 && nationals.some((n) => digits.includes(n))) ranges.push([run.index, run.index + run[0].length]);
  }
  return ranges;
}
