// Runs in the sandboxed, context-isolated preload. It exposes exactly one thing, `window.dossier`,
// built from the contract's method list: one function per method, nothing else (no ipcRenderer, no
// generic "invoke any channel"). Checklist #3 and #20 (Do not expose Electron APIs to untrusted web
// content), https://www.electronjs.org/docs/latest/tutorial/security
//
// A sandboxed preload can `require` only 'electron' and a few Node shims, so the build must bundle
// shared/contract (and zod) into out/preload/index.js rather than leave them as require() calls.
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { DossierError, fromErrorPayload, isErrorCode, type ErrorDetails } from '../../shared/errors';
import { OpenPurpose } from '../../shared/fileHandles';
import { WINDOW_METHOD_NAMES, type WindowApi } from '../../shared/windowContract';
import { channelFor, DROP_CHANNEL } from './channels';

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

/** A dropped File's path on disk, or '' for a File the page made itself (webUtils.getPathForFile). */
type PathOfFile = (file: File) => string;

/** What the window may ask for (shared/windowContract.ts), nothing else, plus app.dropFile: the path
 *  of a dropped file is read here, in the preload, and goes straight to the main process for a
 *  handle; the page never sees it. No bytes cross, so a dropped file of any size attaches. */
export function buildDossierApi(invoke: Invoke, pathOfFile: PathOfFile): WindowApi {
  const api: Record<string, (...args: never[]) => Promise<unknown>> = {};
  for (const method of WINDOW_METHOD_NAMES) {
    api[method] = async (input: unknown) => unwrapResult(await invoke(channelFor(method), input));
  }
  api['app.dropFile'] = async (file: unknown, purpose: unknown) => {
    let path = '';
    try {
      path = pathOfFile(file as File);
    } catch {
      path = '';
    }
    // A File the page constructed has no path: there is nothing she chose on disk behind it.
    if (typeof path !== 'string' || path === '' || !OpenPurpose.safeParse(purpose).success) throw new DossierError('INVALID_INPUT');
    return unwrapResult(await invoke(DROP_CHANNEL, { path, purpose }));
  };
  // Every method of WindowApi was assigned just above from the same WINDOW_METHOD_NAMES list.
  return Object.freeze(api) as unknown as WindowApi;
}

contextBridge.exposeInMainWorld(
  'dossier',
  buildDossierApi((channel, input) => ipcRenderer.invoke(channel, input), (file) => webUtils.getPathForFile(file)),
);
