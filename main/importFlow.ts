// The import flow over the pure parsers: read the export (streaming the formats that reach
// gigabytes), parse it with the user's answers (zone, date order, chat), preview it, commit it.
import { promises as fs } from 'node:fs';
import { basename } from 'node:path';
import type { z } from 'zod';
import type { EntryDraft } from '../shared/domain';
import { DossierError } from '../shared/errors';
import type { ImportCommit, ImportPreview, ImportResult, ImportSettings, ImportSource } from '../shared/imports';
import { systemTimeZone } from '../shared/zonedTime';
import { BASE64_SOURCE_LIMIT, bytesOfBase64 } from './base64Source';
import { detectFormat, parseExport, requireDateOrder, type ParsedExport } from './importers';
import { attachMediaOf, readManyFiles } from './importMedia';
import { isZip } from './importers/whatsapp';
import { prepareMessages, previewOf } from './importers/prepare';
import { checkChoice, checkChoiceOf, type SenderChoice } from './importers/roles';
import { smsBackupBatches, tallySmsBackup } from './smsBackupImport';
import { getPerson } from './vault/people';
import { commitImport, type ImportWrite } from './vault/imports';
import type { Db } from './vault/sqlite';

/** Formats parsed from memory are read whole up to this size; SMS backups named by path are
 *  streamed at any size (smsBackupImport.ts). */
export const IMPORT_IN_MEMORY_LIMIT = 512 * 1024 * 1024;
/** The original export is kept in the vault; SMS backups with MMS photos can be large. */
export const IMPORT_ORIGINAL_LIMIT = 4 * 1024 * 1024 * 1024;

type Settings = z.output<typeof ImportSettings>;

const FORMAT_NAMES = { whatsapp: 'WhatsApp', telegram: 'Telegram', 'telegram-html': 'Telegram', vk: 'VK', instagram: 'Instagram', signal: 'Signal', 'sms-xml': 'SMS', csv: 'CSV' } as const;

/** Told how far reading a large export has got (bytes read of bytes in all). */
export type ImportProgress = (read: number, total: number) => void;

