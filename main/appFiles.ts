// The application's file methods (shared/appContract.ts): the open and save dialogs, answered with
// opaque handles, and the one vault she may ask this computer to remember. No 'electron' import:
// the Electron shell passes its dialogs in (main/electron/files.ts), the browser harness its seam.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { AppApi, AppSettings } from '../shared/appContract';
import type { OpenPurpose, SavePurpose } from '../shared/fileHandles';
import { DEFAULT_ATTACHMENT_LIMIT } from './vault/attachments';
import type { FileHandles } from './fileHandles';

/** Shows a dialog and answers the chosen path, or null when she cancels. */
export interface Pickers {
  open(purpose: OpenPurpose): Promise<string | null>;
  save(purpose: SavePurpose, defaultPath: string): Promise<string | null>;
}

export interface AppFileOptions {
  files: FileHandles;
  pickers: Pickers;
  /** Where the save dialog starts (Documents, or the harness's folder). */
  suggestedFolder: string;
  /** recent.json: written only while she has asked for it. */
  rememberFile: string;
  settings(): AppSettings;
}

/** Attachments larger than the vault takes are refused when picked, before anything is read. */
const LIMITS: Partial<Record<OpenPurpose, number>> = { attachment: DEFAULT_ATTACHMENT_LIMIT };
/** The vault file changes with every save of hers, so its handle must not expire on a change. */
const WATCHED = (purpose: OpenPurpose): boolean => purpose !== 'vault';
/** The name suggested for a new vault: nothing in it says what it holds. */
export const SUGGESTED_VAULT_NAME = 'notes.dat';
const DEFAULT_NAMES: Record<SavePurpose, string> = {
  'vault-new': SUGGESTED_VAULT_NAME,
  export: 'dossier.pdf',
  backup: 'notes-copy.dat',
  'restore-to': SUGGESTED_VAULT_NAME,
  'attachment-out': 'file',
  statement: 'statement.docx',
  handover: 'handover.age',
};

const Remembered = z.object({ path: z.string().min(1) }).strict();

/** A read handle for a file she picked or dropped, with the purpose's size limit. */
export function issuePicked(files: FileHandles, path: string, purpose: OpenPurpose) {
  return files.issueOpen(path, purpose, { limitBytes: LIMITS[purpose], watchChanges: WATCHED(purpose) });
}

export type AppFileApi = Pick<AppApi, 'app.pickFile' | 'app.pickSaveFile' | 'app.rememberedVault'>;

export function appFiles(options: AppFileOptions): AppFileApi & { remember(path: string): void; forget(): void } {
  const issueOpen = (path: string, purpose: OpenPurpose) => issuePicked(options.files, path, purpose);
  const remembering = (): boolean => {
    const settings = options.settings();
    return settings.rememberVault && !settings.disguise;
  };
  function forget(): void {
    rmSync(options.rememberFile, { force: true });
  }
  return {
    'app.pickFile': async ({ purpose }) => {
      const path = await options.pickers.open(purpose);
      return path === null ? null : issueOpen(path, purpose);
    },
    'app.pickSaveFile': async ({ purpose, suggestedName }) => {
      const path = await options.pickers.save(purpose, join(options.suggestedFolder, suggestedName ?? DEFAULT_NAMES[purpose]));
      return path === null ? null : options.files.issueSave(path, purpose);
    },
    'app.rememberedVault': async () => {
      if (!remembering()) return null;
      try {
        return issueOpen(Remembered.parse(JSON.parse(readFileSync(options.rememberFile, 'utf8'))).path, 'vault');
      } catch {
        // Moved, deleted or never remembered: the picker is still there.
        return null;
      }
    },
    remember: (path) => {
      if (!remembering()) return forget();
      writeFileSync(options.rememberFile, JSON.stringify({ path }), { mode: 0o600 });
    },
    forget,
  };
}
