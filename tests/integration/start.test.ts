// `npm start` on both kinds of machine: where Electron's program is there it is started on the
// built app; where it is not (and cannot be fetched) one line says so and the same interface is
// served through the harness at a loopback address. The build itself is skipped here (npm test has
// just built it) so the test is about the choice, not the bundler.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempFolder } from './helpers';

const ROOT = resolve(__dirname, '../..');
const START = join(ROOT, 'bin', 'start.cjs');

describe('npm start', () => {
  const dir = tempFolder('dossier-start-');

  it('starts the Electron program on the app when it is installed', () => {
    const stub = join(dir, 'with-electron');
    mkdirSync(stub);
    const record = join(dir, 'started-with.txt');
    writeFileSync(join(stub, 'electron'), `#!/bin/sh\necho "$PWD $@" > "${record}"\n`);
    chmodSync(join(stub, 'electron'), 0o755);
    const run = spawnSync(process.execPath, [START], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: stub, DOSSIER_START_SKIP_BUILD: '1', DOSSIER_START_NO_FETCH: '1' },
      timeout: 60_000,
    });
    expect(run.status, run.stderr).toBe(0);
    expect(readFileSync(record, 'utf8').trim()).toBe(`${ROOT} .`);
    expect(run.stdout).not.toContain('browser');
  });

  it('without Electron, says so in one line and serves the same interface on a loopback address', async () => {
    const none = join(dir, 'no-electron');
    mkdirSync(none);
    const child = spawn(process.execPath, [START], {
      cwd: ROOT,
      env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: none, DOSSIER_START_SKIP_BUILD: '1', DOSSIER_START_NO_FETCH: '1' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const lines: string[] = [];
    const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
    await new Promise<void>((done, fail) => {
      createInterface({ input: child.stdout! }).on('line', (line) => {
        lines.push(line);
        if (line.startsWith('Open: ')) done();
      });
      child.once('exit', () => fail(new Error(`ended before serving: ${lines.join(' | ')}`)));
    });
    expect(lines[0]).toBe('Electron is not installed here and could not be downloaded, so Dossier opens in your browser instead:');
    expect(lines[1]).toMatch(/^Dossier harness \(data in .+, deleted on exit\)$/);
    const url = new URL(lines[2]!.slice('Open: '.length));
    expect(url.hostname).toBe('127.0.0.1');
    expect(url.hash).toMatch(/^#token=[0-9a-f]{48}$/);
    const page = await fetch(`${url.origin}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');
    // A person can make a vault there: with no test answering, the save dialog takes its place in
    // the data folder, and "Open my vault…" finds it again.
    const rpc = async (method: string, input: unknown) => {
      const response = await fetch(`${url.origin}/rpc/${method}`, { method: 'POST', headers: { 'x-dossier-token': url.hash.slice('#token='.length) }, body: JSON.stringify(input) });
      return (await response.json()) as { ok: boolean; value?: { handle?: string; name?: string } | null };
    };
    const picked = await rpc('app.pickSaveFile', { purpose: 'vault-new' });
    expect(picked.ok && picked.value?.name).toBe('notes.dat');
    expect((await rpc('vault.create', { path: picked.value!.handle, passphrase: 'orchard winter lamp river seven' })).ok).toBe(true);
    await rpc('vault.lock', {});
    expect((await rpc('app.pickFile', { purpose: 'vault' })).value?.name).toBe('notes.dat');
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  }, 60_000);
});
