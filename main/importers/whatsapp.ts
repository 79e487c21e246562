// WhatsApp "Export chat": Android "WhatsApp Chat with X.txt", iOS "_chat.txt", or the .zip that
// either platform produces ("Attach media" / "Without media"). Header styles: see whatsappHeader.ts.
//
// WhatsApp times carry no zone (ARCHITECTURE.md "Time"): every message keeps its wall time, and
// gets a UTC `sentAt` only when the caller says which zone the phone was in.
import { decodeText, needsNormalising, normalise, rawIndex, splitLines, trimInvisibleEnds } from './normalise';
import { assertZone, wallPartsToUtc, wallTimeOf } from './time';
import { ZIP_LIMITS, ZipArchive } from './zipBounds';
import {
  blankMessage,
  importError,
  WarningSink,
  type CanonicalMessage,
  type DateOrder,
  type ParsedExport,
  type ParseOptions,
} from './types';
import { decideDateOrder, HeaderTable, looksLikeHeader, matchHeader, matchHeaderIn, type HeaderMatch } from './whatsappHeader';
import { isContactCard, isLocation, noticeReason } from './whatsappNotices';
import { isDeleted, isMedia, parseCall } from './whatsappText';

/** Real names and phone numbers are short; a longer "author" is a system line that contains ": ". */
const MAX_AUTHOR = 100;

/**
 * A message whose header has been read; its text is finished when the next header (or the end)
 * comes. Its header line is src[base, end): the whole text when the line is plain (its own
 * normal form, so nothing is cut out per line), else the normalised line, with `raw` as written.
 */
interface Pending {
  index: number; // in messages (and in the header table)
  line: number;
  src: string;
  base: number;
  end: number;
  raw: string | null; // null: the line is plain, and src[base, end) is also the line as written
  bodyStart: number; // where author/body begins, from base
  spacedColon: number; // index in src of the first ": " after bodyStart in the line, or -1
  continuation: string[] | null; // further lines, as written (null: none, the common case)
  plain: boolean; // the header line and every continuation are their own normal form (normalise changes nothing)
}

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** The chat text inside an export zip: "_chat.txt" (iOS) or "WhatsApp Chat with ….txt" (Android).
 *  Only that one entry is inflated, within zipBounds.ts's limits. */
