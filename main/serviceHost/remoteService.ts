// The window side of the service process: an object of the service's own shape whose every call
// travels to the process that holds the vault. It is what makes "lock" and "quick exit" instant:
// when a call is still running there (a long export, import or verify), lock does not queue
// behind it — the process is ended, the key dies with it, and any half-written output is removed.
// The next call starts a fresh, locked service process.
import { contract, METHOD_NAMES, type MethodName } from '../../shared/contract';
import { DossierError, fromErrorPayload } from '../../shared/errors';
import type { Service } from '../service';
import { removeLeftoverParts } from '../vault/files';
import { outputsOf } from '../vault/unfinishedFiles';
import { READY, ServiceReply } from './protocol';

/** One running service process, however it was started (utilityProcess, child_process). */
export interface ServiceChild {
  /** The OS process id, when the platform gives one. */
  readonly pid?: number | undefined;
  send(message: unknown): void;
  onMessage(listener: (message: unknown) => void): void;
  /** Called once when the process has ended, whoever ended it. */
  onExit(listener: () => void): void;
  /** Ends the process at once (SIGKILL or the platform's equivalent). */
  kill(): void;
}

export type SpawnService = () => ServiceChild;

export interface RemoteServiceOptions {
  /** Keep a service process started and waiting (now, and again after each one ends), so unlock
   *  never waits for a process to start. Off in tests that count processes. */
  keepOneReady?: boolean;
  /** The process ended without being asked to (a crash, out of memory): the vault is locked now. */
  onUnexpectedExit?: () => void;
}

export type RemoteService = Service & {
  /** Ends the service process now, whatever it is doing (quitting the app). */
  stop(): Promise<void>;
  /** The current service process's id (tests that end it from outside). */
  pid(): Promise<number | undefined>;
};

/** Calls that make sense on a locked vault: they do not need to hear that the last one was lost. */
const WITHOUT_VAULT: readonly MethodName[] = ['vault.lock', 'vault.status', 'vault.open', 'vault.create', 'vault.restore', 'dossier.verify'];

/** Calls a lock lets finish instead of ending the process: saving the draft she was typing takes
 *  milliseconds, and it is what lock, idle lock and quick exit save just before locking (the service
 *  runs calls in order, so the lock then follows it). Anything long (an export, an import) is ended. */
const WAITED_FOR_BY_LOCK: readonly MethodName[] = ['drafts.save'];

interface Pending {
  method: MethodName;
  input: unknown;
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

interface Running {
  child: ServiceChild;
  ready: Promise<void>;
  exited: Promise<void>;
  pending: Map<number, Pending>;
  /** Set when the window side ended it on purpose (lock during a call, quit). */
  ending: boolean;
}

export function createRemoteService(spawn: SpawnService, options: RemoteServiceOptions = {}): RemoteService {
  let running: Running | null = null;
  let nextId = 0;
  let keepOneReady = options.keepOneReady ?? false;
  /** The process died with nothing in flight: the next call that needed the vault is told why. */
  let lostUnnoticed = false;

  function start(): Running {
    const child = spawn();
    let markReady!: () => void;
    let markExited!: () => void;
    const ready = new Promise<void>((done) => (markReady = done));
    const exited = new Promise<void>((done) => (markExited = done));
    const state: Running = { child, ready, exited, pending: new Map(), ending: false };
    child.onMessage((message) => {
      if (message === READY) return markReady();
      const reply = ServiceReply.safeParse(message);
      if (!reply.success) return;
      const call = state.pending.get(reply.data.id);
      if (call === undefined) return;
      state.pending.delete(reply.data.id);
      if (reply.data.ok) call.resolve(reply.data.value);
      else call.reject(fromErrorPayload(reply.data.error));
    });
    child.onExit(() => {
      if (running === state) running = null;
      const cause = state.ending ? 'VAULT_LOCKED' : 'SERVICE_STOPPED';
      for (const call of state.pending.values()) call.reject(new DossierError(cause));
      const cutShort = [...state.pending.values()];
      state.pending.clear();
      markReady();
      markExited();
      // A process ended on purpose is replaced once lock has answered (see call), so starting the
      // next one never competes with the lock she is waiting for.
      if (state.ending) return;
      if (keepOneReady) running ??= start();
      if (cutShort.length === 0) lostUnnoticed = true;
      // A crash mid-export must not leave a half-written (plaintext) part behind either.
      void Promise.all(cutShort.flatMap((c) => outputsOf(c.method, c.input).map(removeLeftoverParts))).catch(() => undefined);
      options.onUnexpectedExit?.();
    });
    return state;
  }

  async function end(state: Running): Promise<void> {
    state.ending = true;
    state.child.kill();
    await state.exited;
  }

  async function call(method: MethodName, input: unknown): Promise<unknown> {
    if (method === 'vault.lock' && running !== null && [...running.pending.values()].some((c) => !WAITED_FOR_BY_LOCK.includes(c.method))) {
      const busy = running;
      const outputs = [...busy.pending.values()].flatMap((c) => outputsOf(c.method, c.input));
      await end(busy);
      // Removed before lock returns: what the cut-short calls began writing is gone with the key.
      await Promise.all(outputs.map(removeLeftoverParts));
      if (keepOneReady) setTimeout(() => (running ??= start()), 0);
      return {};
    }
    if (method === 'vault.lock' && running === null) return {};
    if (lostUnnoticed) {
      lostUnnoticed = false;
      if (!WITHOUT_VAULT.includes(method)) throw new DossierError('SERVICE_STOPPED');
    }
    const state = running ?? (running = start());
    await state.ready;
    if (state !== running) throw new DossierError('SERVICE_STOPPED');
    const id = nextId++;
    const value = await new Promise<unknown>((resolve, reject) => {
      state.pending.set(id, { method, input, resolve, reject });
      state.child.send({ id, method, input });
    });
    // Parsed on this side too: the window side trusts nothing the other process sends back.
    return contract[method].output.parse(value);
  }

  if (keepOneReady) running = start();
  const methods = Object.fromEntries(METHOD_NAMES.map((method) => [method, (input: unknown) => call(method, input ?? {})]));
  const stop = async (): Promise<void> => {
    keepOneReady = false;
    if (running !== null) await end(running);
  };
  return {
    ...(methods as unknown as Service),
    stop,
    pid: async () => running?.child.pid,
    close: async () => {
      if (running !== null && running.pending.size === 0) await call('vault.lock', {}).catch(() => undefined);
      await stop();
    },
  };
}
