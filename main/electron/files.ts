// The operating system's own open and save dialogs, shown by the main process, and files dropped on
// the window: each becomes an opaque handle (main/fileHandles.ts); the renderer never sees a path.
// `dontAddToRecent` keeps the vault and the evidence out of Windows' Recent items (STACK.md); the
// flag does nothing on macOS and Linux, where Dossier adds nothing to any recent list itself.
import type { BrowserWindow, Dialog, FileFilter, IpcMain, IpcMainInvokeEvent, OpenDialogOptions, SaveDialogOptions } from 'electron';
import { z } from 'zod';
import { toErrorPayload } from '../../shared/errors';
import { OpenPurpose, type SavePurpose } from '../../shared/fileHandles';
import { issuePicked, type Pickers } from '../appFiles';
import type { FileHandles } from '../fileHandles';
import { DROP_CHANNEL } from './channels';
import type { IpcResult, SenderCheck, SenderEvent } from './ipc';

const ALL: FileFilter = { name: '*', extensions: ['*'] };
const OPEN_FILTERS: Record<OpenPurpose, FileFilter[]> = {
  // A vault may have any name (she may have renamed it to look like something else).
  vault: [ALL],
  'restore-from': [ALL],
  attachment: [ALL],
  import: [{ name: 'txt, zip, json, xml, csv, html, md', extensions: ['txt', 'zip', 'json', 'xml', 'csv', 'html', 'md'] }, ALL],
  'import-folder': [],
  verify: [{ name: 'PDF', extensions: ['pdf'] }, ALL],
};
const SAVE_FILTERS: Partial<Record<SavePurpose, FileFilter[]>> = { export: [{ name: 'PDF', extensions: ['pdf'] }], statement: [{ name: 'Word', extensions: ['docx'] }], handover: [{ name: 'age', extensions: ['age'] }] };

export type DialogApi = Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>;

export function openDialogOptions(purpose: OpenPurpose): OpenDialogOptions {
  // An unpacked export (Telegram HTML folder, VK archive, Instagram download) is chosen as a folder.
  if (purpose === 'import-folder') return { properties: ['openDirectory', 'dontAddToRecent'] };
  return { properties: ['openFile', 'dontAddToRecent'], filters: OPEN_FILTERS[purpose] };
}

export function saveDialogOptions(purpose: SavePurpose, defaultPath: string): SaveDialogOptions {
  return { defaultPath, properties: ['showOverwriteConfirmation', 'createDirectory', 'dontAddToRecent'], filters: SAVE_FILTERS[purpose] };
}

/** Dialogs attached to the window (modal to it), or free-standing if there is none. */
export function electronPickers(dialog: DialogApi, parent: () => BrowserWindow | null): Pickers {
  return {
    open: async (purpose) => {
      const window = parent();
      const options = openDialogOptions(purpose);
      const answer = window === null ? await dialog.showOpenDialog(options) : await dialog.showOpenDialog(window, options);
      return answer.canceled ? null : (answer.filePaths[0] ?? null);
    },
    save: async (purpose, defaultPath) => {
      const window = parent();
      const options = saveDialogOptions(purpose, defaultPath);
      const answer = window === null ? await dialog.showSaveDialog(options) : await dialog.showSaveDialog(window, options);
      return answer.canceled || !answer.filePath ? null : answer.filePath;
    },
  };
}

const Drop = z.object({ path: z.string().min(1).max(4096), purpose: OpenPurpose }).strict();

/** A dropped file → a read handle. Same sender check as every other channel; a folder gets
 *  NOT_A_FILE; nothing is read here, so a 1 GB video costs nothing until it is attached. */
export function handleDrop(files: FileHandles, isTrustedSender: SenderCheck, event: SenderEvent, raw: unknown): IpcResult {
  let trusted = false;
  try {
    trusted = isTrustedSender(event);
  } catch {
    trusted = false;
  }
  if (!trusted) return { ok: false, error: { code: 'INTERNAL', details: {} } };
  const parsed = Drop.safeParse(raw);
  if (!parsed.success) return { ok: false, error: { code: 'INVALID_INPUT', details: {} } };
  try {
    return { ok: true, value: issuePicked(files, parsed.data.path, parsed.data.purpose) };
  } catch (error) {
    return { ok: false, error: toErrorPayload(error) };
  }
}

export function registerDrops(ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>, files: FileHandles, isTrustedSender: SenderCheck): () => void {
  ipcMain.handle(DROP_CHANNEL, (event: IpcMainInvokeEvent, raw: unknown) => handleDrop(files, isTrustedSender, event, raw));
  return () => ipcMain.removeHandler(DROP_CHANNEL);
}
