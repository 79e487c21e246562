// Telegram Desktop "Export chat history" / "Export Telegram data" in machine-readable JSON.
//
// Shapes (Telegram Desktop export format, see the fixtures under shared/fixtures/messages/telegram):
//   single chat       { name, type, id, messages: [...] }           (lc_personal_chat_result.json)
//   minimal           { messages: [...] }                           (cm_single_chat_text_entities.json)
//   whole account     { personal_information?, chats: { list: [ {name, type, id, messages} ] }, left_chats? }
//                                                                   (cm_full_account_export_chats_list.json)
// Times: `date` is the exporting computer's LOCAL wall time with no offset; `date_unixtime`
// (since 2022) is the real instant. lc_personal_chat_result.json shows the difference: date
// 13:11:23 vs date_unixtime 1692821483 = 20:11:23Z. Older exports (lc_old_format_numeric_from_id.json)
// have only `date`, and `from_id` as an integer instead of "user123".
import { z } from 'zod';
import { DossierError } from '../../shared/errors';
import { decodeText } from './normalise';
import { assertZone, epochMsToUtc, wallToUtc } from './time';
import { blankMessage, importError, WarningSink, type CanonicalMessage, type ChatSummary, type ParsedExport, type ParseOptions } from './types';

const Id = z.union([z.string(), z.number()]);
const TextPart = z.union([z.string(), z.looseObject({ type: z.string().optional(), text: z.string() })]);
const Text = z.union([z.string(), z.array(TextPart)]);

const TelegramMessage = z.looseObject({
  id: Id.optional(),
  type: z.string().optional(),
  date: z.string().optional(),
  date_unixtime: z.union([z.string(), z.number()]).optional(),
  from: z.string().nullable().optional(),
  from_id: Id.nullable().optional(),
  actor: z.string().nullable().optional(),
  actor_id: Id.nullable().optional(),
  action: z.string().optional(),
  text: Text.optional(),
  duration_seconds: z.number().optional(),
  discard_reason: z.string().optional(),
  photo: z.unknown().optional(),
  file: z.unknown().optional(),
  media_type: z.string().optional(),
  poll: z.unknown().optional(),
  location_information: z.unknown().optional(),
  contact_information: z.unknown().optional(),
});
type TelegramMessage = z.infer<typeof TelegramMessage>;

const Chat = z.looseObject({
  name: z.string().nullable().optional(),
  type: z.string().optional(),
  id: Id.optional(),
  messages: z.array(z.unknown()),
});
type Chat = z.infer<typeof Chat>;

const AccountExport = z.looseObject({
  personal_information: z.looseObject({ user_id: Id.optional() }).optional(),
  chats: z.looseObject({ list: z.array(z.unknown()) }),
  left_chats: z.looseObject({ list: z.array(z.unknown()) }).optional(),
});

const WALL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/;

export function parseTelegram(bytes: Uint8Array, options: ParseOptions = {}): ParsedExport {
  assertZone(options.zone);
  let root: unknown;
  try {
    root = JSON.parse(decodeText(bytes));
  } catch {
    throw importError('IMPORT_MALFORMED', { reason: 'json' });
  }
  const warnings = new WarningSink();
  const single = Chat.safeParse(root);
  if (single.success) return parseChat(single.data, null, options, warnings);

  const account = AccountExport.safeParse(root);
  if (!account.success) throw importError('IMPORT_UNRECOGNISED', { reason: 'not-telegram-json' });
  const rawChats = [...account.data.chats.list, ...(account.data.left_chats?.list ?? [])];
  const chats: Chat[] = [];
  rawChats.forEach((c, i) => {
    const parsed = Chat.safeParse(c);
    if (parsed.success) chats.push(parsed.data);
    else warnings.add('CHAT_SKIPPED', i + 1, 'A chat in this export has no message list and was skipped.');
  });
  const summaries: ChatSummary[] = chats.map((c, index) => ({
    index,
    name: c.name ?? '',
    id: c.id === undefined ? null : String(c.id),
    messages: c.messages.length,
  }));
  const userId = account.data.personal_information?.user_id;
  const owner = userId === undefined ? null : String(userId);

  let chosen = options.chatIndex;
  if (chosen === undefined && chats.length === 1) chosen = 0;
  if (chosen === undefined) {
    return {
      format: 'telegram',
      messages: [],
      timesAreUtc: true,
      dateOrder: null,
      dateOrderCertain: true,
      chats: summaries,
      needsChatChoice: true,
      warnings: warnings.finish(),
    };
  }
  const chat = Number.isInteger(chosen) ? chats[chosen] : undefined;
  if (chat === undefined) throw new DossierError('INVALID_INPUT', { field: 'chatIndex', chats: chats.length });
  return { ...parseChat(chat, owner, options, warnings), chats: summaries, needsChatChoice: false };
}

