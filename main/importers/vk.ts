// VK's "Архив данных ВКонтакте": a zip (or its folder) with messages/<peer_id>/messages0.html,
// messages50.html, … (newest first: the number is the offset of the page's first message), in
// windows-1251. Each message is div.message[data-id] with div.message__header
// '<a href="https://vk.com/idN">Name</a>, 23 окт 2012 в 21:33:32' — or 'Вы, …' for the owner of
// the archive, which is her — then its text (<br> for line breaks) and attachments, which the
// archive has only as links (kept as text). Times are wall time with no zone: read in her zone.
import { folderOf, leafOf, type ExportFiles } from './exportFiles';
import { childElements, findAll, findFirst, hasClass, parseHtml, visibleText, type Element } from './html';
import { chooseChat, compareText, missingPages, pagedChats, summariesOf, type PagedChat } from './pages';
import { assertZone, wallTimeOf, wallToUtc } from './time';
import { blankMessage, importError, WarningSink, type CanonicalMessage, type ParsedExport, type ParseOptions } from './types';

/** "messages0.html" → 0, "messages150.html" → 150. */
export function vkPageNumber(leaf: string): number | null {
  const m = /^messages(\d+)\.html$/i.exec(leaf);
  return m ? Number(m[1]) : null;
}

const MONTHS: Record<string, number> = { янв: 1, фев: 2, мар: 3, апр: 4, мая: 5, май: 5, июн: 6, июл: 7, авг: 8, сен: 9, окт: 10, ноя: 11, дек: 12 };
const HEADER_DATE = /(\d{1,2}) ([а-яё]{3,8})\.? (\d{4}) в (\d{1,2}):(\d{2})(?::(\d{2}))?/giu;
/** How the archive names its owner in a header. */
const OWNER = 'Вы';
/** VK writes 50 messages a page. */
const PAGE_STEP = 50;

/** The page's text: the charset its meta tag names (windows-1251 in every archive seen), else
 *  UTF-8 when the bytes are valid UTF-8, else windows-1251. Never throws: a wrong byte is one
 *  wrong letter, not a lost page. */
export function decodeVkPage(bytes: Uint8Array): string {
  const ascii = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const declared = /charset=["']?([\w-]+)/i.exec(ascii)?.[1]?.toLowerCase();
  if (declared === 'utf-8' || declared === 'utf8') return new TextDecoder('utf-8').decode(bytes);
  if (declared === undefined) {
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      // not UTF-8: the archive's own encoding
    }
  }
  return new TextDecoder('windows-1251').decode(bytes);
}

const isMessage = (e: Element): boolean => e.name === 'div' && hasClass(e, 'message') && e.attribs['data-id'] !== undefined;
const isHeader = (e: Element): boolean => hasClass(e, 'message__header');

export function looksLikeVkPage(text: string): boolean {
  const message = findFirst(parseHtml(text), isMessage);
  return message !== null && findFirst(message, isHeader) !== null;
}

interface Conversation extends PagedChat {
  id: string;
  name: string;
  messages: number;
}

export function parseVk(files: ExportFiles, options: ParseOptions = {}): ParsedExport {
  assertZone(options.zone);
  const warnings = new WarningSink();
  const conversations: Conversation[] = pagedChats(files, vkPageNumber, 0)
    .map((c) => ({ ...c, id: leafOf(c.folder.replace(/\/$/, '')) || '.', name: '', messages: 0 }))
    .filter((c) => looksLikeVkPage(decodeVkPage(files.read(c.pages[0]!.name))));
  if (conversations.length === 0) throw importError('IMPORT_UNRECOGNISED', { reason: 'not-vk-archive' });
  const names = namesFromIndex(files);
  for (const c of conversations) {
    const first = parseHtml(decodeVkPage(files.read(c.pages[0]!.name)));
    const crumbs = findAll(first, (e) => hasClass(e, 'ui_crumb'));
    c.name = (names.get(c.id) ?? (crumbs.length > 0 ? visibleText(crumbs[crumbs.length - 1]!) : c.id)).slice(0, 300);
    if (conversations.length > 1) c.messages = c.pages.reduce((n, p) => n + findAll(parseHtml(decodeVkPage(files.read(p.name))), isMessage).length, 0);
  }
  const chosen = files.chosen === null ? null : conversations.find((c) => c.pages.some((p) => p.name === files.chosen))?.id ?? null;
  const conversation = chooseChat(conversations, chosen, options);
  const summaries = conversations.length > 1 ? { chats: summariesOf(conversations) } : {};
  if (conversation === null) {
    return { format: 'vk', messages: [], timesAreUtc: false, dateOrder: null, dateOrderCertain: true, ...summaries, needsChatChoice: true, warnings: warnings.finish() };
  }
  const messages: CanonicalMessage[] = [];
  // Oldest page first, each page's messages oldest first; the times then settle the order.
  for (const page of [...conversation.pages].reverse()) {
    const found = findAll(parseHtml(decodeVkPage(files.read(page.name))), isMessage);
    for (const div of found.reverse()) messages.push(toMessage(div, page.number, options.zone, warnings));
  }
  messages.sort((a, b) => compareText(a.wallTime ?? '', b.wallTime ?? ''));
  const last = Math.max(...conversation.pages.map((p) => p.number));
  const expected = Array.from({ length: Math.min(Math.floor(last / PAGE_STEP), 100_000) + 1 }, (_, i) => i * PAGE_STEP);
  const missing = missingPages(conversation.pages, expected, (n) => `messages${n}.html`);
  if (missing.length > 0) {
    warnings.add('PAGES_MISSING', null, `Pages of this conversation are missing and were not imported: ${missing.slice(0, 20).join(', ')}${missing.length > 20 ? ` and ${missing.length - 20} more` : ''}.`);
  }
  return { format: 'vk', messages, timesAreUtc: false, dateOrder: null, dateOrderCertain: true, ...summaries, needsChatChoice: false, warnings: warnings.finish(), ...(missing.length > 0 ? { missingPages: missing } : {}) };
}

