// The only module that touches window.dossier. Every adapter (Electron preload, browser test
// harness) puts an object of the same shape there; the rest of the UI imports `dossier` from here.
import { DossierError, isDossierError, isErrorCode, type ErrorDetails } from '../shared/errors';
import type { OpenPurpose, PickedFile, SavePurpose } from '../shared/fileHandles';
import { WINDOW_METHOD_NAMES, type WindowApi } from '../shared/windowContract';

declare global {
  interface Window {
    dossier?: WindowApi;
  }
}

function isDetails(value: unknown): value is ErrorDetails {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.values(value).every((v) => v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
  );
}

/**
 * Errors thrown in the preload reach the page through Electron's contextBridge, which copies only
 * an Error's message (custom properties such as `code` and `details` are dropped). DossierError's
 * message starts with its code, so the code is recovered from there; details do not survive the
 * bridge. Anything unrecognisable becomes INTERNAL.
 */
export function toDossierError(error: unknown): DossierError {
  if (isDossierError(error)) return error;
  if (typeof error === 'object' && error !== null) {
    const { code, message, details } = error as { code?: unknown; message?: unknown; details?: unknown };
    if (isErrorCode(code)) return new DossierError(code, isDetails(details) ? details : {});
    if (typeof message === 'string') {
      for (const match of message.matchAll(/\b([A-Z][A-Z_]+):/g)) {
        if (isErrorCode(match[1])) return new DossierError(match[1]);
      }
    }
  }
  return new DossierError('INTERNAL');
}

/** Fired on window when the process holding the vault has stopped: the page must show it locked. */
export const VAULT_LOST_EVENT = 'dossier:vault-lost';

function bridge(): Record<string, unknown> {
  const api = window.dossier;
  if (api === undefined) throw new DossierError('INTERNAL');
  return api as unknown as Record<string, unknown>;
}

function wrap(method: string): (input: unknown) => Promise<unknown> {
  return async (input: unknown) => {
    // Looked up on every call: the adapter may install window.dossier after this module loads.
    const call = bridge()[method];
    if (typeof call !== 'function') throw new DossierError('INTERNAL');
    try {
      return await (call as (input: unknown) => Promise<unknown>)(input);
    } catch (error) {
      const coded = toDossierError(error);
      if (coded.code === 'SERVICE_STOPPED') window.dispatchEvent(new Event(VAULT_LOST_EVENT));
      throw coded;
    }
  };
}

type Methods = Omit<WindowApi, 'app.dropFile'>;

/** window.dossier (shared/windowContract.ts: files as handles), every rejection a DossierError. */
const api: Methods = Object.freeze(Object.fromEntries(WINDOW_METHOD_NAMES.map((method) => [method, wrap(method)]))) as unknown as Methods;

/** The vault's methods and the application's own (settings, throttled unlock, files, quick exit):
 *  one table, two names, so a screen reads as what it asks of. */
export const dossier = api;
export const app = api;

/** Export and verify a dossier. Reached by name so this module works whether or not the adapter
 *  carries them; `canUse` tells the screen before it offers them. */
export const dossierFile = { 'dossier.export': api['dossier.export'], 'dossier.verify': api['dossier.verify'] } as const;

export function canUse(method: string): boolean {
  return typeof (window.dossier as unknown as Record<string, unknown> | undefined)?.[method] === 'function';
}

/** The operating system's open dialog (a test seam in the browser harness): a handle and a name,
 *  never a path; null when she cancels. */
export function pickFile(purpose: OpenPurpose): Promise<PickedFile | null> {
  return api['app.pickFile']({ purpose });
}

export function pickSaveFile(purpose: SavePurpose, suggestedName?: string): Promise<PickedFile | null> {
  return api['app.pickSaveFile']({ purpose, suggestedName });
}

/** A file dropped on the window: the adapter reads where it is on disk (the page cannot), and
 *  answers a handle. Nothing is read into the page, so a file of any size can be dropped. */
export async function dropFile(file: File, purpose: OpenPurpose): Promise<PickedFile> {
  const drop = window.dossier?.['app.dropFile'];
  if (typeof drop !== 'function') throw new DossierError('INVALID_INPUT');
  try {
    return await drop(file, purpose);
  } catch (error) {
    throw toDossierError(error);
  }
}
