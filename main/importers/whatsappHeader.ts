// WhatsApp "Export chat" message headers: every date/time style we know of, and day/month order.
//
// WhatsApp formats the header with the phone's locale, so one parser has to read all of these
// (after normalise(): bidi marks gone, U+202F/U+00A0 → space, Arabic-Indic digits → ASCII):
//   Android  06/03/2017, 00:45 - Sample User: …          (pustur_android_ddmmyyyy_24h_short.txt)
//            01/30/2019, 08:49 p. m. - Jahn Doe: …       (cm_android_mmddyyyy_12h_es_ampm.txt)
//            2019/01/20, 11:23 - John Doe: …             (cm_android_yyyymmdd_24h.txt)
//            7/19/22, 11:32 PM - User 1: …  (U+202F before PM, lc_mixed_formats_nnbsp.txt)
//            20-01-2019 11:23 - …, 20.01.19 г., 11:23 - … (Bulgarian), 20.1.2019 klo 11.23 - … (Finnish)
//            2019. 1. 20. 오후 3:22 - … (Korean: marker BEFORE the time), 2019/1/20 午後3:22 - … (Japanese)
//   iOS      [20.06.19, 16:00:15] Loris: …               (pustur_ios_dotted_with_media__chat.txt)
//            [8/15/23, 9:12:33 AM] Dr. Feather: …        (lc_ios_en_12h_lrm.txt)
//            [01/20/19 11:23] John Doe: …  (no comma)    (cm_ios_bracket_mmddyy_24h.txt)
//            [2023/5/4, 16:13:23] ~ User 2: …             (lc_mixed_formats_nnbsp.txt)
import type { DateOrder } from './types';
import { wallTimeOf } from './time';

/**
 * 12-hour markers by locale. Extend here: keys are matched case-insensitively, and spaces/dots
 * inside a marker are optional in the lookup ("a. m." = "a.m." = "am").
 * en: AM/PM; es/pt: a. m./p. m.; ja: 午前/午後; ko: 오전/오후; zh: 上午/下午; ar: ص/م;
 * el: π.μ./μ.μ.; de (older Android): vorm./nachm.; vi: SA/CH.
 */
const MARKERS: Record<'am' | 'pm', readonly string[]> = {
  am: ['AM', 'a.m.', 'a. m.', 'a m', '午前', '오전', '上午', 'ص', 'π.μ.', 'vorm.', 'SA'],
  pm: ['PM', 'p.m.', 'p. m.', 'p m', '午後', '오후', '下午', 'م', 'μ.μ.', 'nachm.', 'CH'],
};

const markerKey = (marker: string): string => marker.toLowerCase().replace(/[\s.]/g, '');
const MARKER_LOOKUP = new Map<string, 'am' | 'pm'>();
for (const half of ['am', 'pm'] as const) for (const m of MARKERS[half]) MARKER_LOOKUP.set(markerKey(m), half);

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const MARK = [...MARKERS.am, ...MARKERS.pm]
  .sort((x, y) => y.length - x.length)
  .map(escape)
  .join('|');

// Date: three numeric fields; separators / . - with an optional space after (Korean "2019. 1. 20.");
// an optional trailing dot, and the Bulgarian/Russian year suffix "г.".
const DATE = String.raw`(?<a>\d{1,4})[./-] ?(?<b>\d{1,2})[./-] ?(?<c>\d{1,4})\.?(?: ?г\.)?`;
// Between date and time: ", " (most), " " (iOS without comma), "," alone, the Arabic comma "،"
// (Persian/Arabic locales), Finnish " klo ".
const SEP = String.raw`(?:[,،] ?| )(?:klo )?`;
// Time: H:MM or H.MM, optional seconds, AM/PM marker before or after, Bulgarian suffix "ч.".
const TIME = String.raw`(?:(?<m1>${MARK}) ?)?(?<h>\d{1,2})[:.](?<mi>\d{2})(?:[:.](?<s>\d{2}))?(?: ?(?<m2>${MARK}))?(?: ?ч\.)?`;

