// The application's own methods (shared/appContract.ts) over the service: the preferences file, the
// throttled unlock, quick exit, the disguise (disguiseHandlers.ts). No 'electron' import: the
// Electron shell passes in what it can do with the window, the browser harness passes nothing.
import { dirname, join } from 'node:path';
import { appMethods, AppSettings, DEFAULT_SETTINGS, type AppApi, type AppMethodName } from '../shared/appContract';
import type { DossierApi } from '../shared/contract';
import { DossierError } from '../shared/errors';
import { appFiles, SUGGESTED_VAULT_NAME, type Pickers } from './appFiles';
import { disguiseHandlers } from './disguiseHandlers';
import { FileHandles } from './fileHandles';
import { readPreferences, writePreferences, type Preferences } from './preferences';
import { unlockWait } from './unlockWait';

export interface AppHandlerOptions {
  /** The one service of this process: unlock and quick exit act on it. */
  service: Pick<DossierApi, 'vault.open' | 'vault.lock' | 'vault.restore' | 'vault.checkPassphrase' | 'drafts.save'>;
  /** preferences.json (main/preferences.ts): the settings in a notes app's words, the unlock wait's
   *  count, and (while disguised) the vault's location sealed under her passphrase. Never evidence,
   *  never a path in clear. Beside it: notes.json (the disguise's notes) and, only if she asks,
   *  recent.json (the vault she asked this computer to remember). */
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

export function appHandlers(options: AppHandlerOptions): AppApi {
  const now = options.now ?? (() => Date.now());
  const defaults: AppSettings = { ...DEFAULT_SETTINGS, ...options.defaultSettings };
  const folder = dirname(options.settingsFile);
  const preferences = (): Preferences => readPreferences(options.settingsFile, defaults);
  const update = (changes: Partial<Preferences>): Preferences => {
    const next = { ...preferences(), ...changes };
    writePreferences(options.settingsFile, next);
    return next;
  };
  const settings = (): AppSettings => preferences().settings;
  const fileHandles = options.files ?? new FileHandles();
  const files = appFiles({
    files: fileHandles,
    pickers: options.pickers ?? NO_PICKERS,
    suggestedFolder: options.suggestedFolder,
    rememberFile: join(folder, 'recent.json'),
    settings,
  });
  const wait = unlockWait({ read: () => preferences().retry, write: (retry) => update({ retry }) }, now);
  const disguise = disguiseHandlers({
    service: options.service,
    files: fileHandles,
    notesFile: join(folder, 'notes.json'),
    preferences,
    update,
    wait,
    now,
    applied: (next) => {
      files.forget();
      options.onSettings?.(next);
    },
  });

  const handlers: AppApi = {
    'app.info': async () => ({
      suggestedVaultPath: join(options.suggestedFolder, SUGGESTED_VAULT_NAME),
      suggestedFolder: options.suggestedFolder,
    }),
    'app.settings': async () => settings(),
    'app.saveSettings': async (changes) => {
      const current = settings();
      // The disguise changes only with her passphrase (app.setDisguise): the vault must stay findable.
      if (changes.disguise !== undefined && changes.disguise !== current.disguise) throw new DossierError('INVALID_INPUT', { field: 'disguise' });
      const next = AppSettings.parse({ ...current, ...changes });
      update({ settings: next });
      // Unticked (or disguised): the remembered location goes at once, not at the next unlock.
      if (!next.rememberVault || next.disguise) files.forget();
      options.onSettings?.(next);
      return next;
    },
    'app.unlock': async ({ path, passphrase }) => {
      const info = await wait.throttled(() => options.service['vault.open']({ path, passphrase }));
      files.remember(path);
      return info;
    },
    'app.restore': async (input) => wait.throttled(() => options.service['vault.restore'](input)),
    'app.pickFile': files['app.pickFile'],
    'app.pickSaveFile': files['app.pickSaveFile'],
    'app.rememberedVault': files['app.rememberedVault'],
    'app.unlockWait': async () => wait.state(),
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
    ...disguise,
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
