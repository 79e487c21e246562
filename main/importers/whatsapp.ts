// WhatsApp "Export chat": Android "WhatsApp Chat with X.txt", iOS "_chat.txt", or the .zip that
// either platform produces ("Attach media" / "Without media"). Header styles: see whatsappHeader.ts.
//
// WhatsApp times carry no zone (ARCHITECTURE.md "Time"): every message keeps its wall time, and
// gets a UTC `sentAt` only when the caller says which zone the phone was in.
import { unzipSync } from 'fflate';
import { decodeText, normalise, rawIndex, splitLines, trimInvisibleEnds } from './normalise';
import { assertZone, wallToUtc } from './time';
import {
  blankMessage,
  importError,
  WarningSink,
  type CanonicalMessage,
  type DateOrder,
  type ParsedExport,
  type ParseOptions,
} from './types';
import { decideDateOrder, headerWallTime, isYearFirst, looksLikeHeader, matchHeader, type HeaderMatch } from './whatsappHeader';
import { isDeleted, isEncryptionNotice, isMedia, parseCall } from './whatsappText';

/** A chat text larger than this inside a zip is refused before it is inflated (zip bombs). */
const MAX_CHAT_BYTES = 512 * 1024 * 1024;
/** Real names and phone numbers are short; a longer "author" is a system line that contains ": ". */
const MAX_AUTHOR = 100;

interface Draft {
  line: number;
  header: HeaderMatch;
  norm: string; // the normalised header line
  raw: string; // the header line as written
  continuation: string[]; // further lines, as written
  lrmBody: boolean; // the body began with U+200E, iOS's mark for notices, media and calls
}

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** The chat text inside an export zip: "_chat.txt" (iOS) or "WhatsApp Chat with ….txt" (Android). */
export function chatTextFromZip(bytes: Uint8Array): string {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (f) => /\.txt$/i.test(f.name) && !/(^|\/)__MACOSX\//.test(f.name) && f.originalSize <= MAX_CHAT_BYTES,
    });
  } catch {
    throw importError('IMPORT_MALFORMED', { reason: 'zip' });
  }
  const names = Object.keys(files);
  const chosen = names.find((n) => /(^|\/)_chat\.txt$/i.test(n)) ?? names.find((n) => /whatsapp/i.test(n)) ?? names[0];
  const data = chosen === undefined ? undefined : files[chosen];
  if (data === undefined) throw importError('IMPORT_UNRECOGNISED', { reason: 'zip-without-chat-text' });
  return decodeText(data);
}

/** True when one of the first lines is a WhatsApp header (used by detectFormat). */
export function looksLikeWhatsApp(text: string, maxLines = 50): boolean {
  return splitLines(text.slice(0, 64 * 1024))
    .slice(0, maxLines)
    .some((line) => matchHeader(normalise(line)) !== null);
}

export function parseWhatsApp(bytes: Uint8Array, options: ParseOptions = {}): ParsedExport {
  return parseWhatsAppText(isZip(bytes) ? chatTextFromZip(bytes) : decodeText(bytes), options);
}

export function parseWhatsAppText(text: string, options: ParseOptions = {}): ParsedExport {
  assertZone(options.zone);
  const warnings = new WarningSink();
  const drafts: Draft[] = [];
  const preamble: number[] = [];

  splitLines(text).forEach((raw, index) => {
    const line = index + 1;
    const norm = normalise(raw);
    const header = matchHeader(norm);
    if (header) {
      drafts.push({ line, header, norm, raw, continuation: [], lrmBody: false });
      return;
    }
    if (looksLikeHeader(norm)) {
      warnings.add('MALFORMED_HEADER', line, 'This line starts like a message header but does not match any known format; it was kept as part of the previous message.');
    }
    const current = drafts[drafts.length - 1];
    if (current) current.continuation.push(raw);
    else if (norm.trim() !== '') preamble.push(line);
  });

  if (drafts.length === 0) throw importError('IMPORT_UNRECOGNISED', { reason: 'no-whatsapp-header', lines: preamble.length });
  if (preamble.length > 0) {
    warnings.add('TEXT_BEFORE_FIRST_MESSAGE', preamble[0] ?? null, `${preamble.length} line(s) before the first message header were not imported.`);
  }

  const { order, certain, dateOrder } = chooseDateOrder(drafts, options.dateOrder, warnings);
  const authors = knownAuthors(drafts);
  const messages = drafts.map((d) => toMessage(d, order, authors, options.zone, warnings));
  markIosSystemNotices(drafts, messages);
  return { format: 'whatsapp', messages, timesAreUtc: false, dateOrder, dateOrderCertain: certain, warnings: warnings.finish() };
}

