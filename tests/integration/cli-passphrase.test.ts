// `dossier passphrase`: the real command as a child process on a real vault. The current
// passphrase from DOSSIER_PASSPHRASE and the new one from DOSSIER_NEW_PASSPHRASE, or both piped
// (as asked on a terminal: current, then the new one twice).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { incident, newVault, PASSPHRASE, tempFolder } from './helpers';

const ROOT = resolve(__dirname, '../..');
const BIN = join(ROOT, 'bin', 'dossier.js');
const NEXT = 'orchard winter lamp river seven';

function dossier(args: string[], env: Record<string, string>, input = '') {
  const clean: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  delete clean.DOSSIER_PASSPHRASE;
  delete clean.DOSSIER_NEW_PASSPHRASE;
  return spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...clean, ...env }, input, encoding: 'utf8', timeout: 60_000 });
}

describe('dossier passphrase', () => {
  const dir = tempFolder('dossier-cli-passphrase-');

  it('changes the passphrase: the old one no longer opens the vault, the new one opens all of it', async () => {
    const { service, path } = await newVault(dir, 'env.dossier');
    await service['entries.create']({ draft: incident({ title: 'kept across the change' }) });
    await service.close();
    const changed = dossier(['passphrase', '--vault', path, '--json'], { DOSSIER_PASSPHRASE: PASSPHRASE, DOSSIER_NEW_PASSPHRASE: NEXT });
    expect(changed.status, changed.stderr).toBe(0);
    expect(JSON.parse(changed.stdout)).toEqual({ changed: true });
    const old = dossier(['list', '--vault', path], { DOSSIER_PASSPHRASE: PASSPHRASE });
    expect(old.status).toBe(2);
    expect(old.stderr).toMatch(/^dossier: WRONG_PASSPHRASE: /);
    const listed = dossier(['list', '--vault', path, '--json'], { DOSSIER_PASSPHRASE: NEXT });
    expect(listed.status, listed.stderr).toBe(0);
    expect(listed.stdout).toContain('kept across the change');
  }, 120_000);

  it('asks for the new passphrase twice when piped, and refuses two that differ, changing nothing', async () => {
    const { service, path } = await newVault(dir, 'piped.dossier');
    await service.close();
    const before = readFileSync(path);
    const differ = dossier(['passphrase', '--vault', path], {}, `${PASSPHRASE}\n${NEXT}\n${NEXT} typo\n`);
    expect(differ.status).toBe(1);
    expect(differ.stderr).toMatch(/^dossier: INVALID_INPUT: /);
    expect(readFileSync(path).equals(before)).toBe(true);
    const wrong = dossier(['passphrase', '--vault', path], { DOSSIER_PASSPHRASE: 'not the passphrase', DOSSIER_NEW_PASSPHRASE: NEXT });
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toMatch(/^dossier: WRONG_PASSPHRASE: /);
    const piped = dossier(['passphrase', '--vault', path], {}, `${PASSPHRASE}\n${NEXT}\n${NEXT}\n`);
    expect(piped.status, piped.stderr).toBe(0);
    expect(dossier(['list', '--vault', path], { DOSSIER_PASSPHRASE: NEXT }).status).toBe(0);
  }, 120_000);
});