async function head(path: string, bytes: number): Promise<Buffer> {
  const handle = await fs.open(path, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

interface LocatedFile {
  path: string;
  size: number;
  fileName: string;
  /** 'auto' for a zip: its listing, read by parseExport, tells what it holds. */
  format: Settings['format'];
}

/** A file source checked before anything is read: there, not empty, not too large, its format known. */
async function locate(path: string, settings: Settings): Promise<LocatedFile> {
  const stat = await fs.stat(path).catch(() => null);
  if (!stat?.isFile()) throw new DossierError('FILE_NOT_FOUND');
  if (stat.size === 0) throw new DossierError('IMPORT_UNRECOGNISED', { reason: 'empty' });
  if (stat.size > IMPORT_ORIGINAL_LIMIT) throw new DossierError('FILE_TOO_LARGE', { limitBytes: IMPORT_ORIGINAL_LIMIT });
  const fileName = basename(path);
  const start = await head(path, 64 * 1024);
  // A zip is told by its listing (parseExport), not by its first bytes.
  const format = settings.format === 'auto' ? (isZip(start) ? 'auto' : detectFormat(fileName, start)) : settings.format;
  return { path, size: stat.size, fileName, format };
}

/** An SMS backup named by path is streamed (smsBackupImport.ts); everything else is read whole. */
async function streamedSmsBackup(source: z.output<typeof ImportSource>, settings: Settings): Promise<LocatedFile | null> {
  if (!('path' in source)) return null;
  // A folder (an unpacked export) or a missing file goes the ordinary way, which reports it.
  if (!(await fs.stat(source.path).catch(() => null))?.isFile()) return null;
  const file = await locate(source.path, settings);
  return file.format === 'sms-xml' ? file : null;
}

export async function readExport(
  source: z.output<typeof ImportSource>,
  settings: Settings,
  zone: string,
  progress: ImportProgress = () => undefined,
  base64LimitBytes = BASE64_SOURCE_LIMIT,
): Promise<{ parsed: ParsedExport; fileName: string; bytes?: Buffer; kept?: { fileName: string; bytes: Buffer } }> {
  const options = {
    zone,
    ...(settings.dateOrder ? { dateOrder: settings.dateOrder } : {}),
    ...(settings.chatIndex !== undefined ? { chatIndex: settings.chatIndex } : {}),
    ...(settings.chatId !== undefined ? { chatId: settings.chatId } : {}),
  };
  if ('base64' in source) {
    const bytes = bytesOfBase64(source.base64, base64LimitBytes);
    if (bytes.length === 0) throw new DossierError('IMPORT_UNRECOGNISED', { reason: 'empty' });
    return { parsed: parseExport(settings.format, source.fileName, bytes, options), fileName: basename(source.fileName), bytes };
  }
  const stat = await fs.stat(source.path).catch(() => null);
  // A folder (an unpacked export), or a page of an export of many files: see importMedia.ts.
  const many = await readManyFiles(source.path, stat, settings.format, options, IMPORT_IN_MEMORY_LIMIT);
  if (many) return many;
  const { size, fileName, format } = await locate(source.path, settings);
  if (size > IMPORT_IN_MEMORY_LIMIT) throw new DossierError('FILE_TOO_LARGE', { limitBytes: IMPORT_IN_MEMORY_LIMIT });
  const bytes = await fs.readFile(source.path);
  progress(bytes.length, size);
  return { parsed: parseExport(format, fileName, bytes, options), fileName };
}

export async function previewImport(source: z.output<typeof ImportSource>, settings: Settings, choice: SenderChoice, progress: ImportProgress = () => undefined, base64LimitBytes?: number): Promise<ImportPreview> {
  const zone = settings.zone ?? systemTimeZone();
  const sms = await streamedSmsBackup(source, settings);
  if (sms) {
    const { facts, tally } = await tallySmsBackup(sms, choice, progress, 1);
    checkChoiceOf(tally.directions, choice);
    return tally.preview(facts, zone);
  }
  const { parsed } = await readExport(source, settings, zone, progress, base64LimitBytes);
  checkChoice(parsed.messages.filter((m) => !m.isSystem), choice);
  return previewOf(parsed, zone, choice);
}

/** What an import writes, however it was read. */
interface ReadImport {
  preview: ImportPreview;
  /** Media of the export to attach to their messages (WhatsApp with media, importMedia.ts). */
  attachMedia?: ImportWrite['attachMedia'];
  fileName: string;
  original: ImportWrite['original'];
  parsedSha256?: string;
  items: ImportWrite['items'];
}

async function readForImport(db: Db, input: z.output<typeof ImportCommit>, zone: string, at: string, progress: ImportProgress, base64LimitBytes?: number): Promise<ReadImport> {
  const sms = await streamedSmsBackup(input.source, input.settings);
  if (sms) {
    const counted = await tallySmsBackup(sms, input, progress, 2);
    if (input.personId) await getPerson(db, input.personId);
    checkChoiceOf(counted.tally.directions, input);
    return {
      preview: counted.tally.preview(counted.facts, zone),
      fileName: sms.fileName,
      original: { path: sms.path },
      parsedSha256: counted.sha256,
      items: smsBackupBatches(sms, counted, zone, input, input.personId, progress),
    };
  }
  const { parsed, fileName, bytes, kept } = await readExport(input.source, input.settings, zone, progress, base64LimitBytes);
  if (parsed.needsChatChoice) throw new DossierError('INVALID_INPUT', { field: 'chatIndex', reason: 'this export holds several chats: choose one' });
  requireDateOrder(parsed);
  if (input.personId) await getPerson(db, input.personId);
  checkChoice(parsed.messages.filter((m) => !m.isSystem), input);
  const items = prepareMessages(parsed, zone, input, input.personId);
  return {
    preview: previewOf(parsed, zone, input),
    fileName,
    // The bytes that were parsed (decoded once): the original kept must be exactly what was read.
    original: kept ?? ('path' in input.source ? { path: input.source.path } : { fileName, bytes: bytes! }),
    items,
    ...(parsed.files && items.some((i) => i.mediaFiles) ? { attachMedia: attachMediaOf(parsed.files, items, IMPORT_ORIGINAL_LIMIT, at) } : {}),
  };
}

export async function runImport(db: Db, input: z.output<typeof ImportCommit>, at: string, defaultRecorder: string, progress: ImportProgress = () => undefined, base64LimitBytes?: number): Promise<ImportResult> {
  const zone = input.settings.zone ?? systemTimeZone();
  const { preview, fileName, original, parsedSha256, items, attachMedia } = await readForImport(db, input, zone, at, progress, base64LimitBytes);
  const draft: EntryDraft = {
    kind: 'stalking',
    // A title in no particular language (the service does not know the reader's): the app, the file.
    title: input.title ?? `${FORMAT_NAMES[preview.format]}: ${fileName}`,
    text: '',
    categories: [preview.calls > 0 && preview.messages === 0 ? 'calls' : 'messages'],
    occurredAt: preview.first && preview.last ? { at: preview.first, zone, precision: 'span', end: preview.last } : { at: at, zone, precision: 'approximate' },
    personIds: input.personId ? [input.personId] : [],
    ...(input.recordedBy ? { recordedBy: input.recordedBy } : {}),
  };
  const { entryId, record } = await commitImport(
    db,
    {
      target: input.entryId ? { entryId: input.entryId } : { draft, recordedBy: input.recordedBy ?? defaultRecorder },
      original,
      ...(parsedSha256 !== undefined ? { parsedSha256 } : {}),
      fileName,
      items,
      record: {
        format: preview.format,
        fileName,
        settings: { zone, dateOrder: preview.dateOrder, chatIndex: input.settings.chatIndex ?? null, abuserSenders: input.abuserSenders, meSenders: input.meSenders, personId: input.personId ?? null },
        counts: { messages: preview.messages, calls: preview.calls, system: preview.system },
      },
      limitBytes: IMPORT_ORIGINAL_LIMIT,
      ...(attachMedia ? { attachMedia } : {}),
    },
    at,
  );
  return {
    ...preview,
    imported: record.counts.imported,
    duplicates: record.counts.duplicates,
    entryId,
    importId: record.id,
    originalAttachmentId: record.originalAttachmentId,
    originalSha256: record.originalSha256,
  };
}