const BRACKET = new RegExp(String.raw`^\[${DATE}${SEP}${TIME}\] ?`, 'iu');
// Android separates header and body with " - " (some locales an en dash); a system line may end there.
const DASHED = new RegExp(String.raw`^${DATE}${SEP}${TIME} ?[-–](?: |$)`, 'iu');
/** Starts like a header (date, then a time) — used to flag malformed headers such as "3:22_AM". */
const HEADER_LIKE = /^\[?\d{1,4}[./-] ?\d{1,2}[./-] ?\d{1,4}\.?[,،]? ?(?:klo )?\d{1,2}[:.]\d{2}/u;

export interface HeaderMatch {
  style: 'bracket' | 'dashed';
  a: number;
  b: number;
  c: number;
  aDigits: number;
  cDigits: number;
  hour: number; // already on the 24 h clock
  minute: number;
  second: number;
  bodyStart: number; // index in the normalised line where author/body begins
}

export function matchHeader(norm: string): HeaderMatch | null {
  const quick = quickHeader(norm, 0, norm.length);
  return quick !== undefined ? quick : matchHeaderByPattern(norm);
}

/**
 * matchHeader(text.slice(from, end)) for a line of a text whose lines end in "\n", without
 * cutting the line out first (bodyStart is counted from `from`).
 */
export function matchHeaderIn(text: string, from: number, end: number): HeaderMatch | null {
  const quick = quickHeader(text, from, end);
  return quick !== undefined ? quick : matchHeaderByPattern(text.slice(from, end));
}

/** matchHeader by the regexes alone: the definition the quick path must agree with (and is tested against). */
export function matchHeaderByPattern(norm: string): HeaderMatch | null {
  let style: HeaderMatch['style'] = 'bracket';
  let m = BRACKET.exec(norm);
  if (!m) {
    style = 'dashed';
    m = DASHED.exec(norm);
  }
  const g = m?.groups;
  if (!m || !g || g.a === undefined || g.b === undefined || g.c === undefined || g.h === undefined || g.mi === undefined) return null;
  if (g.m1 !== undefined && g.m2 !== undefined) return null; // two markers: not a header we understand
  const marker = g.m1 ?? g.m2;
  let hour = Number(g.h);
  if (marker !== undefined) {
    const half = MARKER_LOOKUP.get(markerKey(marker));
    if (half === undefined) return null;
    // 12 h clock: 12 AM is midnight, 12 PM is noon; "00:08 a. m." (cm_android_mmddyyyy_12h_es_ampm.txt) stays 0.
    if (hour > 12) return null;
    if (half === 'am' && hour === 12) hour = 0;
    if (half === 'pm' && hour < 12) hour += 12;
  }
  return {
    style,
    a: Number(g.a),
    b: Number(g.b),
    c: Number(g.c),
    aDigits: g.a.length,
    cDigits: g.c.length,
    hour,
    minute: Number(g.mi),
    second: g.s === undefined ? 0 : Number(g.s),
    bodyStart: m[0].length,
  };
}

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/**
 * The two most common header shapes without the regexes: "DD/MM/YYYY, HH:MM - " and
 * "[DD.MM.YY, HH:MM:SS] " (any of . / - between date fields, "," or ", " or " " before the time,
 * seconds optional, no 12-hour marker). Returns exactly what the regexes would (a header, or
 * null when the line cannot start like one), or undefined for anything else, which then goes to
 * the regexes. It walks the same path a backtracking match would take first: at every optional
 * part it checks that the part cannot match here (a digit is never the start of a marker, "г."
 * or "klo "), and it gives up (undefined) wherever the regexes would have a choice it does not model.
 */
function quickHeader(s: string, from: number, end: number): HeaderMatch | null | undefined {
  // The line is s[from, end). Reading past `end` sees "\n" or nothing, which, like the end of a
  // line, is no digit, separator, space or bracket, so only the "-" at the very end checks `end`.
  const first = from < end ? s.charCodeAt(from) : Number.NaN;
  const bracket = first === 0x5b; // "["
  // BRACKET starts with "[", DASHED (and so every header) with an ASCII digit.
  if (!bracket && !isDigit(first)) return null;
  let i = bracket ? from + 1 : from;
  let c = 0;
  let a = 0;
  let start = i;
  while (isDigit((c = s.charCodeAt(i)))) {
    a = a * 10 + c - 0x30;
    i += 1;
  }
  const aDigits = i - start;
  if (aDigits === 0 || aDigits > 4 || (c !== 0x2e && c !== 0x2f && c !== 0x2d)) return undefined; // [./-]
  i += 1;
  let b = 0;
  start = i;
  while (isDigit((c = s.charCodeAt(i)))) {
    b = b * 10 + c - 0x30;
    i += 1;
  }
  if (i === start || i - start > 2 || (c !== 0x2e && c !== 0x2f && c !== 0x2d)) return undefined;
  i += 1;
  let cValue = 0;
  start = i;
  while (isDigit((c = s.charCodeAt(i)))) {
    cValue = cValue * 10 + c - 0x30;
    i += 1;
  }
  const cDigits = i - start;
  if (cDigits === 0 || cDigits > 4) return undefined;
  // Between date and time: ", ", "," or " ", then the hour's first digit.
  if (c === 0x2c) {
    i += 1;
    if (s.charCodeAt(i) === 0x20) i += 1;
  } else if (c === 0x20) {
    i += 1;
  } else {
    return undefined;
  }
  let hour = 0;
  start = i;
  while (isDigit((c = s.charCodeAt(i)))) {
    hour = hour * 10 + c - 0x30;
    i += 1;
  }
  if (i === start || i - start > 2 || (c !== 0x3a && c !== 0x2e)) return undefined; // [:.]
  i += 1;
  const m1 = s.charCodeAt(i);
  const m2 = s.charCodeAt(i + 1);
  if (!isDigit(m1) || !isDigit(m2)) return undefined;
  const minute = (m1 - 0x30) * 10 + m2 - 0x30;
  i += 2;
  let second = 0;
  c = s.charCodeAt(i);
  if (c === 0x3a || c === 0x2e) {
    const s1 = s.charCodeAt(i + 1);
    const s2 = s.charCodeAt(i + 2);
    if (!isDigit(s1) || !isDigit(s2)) return undefined;
    second = (s1 - 0x30) * 10 + s2 - 0x30;
    i += 3;
    c = s.charCodeAt(i);
  }
  let bodyEnd: number;
  if (bracket) {
    if (c !== 0x5d) return undefined; // "]"
    bodyEnd = s.charCodeAt(i + 1) === 0x20 ? i + 2 : i + 1;
  } else {
    if (c !== 0x20 || s.charCodeAt(i + 1) !== 0x2d) return undefined; // " -"
    if (i + 2 === end) bodyEnd = i + 2;
    else if (s.charCodeAt(i + 2) === 0x20) bodyEnd = i + 3;
    else return undefined;
  }
  if (bodyEnd > end) return undefined; // cannot happen: the characters above are inside the line
  return { style: bracket ? 'bracket' : 'dashed', a, b, c: cValue, aDigits, cDigits, hour, minute, second, bodyStart: bodyEnd - from };
}

export function looksLikeHeader(norm: string): boolean {
  const first = norm.charCodeAt(0);
  if (first !== 0x5b && !isDigit(first)) return false; // HEADER_LIKE starts with "[" or a digit
  return HEADER_LIKE.test(norm);
}

/** A first field of three or more digits is the year (2019/01/20, 2019. 1. 20.). */
const yearFirstDigits = (aDigits: number): boolean => aDigits >= 3;

export function isYearFirst(h: HeaderMatch): boolean {
  return yearFirstDigits(h.aDigits);
}

/**
 * Four-digit years ≥ 2400 are Buddhist Era (Thai locale): subtract 543. Two-digit years: 00–49 →
 * 20xx; 50–99 can only be Buddhist Era (2550 BE = 2007 CE; WhatsApp exists since 2009), so
 * 25xx − 543.
 */
export function fullYear(raw: number, digits: number): number {
  if (digits <= 2) return raw < 50 ? 2000 + raw : 2500 + raw - 543;
  return raw >= 2400 ? raw - 543 : raw;
}

/**
 * Parsed headers kept as numbers, one Int32Array row each, until the day/month order is known.
 * A 100,000-message chat would otherwise keep 100,000 HeaderMatch objects alive through the
 * whole parse, and copying them between heap generations cost more than reading them.
 */
const COLUMNS = 8; // a, b, c, aDigits, cDigits, hour, minute, second
export class HeaderTable {
  length = 0;
  private cells = new Int32Array(COLUMNS * 1024);

  add(h: HeaderMatch): void {
    let at = this.length * COLUMNS;
    if (at + COLUMNS > this.cells.length) {
      const bigger = new Int32Array(this.cells.length * 2);
      bigger.set(this.cells);
      this.cells = bigger;
    }
    const c = this.cells;
    c[at++] = h.a;
    c[at++] = h.b;
    c[at++] = h.c;
    c[at++] = h.aDigits;
    c[at++] = h.cDigits;
    c[at++] = h.hour;
    c[at++] = h.minute;
    c[at] = h.second;
    this.length += 1;
  }

  private cell(i: number, column: number): number {
    return this.cells[i * COLUMNS + column] ?? 0;
  }

  a(i: number): number {
    return this.cell(i, 0);
  }
  b(i: number): number {
    return this.cell(i, 1);
  }
  hour(i: number): number {
    return this.cell(i, 5);
  }
  minute(i: number): number {
    return this.cell(i, 6);
  }
  second(i: number): number {
    return this.cell(i, 7);
  }

  /** isYearFirst of header i. */
  yearFirst(i: number): boolean {
    return yearFirstDigits(this.cell(i, 3));
  }

  /** Year, month and day of header i under a day/month order (not yet checked to exist). */
  year(i: number): number {
    return this.yearFirst(i) ? fullYear(this.cell(i, 0), this.cell(i, 3)) : fullYear(this.cell(i, 2), this.cell(i, 4));
  }
  month(i: number, order: 'dmy' | 'mdy'): number {
    return this.yearFirst(i) || order === 'dmy' ? this.cell(i, 1) : this.cell(i, 0);
  }
  day(i: number, order: 'dmy' | 'mdy'): number {
    if (this.yearFirst(i)) return this.cell(i, 2);
    return order === 'dmy' ? this.cell(i, 0) : this.cell(i, 1);
  }

  /** Header i's wall time under a day/month order, or null when that date cannot exist. */
  wallTime(i: number, order: 'dmy' | 'mdy'): string | null {
    return wallTimeOf(this.year(i), this.month(i, order), this.day(i, order), this.hour(i), this.minute(i), this.second(i));
  }
}

export interface DateOrderDecision {
  order: 'dmy' | 'mdy';
  certain: boolean;
  how: 'field-over-12' | 'conflict' | 'chronology' | 'irrelevant' | 'ambiguous';
  dmyEvidence: number;
  mdyEvidence: number;
}

function decreases(headers: HeaderTable, order: 'dmy' | 'mdy'): number {
  let previous: string | null = null;
  let count = 0;
  for (let i = 0; i < headers.length; i += 1) {
    const wall = headers.wallTime(i, order);
    if (wall === null) continue;
    if (previous !== null && wall < previous) count += 1;
    previous = wall;
  }
  return count;
}

/**
 * Day/month order from the data. A first field > 12 proves day-first, a second field > 12 proves
 * month-first. Without such a date, exports are written in chronological order, so the order
 * under which the timestamps go backwards less often wins. If that is a tie the file cannot tell
 * us, and the user must choose (IMPORT_AMBIGUOUS_DATE_ORDER via requireDateOrder).
 */
export function decideDateOrder(headers: HeaderTable): DateOrderDecision {
  let dmyEvidence = 0;
  let mdyEvidence = 0;
  let dayEqualsMonth = true; // on every line that is not year-first
  for (let i = 0; i < headers.length; i += 1) {
    if (headers.yearFirst(i)) continue;
    const a = headers.a(i);
    const b = headers.b(i);
    if (a > 12 && b <= 12) dmyEvidence += 1;
    if (b > 12 && a <= 12) mdyEvidence += 1;
    if (a !== b) dayEqualsMonth = false;
  }
  const base = { dmyEvidence, mdyEvidence };
  if (dmyEvidence > 0 && mdyEvidence === 0) return { order: 'dmy', certain: true, how: 'field-over-12', ...base };
  if (mdyEvidence > 0 && dmyEvidence === 0) return { order: 'mdy', certain: true, how: 'field-over-12', ...base };
  if (dmyEvidence !== mdyEvidence) {
    return { order: dmyEvidence > mdyEvidence ? 'dmy' : 'mdy', certain: false, how: 'conflict', ...base };
  }
  // When day equals month on every line, both orders give the same dates: nothing to decide.
  if (dayEqualsMonth) return { order: 'dmy', certain: true, how: 'irrelevant', ...base };
  const dmyBack = decreases(headers, 'dmy');
  const mdyBack = decreases(headers, 'mdy');
  if (dmyBack < mdyBack) return { order: 'dmy', certain: true, how: 'chronology', ...base };
  if (mdyBack < dmyBack) return { order: 'mdy', certain: true, how: 'chronology', ...base };
  // Provisional day-first (the majority of WhatsApp locales) so a preview can still be shown.
  return { order: 'dmy', certain: false, how: 'ambiguous', ...base };
}

export type { DateOrder };
