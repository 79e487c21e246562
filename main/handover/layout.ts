// What is inside a hand-over once the age layer is removed: one zip (stored, not compressed: the
// PDF and photos are compressed already) holding
//   dossier.pdf                          the signed dossier (`dossier verify dossier.pdf`)
//   originals/<exhibit> <file name>      each original file of the chosen entries, byte for byte,
//                                        named by its exhibit number as in the dossier ("3.1 справка.pdf")
//   index.json                           what the files are, each with its SHA-256 and size
// A zip, because every operating system opens one without extra tools once `age -d` has run.
import { createHash } from 'node:crypto';
import { unzipSync, zipSync, type Zippable } from 'fflate';
import { z } from 'zod';
import { DossierError } from '../../shared/errors';

export const DOSSIER_FILE = 'dossier.pdf';
export const INDEX_FILE = 'index.json';
export const ORIGINALS_FOLDER = 'originals';
export const HANDOVER_FORMAT = 'dossier-handover/1';

const Sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);
const PackedFile = z.object({ file: z.string().min(1).max(1000), sha256: Sha256Hex, bytes: z.number().int().min(0) }).strict();

export const HandoverIndex = z
  .object({
    format: z.literal(HANDOVER_FORMAT),
    createdAt: z.string(),
    /** The dossier's fingerprint (SHA-256 of its manifest, printed on each of its pages). */
    fingerprint: Sha256Hex,
    dossier: PackedFile,
    originals: z.array(PackedFile.extend({ exhibit: z.string().max(50) }).strict()),
    /** Originals not packed: a redacted hand-over carries none (what is inside a photo or a chat
     *  export cannot be checked for the removed details), as a redacted dossier embeds none. */
    originalsLeftOut: z.number().int().min(0),
  })
  .strict();
export type HandoverIndex = z.infer<typeof HandoverIndex>;

export interface OriginalToPack {
  exhibit: string;
  fileName: string;
  bytes: Uint8Array;
}

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** A file name safe in any folder: no separators, no control characters, no leading dots. */
function safeName(name: string): string {
  const cleaned = name.replace(/[/\\:*?"<>|\u0000-\u001f\u007f]/g, '_').replace(/^\.+/, '_').trim();
  return cleaned === '' ? 'file' : cleaned.slice(0, 200);
}

/** Zip times are wall-clock without a zone: one fixed time says nothing about when or where. */
const FIXED_TIME = new Date('2000-01-01T00:00:00Z');

export function packHandover(pdf: Uint8Array, originals: readonly OriginalToPack[], meta: { createdAt: string; fingerprint: string; originalsLeftOut: number }): { zip: Uint8Array; index: HandoverIndex } {
  const files: Zippable = {};
  const index: HandoverIndex = {
    format: HANDOVER_FORMAT,
    createdAt: meta.createdAt,
    fingerprint: meta.fingerprint,
    dossier: { file: DOSSIER_FILE, sha256: sha256(pdf), bytes: pdf.byteLength },
    originals: [],
    originalsLeftOut: meta.originalsLeftOut,
  };
  files[DOSSIER_FILE] = [pdf, { level: 0, mtime: FIXED_TIME }];
  for (const original of originals) {
    const file = `${ORIGINALS_FOLDER}/${safeName(`${original.exhibit} ${original.fileName}`)}`;
    index.originals.push({ file, exhibit: original.exhibit, sha256: sha256(original.bytes), bytes: original.bytes.byteLength });
    files[file] = [original.bytes, { level: 0, mtime: FIXED_TIME }];
  }
  files[INDEX_FILE] = [Buffer.from(JSON.stringify(index, null, 2), 'utf8'), { level: 0, mtime: FIXED_TIME }];
  return { zip: zipSync(files), index };
}

export interface UnpackedHandover {
  index: HandoverIndex;
  /** Every file, each already checked against its SHA-256 and size in the index. */
  files: Map<string, Uint8Array>;
}

const damaged = (reason: string) => new DossierError('HANDOVER_DAMAGED', { reason });

function isSafePath(file: string): boolean {
  const parts = file.split('/');
  return !file.includes('\\') && !file.startsWith('/') && parts.every((p) => p !== '' && p !== '.' && p !== '..') && parts.length <= 2;
}

/** Reads the zip and checks it in full, in memory: every file listed, nothing unlisted, each
 *  SHA-256 and size right, no name leaving the folder. Throws HANDOVER_DAMAGED otherwise. */
export function unpackHandover(zip: Uint8Array): UnpackedHandover {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(zip);
  } catch {
    throw damaged('the inner archive cannot be read');
  }
  const indexBytes = entries[INDEX_FILE];
  if (!indexBytes) throw damaged('the index is missing');
  let index: HandoverIndex;
  try {
    index = HandoverIndex.parse(JSON.parse(Buffer.from(indexBytes).toString('utf8')));
  } catch {
    throw damaged('the index cannot be read');
  }
  const listed = [index.dossier, ...index.originals];
  const files = new Map<string, Uint8Array>();
  for (const item of listed) {
    if (!isSafePath(item.file) || files.has(item.file)) throw damaged('a file name in the index is not allowed');
    const bytes = entries[item.file];
    if (!bytes) throw damaged("a file listed in the index is missing");
    if (bytes.byteLength !== item.bytes || sha256(bytes) !== item.sha256) throw damaged("a file does not match its SHA-256 in the index");
    files.set(item.file, bytes);
  }
  const unlisted = Object.keys(entries).filter((name) => name !== INDEX_FILE && !files.has(name) && !name.endsWith('/'));
  if (unlisted.length > 0) throw damaged('the archive holds files its index does not list');
  files.set(INDEX_FILE, indexBytes);
  return { index, files };
}
