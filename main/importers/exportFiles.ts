// The files of an export, whatever she pointed at: one file, a page and the pages beside it, a
// folder, or a zip. Telegram's HTML export, the VK archive and Instagram's download are many
// files; one page alone is not the whole chat. Everything is read lazily and within the same
// bounds as a zip (zipBounds.ts): a folder of a million files or a 2 GB "page" is refused, not read,
// and all the reads of one export together draw on one ReadBudget (readBudget.ts).
import { lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { zipSync } from 'fflate';
import { DossierError } from '../../shared/errors';
import { isZip } from './whatsapp';
import { ReadBudget } from './readBudget';
import { ZIP_LIMITS, ZipArchive } from './zipBounds';

export interface ExportFiles {
  /** Files only, '/'-separated, relative to the export's root (the zip, the folder, the page's folder). */
  readonly names: readonly string[];
  /** The file she chose when she chose one file (a page, message_1.json), else null. */
  readonly chosen: string | null;
  /** How the export came: the bytes of one file, a file beside others on disk, a folder, a zip. */
  readonly kind: 'file' | 'beside' | 'folder' | 'zip';
  /** Its bytes; FILE_TOO_LARGE past the zip limit, FILE_NOT_FOUND when it cannot be read. */
  read(name: string): Uint8Array;
  has(name: string): boolean;
}

/** Deep enough for Instagram's your_instagram_activity/messages/inbox/<thread>/photos/…; no deeper. */
const MAX_DEPTH = 8;

class ListedFiles implements ExportFiles {
  private readonly set: Set<string>;
  constructor(
    readonly names: readonly string[],
    readonly chosen: string | null,
    readonly kind: ExportFiles['kind'],
    private readonly reader: (name: string) => Uint8Array,
  ) {
    this.set = new Set(names);
  }
  read(name: string): Uint8Array {
    if (!this.set.has(name)) throw new DossierError('FILE_NOT_FOUND');
    return this.reader(name);
  }
  has(name: string): boolean {
    return this.set.has(name);
  }
}

/** A name that would leave the export's folder ("../x", "/etc/x", "C:\x") or is no file at all. */
export function escapesFolder(name: string): boolean {
  return name.startsWith('/') || name.startsWith('\\') || /^[a-z]:/i.test(name) || name.split(/[\\/]/).some((part) => part === '..');
}

export function filesOfZip(bytes: Uint8Array, limits = ZIP_LIMITS): ExportFiles {
  const zip = new ZipArchive(bytes, limits);
  const names = new Set<string>();
  for (const entry of zip.entries) if (!entry.name.endsWith('/') && !escapesFolder(entry.name)) names.add(entry.name);
  return new ListedFiles([...names], null, 'zip', (name) => zip.read(name));
}

/** Dropped bytes: a zip is an export of many files; anything else is one file alone. */
export function filesOfBytes(fileName: string, bytes: Uint8Array, limits = ZIP_LIMITS): ExportFiles {
  if (isZip(bytes)) return filesOfZip(bytes, limits);
  const name = basename(fileName) || 'export';
  return new ListedFiles([name], name, 'file', () => bytes);
}

function readBounded(path: string, limits: typeof ZIP_LIMITS, budget: ReadBudget): Uint8Array {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw new DossierError('FILE_NOT_FOUND');
  }
  if (size > limits.inflatedBytes) throw new DossierError('FILE_TOO_LARGE', { limitBytes: limits.inflatedBytes });
  budget.take(size);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    throw new DossierError('FILE_NOT_FOUND');
  }
  // A file that grew since it was measured: what was really read counts.
  if (bytes.length > size) budget.take(bytes.length - size);
  return bytes;
}

/** Every file under `root` (symbolic links are not followed: they could lead anywhere on the disk).
 *  Only what is read counts against the total (a page saved into Downloads lists big unrelated files). */
export function filesOfFolder(root: string, maxDepth = MAX_DEPTH, limits = ZIP_LIMITS, budget = new ReadBudget(limits.totalBytes)): ExportFiles {
  const names: string[] = [];
  const walk = (dir: string, prefix: string, depth: number): void => {
    let items: string[];
    try {
      items = readdirSync(dir).sort();
    } catch {
      return;
    }
    for (const item of items) {
      const path = join(dir, item);
      let stat;
      try {
        stat = lstatSync(path);
      } catch {
        continue;
      }
      if (stat.isDirectory() && depth < maxDepth) walk(path, `${prefix}${item}/`, depth + 1);
      else if (stat.isFile()) {
        if (names.length >= limits.entries) throw new DossierError('IMPORT_MALFORMED', { reason: 'folder-entries' });
        names.push(`${prefix}${item}`);
      }
    }
  };
  walk(root, '', 0);
  return new ListedFiles(names, null, 'folder', (name) => readBounded(join(root, ...name.split('/')), limits, budget));
}

/**
 * One file on disk and the files beside it (the other pages of a Telegram or VK chat, a thread's
 * other message_N.json). Only its own folder, not the folders in it: a page saved into Downloads
 * must not make us list the whole of Downloads.
 */
export function filesBeside(path: string, limits = ZIP_LIMITS): ExportFiles {
  const budget = new ReadBudget(limits.totalBytes);
  const folder = filesOfFolder(dirname(path), 0, limits, budget);
  const chosen = basename(path);
  const names = folder.has(chosen) ? folder.names : [chosen, ...folder.names];
  return new ListedFiles(names, chosen, 'beside', (name) => (name === chosen ? readBounded(path, limits, budget) : folder.read(name)));
}

/** The folder part of a name ('' at the root). */
export function folderOf(name: string): string {
  const at = name.lastIndexOf('/');
  return at < 0 ? '' : name.slice(0, at + 1);
}

/** The last part of a name. */
export function leafOf(name: string): string {
  return name.slice(name.lastIndexOf('/') + 1);
}

/** The export's own documents (pages, JSON, chat texts), not its media. */
const DOCUMENT = /\.(?:html?|json|txt|md|csv|xml)$/i;

/**
 * What is kept in the vault as the original of an export read from a folder (or a page with the
 * pages beside it): the documents the parse read, in one zip with fixed times, so the same folder imported again
 * gives the same bytes and the same SHA-256. Media files go in as their messages' attachments.
 */
export function documentsZip(files: ExportFiles, names: readonly string[], limitBytes: number): Uint8Array {
  const entries: Record<string, [Uint8Array, { mtime: Date }]> = {};
  let total = 0;
  for (const name of [...names].sort()) {
    if (!DOCUMENT.test(name)) continue;
    const bytes = files.read(name);
    total += bytes.length;
    if (total > limitBytes) throw new DossierError('FILE_TOO_LARGE', { limitBytes });
    entries[name] = [bytes, { mtime: KEPT_MTIME }];
  }
  return zipSync(entries, { level: 6 });
}

const KEPT_MTIME = new Date(Date.UTC(2000, 0, 1));
