// The only module that touches window.dossier. Every adapter (Electron preload, browser test
// harness) puts an object of the same shape there; the rest of the UI imports `dossier` from here.
import { METHOD_NAMES, type DossierApi, type MethodName } from '../shared/contract';
import { DossierError, isDossierError, isErrorCode } from '../shared/errors';

declare global {
  interface Window {
    dossier?: DossierApi;
  }
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
    const { code, message } = error as { code?: unknown; message?: unknown };
    if (isErrorCode(code)) return new DossierError(code);
    if (typeof message === 'string') {
      for (const match of message.matchAll(/\b([A-Z][A-Z_]+):/g)) {
        if (isErrorCode(match[1])) return new DossierError(match[1]);
      }
    }
  }
  return new DossierError('INTERNAL');
}

function bridge(): DossierApi {
  const api = window.dossier;
  if (api === undefined) throw new DossierError('INTERNAL');
  return api;
}

function wrap(method: MethodName): (input: unknown) => Promise<unknown> {
  return async (input: unknown) => {
    // Looked up on every call: the adapter may install window.dossier after this module loads.
    const call = bridge()[method] as (input: unknown) => Promise<unknown>;
    try {
      return await call(input);
    } catch (error) {
      throw toDossierError(error);
    }
  };
}

/** window.dossier, with every rejection turned back into a DossierError. */
export const dossier: DossierApi = Object.freeze(
  Object.fromEntries(METHOD_NAMES.map((method) => [method, wrap(method)])),
) as unknown as DossierApi;
