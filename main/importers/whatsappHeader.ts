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

export function looksLikeHeader(norm: string): boolean {
  return HEADER_LIKE.test(norm);
}

export function isYearFirst(h: HeaderMatch): boolean {
  return h.aDigits >= 3;
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

/** The header's wall time under a day/month order, or null when that date cannot exist. */
export function headerWallTime(h: HeaderMatch, order: 'dmy' | 'mdy'): string | null {
  let y: number, mo: number, d: number;
  if (isYearFirst(h)) [y, mo, d] = [fullYear(h.a, h.aDigits), h.b, h.c];
  else if (order === 'dmy') [y, mo, d] = [fullYear(h.c, h.cDigits), h.b, h.a];
  else [y, mo, d] = [fullYear(h.c, h.cDigits), h.a, h.b];
  return wallTimeOf(y, mo, d, h.hour, h.minute, h.second);
}

export interface DateOrderDecision {
  order: 'dmy' | 'mdy';
  certain: boolean;
  how: 'field-over-12' | 'conflict' | 'chronology' | 'irrelevant' | 'ambiguous';
  dmyEvidence: number;
  mdyEvidence: number;
}

function decreases(headers: readonly HeaderMatch[], order: 'dmy' | 'mdy'): number {
  let previous: string | null = null;
  let count = 0;
  for (const h of headers) {
    const wall = headerWallTime(h, order);
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
export function decideDateOrder(headers: readonly HeaderMatch[]): DateOrderDecision {
  const ambiguousOnes = headers.filter((h) => !isYearFirst(h));
  let dmyEvidence = 0;
  let mdyEvidence = 0;
  for (const h of ambiguousOnes) {
    if (h.a > 12 && h.b <= 12) dmyEvidence += 1;
    if (h.b > 12 && h.a <= 12) mdyEvidence += 1;
  }
  const base = { dmyEvidence, mdyEvidence };
  if (dmyEvidence > 0 && mdyEvidence === 0) return { order: 'dmy', certain: true, how: 'field-over-12', ...base };
  if (mdyEvidence > 0 && dmyEvidence === 0) return { order: 'mdy', certain: true, how: 'field-over-12', ...base };
  if (dmyEvidence !== mdyEvidence) {
    return { order: dmyEvidence > mdyEvidence ? 'dmy' : 'mdy', certain: false, how: 'conflict', ...base };
  }
  // When day equals month on every line, both orders give the same dates: nothing to decide.
  if (ambiguousOnes.every((h) => h.a === h.b)) return { order: 'dmy', certain: true, how: 'irrelevant', ...base };
  const dmyBack = decreases(headers, 'dmy');
  const mdyBack = decreases(headers, 'mdy');
  if (dmyBack < mdyBack) return { order: 'dmy', certain: true, how: 'chronology', ...base };
  if (mdyBack < dmyBack) return { order: 'mdy', certain: true, how: 'chronology', ...base };
  // Provisional day-first (the majority of WhatsApp locales) so a preview can still be shown.
  return { order: 'dmy', certain: false, how: 'ambiguous', ...base };
}

export type { DateOrder };
