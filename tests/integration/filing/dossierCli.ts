// The built `dossier` command, run as a user runs it (vault passphrase from the environment).
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { PASSPHRASE } from '../helpers';

export const ROOT = resolve(__dirname, '../../..');
const BIN = join(ROOT, 'bin', 'dossier.js');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function dossier(args: string[], env: Record<string, string> = {}): Promise<CliRun> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, TZ: 'UTC', DOSSIER_PASSPHRASE: PASSPHRASE, ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
    child.stdin.end();
  });
}
