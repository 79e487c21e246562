// Drafts kept in the vault (issue 11, item 3; migration 5), at the service: what she was typing
// survives a lock and a new unlock, lives only inside the encrypted vault file (no other file, no
// readable byte of it), is not a ledger event, and a draft longer than an entry may be is refused
// by name with the earlier draft kept.
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createService } from '../../main/service';
import { rawKeyPragmaValue } from '../../main/vault/keys';
import { migrate } from '../../main/vault/migrations';
import { Db } from '../../main/vault/sqlite';
import { DRAFT_TEXT_LIMIT } from '../../shared/drafts';
import { draftForm, expectCode, incident, newVault, PASSPHRASE, tempFolder } from './helpers';

const MARKER = 'ЧЕРНОВИК-MARKER-5Q8W он пришёл ночью';

function containsText(bytes: Buffer, text: string): boolean {
  return bytes.includes(Buffer.from(text, 'utf8')) || bytes.includes(Buffer.from(text, 'utf16le'));
}

describe('drafts in the vault', () => {
  const dir = tempFolder('dossier-drafts-');

  it('survive lock and unlock, inside the encrypted file only, and are no ledger event', async () => {
    const { service, path } = await newVault(dir, 'drafts.dossier');
    const entry = await service['entries.create']({ draft: incident() });
    const head = (await service['ledger.verify']({})).head;
    await service['drafts.save']({ key: 'new', form: draftForm(`${MARKER} (первая версия)`) });
    await service['drafts.save']({ key: 'new', form: draftForm(MARKER, { title: 'Ночью' }) });
    await service['drafts.save']({ key: entry.id, form: draftForm('editing the entry') });
    expect((await service['ledger.verify']({})).head).toBe(head);
    await service['vault.lock']({});

    // Locked: the folder holds the vault alone, and no byte of it reads as the draft.
    expect(readdirSync(dir)).toEqual(['drafts.dossier']);
    const bytes = readFileSync(path);
    expect(containsText(bytes, 'MARKER-5Q8W')).toBe(false);
    // Positive control: the scan finds text where it is.
    expect(containsText(Buffer.concat([bytes, Buffer.from(MARKER, 'utf16le')]), 'MARKER-5Q8W')).toBe(true);

    const reopened = createService();
    await reopened['vault.open']({ path, passphrase: PASSPHRASE });
    const drafts = await reopened['drafts.list']({});
    expect(drafts.map((d) => d.key).sort()).toEqual([entry.id, 'new'].sort());
    expect(drafts.find((d) => d.key === 'new')?.form).toEqual(draftForm(MARKER, { title: 'Ночью' }));
    await reopened['drafts.discard']({ key: 'new' });
    await reopened.close();

    const again = createService();
    await again['vault.open']({ path, passphrase: PASSPHRASE });
    expect((await again['drafts.list']({})).map((d) => d.key)).toEqual([entry.id]);
    expect((await again['vault.verify']({})).ledger.ok).toBe(true);
    await again.close();
  }, 120_000);

  it('refuses a draft longer than an entry may be, keeping the one before', async () => {
    const { service } = await newVault(dir, 'large.dossier');
    await service['drafts.save']({ key: 'new', form: draftForm('short and kept') });
    await service['drafts.save']({ key: 'new', form: draftForm('я'.repeat(DRAFT_TEXT_LIMIT)) });
    await expectCode(service['drafts.save']({ key: 'new', form: draftForm('я'.repeat(DRAFT_TEXT_LIMIT + 1)) }), 'DRAFT_TOO_LARGE');
    expect((await service['drafts.list']({}))[0]?.form.text).toHaveLength(DRAFT_TEXT_LIMIT);
    await service.close();
  }, 120_000);

  it('migration 5 adds the drafts table to a version-4 vault and keeps its entries', async () => {
    const db = await Db.open(join(dir, 'm5.db'), 'create');
    await db.exec('PRAGMA cipher_log_level = NONE');
    await db.exec(`PRAGMA key = "${rawKeyPragmaValue(randomBytes(32), randomBytes(16))}"`);
    expect(await migrate(db, 4)).toBe(4);
    await db.run("INSERT INTO entries (id, kind, occurred_at, version, data, number) VALUES ('a', 'incident', '2024-03-01', 1, '{}', 1)");
    await expect(db.get('SELECT count(*) AS n FROM drafts')).rejects.toThrow();
    expect(await migrate(db, 5)).toBe(5);
    expect(await db.get('SELECT count(*) AS n FROM drafts')).toEqual({ n: 0 });
    expect(await db.get('SELECT count(*) AS n FROM entries')).toEqual({ n: 1 });
    await db.close();
  });
});
