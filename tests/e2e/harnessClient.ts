// The browser tests run the harness in its own Node process (through tsx, like `npm run harness`):
// the service, SQLCipher and the PDF code load there exactly as in the app's main process, not
// inside Playwright's test loader. Tests reach the same service over the same /rpc with the token.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { resolve } from 'node:path';
import type { Language } from '../../shared/appContract';

export interface HarnessClient {
  origin: string;
  url: string;
  dir: string;
  methods: string[];
  /** Calls a method as the page would; rejects with the coded error. */
  call(method: string, input?: unknown): Promise<unknown>;
  close(): Promise<void>;
}

const ROOT = resolve(__dirname, '../..');

export async function launchHarness(language: Language): Promise<HarnessClient> {
  const child = spawn(process.execPath, [resolve(ROOT, 'node_modules/tsx/dist/cli.mjs'), resolve(__dirname, 'harnessMain.ts'), '--json', '--language', language], {
    cwd: ROOT,
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const line = await new Promise<string>((done, fail) => {
    const lines = createInterface({ input: child.stdout });
    lines.once('line', (text) => {
      lines.close();
      done(text);
    });
    child.once('exit', (code) => fail(new Error(`harness exited (${code}) before starting`)));
  });
  const info = JSON.parse(line) as { origin: string; url: string; dir: string; token: string; methods: string[] };
  return {
    origin: info.origin,
    url: info.url,
    dir: info.dir,
    methods: info.methods,
    call: async (method, input = {}) => {
      const response = await fetch(`${info.origin}/rpc/${encodeURIComponent(method)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-dossier-token': info.token },
        body: JSON.stringify(input),
      });
      const result = (await response.json()) as { ok: boolean; value?: unknown; error?: { code: string } };
      if (!result.ok) throw Object.assign(new Error(result.error?.code ?? 'INTERNAL'), result.error);
      return result.value;
    },
    close: async () => {
      // Closing stdin asks the harness to stop: it locks the vault and deletes its temp folder.
      child.stdin.end();
      await Promise.race([exited, new Promise((done) => setTimeout(done, 5000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    },
  };
}
