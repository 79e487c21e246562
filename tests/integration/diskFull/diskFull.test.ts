// Disk full during add, import and backup, simulated with a file-size limit (`ulimit -f`) on a
// child process: each write gets DISK_FULL, the vault still opens and verifies, and nothing
// half-written is visible (no entry, no messages, no backup or temporary file).
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createService } from '../../../main/service';
import { incident, newVault, PASSPHRASE, tempFolder } from '../helpers';
import { bigWhatsAppExport } from './exports';

const ROOT = resolve(__dirname, '../../..');

/** Runs the child under a file-size limit and returns the error code each operation got. */
function underLimit(limitKiB: number, vault: string, dir: string, exportPath: string, operations: string[]): Record<string, string> {
  const child = spawnSync('bash', ['-c', `ulimit -f ${limitKiB} && exec "$0" --import tsx "$@"`, process.execPath, join(__dirname, 'child.ts'), vault, dir, exportPath, ...operations], {
    cwd: ROOT,
    env: { ...process.env, DOSSIER_PASSPHRASE: PASSPHRASE },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return JSON.parse(child.stdout.trim().split('\n').pop() ?? '{}') as Record<string, string>;
}

describe('disk full (a file-size limit: EFBIG)', () => {
  const dir = tempFolder('dossier-diskfull-');

  it('gives DISK_FULL for add, import and backup, and leaves the vault whole', async () => {
    const { service, path } = await newVault(dir, 'full.dossier');
    await service['entries.create']({ draft: incident({ title: 'written before the disk filled' }) });
    await service.close();
    const exportPath = join(dir, 'chat.txt');
    bigWhatsAppExport(exportPath, 20_000);
    // Room for about 1 MiB more than the vault holds now (ulimit -f counts 1 KiB blocks, per file).
    const vaultKiB = Math.ceil(statSync(path).size / 1024);
    // A backup is a file of the vault's size: a limit below that is a stick too small for it.
    expect(underLimit(Math.floor(vaultKiB / 2), path, dir, exportPath, ['backup'])).toEqual({ backup: 'DISK_FULL' });
    expect(underLimit(vaultKiB + 1024, path, dir, exportPath, ['add', 'import'])).toEqual({ add: 'DISK_FULL', import: 'DISK_FULL' });

    const reopened = createService();
    await reopened['vault.open']({ path, passphrase: PASSPHRASE });
    const report = await reopened['vault.verify']({});
    expect(report).toMatchObject({ integrity: true, cipherIntegrity: true, ledger: { ok: true } });
    expect((await reopened['entries.list']({ includeArchived: true })).map((e) => e.title)).toEqual(['written before the disk filled']);
    await reopened.close();
    expect(readdirSync(dir).sort()).toEqual(['chat.txt', 'full.dossier']);
  });
});
