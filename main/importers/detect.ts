// Which importer a file needs, decided from its content first (people rename files, and a
// WhatsApp export may be called anything), with the file name only as a fallback.
import { looksLikeCsvTemplate } from './csv';
import { leafOf, type ExportFiles } from './exportFiles';
import { looksLikeInstagramJson } from './instagram';
import { decodeText } from './normalise';
import { looksLikeSignalChat } from './signal';
import { looksLikeTelegramHtml, telegramPageNumber } from './telegramHtml';
import { importError, type ImportFormat } from './types';
import { looksLikeVkPage, vkPageNumber } from './vk';
import { isZip, looksLikeWhatsApp } from './whatsapp';

/** Enough of the file to recognise it without decoding gigabytes. */
const SNIFF_BYTES = 64 * 1024;

export function detectFormat(fileName: string, bytes: Uint8Array): ImportFormat {
  // A zip is read by its listing (detectFiles); this is the guess from its first bytes alone.
  if (isZip(bytes)) return 'whatsapp';
  const head = decodeText(bytes.subarray(0, SNIFF_BYTES)).replace(/^\uFEFF/, '');
  const start = head.trimStart();
  if (start.startsWith('{')) return looksLikeInstagramJson(head) ? 'instagram' : 'telegram';
  if (start.startsWith('<')) {
    if (/<(?:smses|calls)[\s>/]/.test(head)) return 'sms-xml';
    if (looksLikeTelegramHtml(head)) return 'telegram-html';
    if (looksLikeVkPage(head)) return 'vk';
    // Any other web page: say so plainly rather than try it as a chat.
    if (/<html[\s>]|<!DOCTYPE html/i.test(head)) throw importError('IMPORT_UNRECOGNISED', { reason: 'html' });
  }
  if (/\.md$/i.test(fileName) && looksLikeSignalChat(head)) return 'signal';
  if (looksLikeCsvTemplate(head)) return 'csv';
  if (looksLikeWhatsApp(head)) return 'whatsapp';
  // Content did not decide: a file named like one of our formats goes to that parser, which then
  // reports precisely what is wrong with it (IMPORT_MALFORMED with a line, or IMPORT_UNRECOGNISED).
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (ext === 'json') return 'telegram';
  if (ext === 'xml') return 'sms-xml';
  throw importError('IMPORT_UNRECOGNISED', { reason: 'unknown-content' });
}

/** What a folder or a zip holds, from its listing (and a look at a page where names are not enough). */
export function detectFiles(files: ExportFiles): ImportFormat {
  if (files.chosen !== null) return detectFormat(files.chosen, files.read(files.chosen));
  const leaves = files.names.map((name) => ({ name, leaf: leafOf(name) }));
  if (leaves.some(({ name, leaf }) => /^_chat\.txt$/i.test(leaf) || (/^whatsapp.*\.txt$/i.test(leaf) && !/(^|\/)__MACOSX\//.test(name)))) return 'whatsapp';
  if (leaves.some(({ leaf }) => /^message_\d+\.json$/i.test(leaf))) return 'instagram';
  if (leaves.some(({ leaf }) => /^chat\.md$/i.test(leaf))) return 'signal';
  const vk = leaves.find(({ name, leaf }) => /(^|\/)messages\/-?\d+\//.test(name) && vkPageNumber(leaf) !== null);
  if (vk) return 'vk';
  const page = leaves.find(({ leaf }) => telegramPageNumber(leaf) !== null);
  if (page && looksLikeTelegramHtml(decodeText(files.read(page.name).subarray(0, SNIFF_BYTES)))) return 'telegram-html';
  if (leaves.some(({ leaf }) => /^result\.json$/i.test(leaf))) return 'telegram';
  if (leaves.some(({ name, leaf }) => /\.txt$/i.test(leaf) && !/(^|\/)__MACOSX\//.test(name))) return 'whatsapp';
  throw importError('IMPORT_UNRECOGNISED', { reason: isZipListing(files) ? 'zip-without-chat' : 'folder-without-chat' });
}

const isZipListing = (files: ExportFiles): boolean => files.kind === 'zip';
