// One generic IPC router over the contract: sender check → zod parse → service → result envelope.
// No per-method glue: adding a method to shared/contract.ts is enough to carry it over IPC.
// Checklist #17 (Validate the sender of all IPC messages), https://www.electronjs.org/docs/latest/tutorial/security
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { z } from 'zod';
import { contract } from '../../shared/contract';
import { toErrorPayload, type ErrorPayload } from '../../shared/errors';
import type { FileHandles } from '../fileHandles';
import { readBackFrom, toServiceInput, toWindowOutput } from '../windowCalls';
import { channelFor } from './channels';

/** What crosses the wire back to the preload. Never a stack, never an error message. */
export type IpcResult = { ok: true; value: unknown } | { ok: false; error: ErrorPayload };

/** The part of an IPC event the sender check looks at (IpcMainInvokeEvent satisfies it). */
export interface SenderEvent {
  readonly senderFrame?: { readonly url: string; readonly parent: unknown } | null;
}

export type SenderCheck = (event: SenderEvent) => boolean;

/** Method name → { input schema }: shared/contract.ts, or it merged with shared/appContract.ts. */
export type MethodTable = Readonly<Record<string, { readonly input: z.ZodType }>>;
/** The implementation: one async function per method of the table. */
export type MethodHandlers = Readonly<Record<string, (input: never) => Promise<unknown>>>;

export interface IpcRouter {
  readonly methods: readonly string[];
  /** Never throws and never rejects: every outcome is an IpcResult. */
  handle(method: string, event: SenderEvent, rawInput: unknown): Promise<IpcResult>;
}

const INVALID_INPUT: IpcResult = { ok: false, error: { code: 'INVALID_INPUT', details: {} } };
/** A frame we did not load gets the same opaque answer as a crash: nothing to learn from it. */
const REFUSED: IpcResult = { ok: false, error: { code: 'INTERNAL', details: {} } };

/**
 * Trust only the top-level frame showing our own renderer file. The frame may have a #fragment or a
 * ?query (client-side routing), but `index.html.evil` or another file beside it is refused.
 * senderFrame is null when the frame has navigated away or been destroyed.
 */
export function isFrameAt(allowedUrl: string): SenderCheck {
  return (event) => {
    const frame = event.senderFrame;
    if (frame === null || frame === undefined) return false;
    if (frame.parent !== null && frame.parent !== undefined) return false;
    const url = frame.url;
    return url === allowedUrl || url.startsWith(`${allowedUrl}#`) || url.startsWith(`${allowedUrl}?`);
  };
}

/**
 * With `files`, the table is the window's (shared/windowContract.ts): every file arrives as a handle,
 * and is swapped for the path she chose (in the direction it was issued for) before the service
 * sees it; answers go back with file names instead of paths.
 */
export function createIpcRouter(service: MethodHandlers, isTrustedSender: SenderCheck, table: MethodTable = contract, files?: FileHandles): IpcRouter {
  const methods = Object.keys(table);
  const known = (name: string): boolean => Object.prototype.hasOwnProperty.call(table, name) && typeof service[name] === 'function';
  async function handle(method: string, event: SenderEvent, rawInput: unknown): Promise<IpcResult> {
    let trusted = false;
    try {
      trusted = isTrustedSender(event);
    } catch {
      trusted = false;
    }
    if (!trusted) return REFUSED;
    if (!known(method)) return INVALID_INPUT;

    const parsed = table[method]!.input.safeParse(rawInput);
    // The zod issues are not sent back: they can echo the input, which may be evidence text.
    if (!parsed.success) return INVALID_INPUT;

    try {
      // The contract pairs each method with its input schema, so parsed.data is that method's input;
      // TypeScript cannot follow the correlation through an indexed union, hence the one widening.
      const call = service[method] as unknown as (input: unknown) => Promise<unknown>;
      if (files === undefined) return { ok: true, value: await call.call(service, parsed.data) };
      const input = toServiceInput(method, parsed.data, (handle, kind) => files.resolve(handle, kind));
      const value = await call.call(service, input);
      return { ok: true, value: toWindowOutput(method, input, value, readBackFrom(files)) };
    } catch (error) {
      return { ok: false, error: toErrorPayload(error) };
    }
  }
  return { methods, handle };
}

/** Registers `dossier:<method>` for every method; returns a function that removes them again. */
export function registerIpc(ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>, router: IpcRouter): () => void {
  for (const method of router.methods) {
    ipcMain.handle(channelFor(method), (event: IpcMainInvokeEvent, rawInput: unknown) => router.handle(method, event, rawInput));
  }
  return () => {
    for (const method of router.methods) ipcMain.removeHandler(channelFor(method));
  };
}
