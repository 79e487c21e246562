// The import flow's part for exports of many files: an unpacked export folder, or one page of a
// Telegram/VK chat (or one message_N.json, one chat.md) with the rest beside it; and attaching
// the files a WhatsApp export's messages sent, each to its message.
import { createHash } from 'node:crypto';
import type { Stats } from 'node:fs';
import { promises as fs } from 'node:fs';
import { basename } from 'node:path';
import { DossierError } from '../shared/errors';
import { detectFormat, MANY_FILE_FORMATS, type ImportFormat, type ParsedExport, type ParseOptions } from './importers';
import { documentsZip, filesBeside, filesOfFolder, leafOf, type ExportFiles } from './importers/exportFiles';
import { parseFiles } from './importers/index';
import type { PreparedMessage } from './importers/prepare';
import { isZip } from './importers/whatsapp';
import { attachFile, findAttachmentBySha } from './vault/attachments';
import type { Db } from './vault/sqlite';

/** The files a parse read, so that exactly those are kept as the original (not her whole Downloads). */
function recording(files: ExportFiles): { files: ExportFiles; read: Set<string> } {
  const read = new Set<string>();
  return {
    read,
    files: {
      names: files.names,
      chosen: files.chosen,
      kind: files.kind,
      has: (name) => files.has(name),
      read: (name) => {
        read.add(name);
        return files.read(name);
      },
    },
  };
}

async function sniff(path: string): Promise<Buffer> {
  const handle = await fs.open(path, 'r');
  try {
    const buffer = Buffer.alloc(64 * 1024);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}


/**
 * A folder, or a file of a many-file format: parsed with the files around it, and the documents
 * read kept as one zip (the original). Null for everything else (one file read as before).
 */
export async function readManyFiles(
  path: string,
  stat: Stats | null,
  format: ImportFormat | 'auto',
  options: ParseOptions,
  limitBytes: number,
): Promise<{ parsed: ParsedExport; fileName: string; kept: { fileName: string; bytes: Buffer } } | null> {
  let files: ExportFiles;
  if (stat?.isDirectory()) files = filesOfFolder(path);
  else if (stat?.isFile() && stat.size > 0) {
    const head = await sniff(path);
    if (isZip(head)) return null;
    let chosen = format;
    if (chosen === 'auto') {
      try {
        chosen = detectFormat(basename(path), head);
      } catch {
        return null; // the one-file path reports it, as before
      }
    }
    if (!MANY_FILE_FORMATS.includes(chosen)) return null;
    format = chosen;
    files = filesBeside(path);
  } else return null;
  const rec = recording(files);
  const parsed = parseFiles(format, rec.files, options);
  const bytes = Buffer.from(documentsZip(rec.files, [...rec.read], limitBytes));
  const fileName = basename(path);
  return { parsed, fileName, kept: { fileName: `${fileName.replace(/\.[^.]*$/, '') || 'export'}.zip`, bytes } };
}

/** Attaches each message's files (inside the import's transaction) and names them on its draft. */
export function attachMediaOf(files: ExportFiles, items: readonly PreparedMessage[], limitBytes: number, at: string) {
  return async (db: Db, entryId: string): Promise<void> => {
    for (const item of items) {
      if (!item.mediaFiles) continue;
      const ids: string[] = [];
      for (const name of item.mediaFiles) {
        // A view of the bytes as read, not a copy: each media file is in memory once.
        const read = files.read(name);
        const bytes = Buffer.from(read.buffer, read.byteOffset, read.byteLength);
        const sha = createHash('sha256').update(bytes).digest('hex');
        // The same photo imported again (an overlapping export) is kept once.
        const attachment = (await findAttachmentBySha(db, entryId, sha)) ?? (await attachFile(db, entryId, { fileName: leafOf(name), bytes }, limitBytes, at));
        if (attachment.sha256 !== sha) throw new DossierError('IMPORT_MALFORMED', { reason: 'a media file changed while it was read' });
        ids.push(attachment.id);
      }
      item.draft.attachmentIds = ids;
    }
  };
}
