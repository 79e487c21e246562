// Telegram Desktop's default export: HTML pages (messages.html, messages2.html, …) beside css/,
// js/ and photos/; a whole-account export puts each chat in chats/chat_NNN/. Sample:
// shared/fixtures/messages/telegram/lc_personal_chat_messages.html.
//
// Each message is a div.message: "service" ones (date headings, "X joined") are system lines;
// "default" ones carry div.from_name, div.text and div.date[title]. A "joined" message (several
// in a row from one person) has no from_name: it is the sender's above, across pages too. The
// title is "23.08.2023 13:11:23 UTC-08:00": the wall time with its offset, so an exact instant;
// older exports omit the offset, and then it is wall time in the zone she names.
import type { ExportFiles } from './exportFiles';
import { childElements, findAll, findFirst, hasClass, parseHtml, visibleText, type Element } from './html';
import { decodeText } from './normalise';
import { chooseChat, missingPages, pagedChats, summariesOf, type PagedChat } from './pages';
import { assertZone, isoWithOffsetToUtc, wallTimeOf, wallToUtc } from './time';
import { blankMessage, importError, WarningSink, type CanonicalMessage, type ParsedExport, type ParseOptions } from './types';

/** "messages.html" is page 1, "messages7.html" page 7. */
export function telegramPageNumber(leaf: string): number | null {
  const m = /^messages(\d*)\.html$/i.exec(leaf);
  if (!m) return null;
  const n = m[1] === '' ? 1 : Number(m[1]);
  return Number.isSafeInteger(n) && n >= 1 ? n : null;
}

const TITLE = /^(\d{2})\.(\d{2})\.(\d{4}) (\d{2}):(\d{2}):(\d{2})(?: UTC([+-]\d{2}):?(\d{2}))?$/;

/** True when this text is a page of a Telegram HTML export (div.history holding div.message). */
export function looksLikeTelegramHtml(text: string): boolean {
  const doc = parseHtml(text);
  return findFirst(doc, (e) => e.name === 'div' && hasClass(e, 'message') && /^message-?\d+$/.test(e.attribs.id ?? '')) !== null;
}

interface Chat extends PagedChat {
  id: string;
  name: string;
  messages: number;
}

export function parseTelegramHtml(files: ExportFiles, options: ParseOptions = {}): ParsedExport {
  assertZone(options.zone);
  const warnings = new WarningSink();
  const chats: Chat[] = pagedChats(files, telegramPageNumber, 1)
    .map((c) => ({ ...c, id: c.folder.replace(/\/$/, '') || '.', name: '', messages: 0 }))
    .filter((c) => {
      const first = readPage(files, c.pages[0]!.name);
      if (!looksLikeTelegramHtml(first)) return false;
      c.name = chatName(first);
      return true;
    });
  if (chats.length === 0) throw importError('IMPORT_UNRECOGNISED', { reason: 'not-telegram-html' });
  const chosenFolder = files.chosen === null ? null : chats.find((c) => c.pages.some((p) => p.name === files.chosen))?.id ?? null;
  const chat = chooseChat(chats, chosenFolder, options);
  if (chats.length > 1) {
    // The preview lists each chat with its count, so she can tell them apart.
    for (const c of chats) c.messages = c.pages.reduce((n, p) => n + findAll(parseHtml(readPage(files, p.name)), (e) => isMessage(e) && !hasClass(e, 'service')).length, 0);
  }
  const summaries = chats.length > 1 ? { chats: summariesOf(chats) } : {};
  if (chat === null) {
    return { format: 'telegram-html', messages: [], timesAreUtc: true, dateOrder: null, dateOrderCertain: true, ...summaries, needsChatChoice: true, warnings: warnings.finish() };
  }

  const state: ReadState = { lastSender: '', lastSenderId: null, allExact: true };
  const messages: CanonicalMessage[] = [];
  const linked = new Set<number>();
  let previous = 0;
  for (const page of chat.pages) {
    // After a missing page the sender above is unknown: a joined message must not be given to
    // whoever wrote last on the page before the gap.
    if (page.number !== previous + 1) state.lastSender = '';
    previous = page.number;
    const doc = parseHtml(readPage(files, page.name));
    for (const a of findAll(doc, (e) => e.name === 'a' && hasClass(e, 'pagination'))) {
      const n = telegramPageNumber(a.attribs.href ?? '');
      if (n !== null) linked.add(n);
    }
    for (const div of findAll(doc, isMessage)) messages.push(toMessage(div, page.number, state, options.zone, warnings));
  }
  // Pages are numbered 1…N with no gap; a link to a page past the last one names a missing page too.
  const last = Math.max(...chat.pages.map((p) => p.number), ...linked);
  const missing = missingPages(chat.pages, Array.from({ length: Math.min(last, 100_000) }, (_, i) => i + 1), (n) => (n === 1 ? 'messages.html' : `messages${n}.html`));
  if (missing.length > 0) {
    warnings.add('PAGES_MISSING', null, `Pages of this chat are missing and were not imported: ${missing.slice(0, 20).join(', ')}${missing.length > 20 ? ` and ${missing.length - 20} more` : ''}.`);
  }
  return { format: 'telegram-html', messages, timesAreUtc: state.allExact, dateOrder: null, dateOrderCertain: true, ...summaries, needsChatChoice: false, warnings: warnings.finish(), ...(missing.length > 0 ? { missingPages: missing } : {}) };
}

