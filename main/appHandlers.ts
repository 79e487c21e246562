// The application's own methods (shared/appContract.ts) over the service: settings in a small JSON
// file, the throttled unlock, quick exit. No 'electron' import: the Electron shell passes in what it
// can do with the window, the browser harness passes nothing.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { appMethods, AppSettings, DEFAULT_SETTINGS, unlockDelayMs, type AppApi, type AppMethodName } from '../shared/appContract';
import type { DossierApi } from '../shared/contract';
import { DossierError, isDossierError } from '../shared/errors';
import { appFiles, type Pickers } from './appFiles';
import { FileHandles } from './fileHandles';

export interface AppHandlerOptions {
  /** The one service of this process: unlock and quick exit act on it. */
  service: Pick<DossierApi, 'vault.open' | 'vault.lock' | 'vault.restore' | 'drafts.save'>;
  /** settings.json: language, auto-lock minutes, disguise. Never evidence, never a vault path
   *  (a remembered vault, if she asks for one, goes in remembered-vault.json beside it). */
  settingsFile: string;
  /** A folder to suggest for a new vault, exports and backups (Documents, or a temp folder). */
  suggestedFolder: string;
  defaultSettings?: Partial<AppSettings>;
  /** Hides the window and wipes the page; absent where there is no window to hide (harness). */
  hideWindow?: () => void;
  /** Told the settings whenever they are saved (the window applies its screen protection). */
  onSettings?: (settings: AppSettings) => void;
  now?: () => number;
  /** The window's file handles (shared with the IPC router); a table of its own when absent. */
  files?: FileHandles;
  /** The open and save dialogs; absent, every picker answers "cancelled". */
  pickers?: Pickers;
}

const NO_PICKERS: Pickers = { open: async () => null, save: async () => null };

function readSettings(file: string, fallback: AppSettings): AppSettings {
  try {
    const parsed = AppSettings.partial().safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success ? { ...fallback, ...parsed.data } : fallback;
  } catch {
    // Missing or damaged: the defaults are safe, and the next save rewrites the file whole.
    return fallback;
  }
}

function writeSettings(file: string, settings: AppSettings): void {
  mkdirSync(dirname(file), { recursive: true });
  // Write beside, then rename: a crash mid-write leaves the old file, never half a file.
  const temporary = `${file}.tmp`;
  writeFileSync(temporary, JSON.stringify(settings), { mode: 0o600 });
  renameSync(temporary, file);
}

export function appHandlers(options: AppHandlerOptions): AppApi {
  const now = options.now ?? (() => Date.now());
  const defaults: AppSettings = { ...DEFAULT_SETTINGS, ...options.defaultSettings };
  let failures = 0;
  let lastFailureAt = 0;
  const settings = (): AppSettings => readSettings(options.settingsFile, defaults);
  const files = appFiles({
    files: options.files ?? new FileHandles(),
    pickers: options.pickers ?? NO_PICKERS,
    suggestedFolder: options.suggestedFolder,
    rememberFile: join(dirname(options.settingsFile), 'remembered-vault.json'),
    settings,
  });

  const waitMs = (): number => Math.max(0, lastFailureAt + unlockDelayMs(failures) - now());

  /** Unlock and restore share one count of wrong passphrases: both are ways to guess one. */
  async function throttled<T>(attempt: () => Promise<T>): Promise<T> {
    const wait = waitMs();
    // Refused without trying: the passphrase is not even looked at until the delay is over.
    if (wait > 0) throw new DossierError('WRONG_PASSPHRASE', { waitMs: wait, failures });
    try {
      const result = await attempt();
      failures = 0;
      return result;
    } catch (error) {
      if (isDossierError(error) && error.code === 'WRONG_PASSPHRASE') {
        failures += 1;
        lastFailureAt = now();
        throw new DossierError('WRONG_PASSPHRASE', { waitMs: waitMs(), failures });
      }
      throw error;
    }
  }

  const handlers: AppApi = {
    'app.info': async () => ({
      suggestedVaultPath: join(options.suggestedFolder, 'notes.dossier'),
      suggestedFolder: options.suggestedFolder,
    }),
    'app.settings': async () => settings(),
    'app.saveSettings': async (changes) => {
      const next = AppSettings.parse({ ...settings(), ...changes });
      writeSettings(options.settingsFile, next);
      // Unticked (or disguised): the remembered location goes at once, not at the next unlock.
      if (!next.rememberVault || next.disguise) files.forget();
      options.onSettings?.(next);
      return next;
    },
    'app.unlock': async ({ path, passphrase }) => {
      const info = await throttled(() => options.service['vault.open']({ path, passphrase }));
      files.remember(path);
      return info;
    },
    'app.restore': async (input) => throttled(() => options.service['vault.restore'](input)),
    'app.pickFile': files['app.pickFile'],
    'app.pickSaveFile': files['app.pickSaveFile'],
    'app.rememberedVault': files['app.rememberedVault'],
    'app.unlockWait': async () => ({ failures, waitMs: waitMs() }),
    'app.quickExit': async ({ draft }) => {
      // Hide first: what matters most is that nothing stays on screen; then keep what she was
      // writing (inside the vault, milliseconds) and close the vault.
      options.hideWindow?.();
      if (draft !== undefined) await options.service['drafts.save'](draft).catch(() => undefined);
      try {
        await options.service['vault.lock']({});
      } catch {
        // Nothing was open: nothing to lock.
      }
      return { hidden: options.hideWindow !== undefined };
    },
  };
  return handlers;
}

/** Parses the input with appMethods' schema first, as the service does for the contract (used by
 *  the harness; the IPC router parses on its own). */
export async function callAppMethod(api: AppApi, method: AppMethodName, raw: unknown): Promise<unknown> {
  const parsed = appMethods[method].input.safeParse(raw ?? {});
  if (!parsed.success) throw new DossierError('INVALID_INPUT', { field: String(parsed.error.issues[0]?.path.join('.') ?? '') });
  const call = api[method] as (input: unknown) => Promise<unknown>;
  return call(parsed.data);
}
