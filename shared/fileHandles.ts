// Opaque file handles: what the window holds instead of a path. The main process (or the browser
// harness) keeps handle → path; the renderer only ever sees the handle and the file's name, so a
// compromised page can read or write only a file she chose in a dialog or dropped on the window.
import { z } from 'zod';

/** `fh_` + 32 hex: 128 random bits, never derived from the path. */
export const FileHandle = z.string().regex(/^fh_[0-9a-f]{32}$/, 'not a file handle');
export type FileHandle = z.infer<typeof FileHandle>;

export function isFileHandle(value: unknown): value is FileHandle {
  return FileHandle.safeParse(value).success;
}

/** What a file is picked for: sets the dialog's title and filters, and the direction it may go. */
/** 'import-folder': an unpacked export (Telegram HTML, VK archive, Instagram download, WhatsApp
 *  with media): the one purpose whose handle may name a folder. */
export const OPEN_PURPOSES = ['vault', 'attachment', 'import', 'import-folder', 'verify', 'restore-from'] as const;
export const SAVE_PURPOSES = ['vault-new', 'export', 'backup', 'restore-to', 'attachment-out', 'statement', 'handover'] as const;
export const OpenPurpose = z.enum(OPEN_PURPOSES);
export const SavePurpose = z.enum(SAVE_PURPOSES);
export type OpenPurpose = z.infer<typeof OpenPurpose>;
export type SavePurpose = z.infer<typeof SavePurpose>;

/** Read from (open dialog, drag and drop) or written to (save dialog): never the other way. */
export type HandleKind = 'open' | 'save';

/** The answer to a picker: null when she cancelled. Never a path. */
export const PickedFile = z.object({
  handle: FileHandle,
  /** The file's own name, for the page to show ("photo.jpg"). */
  name: z.string(),
  /** Bytes, for a file to read (not known for a file still to be written). */
  size: z.number().int().min(0).optional(),
});
export type PickedFile = z.infer<typeof PickedFile>;

export const PickFileInput = z.object({ purpose: OpenPurpose }).strict();
export const PickSaveFileInput = z.object({ purpose: SavePurpose, suggestedName: z.string().min(1).max(255).optional() }).strict();
