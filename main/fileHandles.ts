// The table behind the window's file handles (shared/fileHandles.ts): handle → the path she chose,
// what for, and which way it may go. No 'electron' import: the Electron shell (dialogs, drops) and
// the browser harness (its picker seam) fill the same table.
//
// A read handle checks the file again when it is used: if it vanished, or changed (size or
// modification time) since she picked it, the call gets FILE_NOT_FOUND before anything is written,
// so what goes into the vault is the file she saw in the dialog.
import { randomBytes } from 'node:crypto';
import { statSync, type Stats } from 'node:fs';
import { basename } from 'node:path';
import { DossierError } from '../shared/errors';
import { FileHandle, type HandleKind, type PickedFile } from '../shared/fileHandles';

interface Chosen {
  path: string;
  purpose: string;
  kind: HandleKind;
  /** For a read handle: what the file was when she chose it. */
  seen?: { size: number; mtimeMs: number };
}

export interface IssueOptions {
  /** Files larger than this are refused when picked (FILE_TOO_LARGE), before any reading. */
  limitBytes?: number;
  /** Refuse the handle once the file changed (default). Off for the vault, which she changes. */
  watchChanges?: boolean;
}

function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

/** Purposes whose handle may name a folder (an unpacked message export). */
const FOLDER_PURPOSES: ReadonlySet<string> = new Set(['import-folder']);

export function newHandle(): string {
  return `fh_${randomBytes(16).toString('hex')}`;
}

export class FileHandles {
  private readonly table = new Map<string, Chosen>();

  /** A file she chose to read (open dialog) or dropped on the window. */
  issueOpen(path: string, purpose: string, options: IssueOptions = {}): PickedFile {
    const stat = statOrNull(path);
    if (stat === null) throw new DossierError('FILE_NOT_FOUND');
    // A dropped folder (or a device, a socket): say so, rather than fail later while reading it.
    // Only an unpacked export is a folder on purpose.
    if (!stat.isFile() && !(FOLDER_PURPOSES.has(purpose) && stat.isDirectory())) throw new DossierError('NOT_A_FILE');
    if (options.limitBytes !== undefined && stat.size > options.limitBytes) throw new DossierError('FILE_TOO_LARGE', { limitBytes: options.limitBytes });
    const seen = options.watchChanges === false ? undefined : { size: stat.size, mtimeMs: stat.mtimeMs };
    const handle = this.add({ path, purpose, kind: 'open', seen });
    return { handle, name: basename(path), size: stat.size };
  }

  /** A place she chose to write to (save dialog). Nothing is read from it through this handle. */
  issueSave(path: string, purpose: string): PickedFile {
    return { handle: this.add({ path, purpose, kind: 'save' }), name: basename(path) };
  }

  /** The path behind a handle, if it was issued for this direction. Unknown, forged or
   *  wrong-direction handles get INVALID_INPUT: the page learns nothing about any path. */
  resolve(handle: unknown, kind: HandleKind): string {
    const chosen = FileHandle.safeParse(handle).success ? this.table.get(handle as string) : undefined;
    if (chosen === undefined || chosen.kind !== kind) throw new DossierError('INVALID_INPUT');
    if (kind === 'open') {
      const now = statOrNull(chosen.path);
      // A vault moved away since she chose it is said as such (the unlock screen offers the picker).
      if (now === null || !(now.isFile() || (FOLDER_PURPOSES.has(chosen.purpose) && now.isDirectory()))) throw new DossierError(chosen.purpose === 'vault' ? 'VAULT_NOT_FOUND' : 'FILE_NOT_FOUND');
      const seen = chosen.seen;
      if (seen !== undefined && (now.size !== seen.size || now.mtimeMs !== seen.mtimeMs)) throw new DossierError('FILE_NOT_FOUND');
    }
    return chosen.path;
  }

  /** The file's name for a handle of either direction (what the page may show). */
  nameOf(handle: string): string | null {
    const chosen = this.table.get(handle);
    return chosen === undefined ? null : basename(chosen.path);
  }

  private add(chosen: Chosen): string {
    const handle = newHandle();
    this.table.set(handle, chosen);
    return handle;
  }
}
