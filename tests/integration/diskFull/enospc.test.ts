// A real full disk: the vault on a small tmpfs, so writes fail with ENOSPC (the file-size-limit
// test beside this one gives EFBIG). Add, import and backup (onto a stick too small for it) give
// DISK_FULL; the vault then opens and verifies and holds nothing half-written, and no temporary
// file is left on either disk.
import { copyFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createService } from '../../../main/service';
import { expectCode, incident, newVault, PASSPHRASE, tempFolder } from '../helpers';
import { smallDisk } from '../mounts';
import { bigWhatsAppExport } from './exports';

describe('disk full (a real ENOSPC on a small tmpfs)', () => {
  const dir = tempFolder('dossier-enospc-');

  it('gives DISK_FULL for add, import and backup, and leaves the vault whole', async () => {
    const { service, path } = await newVault(dir, 'made.dossier');
    await service['entries.create']({ draft: incident({ title: 'written before the disk filled' }) });
    await service.close();
    const vaultBytes = statSync(path).size;
    const disk = smallDisk(dir, 'disk', vaultBytes + 1024 * 1024);
    const stick = smallDisk(dir, 'stick', Math.floor(vaultBytes / 2));
    const vault = join(disk, 'full.dossier');
    copyFileSync(path, vault);
    const exportPath = join(dir, 'chat.txt');
    bigWhatsAppExport(exportPath, 20_000);

    const writer = createService();
    await writer['vault.open']({ path: vault, passphrase: PASSPHRASE });
    await expectCode(
      writer['entries.create']({
        draft: incident({ title: 'too big to fit' }),
        attachments: [{ fileName: 'video.bin', base64: randomBytes(4 * 1024 * 1024).toString('base64') }],
      }),
      'DISK_FULL',
    );
    await expectCode(writer['import.commit']({ source: { path: exportPath }, settings: { format: 'whatsapp', zone: 'UTC', dateOrder: 'dmy' } }), 'DISK_FULL');
    await expectCode(writer['vault.backup']({ path: join(stick, 'backup.dossier') }), 'DISK_FULL');
    await writer.close();

    const reopened = createService();
    await reopened['vault.open']({ path: vault, passphrase: PASSPHRASE });
    expect(await reopened['vault.verify']({})).toMatchObject({ integrity: true, cipherIntegrity: true, ledger: { ok: true } });
    expect((await reopened['entries.list']({ includeArchived: true })).map((e) => e.title)).toEqual(['written before the disk filled']);
    await reopened.close();
    expect(readdirSync(disk)).toEqual(['full.dossier']);
    expect(readdirSync(stick)).toEqual([]);
  });
});
