// The only module that touches window.dossier. Every adapter (Electron preload, browser test
// harness) puts an object of the same shape there; the rest of the UI imports `dossier` from here.
import type { z } from 'zod';
import { APP_METHOD_NAMES, type AppApi, type WindowApi } from '../shared/appContract';
import { METHOD_NAMES, type DossierApi } from '../shared/contract';
import type { dossierMethods } from '../shared/dossierContract';
import { DossierError, isDossierError, isErrorCode, type ErrorDetails } from '../shared/errors';

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

/** window.dossier, with every rejection turned back into a DossierError. */
export const dossier: DossierApi = Object.freeze(
  Object.fromEntries(METHOD_NAMES.map((method) => [method, wrap(method)])),
) as unknown as DossierApi;

/** The application's own methods (settings, throttled unlock, quick exit): shared/appContract.ts. */
export const app: AppApi = Object.freeze(
  Object.fromEntries(APP_METHOD_NAMES.map((method) => [method, wrap(method)])),
) as unknown as AppApi;

type DossierMethods = typeof dossierMethods;
type DossierFileApi = {
  [M in keyof DossierMethods]: (input: z.input<DossierMethods[M]['input']>) => Promise<z.output<DossierMethods[M]['output']>>;
};

/** Export and verify a dossier (shared/dossierContract.ts). Reached by name so this module works
 *  whether or not the adapter carries them yet; `canUse` tells the screen before it offers them. */
export const dossierFile: DossierFileApi = Object.freeze({
  'dossier.export': wrap('dossier.export'),
  'dossier.verify': wrap('dossier.verify'),
}) as unknown as DossierFileApi;

export function canUse(method: string): boolean {
  return typeof (window.dossier as unknown as Record<string, unknown> | undefined)?.[method] === 'function';
}

/** What a path field asks for, so a native dialog (later) can set its title and filters. */
export type PathPurpose = 'vault-new' | 'vault-open' | 'attachment' | 'import' | 'export' | 'verify' | 'backup' | 'restore-from' | 'restore-to';

/**
 * The seam for native file dialogs. Today every adapter answers "no dialog", so each path is a plain
 * text field (plus drag and drop where it makes sense). Why not the OS dialog yet: on Linux the GTK
 * file chooser records chosen files in ~/.local/share/recently-used.xbel, which would list the vault
 * and its evidence in "Recent files" (PRODUCT.md "Safety"). A dialog that does not leave that trace
 * can be added in main/electron and offered here without touching the screens.
 */
export async function pickPath(_purpose: PathPurpose): Promise<string | null> {
  return null;
}

export function canPickPath(): boolean {
  return false;
}
