// The importers' public surface: pure parsers, bytes in → ParsedExport out. The service decides
// what to do with the result (ask for the date order, the zone, the chat, then store it).
import { DossierError } from '../../shared/errors';
import { parseCsv } from './csv';
import { detectFormat } from './detect';
import { parseSmsBackup } from './smsBackup';
import { parseTelegram } from './telegram';
import { IMPORT_FORMATS, type ImportFormat, type ParsedExport, type ParseOptions } from './types';
import { parseWhatsApp } from './whatsapp';

export * from './types';
export { detectFormat } from './detect';
export { parseWhatsApp, requireDateOrder } from './whatsapp';
export { parseTelegram } from './telegram';
export { parseSmsBackup, parseSmsBackupStream, SmsBackupRecords, streamSmsBackup } from './smsBackup';
export { parseCsv, CSV_COLUMNS } from './csv';

const PARSERS: Record<ImportFormat, (bytes: Uint8Array, options: ParseOptions) => ParsedExport> = {
  whatsapp: parseWhatsApp,
  telegram: parseTelegram,
  'sms-xml': parseSmsBackup,
  csv: parseCsv,
};

export function parseExport(
  format: ImportFormat | 'auto',
  fileName: string,
  bytes: Uint8Array,
  options: ParseOptions = {},
): ParsedExport {
  const chosen = format === 'auto' ? detectFormat(fileName, bytes) : format;
  if (!IMPORT_FORMATS.includes(chosen)) throw new DossierError('INVALID_INPUT', { field: 'format' });
  return PARSERS[chosen](bytes, options);
}
