// Starts the service process as a plain Node child (the browser harness, the benchmarks and the
// tests), over the same messages Electron's utilityProcess carries, so the browser tests exercise
// the real split between the window side and the vault.
import { fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ServiceChild } from './remoteService';

/** The built entry (electron-vite puts it beside the app's main bundle). */
export const SERVICE_PROCESS_ENTRY = resolve(__dirname, '../../out/main/serviceProcess.js');

export function forkServiceProcess(entry = SERVICE_PROCESS_ENTRY, env: NodeJS.ProcessEnv = process.env): ServiceChild {
  if (!existsSync(entry)) throw new Error('the service process is not built: run `npm run build` first');
  // 'advanced' serialisation is the structured clone Electron's utilityProcess uses too.
  // execArgv empty: the entry is built JavaScript, and a loader inherited from a TypeScript runner
  // (tsx, under the harness) would only slow every start.
  const child = fork(entry, [], { serialization: 'advanced', stdio: ['ignore', 'ignore', 'inherit', 'ipc'], env, execArgv: [] });
  return {
    pid: child.pid,
    send: (message) => {
      if (child.connected) child.send(message as never);
    },
    onMessage: (listener) => child.on('message', listener),
    onExit: (listener) => child.once('exit', () => listener()),
    kill: () => {
      child.kill('SIGKILL');
    },
  };
}
