// Signal has no export of its own; people use signal-export (sigexport), which writes a folder per
// chat with chat.md: "[2019-05-29, 15:04] Name: text" (older versions) or
// "[2019-05-29 15:04:05] Name: text", further lines of a message below it, attachments as
// markdown links ("![photo.jpg](./media/photo.jpg)"), reactions as "(- Name: 👍 -)". Times are the
// exporting computer's wall time with no zone: read in the zone she names. Her own messages are
// written as from "Me".
import { folderOf, leafOf, type ExportFiles } from './exportFiles';
import { decodeText, splitLines } from './normalise';
import { chooseChat, summariesOf } from './pages';
import { assertZone, wallTimeOf, wallToUtc } from './time';
import { blankMessage, importError, WarningSink, type CanonicalMessage, type ParsedExport, type ParseOptions } from './types';

const HEADER = /^\[(\d{4})-(\d{2})-(\d{2}),? (\d{2}):(\d{2})(?::(\d{2}))?\] ([^:\n]{1,200}?): ?(.*)$/;
/** What sigexport writes for the account owner. */
const OWNER = 'Me';

export function looksLikeSignalChat(head: string): boolean {
  return splitLines(head.slice(0, 64 * 1024))
    .slice(0, 50)
    .some((line) => HEADER.test(line));
}

export function parseSignal(files: ExportFiles, options: ParseOptions = {}): ParsedExport {
  assertZone(options.zone);
  const warnings = new WarningSink();
  const chats = files.names
    .filter((n) => files.chosen === n || /^chat\.md$/i.test(leafOf(n)))
    .sort()
    .map((name) => ({ name: leafOf(folderOf(name).replace(/\/$/, '')) || leafOf(name), id: folderOf(name).replace(/\/$/, '') || '.', file: name, messages: 0 }));
  if (chats.length === 0) throw importError('IMPORT_UNRECOGNISED', { reason: 'not-signal-export' });
  const chosen = files.chosen === null ? null : chats.find((c) => c.file === files.chosen)?.id ?? null;
  if (chats.length > 1) for (const c of chats) c.messages = splitLines(decodeText(files.read(c.file))).filter((l) => HEADER.test(l)).length;
  const chat = chooseChat(chats, chosen, options);
  const summaries = chats.length > 1 ? { chats: summariesOf(chats) } : {};
  if (chat === null) {
    return { format: 'signal', messages: [], timesAreUtc: false, dateOrder: null, dateOrderCertain: true, ...summaries, needsChatChoice: true, warnings: warnings.finish() };
  }
  const messages: CanonicalMessage[] = [];
  let before = 0;
  splitLines(decodeText(files.read(chat.file))).forEach((line, i) => {
    const h = HEADER.exec(line);
    const current = messages[messages.length - 1];
    if (!h) {
      if (current) current.text += `\n${line}`;
      else if (line.trim() !== '') before += 1;
      return;
    }
    const [, y, mo, d, hh, mi, s, sender, text] = h;
    const m = blankMessage('other');
    m.sourceLine = i + 1;
    m.rawHeader = line.slice(0, line.length - text!.length).trim();
    m.sender = sender!.trim();
    if (m.sender === OWNER) m.direction = 'outgoing';
    m.text = text!;
    m.wallTime = wallTimeOf(Number(y), Number(mo), Number(d), Number(hh), Number(mi), Number(s ?? 0));
    if (m.wallTime === null) warnings.add('INVALID_DATE', i + 1, 'This line has a date that does not exist; the message was kept without a time.');
    else if (options.zone !== undefined) m.sentAt = wallToUtc(m.wallTime, options.zone, i + 1, warnings);
    messages.push(m);
  });
  if (messages.length === 0) throw importError('IMPORT_UNRECOGNISED', { reason: 'no-signal-header' });
  if (before > 0) warnings.add('TEXT_BEFORE_FIRST_MESSAGE', null, `${before} line(s) before the first message were not imported.`);
  for (const m of messages) {
    m.text = m.text.replace(/\n+$/, '');
    if (/\]\(\.\/[^)]+\)/.test(m.text)) m.media = true;
    if (m.text.trim() === '(This message was deleted)') m.deleted = true;
  }
  return { format: 'signal', messages, timesAreUtc: false, dateOrder: null, dateOrderCertain: true, ...summaries, needsChatChoice: false, warnings: warnings.finish() };
}