function parseChat(chat: Chat, owner: string | null, options: ParseOptions, warnings: WarningSink): ParsedExport {
  let allUtc = true;
  const messages: CanonicalMessage[] = [];
  chat.messages.forEach((raw, i) => {
    const record = i + 1;
    const parsed = TelegramMessage.safeParse(raw);
    if (!parsed.success) {
      warnings.add('MESSAGE_SKIPPED', record, 'A message in this export has an unexpected shape and was skipped.');
      return;
    }
    const m = toMessage(parsed.data, record, owner, options.zone, warnings);
    if (m.sentAt === null || parsed.data.date_unixtime === undefined) allUtc = false;
    messages.push(m);
  });
  return { format: 'telegram', messages, timesAreUtc: allUtc, dateOrder: null, dateOrderCertain: true, warnings: warnings.finish() };
}

/** Telegram ids: "user123" (2022+), a bare integer (older), "channel…" for channels. */
function idOf(value: string | number | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  return String(value);
}

/** `text` is a string, or an array of strings and entity objects ({type:"bold", text:"Link:"}). */
export function flattenText(text: TelegramMessage['text']): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  return text.map((part) => (typeof part === 'string' ? part : part.text)).join('');
}

function toMessage(t: TelegramMessage, record: number, owner: string | null, zone: string | undefined, warnings: WarningSink): CanonicalMessage {
  const m = blankMessage('telegram');
  m.platformId = t.id === undefined ? null : String(t.id);
  m.sourceLine = record;
  m.text = flattenText(t.text);
  const service = t.type === 'service';
  m.sender = (service ? t.actor : t.from) ?? '';
  m.senderId = idOf(service ? t.actor_id : t.from_id);
  if (m.sender === '' && m.senderId !== null) m.sender = m.senderId; // deleted accounts export from: null
  if (owner !== null && m.senderId !== null) {
    // Whole-account exports name their owner; compare on the digits ("user123" vs 123).
    m.direction = m.senderId.replace(/^user/, '') === owner.replace(/^user/, '') ? 'outgoing' : 'incoming';
  }
  m.media = [t.photo, t.file, t.media_type, t.poll, t.location_information, t.contact_information].some((v) => v !== undefined);
  if (t.location_information !== undefined) m.location = true;
  if (t.contact_information !== undefined) m.contactCard = true;

  if (service && t.action === 'phone_call') {
    m.isCall = true;
    m.callSeconds = t.duration_seconds ?? null;
    m.callStatus = callStatusOf(t.discard_reason, t.duration_seconds);
  } else if (service) {
    m.isSystem = true;
    m.systemReason = 'a Telegram service message (joined, pinned, changed the chat)';
    // Service messages usually have empty text; keep the action token so the row is not blank.
    if (m.text === '' && t.action !== undefined) m.text = `[${t.action}]`;
  }

  const unix = t.date_unixtime === undefined ? NaN : Number(t.date_unixtime);
  if (Number.isFinite(unix)) m.sentAt = epochMsToUtc(unix * 1000);
  if (m.sentAt === null && t.date !== undefined && WALL.test(t.date)) {
    // Only local wall time: keep it as such, and convert only if the user named the zone.
    m.wallTime = t.date;
    if (zone !== undefined) m.sentAt = wallToUtc(t.date, zone, record, warnings);
  }
  if (m.sentAt === null && m.wallTime === null) warnings.add('NO_DATE', record, 'A message in this export has no readable date.');
  return m;
}

/** discard_reason: missed | busy | hangup | disconnect. "hangup" is a normal end when there was a duration. */
function callStatusOf(reason: string | undefined, seconds: number | undefined): string | null {
  switch (reason) {
    case 'missed':
      return 'missed';
    case 'busy':
      return 'busy';
    case 'disconnect':
      return 'disconnected';
    case 'hangup':
      return seconds !== undefined && seconds > 0 ? 'answered' : 'hangup';
    case undefined:
      return seconds !== undefined && seconds > 0 ? 'answered' : null;
    default:
      return reason.slice(0, 50);
  }
}