function readPage(files: ExportFiles, name: string): string {
  return decodeText(files.read(name));
}

const isMessage = (e: Element): boolean => e.name === 'div' && hasClass(e, 'message');

function chatName(page: string): string {
  const header = findFirst(parseHtml(page), (e) => hasClass(e, 'page_header'));
  const title = header && findFirst(header, (e) => hasClass(e, 'text') && hasClass(e, 'bold'));
  return title ? visibleText(title).slice(0, 300) : '';
}

interface ReadState {
  lastSender: string;
  lastSenderId: string | null;
  allExact: boolean;
}

const directChild = (parent: Element, cls: string): Element | undefined => childElements(parent).find((e) => hasClass(e, cls));

function toMessage(div: Element, page: number, state: ReadState, zone: string | undefined, warnings: WarningSink): CanonicalMessage {
  const m = blankMessage('telegram');
  const id = /^message(\d+)$/.exec(div.attribs.id ?? '')?.[1];
  m.platformId = id ?? null;
  m.sourceLine = page;
  const body = directChild(div, 'body');
  if (hasClass(div, 'service') || body === undefined) {
    m.isSystem = true;
    m.systemReason = 'a Telegram service line (a date heading or a change to the chat)';
    m.text = body ? visibleText(body) : '';
    return m;
  }
  const fromName = directChild(body, 'from_name');
  if (fromName) {
    // from_name may hold a "via @bot" or a date in span.details: not part of the name.
    state.lastSender = visibleText(fromName, (e) => hasClass(e, 'details')).slice(0, 300);
    state.lastSenderId = null;
  } else if (!hasClass(div, 'joined')) {
    warnings.add('NO_SENDER', page, 'A message on this page has no sender; it was given to the sender above it.');
  }
  if (state.lastSender === '') warnings.add('SENDER_UNKNOWN', page, 'A message right after a missing page continues a sender we cannot see; it was imported without a sender name.');
  m.sender = state.lastSender;
  m.text = textOf(body);
  const media = directChild(body, 'media_wrap');
  if (media) readMedia(m, media);

  const title = findFirst(body, (e) => hasClass(e, 'date') && e.attribs.title !== undefined, (e) => hasClass(e, 'forwarded'))?.attribs.title ?? '';
  const t = TITLE.exec(title.trim());
  if (t) {
    const [, d, mo, y, h, mi, s, oh, om] = t;
    const wall = wallTimeOf(Number(y), Number(mo), Number(d), Number(h), Number(mi), Number(s));
    if (wall !== null && oh !== undefined) m.sentAt = isoWithOffsetToUtc(`${wall}${oh}:${om}`);
    else if (wall !== null) {
      state.allExact = false;
      m.wallTime = wall;
      if (zone !== undefined) m.sentAt = wallToUtc(wall, zone, page, warnings);
    }
  }
  if (m.sentAt === null && m.wallTime === null) {
    state.allExact = false;
    warnings.add('NO_DATE', page, 'A message on this page has no readable date.');
  }
  return m;
}

/** The message's own text; a forwarded message's text is inside div.forwarded, under its author. */
function textOf(body: Element): string {
  const own = directChild(body, 'text');
  if (own) return visibleText(own);
  const forwarded = directChild(body, 'forwarded');
  if (!forwarded) return '';
  const from = directChild(forwarded, 'from_name');
  const text = directChild(forwarded, 'text');
  const author = from ? visibleText(from, (e) => hasClass(e, 'details')) : '';
  return `[forwarded${author ? ` from ${author}` : ''}]${text ? `\n${visibleText(text)}` : ''}`;
}

/** Photos, files, voice notes, calls: the message says what it carried, by name, as text. */
function readMedia(m: CanonicalMessage, media: Element): void {
  const call = findFirst(media, (e) => hasClass(e, 'media_call'));
  if (call) {
    m.isCall = true;
    const title = findFirst(call, (e) => hasClass(e, 'title'));
    const status = findFirst(call, (e) => hasClass(e, 'status'));
    const what = `${title ? visibleText(title) : ''} ${status ? visibleText(status) : ''}`.trim();
    m.callStatus = /missed|cancel+ed|declined|busy/i.test(what) ? 'missed' : 'answered';
    const minutes = /(\d+)\s*min/i.exec(what);
    const seconds = /(\d+)\s*sec/i.exec(what);
    if (minutes || seconds) m.callSeconds = Number(minutes?.[1] ?? 0) * 60 + Number(seconds?.[1] ?? 0);
    if (m.text === '') m.text = what;
    return;
  }
  m.media = true;
  const links = findAll(media, (e) => e.name === 'a' && e.attribs.href !== undefined).map((a) => a.attribs.href!);
  const said = visibleText(media);
  const line = `[${[said, ...links].filter((s) => s !== '').join(' ')}]`;
  m.text = m.text === '' ? line : `${m.text}\n${line}`;
  if (findFirst(media, (e) => hasClass(e, 'media_location'))) m.location = true;
  if (findFirst(media, (e) => hasClass(e, 'media_contact'))) m.contactCard = true;
}