/** Throws IMPORT_AMBIGUOUS_DATE_ORDER unless the day/month order is known (from data or the user). */
export function requireDateOrder(parsed: ParsedExport): ParsedExport {
  if (!parsed.dateOrderCertain) {
    throw importError('IMPORT_AMBIGUOUS_DATE_ORDER', { messages: parsed.messages.length, provisional: parsed.dateOrder });
  }
  return parsed;
}

function chooseDateOrder(
  drafts: readonly Draft[],
  requested: DateOrder | undefined,
  warnings: WarningSink,
): { order: 'dmy' | 'mdy'; certain: boolean; dateOrder: DateOrder } {
  const headers = drafts.map((d) => d.header);
  const allYearFirst = headers.every(isYearFirst);
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

/** Authors seen as "Name: " anywhere, so "John Doe:." (no space, cm_android_ddmmyy_24h.txt) is still an author. */
function knownAuthors(drafts: readonly Draft[]): Set<string> {
  const authors = new Set<string>();
  for (const d of drafts) {
    const body = d.norm.slice(d.header.bodyStart);
    const colon = body.indexOf(': ');
    if (colon > 0 && colon <= MAX_AUTHOR) authors.add(body.slice(0, colon));
  }
  return authors;
}

/** Index (in the normalised body) of the colon that ends the author, or -1 for a system line. */
function authorColon(body: string, authors: Set<string>): number {
  const spaced = body.indexOf(': ');
  if (spaced > 0 && spaced <= MAX_AUTHOR) return spaced;
  const bare = body.indexOf(':');
  if (bare > 0 && authors.has(body.slice(0, bare))) return bare;
  return -1;
}

function toMessage(
  d: Draft, // its lrmBody is filled in here
  order: 'dmy' | 'mdy',
  authors: Set<string>,
  zone: string | undefined,
  warnings: WarningSink,
): CanonicalMessage {
  const m = blankMessage('whatsapp');
  const body = d.norm.slice(d.header.bodyStart);
  const colon = authorColon(body, authors);
  let textStart = d.header.bodyStart;
  if (colon >= 0) {
    m.sender = body.slice(0, colon).trim();
    textStart += colon + (body[colon + 1] === ' ' ? 2 : 1);
    m.rawHeader = d.norm.slice(0, d.header.bodyStart + colon + 1).trim();
  } else {
    m.isSystem = true; // Android (and old iOS) system lines have no "Author: " part
    m.rawHeader = d.norm.slice(0, d.header.bodyStart).trim();
  }
  // The body keeps its own characters (digits, inner bidi marks): it is the evidence.
  const rawBody = d.raw.slice(rawIndex(d.raw, textStart));
  d.lrmBody = rawBody.startsWith('\u200E');
  const first = trimInvisibleEnds(rawBody);
  m.text = [first, ...d.continuation].join('\n').replace(/\n+$/, '');
  m.sourceLine = d.line;

  const plain = normalise(m.text);
  m.media = isMedia(plain);
  m.deleted = isDeleted(plain);
  const call = m.isSystem ? null : parseCall(plain);
  if (call) {
    m.isCall = true;
    m.callStatus = call.callStatus;
    m.callSeconds = call.callSeconds;
  }

  m.wallTime = headerWallTime(d.header, order);
  if (m.wallTime === null) {
    warnings.add('INVALID_DATE', d.line, 'This header has a date that does not exist in the chosen day/month order; the message was kept without a time.');
  } else if (zone !== undefined) {
    m.sentAt = wallToUtc(m.wallTime, zone, d.line, warnings);
  }
  return m;
}

/**
 * iOS attributes system notices to the chat itself: in a group "[…] Group name: ‎Loris added
 * you", in a one-to-one chat "[…] Dr. Feather: ‎Messages and calls are end-to-end encrypted"
 * (lc_ios_en_12h_lrm.txt). An iOS export starts with that notice, so its author is the chat
 * name. In a one-to-one chat the chat name is also a real participant, so only that author's
 * encryption notices, and bodies iOS prefixed with U+200E that are not media, calls or deletions
 * (which iOS prefixes too), are system lines.
 */
function markIosSystemNotices(drafts: readonly Draft[], messages: CanonicalMessage[]): void {
  const isNotice = (m: CanonicalMessage, d: Draft): boolean =>
    isEncryptionNotice(m.text) || (d.lrmBody && !m.media && !m.isCall && !m.deleted);
  const first = drafts[0];
  const firstMessage = messages[0];
  if (!first || !firstMessage || first.header.style !== 'bracket' || firstMessage.isSystem) return;
  if (!isNotice(firstMessage, first)) return;
  const chatName = firstMessage.sender;
  messages.forEach((m, i) => {
    const d = drafts[i];
    if (d && m.sender === chatName && isNotice(m, d)) {
      m.isSystem = true;
      m.sender = '';
    }
  });
}
