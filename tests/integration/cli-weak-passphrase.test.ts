// `dossier init` and `dossier passphrase` refuse the passphrases an attacker tries first, as people
// who write in Russian, Belarusian and Ukrainian choose them: WEAK_PASSPHRASE, exit 1, one line with
// the advice, and nothing created or changed. Opening is never judged: a vault made with a weak
// passphrase (as 0.1 allowed) still opens.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STRONG_PASSPHRASES, WEAK_CYRILLIC_PASSPHRASES } from '../fixtures/weakPassphrases';
import { newVault, PASSPHRASE, tempFolder } from './helpers';
import { createService } from '../../main/service';

const ROOT = resolve(__dirname, '../..');
const BIN = join(ROOT, 'bin', 'dossier.js');

function dossier(args: string[], env: Record<string, string>) {
  const clean: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  delete clean.DOSSIER_PASSPHRASE;
  delete clean.DOSSIER_NEW_PASSPHRASE;
  return spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...clean, ...env }, input: '', encoding: 'utf8', timeout: 120_000 });
}

function expectRefused(run: ReturnType<typeof dossier>, passphrase: string): void {
  expect(run.status, run.stderr).toBe(1);
  expect(run.stderr).toMatch(/^dossier: WEAK_PASSPHRASE: .*four or five words/);
  expect(run.stderr.trim().split('\n')).toHaveLength(1);
  expect(run.stderr).not.toContain(passphrase);
}

describe('a weak passphrase is refused where one is chosen', () => {
  const dir = tempFolder('dossier-cli-weak-');

  it.each(WEAK_CYRILLIC_PASSPHRASES)('init refuses %s and creates no file', (passphrase) => {
    const vault = join(dir, `weak-${Buffer.from(passphrase).toString('hex').slice(0, 16)}.dossier`);
    expectRefused(dossier(['init', '--vault', vault], { DOSSIER_PASSPHRASE: passphrase }), passphrase);
    expect(existsSync(vault)).toBe(false);
  }, 120_000);

  it('init accepts a few unrelated words', () => {
    const vault = join(dir, 'strong.dossier');
    const run = dossier(['init', '--vault', vault], { DOSSIER_PASSPHRASE: STRONG_PASSPHRASES[0] });
    expect(run.status, run.stderr).toBe(0);
    expect(existsSync(vault)).toBe(true);
  }, 120_000);

  it('passphrase refuses a weak new one and leaves the vault as it was', async () => {
    const { service, path } = await newVault(dir, 'change.dossier');
    await service.close();
    const before = readFileSync(path);
    for (const next of ['Наташа1985', 'gfhjkm123', 'ялюблютебя']) {
      expectRefused(dossier(['passphrase', '--vault', path], { DOSSIER_PASSPHRASE: PASSPHRASE, DOSSIER_NEW_PASSPHRASE: next }), next);
    }
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(dossier(['list', '--vault', path], { DOSSIER_PASSPHRASE: PASSPHRASE }).status).toBe(0);
  }, 180_000);

  it('opening is never judged: a vault made with a weak passphrase still opens', async () => {
    const path = join(dir, 'old-weak.dossier');
    const service = createService();
    await service['vault.create']({ path, passphrase: 'Наташа1985' });
    await service.close();
    const run = dossier(['list', '--vault', path], { DOSSIER_PASSPHRASE: 'Наташа1985' });
    expect(run.status, run.stderr).toBe(0);
  }, 120_000);
});
