// What the window (window.dossier, through the preload or the browser harness's bridge) may ask for:
// only what the UI needs (ISSUE 15 item 5), and every file as an opaque handle, never a path.
// - No raw vault.open, vault.restore or vault.checkPassphrase: their passphrases are a guessing
//   oracle, so the window gets them only behind the main process's delay (app.unlock, app.restore,
//   app.setDisguise).
// - No app.info: its answer is a path; the dialogs start in that folder by themselves.
// - The service's own contract (shared/contract.ts) keeps paths: the CLI and outside checks use it.
// main/windowCalls.ts swaps each handle for its path before a call reaches the service.
import { z } from 'zod';
import { appMethods, RestoreResult } from './appContract';
import { contract, VaultInfo, type Contract } from './contract';
import { method, Passphrase, type ApiOf } from './contractParts';
import { DossierExportResult } from './dossierContract';
import { FileHandle, PickedFile, type OpenPurpose } from './fileHandles';
import { ImportCommit, ImportSource } from './imports';

const Base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, 'not base64');

/** A file that goes into the vault: one she picked or dropped (a handle), or bytes of a small one. */
const NewAttachment = z.union([
  z.object({ path: FileHandle }).strict(),
  z.object({ fileName: z.string().min(1).max(500), base64: Base64 }).strict(),
]);
const WithFiles = z.array(NewAttachment).max(100).default([]);

const WindowImportSource = z.union([z.object({ path: FileHandle }).strict(), ImportSource.options[1]]);

/** The service's method with the window's input (handles for paths) and the service's answer. */
function withInput<M extends keyof Contract, I extends z.ZodType>(name: M, input: I): { input: I; output: Contract[M]['output'] } {
  return { input, output: contract[name].output };
}

/** The window's answer to an export: the file's name (never its path), and a handle to read the
 *  dossier back for the check that follows at once. */
export const WindowExportResult = DossierExportResult.extend({ handle: FileHandle });

const { 'vault.open': _open, 'vault.restore': _restore, 'vault.checkPassphrase': _check, ...vaultMethods } = contract;
const { 'app.info': _info, ...uiAppMethods } = appMethods;

export const WINDOW_METHODS = {
  ...vaultMethods,
  'vault.create': method(z.object({ path: FileHandle, passphrase: Passphrase }).strict(), VaultInfo.extend({ vault: PickedFile })),
  'vault.backup': method(z.object({ path: FileHandle, overwrite: z.boolean().default(false) }).strict(), z.object({ path: z.string(), bytes: z.number().int() })),
  'entries.create': withInput('entries.create', contract['entries.create'].input.extend({ attachments: WithFiles })),
  'entries.update': withInput('entries.update', contract['entries.update'].input.extend({ attachments: WithFiles })),
  'attachments.add': withInput('attachments.add', z.union([
    z.object({ entryId: contract['attachments.get'].input.shape.id, path: FileHandle }).strict(),
    contract['attachments.add'].input.options[1],
  ])),
  'attachments.saveTo': withInput('attachments.saveTo', contract['attachments.saveTo'].input.extend({ path: FileHandle })),
  'import.preview': withInput('import.preview', contract['import.preview'].input.extend({ source: WindowImportSource })),
  'import.commit': withInput('import.commit', ImportCommit.extend({ source: WindowImportSource })),
  'dossier.export': method(contract['dossier.export'].input.extend({ path: FileHandle }), WindowExportResult),
  'dossier.verify': withInput('dossier.verify', z.object({ path: FileHandle }).strict()),
  'statement.write': withInput('statement.write', contract['statement.write'].input.extend({ path: FileHandle })),
  'handover.write': withInput('handover.write', contract['handover.write'].input.extend({ path: FileHandle })),
  ...uiAppMethods,
  'app.unlock': method(z.object({ path: FileHandle, passphrase: Passphrase }).strict(), VaultInfo),
  'app.restore': method(z.object({ from: FileHandle, passphrase: Passphrase, to: FileHandle, overwrite: z.boolean().default(false) }).strict(), RestoreResult),
  'app.setDisguise': method(appMethods['app.setDisguise'].input.extend({ path: FileHandle.optional() }), appMethods['app.setDisguise'].output),
} as const;

export type WindowMethods = typeof WINDOW_METHODS;
export type WindowMethodName = keyof WindowMethods;
export type WindowApi = ApiOf<WindowMethods> & {
  /** Electron only: a file dropped on the window, registered by the preload (no size limit). */
  'app.dropFile'?: (file: unknown, purpose: OpenPurpose) => Promise<PickedFile>;
};
export const WINDOW_METHOD_NAMES = Object.keys(WINDOW_METHODS) as WindowMethodName[];

/** Methods the window must never reach directly (tests assert the preload and router refuse them). */
export const NOT_FOR_THE_WINDOW = ['vault.open', 'vault.restore', 'vault.checkPassphrase', 'app.info'] as const;
