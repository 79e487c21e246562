// A vault where it really lives: on a stick that cannot be written (a read-only mount, as a locked
// SD card or a stick with a write switch), and a vault file moved or deleted while it is open.
// Real file systems: a tmpfs mounted here and remounted read-only (CI runs as root).
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createService } from '../../main/service';
import { expectCode, fileSha256, incident, newVault, PASSPHRASE, tempFolder } from './helpers';

describe('a vault on a read-only stick', () => {
  const dir = tempFolder('dossier-media-');
  const stick = join(dir, 'stick');
  afterAll(() => {
    try {
      execFileSync('umount', [stick]);
    } catch {
      // not mounted
    }
  });

  it('opens for reading and export, says it is read-only, and refuses changes with VAULT_READ_ONLY', async () => {
    const { service: writer, path: original } = await newVault(dir, 'original.dossier');
    await writer['entries.create']({ draft: incident({ title: 'kept on the stick' }) });
    await writer.close();
    mkdirSync(stick);
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=16m', 'tmpfs', stick]);
    const path = join(stick, 'notes.dossier');
    copyFileSync(original, path);
    execFileSync('mount', ['-o', 'remount,ro', stick]);
    const before = fileSha256(path);

    const service = createService();
    expect(await service['vault.open']({ path, passphrase: PASSPHRASE })).toMatchObject({ readOnly: true, entries: 1 });
    expect((await service['entries.list']({})).map((e) => e.title)).toEqual(['kept on the stick']);
    const out = join(dir, 'from-the-stick.pdf');
    await service['dossier.export']({ options: { language: 'en' }, path: out });
    expect((await service['dossier.verify']({ path: out })).valid).toBe(true);
    await expectCode(service['entries.create']({ draft: incident({ title: 'cannot go there' }) }), 'VAULT_READ_ONLY');
    await service.close();
    expect(fileSha256(path)).toBe(before);
  });
});

describe('a vault file moved or deleted while open', () => {
  const dir = tempFolder('dossier-moved-');

  it('refuses to write into a file nobody can reach any more, and still makes a backup of it', async () => {
    const { service, path } = await newVault(dir, 'vault.dossier');
    await service['entries.create']({ draft: incident({ title: 'written before the move' }) });
    renameSync(path, join(dir, 'moved.dossier'));
    await expectCode(service['entries.create']({ draft: incident({ title: 'after the move' }) }), 'VAULT_MOVED');
    rmSync(join(dir, 'moved.dossier'));
    await expectCode(service['entries.create']({ draft: incident({ title: 'after deletion' }) }), 'VAULT_MOVED');
    // What was in it is not lost: the open connection still reads it, and a backup keeps it.
    const backup = join(dir, 'rescued.dossier');
    await service['vault.backup']({ path: backup });
    await service.close();
    const again = createService();
    await again['vault.open']({ path: backup, passphrase: PASSPHRASE });
    expect((await again['entries.list']({})).map((e) => e.title)).toEqual(['written before the move']);
    await again.close();
    expect(readFileSync(backup).length).toBeGreaterThan(0);
  });
});
