// WhatsApp "Export chat" with media: a zip (or its unpacked folder) holding the chat text and the
// files the messages name — Android "IMG-20220323-WA0002.jpg (file attached)" (and its
// translations: "(файл прикреплён)", …), iOS "<attached: 00000035-PHOTO-….jpg>". Each such message
// gets that file as its own attachment, so the photo stands beside the message that sent it.
// A named file that is not in the export is reported, never an error; a name that would leave
// the export's folder ("../…") is ignored and listed.
import { decodeText } from './normalise';
import { escapesFolder, folderOf, leafOf, type ExportFiles } from './exportFiles';
import { importError, WarningSink, type CanonicalMessage, type MediaReport, type ParsedExport, type ParseOptions } from './types';
import { parseWhatsAppText } from './whatsapp';

/** Android's "(file attached)" in the languages of our users and the common others. */
const ANDROID_ATTACHED = new RegExp(
  '^(.+?\\.[\\p{L}\\p{N}]{1,6}) \\((?:' +
    [
      'file attached', // en
      'файл прикреплён',
      'файл прикреплен',
      'файл добавлен', // ru
      'файл прикріплено',
      'файл додано', // uk
      'файл далучаны',
      'файл прымацаваны', // be
      'archivo adjunto', // es
      'Datei angehängt', // de
      'arquivo anexado', // pt
      'fichier joint', // fr
      'file allegato', // it
      'dosya ekli', // tr
      'załączony plik', // pl
    ].join('|') +
    ')\\)',
  'iu',
);
/** iOS: "<attached: NAME>" and its translations ("<прикреплено: NAME>", "<вкладення: NAME>"). */
const IOS_ATTACHED = /^<[\p{L} ]{2,25}: ([^<>\n]+\.[\p{L}\p{N}]{1,6})>/u;

/** The file a message body names as attached, or null. */
export function attachedFileName(body: string): string | null {
  const first = (body.split('\n', 1)[0] ?? '').replace(/^[\u200E\u200F]+/, '').trim();
  return IOS_ATTACHED.exec(first)?.[1]?.trim() ?? ANDROID_ATTACHED.exec(first)?.[1]?.trim() ?? null;
}

/** The chat text of an export: "_chat.txt" (iOS) or "WhatsApp Chat with ….txt" (Android). */
function chatTextName(files: ExportFiles): string {
  if (files.chosen !== null) return files.chosen;
  const texts = files.names.filter((n) => /\.txt$/i.test(n) && !/(^|\/)__MACOSX\//.test(n));
  const chosen = texts.find((n) => /^_chat\.txt$/i.test(leafOf(n))) ?? texts.find((n) => /whatsapp/i.test(leafOf(n))) ?? texts[0];
  if (chosen === undefined) throw importError('IMPORT_UNRECOGNISED', { reason: 'zip-without-chat-text' });
  return chosen;
}

export function parseWhatsAppFiles(files: ExportFiles, options: ParseOptions = {}): ParsedExport {
  const chat = chatTextName(files);
  const parsed = parseWhatsAppText(decodeText(files.read(chat)), options);
  if (files.kind === 'file') return parsed; // one text alone: there is no media to look for
  const media = linkMedia(parsed.messages, files, folderOf(chat));
  const warnings = new WarningSink();
  if (media.missing.length > 0) {
    warnings.add('MEDIA_MISSING', null, `${media.missing.length} file(s) the messages name are not in the export; those messages were imported without them: ${media.missing.slice(0, 20).join(', ')}${media.missing.length > 20 ? ' …' : ''}.`);
  }
  if (media.outside.length > 0) {
    warnings.add('MEDIA_OUTSIDE', null, `${media.outside.length} file name(s) point outside the export's folder and were ignored: ${media.outside.slice(0, 20).join(', ')}${media.outside.length > 20 ? ' …' : ''}.`);
  }
  return { ...parsed, files, media, warnings: [...parsed.warnings, ...warnings.finish()] };
}

function linkMedia(messages: CanonicalMessage[], files: ExportFiles, folder: string): MediaReport {
  const report: MediaReport = { attached: 0, missing: [], outside: [] };
  for (const m of messages) {
    if (m.isSystem) continue;
    const name = attachedFileName(m.text);
    if (name === null) continue;
    if (escapesFolder(name)) {
      report.outside.push(name.slice(0, 200));
      continue;
    }
    const inFolder = `${folder}${name}`;
    const found = files.has(inFolder) ? inFolder : files.has(name) ? name : null;
    if (found === null) {
      report.missing.push(name.slice(0, 200));
      continue;
    }
    m.media = true;
    m.mediaFiles = [found];
    report.attached += 1;
  }
  return report;
}
