// What the UI asks of the application itself (not of the vault): its few settings, the throttled
// unlock, and quick exit. Same { input, output } shape as shared/contract.ts, carried by the same
// adapters (Electron IPC + preload, the browser harness) next to it; main/appHandlers.ts implements it.
import { z } from 'zod';
import { DraftForm, DraftKey } from './drafts';
import { VaultInfo } from './contract';
import { method, Nothing, Passphrase, Path, type ApiOf } from './contractParts';
import { DisguisedUnlockInput, DisguisedUnlockResult, Note, NoteDraft } from './disguise';
import { PickedFile, PickFileInput, PickSaveFileInput } from './fileHandles';


export const LANGUAGES = ['ru', 'en', 'be', 'uk'] as const;
export const Language = z.enum(LANGUAGES);
export type Language = z.infer<typeof Language>;

/**
 * Kept outside the vault because they are needed before it is unlocked (the language of the unlock
 * screen, the neutral window title). None of them says anything about what happened to anyone.
 * The vault's location is remembered only if she asks (rememberVault), and then in a file of its
 * own beside this one, never while the disguise is on.
 */
export const AppSettings = z
  .object({
    language: Language,
    /** Lock after this many minutes without a key press or a mouse movement. */
    autoLockMinutes: z.number().int().min(1).max(240),
    /** The disguise: while locked, the app is an ordinary notes app (README "The disguise"). Turned
     *  on and off only through app.setDisguise, which needs her passphrase. */
    disguise: z.boolean(),
    /** "Remember this vault on this computer": off unless she ticks it (a remembered location is a
     *  trace of the vault on this computer). Never offered or used while the disguise is on. */
    rememberVault: z.boolean(),
    /** Let screenshots and screen recordings capture the window (Windows, macOS): off, so that a
     *  screen recorder (stalkerware) sees nothing of it; a helper who needs screenshots turns it on. */
    allowScreenshots: z.boolean(),
  })
  .strict();
export type AppSettings = z.infer<typeof AppSettings>;

export const DEFAULT_SETTINGS: AppSettings = { language: 'ru', autoLockMinutes: 5, disguise: false, rememberVault: false, allowScreenshots: false };

/** The OS language if Dossier speaks it; Russian first otherwise (PRODUCT.md "Who uses it"). */
export function languageFromLocale(locale: string): Language {
  const base = locale.toLowerCase().split(/[-_]/)[0];
  return base === 'en' || base === 'be' || base === 'uk' || base === 'ru' ? base : 'ru';
}

/** How long the unlock button must wait after failed attempts (0 = ready now). */
export const UnlockWait = z.object({ failures: z.number().int().min(0), waitMs: z.number().int().min(0) });
export type UnlockWait = z.infer<typeof UnlockWait>;

export const AppInfo = z.object({
  /** Where a new vault goes unless she chooses another place (the save dialog starts there). */
  suggestedVaultPath: z.string(),
  /** A folder for exports and backups, where the dialogs start. */
  suggestedFolder: z.string(),
});

/** A backup to bring back as a vault file: throttled like unlock, since its passphrase can be
 *  guessed through it just the same. */
export const RestoreInput = z.object({ from: Path, passphrase: Passphrase, to: Path, overwrite: z.boolean().default(false) }).strict();
export const RestoreResult = z.object({ path: Path, entries: z.number().int() });


/** The application's methods as the main process (and the harness's /rpc) take them: with paths.
 *  The window reaches them through shared/windowContract.ts, where every path is a file handle. */
export const appMethods = {
  'app.info': method(Nothing, AppInfo),
  'app.settings': method(Nothing, AppSettings),
  'app.saveSettings': method(AppSettings.partial().strict(), AppSettings),
  /** vault.open with a growing delay after wrong passphrases, kept in the main process so that
   *  reloading the page does not reset it. Failures answer WRONG_PASSPHRASE with { waitMs }. */
  'app.unlock': method(z.object({ path: z.string().min(1).max(4096), passphrase: z.string().min(1).max(1024) }).strict(), VaultInfo),
  'app.unlockWait': method(Nothing, UnlockWait),
  /** vault.restore behind the same delay as unlock (one count of failures for both). */
  'app.restore': method(RestoreInput, RestoreResult),
  /** The operating system's open dialog; null when she cancels. */
  'app.pickFile': method(PickFileInput, PickedFile.nullable()),
  /** The operating system's save dialog; null when she cancels. */
  'app.pickSaveFile': method(PickSaveFileInput, PickedFile.nullable()),
  /** The vault she asked this computer to remember, if any and if the disguise is off. */
  'app.rememberedVault': method(Nothing, PickedFile.nullable()),
  /** Lock the vault and hide the window at once. `hidden: false` means this adapter cannot hide a
   *  window (the browser harness): the page blanks itself instead. The entry she was writing comes
   *  along and is saved into the vault after the window is hidden, before the lock. */
  'app.quickExit': method(z.object({ draft: z.object({ key: DraftKey, form: DraftForm }).strict().optional() }).strict(), z.object({ hidden: z.boolean() })),
  /** The disguise's harmless notes (shared/disguise.ts), newest first. */
  'app.notes': method(Nothing, z.array(Note)),
  'app.saveNote': method(NoteDraft, Note.nullable()),
  'app.deleteNote': method(z.object({ id: Note.shape.id }).strict(), Nothing),
  /** The gesture in the disguise: behind the same wait as unlock, and silent (null) on a wrong try. */
  'app.unlockDisguised': method(DisguisedUnlockInput, DisguisedUnlockResult),
  /** The disguise on (her passphrase, checked against the open vault, seals where the vault is) or
   *  off (the sealed location is wiped). Settings cannot turn it on without this. */
  'app.setDisguise': method(z.object({ on: z.boolean(), passphrase: Passphrase.optional(), path: Path.optional() }).strict(), AppSettings),
} as const;

export type AppMethods = typeof appMethods;
export type AppMethodName = keyof AppMethods;
export type AppMethodInput<M extends AppMethodName> = z.input<AppMethods[M]['input']>;
export type AppMethodOutput<M extends AppMethodName> = z.output<AppMethods[M]['output']>;
export type AppApi = ApiOf<AppMethods>;

export const APP_METHOD_NAMES = Object.keys(appMethods) as AppMethodName[];

/** Growing delay: three free tries, then 5 s doubling up to 5 minutes. Slow for a person guessing at
 *  the keyboard; the encryption (Argon2id) is what holds against someone who copied the file. */
export function unlockDelayMs(failures: number): number {
  if (failures < 3) return 0;
  return Math.min(5_000 * 2 ** (failures - 3), 300_000);
}
