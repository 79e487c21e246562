// The importers' public surface: pure parsers, bytes (or an export's files) in → ParsedExport out.
// The service decides what to do with the result (ask for the date order, the zone, the chat,
// then store it).
import { DossierError } from '../../shared/errors';
import { parseCsv } from './csv';
import { detectFiles, detectFormat } from './detect';
import { filesOfBytes, leafOf, type ExportFiles } from './exportFiles';
import { parseInstagram } from './instagram';
import { parseSignal } from './signal';
import { parseSmsBackup } from './smsBackup';
import { parseTelegram } from './telegram';
import { parseTelegramHtml } from './telegramHtml';
import { IMPORT_FORMATS, MANY_FILE_FORMATS, type ImportFormat, type ParsedExport, type ParseOptions } from './types';
import { parseVk } from './vk';
import { isZip, parseWhatsApp } from './whatsapp';
import { parseWhatsAppFiles } from './whatsappMedia';

export * from './types';
export { detectFormat, detectFiles } from './detect';
export { parseWhatsApp, requireDateOrder } from './whatsapp';
export { parseTelegram } from './telegram';
export { parseTelegramHtml } from './telegramHtml';
export { parseVk } from './vk';
export { parseInstagram } from './instagram';
export { parseSignal } from './signal';
export { parseSmsBackup, parseSmsBackupStream, SmsBackupRecords, streamSmsBackup } from './smsBackup';
export { parseCsv, CSV_COLUMNS } from './csv';
export { filesBeside, filesOfBytes, filesOfFolder, filesOfZip, type ExportFiles } from './exportFiles';

const PARSERS: Record<ImportFormat, (bytes: Uint8Array, options: ParseOptions) => ParsedExport> = {
  whatsapp: parseWhatsApp,
  telegram: parseTelegram,
  'sms-xml': parseSmsBackup,
  csv: parseCsv,
  'telegram-html': (bytes, options) => parseTelegramHtml(filesOfBytes('messages.html', bytes, options.limits), options),
  vk: (bytes, options) => parseVk(filesOfBytes('messages0.html', bytes, options.limits), options),
  instagram: (bytes, options) => parseInstagram(filesOfBytes('message_1.json', bytes, options.limits), options),
  signal: (bytes, options) => parseSignal(filesOfBytes('chat.md', bytes, options.limits), options),
};

function checked(format: ImportFormat): ImportFormat {
  if (!IMPORT_FORMATS.includes(format)) throw new DossierError('INVALID_INPUT', { field: 'format' });
  return format;
}

/** One file's bytes (or a zip's): a zip, or a page of a many-file export, is read as its files. */
export function parseExport(format: ImportFormat | 'auto', fileName: string, bytes: Uint8Array, options: ParseOptions = {}): ParsedExport {
  if (isZip(bytes)) return parseFiles(format, filesOfBytes(fileName, bytes, options.limits), options);
  const chosen = checked(format === 'auto' ? detectFormat(fileName, bytes) : format);
  if (MANY_FILE_FORMATS.includes(chosen)) return parseFiles(chosen, filesOfBytes(fileName, bytes, options.limits), options);
  return PARSERS[chosen](bytes, options);
}

/** An export of many files: a folder, a zip, or one page with the pages beside it. */
export function parseFiles(format: ImportFormat | 'auto', files: ExportFiles, options: ParseOptions = {}): ParsedExport {
  const chosen = checked(format === 'auto' ? detectFiles(files) : format);
  switch (chosen) {
    case 'telegram-html':
      return parseTelegramHtml(files, options);
    case 'vk':
      return parseVk(files, options);
    case 'instagram':
      return parseInstagram(files, options);
    case 'signal':
      return parseSignal(files, options);
    case 'whatsapp':
      return parseWhatsAppFiles(files, options);
    default: {
      // One-file formats inside a folder or zip: the file she chose, or the one file of that kind.
      const name = files.chosen ?? files.names.find((n) => (chosen === 'telegram' ? /^result\.json$/i.test(leafOf(n)) : true));
      if (name === undefined) throw new DossierError('IMPORT_UNRECOGNISED', { reason: 'no-export-file' });
      return PARSERS[chosen](files.read(name), options);
    }
  }
}
