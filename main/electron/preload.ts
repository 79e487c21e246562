// Runs in the sandboxed, context-isolated preload. It exposes exactly one thing, `window.dossier`,
// built from the contract's method list: one function per method, nothing else (no ipcRenderer, no
// generic "invoke any channel"). Checklist #3 and #20 (Do not expose Electron APIs to untrusted web
// content), https://www.electronjs.org/docs/latest/tutorial/security
//
// A sandboxed preload can `require` only 'electron' and a few Node shims, so the build must bundle
// shared/contract (and zod) into out/preload/index.js rather than leave them as require() calls.
import { contextBridge, ipcRenderer } from 'electron';
import { WINDOW_METHOD_NAMES, type WindowApi } from '../../shared/appContract';
import { DossierError, fromErrorPayload, isErrorCode, type ErrorDetails } from '../../shared/errors';
import { channelFor } from './channels';

type Invoke = (channel: string, input: unknown) => Promise<unknown>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isDetails(value: unknown): value is ErrorDetails {
  if (!isRecord(value)) return false;
  return Object.values(value).every(
    (v) => v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean',
  );
}

/** Turns the router's envelope (main/electron/ipc.ts IpcResult) into a value or a thrown DossierError. */
export function unwrapResult(result: unknown): unknown {
  if (isRecord(result) && result.ok === true && 'value' in result) return result.value;
  if (isRecord(result) && result.ok === false && isRecord(result.error) && isErrorCode(result.error.code)) {
    const details = isDetails(result.error.details) ? result.error.details : {};
    throw fromErrorPayload({ code: result.error.code, details });
  }
  throw new DossierError('INTERNAL');
}

/** The vault's contract and the application's own methods (shared/appContract.ts), nothing else. */
export function buildDossierApi(invoke: Invoke): WindowApi {
  const api: Record<string, (input: unknown) => Promise<unknown>> = {};
  for (const method of WINDOW_METHOD_NAMES) {
    api[method] = async (input: unknown) => unwrapResult(await invoke(channelFor(method), input));
  }
  // Every method of WindowApi was assigned just above from the same WINDOW_METHOD_NAMES list.
  return Object.freeze(api) as unknown as WindowApi;
}

contextBridge.exposeInMainWorld(
  'dossier',
  buildDossierApi((channel, input) => ipcRenderer.invoke(channel, input)),
);
