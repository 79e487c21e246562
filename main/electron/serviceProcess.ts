// Starts the service (SQLCipher, pdfkit, parsers) in an Electron utilityProcess: its own OS
// process, so an export never freezes the window and lock can end it at once (main/serviceHost).
import { join } from 'node:path';
import { utilityProcess } from 'electron';
import type { ServiceChild } from '../serviceHost/remoteService';

export function startServiceProcess(): ServiceChild {
  // A neutral name: it is what a task manager shows next to the app.
  const child = utilityProcess.fork(join(__dirname, 'serviceProcess.js'), [], { serviceName: 'Helper', stdio: 'ignore' });
  return {
    get pid() {
      return child.pid;
    },
    send: (message) => child.postMessage(message),
    onMessage: (listener) => child.on('message', listener),
    onExit: (listener) => child.once('exit', () => listener()),
    kill: () => {
      child.kill();
    },
  };
}