export function chatTextFromZip(bytes: Uint8Array, limits = ZIP_LIMITS): string {
  const zip = new ZipArchive(bytes, limits);
  const texts = zip.entries.filter((f) => /\.txt$/i.test(f.name) && !/(^|\/)__MACOSX\//.test(f.name));
  const chosen = texts.find((f) => /(^|\/)_chat\.txt$/i.test(f.name)) ?? texts.find((f) => /whatsapp/i.test(f.name)) ?? texts[0];
  if (chosen === undefined) throw importError('IMPORT_UNRECOGNISED', { reason: 'zip-without-chat-text' });
  return decodeText(zip.read(chosen.name));
}

/** True when one of the first lines is a WhatsApp header (used by detectFormat). */
export function looksLikeWhatsApp(text: string, maxLines = 50): boolean {
  return splitLines(text.slice(0, 64 * 1024))
    .slice(0, maxLines)
    .some((line) => matchHeader(normalise(line)) !== null);
}

export function parseWhatsApp(bytes: Uint8Array, options: ParseOptions = {}): ParsedExport {
  return parseWhatsAppText(isZip(bytes) ? chatTextFromZip(bytes, options.limits) : decodeText(bytes), options);
}

export function parseWhatsAppText(text: string, options: ParseOptions = {}): ParsedExport {
  assertZone(options.zone);
  const warnings = new WarningSink();
  const reader = new ChatReader(warnings);

  // One scan of the whole text: most exports have no CR, bidi mark, odd space or Arabic digit,
  // and then every line is its own normal form; it is read in place, one pass, no copies.
  if (!needsNormalising(text)) {
    // The lines of splitLines(text): a final newline does not make an extra (empty) line.
    let line = 0;
    for (let from = 0; ; ) {
      const newline = text.indexOf('\n', from);
      const end = newline < 0 ? text.length : newline;
      if (newline < 0 && from === text.length && line > 0) break;
      line += 1;
      reader.plainLine(text, from, end, line);
      if (newline < 0) break;
      from = newline + 1;
    }
  } else {
    const lines = splitLines(text);
    for (let index = 0; index < lines.length; index += 1) {
      const raw = lines[index] as string;
      if (needsNormalising(raw)) reader.normalisedLine(raw, normalise(raw), index + 1);
      else reader.plainLine(raw, 0, raw.length, index + 1);
    }
  }
  reader.end();

  const { messages, headers, preamble } = reader;
  if (messages.length === 0) throw importError('IMPORT_UNRECOGNISED', { reason: 'no-whatsapp-header', lines: preamble.length });
  if (preamble.length > 0) {
    warnings.add('TEXT_BEFORE_FIRST_MESSAGE', preamble[0] ?? null, `${preamble.length} line(s) before the first message header were not imported.`);
  }

  const { order, certain, dateOrder } = chooseDateOrder(headers, options.dateOrder, warnings);
  reader.finishDeferred();
  for (let i = 0; i < messages.length; i += 1) addTime(messages[i] as CanonicalMessage, headers, i, order, options.zone, warnings);
  if (reader.firstStyle === 'bracket') markIosSystemNotices(messages, reader.lrmBodies);
  return { format: 'whatsapp', messages, timesAreUtc: false, dateOrder, dateOrderCertain: certain, warnings: warnings.finish() };
}

/** Index of ": " in src[from, end), or -1 (a bounded indexOf: a line without one must not scan the rest of the chat). */
function spacedColonIn(src: string, from: number, end: number): number {
  for (let i = from; i < end - 1; i += 1) {
    if (src.charCodeAt(i) === 0x3a && src.charCodeAt(i + 1) === 0x20) return i;
  }
  return -1;
}

function colonIn(src: string, from: number, end: number): number {
  for (let i = from; i < end; i += 1) if (src.charCodeAt(i) === 0x3a) return i;
  return -1;
}

/**
 * Reads the chat line by line into messages (everything but the time, which needs the day/month
 * order of the whole file). A body whose author can only be told from the authors seen anywhere
 * in the file ("Name:text" without a space, see authorColon) waits for the end.
 */
class ChatReader {
  readonly messages: CanonicalMessage[] = [];
  readonly headers = new HeaderTable();
  /** The body began with U+200E, iOS's mark for notices, media and calls. */
  readonly lrmBodies: boolean[] = [];
  /** Non-empty lines before the first header. */
  readonly preamble: number[] = [];
  firstStyle: HeaderMatch['style'] | null = null;
  /** Authors seen as "Name: " anywhere, so "John Doe:." (no space, cm_android_ddmmyy_24h.txt) is still an author. */
  private readonly authors = new Set<string>();
  private readonly deferred: Pending[] = [];
  private current: Pending | null = null;
  // The last author name read (as written before ": ", and trimmed): most lines repeat it.
  private lastName = '';
  private lastSender = '';

  constructor(private readonly warnings: WarningSink) {}

  /** A line that is its own normal form: src[from, end). */
  plainLine(src: string, from: number, end: number, line: number): void {
    const header = matchHeaderIn(src, from, end);
    if (header) this.start(header, src, from, end, null, true, line);
    else this.other(src.slice(from, end), null, true, line);
  }

  /** A line as written and normalised. */
  normalisedLine(raw: string, norm: string, line: number): void {
    const header = matchHeader(norm);
    if (header) this.start(header, norm, 0, norm.length, raw, false, line);
    else this.other(raw, norm, false, line);
  }

  end(): void {
    if (this.current) this.finish(this.current);
    this.current = null;
  }

  /** Once every header has been read, the author set is complete. */
  finishDeferred(): void {
    for (const p of this.deferred) this.fill(p, this.authorColon(p, true) ?? -1);
    this.deferred.length = 0;
  }

  private start(header: HeaderMatch, src: string, base: number, end: number, raw: string | null, plain: boolean, line: number): void {
    if (this.current) this.finish(this.current);
    this.firstStyle ??= header.style;
    const index = this.messages.length;
    this.messages.push(blankMessage('whatsapp'));
    this.lrmBodies.push(false);
    this.headers.add(header);
    const bodyStart = header.bodyStart;
    const spacedColon = spacedColonIn(src, base + bodyStart, end);
    const colon = spacedColon < 0 ? -1 : spacedColon - base - bodyStart;
    if (colon > 0 && colon <= MAX_AUTHOR && !this.isLastName(src, base + bodyStart, colon)) {
      this.lastName = src.slice(base + bodyStart, spacedColon);
      this.lastSender = this.lastName.trim();
      this.authors.add(this.lastName);
    }
    this.current = { index, line, src, base, end, raw, bodyStart, spacedColon, continuation: null, plain };
  }

  /** A line that is not a header: part of the current message, or of the preamble. */
  private other(raw: string, norm: string | null, plain: boolean, line: number): void {
    if (looksLikeHeader(norm ?? raw)) {
      this.warnings.add('MALFORMED_HEADER', line, 'This line starts like a message header but does not match any known format; it was kept as part of the previous message.');
    }
    const current = this.current;
    if (current) {
      if (current.continuation === null) current.continuation = [raw];
      else current.continuation.push(raw);
      if (!plain) current.plain = false;
    } else if ((norm ?? raw).trim() !== '') this.preamble.push(line);
  }

  private finish(p: Pending): void {
    const colon = this.authorColon(p, false);
    if (colon === undefined) this.deferred.push(p);
    else this.fill(p, colon);
  }

  /** The last author name read (as written before the colon) is the `length` characters at src[at]. */
  private isLastName(src: string, at: number, length: number): boolean {
    return length === this.lastName.length && src.startsWith(this.lastName, at);
  }

  /**
   * Index (in the normalised body) of the colon that ends the author, -1 for a system line, or
   * undefined while that depends on authors not read yet.
   */
  private authorColon(p: Pending, allAuthorsKnown: boolean): number | undefined {
    const bodyAt = p.base + p.bodyStart;
    const spaced = p.spacedColon < 0 ? -1 : p.spacedColon - bodyAt;
    if (spaced > 0 && spaced <= MAX_AUTHOR) return spaced;
    const at = colonIn(p.src, bodyAt, p.end);
    if (at - bodyAt <= 0) return -1;
    if (this.authors.has(p.src.slice(bodyAt, at))) return at - bodyAt;
    return allAuthorsKnown ? -1 : undefined;
  }

  private fill(p: Pending, colon: number): void {
    const m = this.messages[p.index] as CanonicalMessage;
    const { src, base, bodyStart } = p;
    const bodyAt = base + bodyStart;
    let textStart = bodyStart; // from base
    if (colon >= 0) {
      m.sender = this.isLastName(src, bodyAt, colon) ? this.lastSender : src.slice(bodyAt, bodyAt + colon).trim();
      textStart += colon + (src.charCodeAt(bodyAt + colon + 1) === 0x20 ? 2 : 1);
      m.rawHeader = src.slice(base, bodyAt + colon + 1).trim();
    } else {
      m.isSystem = true; // Android (and old iOS) system lines have no "Author: " part
      m.systemReason = 'a WhatsApp notice without an author';
      m.rawHeader = src.slice(base, bodyAt).trim();
    }
    // The body keeps its own characters (digits, inner bidi marks): it is the evidence.
    // A plain line has no invisible marks, so its raw and normalised indices are the same.
    const rawBody = p.raw === null ? src.slice(base + textStart, p.end) : p.raw.slice(rawIndex(p.raw, textStart));
    this.lrmBodies[p.index] = rawBody.startsWith('\u200E');
    const first = trimInvisibleEnds(rawBody);
    // A header line holds no newline, so a single-line message has nothing to strip at its end.
    m.text = p.continuation === null ? first : [first, ...p.continuation].join('\n').replace(/\n+$/, '');
    m.sourceLine = p.line;

    const plain = p.plain ? m.text : normalise(m.text);
    m.media = isMedia(plain);
    m.deleted = isDeleted(plain);
    if (isLocation(plain)) m.location = true;
    else if (isContactCard(plain)) m.contactCard = true;
    const call = m.isSystem ? null : parseCall(plain);
    if (call) {
      m.isCall = true;
      m.callStatus = call.callStatus;
      m.callSeconds = call.callSeconds;
    }
  }
}

/** Throws IMPORT_AMBIGUOUS_DATE_ORDER unless the day/month order is known (from data or the user). */
export function requireDateOrder(parsed: ParsedExport): ParsedExport {
  if (!parsed.dateOrderCertain) {
    throw importError('IMPORT_AMBIGUOUS_DATE_ORDER', { messages: parsed.messages.length, provisional: parsed.dateOrder });
  }
  return parsed;
}

function chooseDateOrder(
  headers: HeaderTable,
  requested: DateOrder | undefined,
  warnings: WarningSink,
): { order: 'dmy' | 'mdy'; certain: boolean; dateOrder: DateOrder } {
  let allYearFirst = true;
  for (let i = 0; i < headers.length && allYearFirst; i += 1) allYearFirst = headers.yearFirst(i);
  const decision = decideDateOrder(headers);
  // 'ymd' from the user only confirms year-first lines; day-first/month-first lines still need the data.
  if (requested === 'dmy' || requested === 'mdy') {
    const against = requested === 'dmy' ? decision.mdyEvidence : decision.dmyEvidence;
    if (against > 0) {
      warnings.add('DATE_ORDER_CONTRADICTED', null, `${against} date(s) in the file cannot be read in the chosen day/month order.`);
    }
    return { order: requested, certain: true, dateOrder: allYearFirst ? 'ymd' : requested };
  }
  if (allYearFirst) return { order: 'dmy', certain: true, dateOrder: 'ymd' };
  if (decision.how === 'chronology') {
    warnings.add('DATE_ORDER_INFERRED', null, 'No date in this file shows whether the day or the month comes first; the order was inferred from the messages being in time order. Check a few dates.');
  } else if (decision.how === 'conflict') {
    warnings.add('DATE_ORDER_CONFLICT', null, `Some dates read only day-first (${decision.dmyEvidence}) and others only month-first (${decision.mdyEvidence}). Choose the order.`);
  } else if (decision.how === 'ambiguous') {
    warnings.add('DATE_ORDER_AMBIGUOUS', null, 'The dates could be day-first or month-first. They are shown day-first until you choose.');
  }
  return { order: decision.order, certain: decision.certain, dateOrder: decision.order };
}

/** The wall time of message i under the chosen order, and its UTC instant when the zone is known. */
function addTime(m: CanonicalMessage, headers: HeaderTable, i: number, order: 'dmy' | 'mdy', zone: string | undefined, warnings: WarningSink): void {
  const y = headers.year(i);
  const mo = headers.month(i, order);
  const d = headers.day(i, order);
  const h = headers.hour(i);
  const mi = headers.minute(i);
  const s = headers.second(i);
  m.wallTime = wallTimeOf(y, mo, d, h, mi, s);
  if (m.wallTime === null) {
    warnings.add('INVALID_DATE', m.sourceLine, 'This header has a date that does not exist in the chosen day/month order; the message was kept without a time.');
  } else if (zone !== undefined) {
    m.sentAt = wallPartsToUtc(y, mo, d, h, mi, s, m.wallTime, zone, m.sourceLine, warnings);
  }
}

/**
 * iOS attributes system notices to the chat itself: in a group "[…] Group name: ‎Loris added
 * you", in a one-to-one chat "[…] Dr. Feather: ‎Messages and calls are end-to-end encrypted"
 * (lc_ios_en_12h_lrm.txt). An iOS export starts with that notice, so its author is the chat
 * name. When that name also wrote ordinary (unmarked) lines it is a real participant (a
 * one-to-one chat): then only the app's own notices (encryption, security code, number and group
 * changes, in ru/be/uk/en) are system lines, and every other line of theirs (media, a location,
 * a contact card, a phrase we do not know) is kept as a message (issue 9, item 2). A group's name
 * writes nothing but notices, so all its marked lines are system lines.
 */
function markIosSystemNotices(messages: CanonicalMessage[], lrmBodies: readonly boolean[]): void {
  const firstMessage = messages[0];
  if (!firstMessage || firstMessage.isSystem) return;
  if (noticeReason(firstMessage.text) === null && !(lrmBodies[0] === true && !firstMessage.media && !firstMessage.isCall && !firstMessage.deleted)) return;
  const chatName = firstMessage.sender;
  const participant = messages.some((m, i) => m.sender === chatName && lrmBodies[i] !== true && noticeReason(m.text) === null);
  messages.forEach((m, i) => {
    if (m.sender !== chatName) return;
    const reason = noticeReason(m.text) ?? (!participant && lrmBodies[i] === true && !m.media && !m.isCall && !m.deleted && !m.location && !m.contactCard ? 'a notice of the group itself' : null);
    if (reason === null) return;
    m.isSystem = true;
    m.systemReason = reason;
    m.sender = '';
  });
}