/** messages/index-messages.html links each conversation ("123/messages0.html") with its name. */
function namesFromIndex(files: ExportFiles): Map<string, string> {
  const names = new Map<string, string>();
  const index = files.names.find((n) => leafOf(n) === 'index-messages.html');
  if (index === undefined) return names;
  for (const a of findAll(parseHtml(decodeVkPage(files.read(index))), (e) => e.name === 'a' && e.attribs.href !== undefined)) {
    const peer = /^(-?\d+)\/messages\d+\.html$/.exec(a.attribs.href!)?.[1];
    if (peer !== undefined) names.set(peer, visibleText(a));
  }
  return names;
}

function toMessage(div: Element, page: number, zone: string | undefined, warnings: WarningSink): CanonicalMessage {
  const m = blankMessage('other');
  m.platformId = div.attribs['data-id']!.slice(0, 100);
  m.sourceLine = page;
  const header = findFirst(div, isHeader);
  const headerText = header ? visibleText(header) : '';
  m.rawHeader = headerText.slice(0, 300);
  const link = header ? findFirst(header, (e) => e.name === 'a') : null;
  const dates = [...headerText.matchAll(HEADER_DATE)];
  const date = dates[dates.length - 1];
  m.sender = (link ? visibleText(link) : headerText.slice(0, date?.index ?? headerText.length).replace(/,\s*$/, '')).trim().slice(0, 300);
  m.senderId = /vk\.com\/(id\d+|club\d+|public\d+|[\w.]+)$/.exec(link?.attribs.href ?? '')?.[1] ?? null;
  if (!link && m.sender === OWNER) m.direction = 'outgoing';
  const month = date ? MONTHS[date[2]!.toLowerCase().slice(0, 3)] ?? MONTHS[date[2]!.toLowerCase()] : undefined;
  if (date && month !== undefined) {
    m.wallTime = wallTimeOf(Number(date[3]), month, Number(date[1]), Number(date[4]), Number(date[5]), Number(date[6] ?? 0));
  }
  if (m.wallTime === null) warnings.add('NO_DATE', page, 'A message on this page has no readable date.');
  else if (zone !== undefined) m.sentAt = wallToUtc(m.wallTime, zone, page, warnings);

  const isAttachment = (e: Element): boolean => hasClass(e, 'kludges') || hasClass(e, 'attachment');
  const body = childElements(div).filter((e) => !isHeader(e));
  const lines = body.map((e) => visibleText(e, isAttachment)).filter((t) => t !== '');
  for (const attachment of body.flatMap((e) => findAll(e, (a) => hasClass(a, 'attachment')))) {
    const what = findFirst(attachment, (e) => hasClass(e, 'attachment__description'));
    const links = findAll(attachment, (e) => e.name === 'a' && e.attribs.href !== undefined).map((a) => a.attribs.href!);
    m.media = true;
    lines.push(`[${[what ? visibleText(what) : 'attachment', ...links].join(' ')}]`);
  }
  m.text = lines.join('\n');
  if (/Сообщение удалено/i.test(m.text) && lines.length === 1) m.deleted = true;
  return m;
}
