// Backup and restore: a self-contained encrypted copy, taken while the vault is open, that comes
// back with every entry, revision, attachment byte and ledger link, and never replaces a file
// unless told.
import { readdirSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createService } from '../../main/service';
import { expectCode, fileSha256, incident, newVault, PASSPHRASE, tempFolder } from './helpers';

describe('backup and restore', () => {
  const dir = tempFolder('dossier-backup-');

  it('round-trips every entry, revision, attachment byte and ledger link', async () => {
    const { service, path } = await newVault(dir, 'main.dossier');
    const entry = await service['entries.create']({ draft: incident({ text: 'first words' }), attachments: [{ fileName: 'photo.bin', base64: Buffer.from('bytes of a photo').toString('base64') }] });
    await service['entries.update']({ id: entry.id, draft: incident({ text: 'second words' }) });
    const before = { entries: await service['entries.list']({ includeArchived: true }), revisions: await service['entries.revisions']({ id: entry.id }), ledger: await service['ledger.verify']({}) };
    const backup = join(dir, 'usb', 'backup.dossier');
    await expectCode(service['vault.backup']({ path: backup }), 'INVALID_INPUT'); // no such folder
    const { mkdirSync } = await import('node:fs');
    mkdirSync(join(dir, 'usb'));
    const result = await service['vault.backup']({ path: backup }); // while the vault is open
    expect(result.bytes).toBe(statSync(backup).size);
    expect(statSync(backup).mode & 0o777).toBe(0o600);
    expect(readdirSync(join(dir, 'usb'))).toEqual(['backup.dossier']); // no temp file left
    await expectCode(service['vault.backup']({ path: backup }), 'VAULT_EXISTS');
    await service['entries.create']({ draft: incident({ title: 'after the backup' }) });
    await service.close();

    const restored = join(dir, 'restored.dossier');
    const backupSha = fileSha256(backup);
    await expectCode(createService()['vault.restore']({ from: backup, passphrase: 'wrong', to: restored }), 'WRONG_PASSPHRASE');
    await expectCode(createService()['vault.restore']({ from: backup, passphrase: PASSPHRASE, to: path }), 'VAULT_EXISTS');
    expect(await createService()['vault.restore']({ from: backup, passphrase: PASSPHRASE, to: restored })).toEqual({ path: restored, entries: 1 });
    expect(fileSha256(backup)).toBe(backupSha); // the backup itself is never changed

    const reader = createService();
    await reader['vault.open']({ path: restored, passphrase: PASSPHRASE });
    expect(await reader['entries.list']({ includeArchived: true })).toEqual(before.entries);
    expect(await reader['entries.revisions']({ id: entry.id })).toEqual(before.revisions);
    const [attachment] = await reader['attachments.list']({ entryId: entry.id });
    const bytes = await reader['attachments.read']({ id: attachment!.id, length: 1000 });
    expect(Buffer.from(bytes.base64, 'base64').toString()).toBe('bytes of a photo');
    expect(await reader['ledger.verify']({})).toEqual(before.ledger);
    await reader.close();
  });

  it('refuses a damaged backup and writes nothing', async () => {
    const { service } = await newVault(dir, 'src.dossier');
    await service['entries.create']({ draft: incident() });
    const backup = join(dir, 'damaged.dossier');
    await service['vault.backup']({ path: backup });
    await service.close();
    truncateSync(backup, statSync(backup).size - 4096 * 3 - 10);
    const target = join(dir, 'from-damaged.dossier');
    await expectCode(createService()['vault.restore']({ from: backup, passphrase: PASSPHRASE, to: target }), 'VAULT_CORRUPT');
    expect(readdirSync(dir).filter((f) => f.includes('from-damaged'))).toEqual([]);
    writeFileSync(join(dir, 'not-a-vault.txt'), 'hello');
    await expectCode(createService()['vault.restore']({ from: join(dir, 'not-a-vault.txt'), passphrase: PASSPHRASE, to: target }), 'VAULT_CORRUPT');
    await expectCode(createService()['vault.restore']({ from: join(dir, 'absent.dossier'), passphrase: PASSPHRASE, to: target }), 'VAULT_NOT_FOUND');
  });

  it('will not restore over the vault that is open', async () => {
    const { service, path } = await newVault(dir, 'open.dossier');
    const backup = join(dir, 'open-backup.dossier');
    await service['vault.backup']({ path: backup });
    await expectCode(service['vault.restore']({ from: backup, passphrase: PASSPHRASE, to: path, overwrite: true }), 'VAULT_BUSY');
    await service.close();
  });
});
