// Which importer a file needs, decided from its content first (people rename files, and a
// WhatsApp export may be called anything), with the file name only as a fallback.
import { looksLikeCsvTemplate } from './csv';
import { decodeText } from './normalise';
import { importError, type ImportFormat } from './types';
import { isZip, looksLikeWhatsApp } from './whatsapp';

/** Enough of the file to recognise it without decoding gigabytes. */
const SNIFF_BYTES = 64 * 1024;

export function detectFormat(fileName: string, bytes: Uint8Array): ImportFormat {
  // Both platforms' "Export chat" can produce a zip; Telegram Desktop exports a folder, SBR an .xml.
  if (isZip(bytes)) return 'whatsapp';
  const head = decodeText(bytes.subarray(0, SNIFF_BYTES)).replace(/^\uFEFF/, '');
  const start = head.trimStart();
  if (start.startsWith('{')) return 'telegram';
  if (start.startsWith('<')) {
    if (/<(?:smses|calls)[\s>/]/.test(head)) return 'sms-xml';
    // Telegram's other export choice is HTML (lc_personal_chat_messages.html): tell the UI so it
    // can say "export as JSON" instead of a bare "not recognised".
    if (/<html[\s>]|<!DOCTYPE html/i.test(head)) throw importError('IMPORT_UNRECOGNISED', { reason: 'html' });
  }
  if (looksLikeCsvTemplate(head)) return 'csv';
  if (looksLikeWhatsApp(head)) return 'whatsapp';
  // Content did not decide: a file named like one of our formats goes to that parser, which then
  // reports precisely what is wrong with it (IMPORT_MALFORMED with a line, or IMPORT_UNRECOGNISED).
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (ext === 'json') return 'telegram';
  if (ext === 'xml') return 'sms-xml';
  throw importError('IMPORT_UNRECOGNISED', { reason: 'unknown-content' });
}
