// Backups to a USB stick, and never onto the vault itself. A FAT stick (fusefat: link() fails with
// EPERM there, as on a real FAT/exFAT stick) takes backups, saved attachments and dossiers with the
// same no-clobber promise; a backup checks itself after writing; and no write may land on the open
// vault's file or its journal, however the path is spelled.
import { copyFileSync, linkSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createService } from '../../main/service';
import { checkCopy } from '../../main/vault/backup';
import { openVault } from '../../main/vault/connection';
import { expectCode, fileSha256, incident, newVault, PASSPHRASE, tempFolder } from './helpers';
import { fatStick } from './mounts';

describe('never onto the open vault', () => {
  const dir = tempFolder('dossier-onto-');

  it('backup, save-attachment, export and restore refuse the open vault and its journal, by any spelling', async () => {
    const { service, path } = await newVault(dir, 'live.dossier');
    const entry = await service['entries.create']({ draft: incident({ title: 'kept' }), attachments: [{ fileName: 'a.txt', base64: Buffer.from('evidence').toString('base64') }] });
    const [attachment] = await service['attachments.list']({ entryId: entry.id });
    mkdirSync(join(dir, 'sub'));
    symlinkSync(dir, join(dir, 'sub', 'via-link'));
    linkSync(path, join(dir, 'hard-link.dossier'));
    const spellings = [path, join(dir, 'sub', '..', 'live.dossier'), join(dir, 'sub', 'via-link', 'live.dossier'), join(dir, 'hard-link.dossier'), `${path}-journal`];
    for (const target of spellings) {
      await expectCode(service['vault.backup']({ path: target, overwrite: true }), 'INVALID_INPUT');
      await expectCode(service['attachments.saveTo']({ id: attachment!.id, path: target, overwrite: true }), 'INVALID_INPUT');
      await expectCode(service['dossier.export']({ options: { language: 'en' }, path: target, force: true }), 'INVALID_INPUT');
      await expectCode(service['vault.restore']({ from: join(dir, 'absent.dossier'), passphrase: PASSPHRASE, to: target, overwrite: true }), 'VAULT_BUSY');
    }
    // The vault is still the live file: what is saved now is there after reopening.
    await service['entries.create']({ draft: incident({ title: 'saved after the attempts' }) });
    await service.close();
    const reopened = createService();
    await reopened['vault.open']({ path, passphrase: PASSPHRASE });
    expect((await reopened['entries.list']({})).map((e) => e.title).sort()).toEqual(['kept', 'saved after the attempts']);
    await reopened.close();
  });
});

describe('a FAT stick (no hard links)', () => {
  const dir = tempFolder('dossier-fat-');

  it('takes backups, attachments and dossiers, never replacing a file unless asked, leaving no temporary file', async () => {
    const stick = fatStick(dir, 'stick');
    const { service, path } = await newVault(dir, 'main.dossier');
    const entry = await service['entries.create']({ draft: incident({ title: 'on the stick' }), attachments: [{ fileName: 'a.txt', base64: Buffer.from('evidence bytes').toString('base64') }] });
    const [attachment] = await service['attachments.list']({ entryId: entry.id });
    const backup = join(stick, 'copy.dossier');
    expect((await service['vault.backup']({ path: backup })).bytes).toBeGreaterThan(0);
    const first = fileSha256(backup);
    await expectCode(service['vault.backup']({ path: backup }), 'VAULT_EXISTS');
    expect(fileSha256(backup)).toBe(first);
    await service['entries.create']({ draft: incident({ title: 'second' }) });
    await service['vault.backup']({ path: backup, overwrite: true });
    expect(fileSha256(backup)).not.toBe(first);

    const saved = join(stick, 'evidence.txt');
    await service['attachments.saveTo']({ id: attachment!.id, path: saved });
    expect(readFileSync(saved, 'utf8')).toBe('evidence bytes');
    writeFileSync(join(stick, 'mine.txt'), 'her own file');
    await expectCode(service['attachments.saveTo']({ id: attachment!.id, path: join(stick, 'mine.txt') }), 'INVALID_INPUT');
    expect(readFileSync(join(stick, 'mine.txt'), 'utf8')).toBe('her own file');
    await service['dossier.export']({ options: { language: 'en' }, path: join(stick, 'dossier.pdf') });
    await expectCode(service['dossier.export']({ options: { language: 'en' }, path: join(stick, 'dossier.pdf') }), 'INVALID_INPUT');
    await service.close();
    expect(readdirSync(stick).sort()).toEqual(['copy.dossier', 'dossier.pdf', 'evidence.txt', 'mine.txt']);

    // The backup on the stick opens with the passphrase and holds both entries.
    const restored = join(dir, 'restored.dossier');
    expect(await createService()['vault.restore']({ from: backup, passphrase: PASSPHRASE, to: restored })).toEqual({ path: restored, entries: 2 });
    expect(fileSha256(path)).toBeTruthy();
  });
});

describe('a backup checks itself', () => {
  const dir = tempFolder('dossier-selfcheck-');

  it('a copy with a damaged page or missing rows is refused (DISK_FULL: the stick did not keep it)', async () => {
    const { service, path } = await newVault(dir, 'v.dossier');
    for (let i = 0; i < 20; i += 1) await service['entries.create']({ draft: incident({ text: `${i} ${'words '.repeat(300)}` }) });
    const backup = join(dir, 'b.dossier');
    await service['vault.backup']({ path: backup });
    await service.close();
    const { db } = await openVault(path, PASSPHRASE);
    try {
      await checkCopy(db, backup); // the good copy passes
      const flipped = join(dir, 'flipped.dossier');
      const bytes = readFileSync(backup);
      bytes[bytes.length - 3000] = bytes[bytes.length - 3000]! ^ 0x01;
      writeFileSync(flipped, bytes);
      await expectCode(checkCopy(db, flipped), 'DISK_FULL');
      // An older backup (fewer rows, an earlier ledger head) is not this vault's copy either.
      const older = join(dir, 'older.dossier');
      copyFileSync(backup, older);
      await db.run("INSERT INTO meta (key, value) VALUES ('after-backup', 'x')");
      await expectCode(checkCopy(db, older), 'DISK_FULL');
    } finally {
      await db.close();
    }
  });
});
