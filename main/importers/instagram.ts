// Instagram and Facebook Messenger, from Meta's "Download your information" (JSON):
// …/messages/inbox/<thread>/message_1.json, message_2.json, … (message_1 is the newest; each file
// lists its messages newest first). A message has sender_name, timestamp_ms (a real instant),
// content, and maybe photos/videos/audio_files, share {link, share_text}, reactions, call_duration,
// is_unsent. Every string is mojibake (see mojibake.ts) and is repaired.
import { z } from 'zod';
import { folderOf, leafOf, type ExportFiles } from './exportFiles';
import { repairMojibake } from './mojibake';
import { decodeText } from './normalise';
import { chooseChat, compareText, summariesOf } from './pages';
import { assertZone, epochMsToUtc } from './time';
import { blankMessage, importError, WarningSink, type CanonicalMessage, type ParsedExport, type ParseOptions } from './types';

const Uri = z.looseObject({ uri: z.string().optional() });
const MetaMessage = z.looseObject({
  sender_name: z.string().optional(),
  timestamp_ms: z.number(),
  content: z.string().optional(),
  photos: z.array(Uri).optional(),
  videos: z.array(Uri).optional(),
  audio_files: z.array(Uri).optional(),
  gifs: z.array(Uri).optional(),
  files: z.array(Uri).optional(),
  sticker: Uri.optional(),
  share: z.looseObject({ link: z.string().optional(), share_text: z.string().optional() }).optional(),
  reactions: z.array(z.looseObject({ reaction: z.string().optional(), actor: z.string().optional() })).optional(),
  call_duration: z.number().optional(),
  is_unsent: z.boolean().optional(),
});
type MetaMessage = z.infer<typeof MetaMessage>;
const MetaThread = z.looseObject({
  participants: z.array(z.looseObject({ name: z.string().optional() })),
  messages: z.array(z.unknown()),
  title: z.string().optional(),
});

/** A head of a JSON file that is a Meta message file (participants, then messages with timestamp_ms). */
export function looksLikeInstagramJson(head: string): boolean {
  return /"participants"\s*:\s*\[/.test(head) && /"(?:sender_name|timestamp_ms)"\s*:/.test(head);
}

const pageOf = (leaf: string): number | null => {
  const m = /^message_(\d+)\.json$/i.exec(leaf);
  return m ? Number(m[1]) : null;
};

interface Thread {
  id: string; // the thread's folder name, as in the download (ivanpetrov_1234567890)
  name: string;
  messages: number;
  files: string[]; // message_N.json, N descending = oldest first
}

function readThreadFile(files: ExportFiles, name: string): z.infer<typeof MetaThread> {
  let root: unknown;
  try {
    root = JSON.parse(decodeText(files.read(name)));
  } catch {
    throw importError('IMPORT_MALFORMED', { reason: 'json' });
  }
  const thread = MetaThread.safeParse(root);
  if (!thread.success) throw importError('IMPORT_UNRECOGNISED', { reason: 'not-instagram-json' });
  return thread.data;
}

export function parseInstagram(files: ExportFiles, options: ParseOptions = {}): ParsedExport {
  assertZone(options.zone);
  const warnings = new WarningSink();
  const byFolder = new Map<string, string[]>();
  for (const name of files.names) {
    if (pageOf(leafOf(name)) === null) continue;
    byFolder.set(folderOf(name), [...(byFolder.get(folderOf(name)) ?? []), name]);
  }
  const threads: Thread[] = [...byFolder]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([folder, names]) => ({
      id: leafOf(folder.replace(/\/$/, '')) || '.',
      name: '',
      messages: 0,
      files: names.sort((a, b) => pageOf(leafOf(b))! - pageOf(leafOf(a))!),
    }));
  if (threads.length === 0) throw importError('IMPORT_UNRECOGNISED', { reason: 'not-instagram-json' });
  for (const t of threads) {
    const newest = readThreadFile(files, t.files[t.files.length - 1]!);
    t.name = repairMojibake(newest.title ?? newest.participants.map((p) => p.name ?? '').join(', ')).slice(0, 300);
    if (threads.length > 1) t.messages = t.files.reduce((n, f) => n + (f === t.files[t.files.length - 1] ? newest : readThreadFile(files, f)).messages.length, 0);
  }
  const chosen = files.chosen === null ? null : threads.find((t) => t.files.includes(files.chosen!))?.id ?? null;
  const thread = chooseChat(threads, chosen, options);
  const summaries = threads.length > 1 ? { chats: summariesOf(threads) } : {};
  if (thread === null) {
    return { format: 'instagram', messages: [], timesAreUtc: true, dateOrder: null, dateOrderCertain: true, ...summaries, needsChatChoice: true, warnings: warnings.finish() };
  }
  // Oldest file first, and each file's list reversed: the whole thread oldest first.
  const raw: unknown[] = thread.files.flatMap((f) => [...readThreadFile(files, f).messages].reverse());
  const messages: CanonicalMessage[] = [];
  raw.forEach((item, i) => {
    const parsed = MetaMessage.safeParse(item);
    if (!parsed.success) {
      warnings.add('MESSAGE_SKIPPED', i + 1, 'A message in this export has an unexpected shape and was skipped.');
      return;
    }
    messages.push(toMessage(parsed.data, i + 1, warnings));
  });
  // Files overlap in time only by accident; the instants decide the order (stable for equal ones).
  messages.sort((a, b) => compareText(a.sentAt ?? '', b.sentAt ?? ''));
  return { format: 'instagram', messages, timesAreUtc: true, dateOrder: null, dateOrderCertain: true, ...summaries, needsChatChoice: false, warnings: warnings.finish() };
}

function toMessage(t: MetaMessage, record: number, warnings: WarningSink): CanonicalMessage {
  const m = blankMessage('other');
  m.sourceLine = record;
  m.sender = repairMojibake(t.sender_name ?? '').slice(0, 300);
  m.sentAt = epochMsToUtc(t.timestamp_ms);
  if (m.sentAt === null) warnings.add('NO_DATE', record, 'A message in this export has no readable date.');
  const lines: string[] = [];
  if (t.content !== undefined) lines.push(repairMojibake(t.content));
  const media: [string, { uri?: string | undefined }[] | undefined][] = [
    ['photo', t.photos],
    ['video', t.videos],
    ['audio', t.audio_files],
    ['GIF', t.gifs],
    ['file', t.files],
    ['sticker', t.sticker ? [t.sticker] : undefined],
  ];
  for (const [kind, list] of media) {
    for (const item of list ?? []) {
      m.media = true;
      lines.push(`[${kind}: ${repairMojibake(item.uri ?? '')}]`);
    }
  }
  if (t.share) {
    const shared = [t.share.share_text, t.share.link].filter((s): s is string => s !== undefined && s !== '').map(repairMojibake);
    if (shared.length > 0) lines.push(`[shared: ${shared.join(' ')}]`);
  }
  if (t.reactions?.length) {
    lines.push(`[reactions: ${t.reactions.map((r) => `${repairMojibake(r.reaction ?? '')} ${repairMojibake(r.actor ?? '')}`.trim()).join(', ')}]`);
  }
  m.text = lines.join('\n');
  if (t.call_duration !== undefined) {
    m.isCall = true;
    m.callSeconds = Math.max(0, Math.round(t.call_duration));
    m.callStatus = t.call_duration > 0 ? 'answered' : 'missed';
  }
  if (t.is_unsent) m.deleted = true;
  return m;
}
