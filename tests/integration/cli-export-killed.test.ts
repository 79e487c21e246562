// A `dossier export` killed half-way (SIGKILL: no handler runs) leaves its temporary part, which is
// plaintext evidence; the next unlock of that vault, by any command, removes it. The dossier goes to
// another folder than the vault's, so only the note kept inside the vault can say where to look.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newVault, PASSPHRASE, tempFolder, hourlyIncident } from './helpers';

const ROOT = resolve(__dirname, '../..');
const BIN = join(ROOT, 'bin', 'dossier.js');


const env = () => {
  const clean: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', DOSSIER_PASSPHRASE: PASSPHRASE };
  delete clean.DOSSIER_NEW_PASSPHRASE;
  return clean;
};
const parts = (dir: string) => readdirSync(dir).filter((name) => name.endsWith('.part'));

async function waitFor(check: () => boolean, what: string): Promise<void> {
  // Bounded by count, not by time: no assumption about how fast this machine is.
  for (let i = 0; i < 40_000; i += 1) {
    if (check()) return;
    await new Promise((done) => setTimeout(done, 5));
  }
  throw new Error(`never saw: ${what}`);
}

describe('an export killed half-way', () => {
  const dir = tempFolder('dossier-cli-killed-');

  it('leaves a part that the next start removes', async () => {
    const { service, path } = await newVault(dir, 'vault.dossier');
    await service['entries.createMany']({ drafts: Array.from({ length: 1500 }, (_, i) => hourlyIncident(i)) });
    await service.close();
    const elsewhere = join(dir, 'usb');
    mkdirSync(elsewhere);
    const child = spawn(process.execPath, [BIN, 'export', '--vault', path, '--out', join(elsewhere, 'dossier.pdf'), '--lang', 'ru'], { cwd: ROOT, env: env(), stdio: 'ignore' });
    const ended = new Promise((done) => child.on('exit', done));
    await waitFor(() => parts(elsewhere).length > 0, 'the export start writing');
    child.kill('SIGKILL');
    await ended;
    // The kill left it (this is what the sweep is for), and no finished dossier.
    expect(parts(elsewhere)).toHaveLength(1);
    expect(readdirSync(elsewhere)).not.toContain('dossier.pdf');

    const next = spawnSync(process.execPath, [BIN, 'list', '--vault', path, '--kind', 'economic'], { cwd: ROOT, env: env(), encoding: 'utf8', timeout: 120_000 });
    expect(next.status, next.stderr).toBe(0);
    expect(readdirSync(elsewhere)).toEqual([]);
  }, 300_000);
});
