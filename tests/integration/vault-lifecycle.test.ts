import { createHash, randomBytes } from 'node:crypto';
import { copyFileSync, readdirSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createService } from '../../main/service';
import { openVault, MIN_VAULT_BYTES, PAGE_BYTES } from '../../main/vault/connection';
import { METHOD_NAMES } from '../../shared/contract';
import { draftForm, expectCode, fileSha256, incident, newVault, PASSPHRASE, tempFolder } from './helpers';

describe('vault lifecycle', () => {
  const dir = tempFolder();

  it('creates, locks and reopens a vault; the file is 0600, starts with random salt, and stands alone', async () => {
    const { service, path } = await newVault(dir, 'life.dossier');
    const entry = await service['entries.create']({ draft: incident() });
    await service['vault.lock']({});
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir).filter((f) => f.startsWith('life'))).toEqual(['life.dossier']);
    const reopened = createService();
    const info = await reopened['vault.open']({ path, passphrase: PASSPHRASE });
    expect(info.entries).toBe(1);
    expect((await reopened['entries.get']({ id: entry.id })).entry.title).toBe(entry.title);
    await reopened.close();
  });

  it('refuses a wrong passphrase and leaves the file bytes untouched', async () => {
    const { service, path } = await newVault(dir, 'wrong.dossier');
    await service.close();
    const before = fileSha256(path);
    await expectCode(createService()['vault.open']({ path, passphrase: 'not the passphrase' }), 'WRONG_PASSPHRASE');
    expect(fileSha256(path)).toBe(before);
  });

  it('never overwrites an existing file on create', async () => {
    const path = join(dir, 'existing.txt');
    writeFileSync(path, 'my own notes');
    const before = fileSha256(path);
    await expectCode(createService()['vault.create']({ path, passphrase: PASSPHRASE }), 'VAULT_EXISTS');
    expect(fileSha256(path)).toBe(before);
    expect(fileSha256(path)).toBe(createHash('sha256').update('my own notes').digest('hex'));
  });

  it('reports a missing vault and a missing folder plainly', async () => {
    await expectCode(createService()['vault.open']({ path: join(dir, 'nope.dossier'), passphrase: PASSPHRASE }), 'VAULT_NOT_FOUND');
    await expectCode(createService()['vault.create']({ path: join(dir, 'no-such-folder', 'v.dossier'), passphrase: PASSPHRASE }), 'INVALID_INPUT');
  });

  it('calls truncated and random files corrupt, without changing them', async () => {
    const { service, path } = await newVault(dir, 'cut.dossier');
    await service['entries.create']({ draft: incident() });
    await service.close();
    const size = statSync(path).size;
    const cases: [string, (p: string) => void][] = [
      ['half, mid-page', (p) => truncateSync(p, Math.floor(size / 2) + 100)],
      ['at a page boundary', (p) => truncateSync(p, Math.max(MIN_VAULT_BYTES, size - 4 * PAGE_BYTES))],
      ['1000 bytes', (p) => truncateSync(p, 1000)],
      ['random bytes, not whole pages', (p) => writeFileSync(p, randomBytes(size + 17))],
      // Decided by SQLCipher, not the size check: the vault's own salt, every page after it noise.
      ['its salt, then noise', (p) => writeFileSync(p, Buffer.concat([readFileSync(path).subarray(0, 16), randomBytes(size - 16)]))],
      ['empty', (p) => writeFileSync(p, '')],
    ];
    for (const [label, damage] of cases) {
      const copy = join(dir, `damaged-${label.replace(/\W+/g, '-')}.dossier`);
      copyFileSync(path, copy);
      damage(copy);
      const before = fileSha256(copy);
      const error = await createService()['vault.open']({ path: copy, passphrase: PASSPHRASE }).then(() => null, (e: unknown) => e);
      // Noise of a vault's exact length cannot be told from a vault under another key (README,
      // "Current limits"): the honest answer there is "wrong passphrase or not a vault".
      const expected = label === 'its salt, then noise' ? 'WRONG_PASSPHRASE' : 'VAULT_CORRUPT';
      expect((error as { code?: string } | null)?.code, label).toBe(expected);
      expect(fileSha256(copy), label).toBe(before);
    }
  });

  it('a random file of a whole number of pages is "wrong passphrase or not a vault", untouched', async () => {
    const path = join(dir, 'noise.dossier');
    writeFileSync(path, randomBytes(MIN_VAULT_BYTES * 2));
    const before = fileSha256(path);
    await expectCode(createService()['vault.open']({ path, passphrase: PASSPHRASE }), 'WRONG_PASSPHRASE');
    expect(fileSha256(path)).toBe(before);
  });

  it('refuses a vault from a newer version of Dossier, untouched', async () => {
    const { service, path } = await newVault(dir, 'newer.dossier');
    await service.close();
    const { db } = await openVault(path, PASSPHRASE);
    await db.exec('PRAGMA user_version = 999');
    await db.close();
    const before = fileSha256(path);
    await expectCode(createService()['vault.open']({ path, passphrase: PASSPHRASE }), 'VAULT_FROM_NEWER_VERSION');
    expect(fileSha256(path)).toBe(before);
  });

  it('lets only one writer in: a second opener gets VAULT_BUSY until the first locks', async () => {
    const { service, path } = await newVault(dir, 'busy.dossier');
    const second = createService();
    await expectCode(second['vault.open']({ path, passphrase: PASSPHRASE }), 'VAULT_BUSY');
    await service['vault.lock']({});
    await second['vault.open']({ path, passphrase: PASSPHRASE });
    await second.close();
  });

  it('tells whether a passphrase is the open vault’s (for turning the disguise on), before and after a change', async () => {
    const { service } = await newVault(dir, 'check.dossier');
    await expect(service['vault.checkPassphrase']({ passphrase: PASSPHRASE })).resolves.toEqual({ matches: true });
    await expect(service['vault.checkPassphrase']({ passphrase: 'not it' })).resolves.toEqual({ matches: false });
    await service['vault.changePassphrase']({ current: PASSPHRASE, next: 'new passphrase 3' });
    await expect(service['vault.checkPassphrase']({ passphrase: PASSPHRASE })).resolves.toEqual({ matches: false });
    await expect(service['vault.checkPassphrase']({ passphrase: 'new passphrase 3' })).resolves.toEqual({ matches: true });
    await service.close();
  });

  it('changes the passphrase: the old one stops working, the data stays', async () => {
    const { service, path } = await newVault(dir, 'rekey.dossier');
    await service['entries.create']({ draft: incident({ title: 'Before the new passphrase' }) });
    await expectCode(service['vault.changePassphrase']({ current: 'wrong', next: 'new passphrase 2' }), 'WRONG_PASSPHRASE');
    await service['vault.changePassphrase']({ current: PASSPHRASE, next: 'new passphrase 2' });
    await service['vault.lock']({});
    await expectCode(service['vault.open']({ path, passphrase: PASSPHRASE }), 'WRONG_PASSPHRASE');
    await service['vault.open']({ path, passphrase: 'new passphrase 2' });
    const [entry] = await service['entries.list']({});
    expect(entry?.title).toBe('Before the new passphrase');
    expect((await service['vault.verify']({})).ledger.ok).toBe(true);
    await service.close();
  });

  it('once locked, refuses every call that touches the vault with VAULT_LOCKED', async () => {
    const { service } = await newVault(dir, 'locked.dossier');
    await service['vault.lock']({});
    const free = new Set(['vault.create', 'vault.open', 'vault.lock', 'vault.status', 'vault.restore', 'dossier.verify']);
    const id = '00000000-0000-4000-8000-000000000000';
    const inputs: Record<string, unknown> = {
      'entries.create': { draft: incident() },
      'entries.update': { id, draft: incident() },
      'entries.createMany': { drafts: [incident()] },
      'import.preview': { source: { path: join(dir, 'export.txt') } },
      'import.commit': { source: { path: join(dir, 'export.txt') } },
      'stalking.patterns': { entryId: id },
      'entries.get': { id },
      'entries.list': {},
      'entries.archive': { id },
      'entries.destroy': { id },
      'entries.revisions': { id },
      'people.create': { draft: { name: 'A', role: 'witness' } },
      'people.update': { id, draft: { name: 'A', role: 'witness' } },
      'people.list': {},
      'attachments.add': { entryId: id, fileName: 'a.txt', base64: '' },
      'attachments.get': { id },
      'attachments.list': { entryId: id },
      'attachments.read': { id, length: 10 },
      'attachments.saveTo': { id, path: join(dir, 'out.bin') },
      'messages.add': { entryId: id, message: { channel: 'sms', direction: 'incoming', sender: 'x', sentAt: '2024-01-01T00:00:00Z', zone: 'UTC' } },
      'messages.list': { entryId: id },
      search: { query: 'x' },
      'vault.changePassphrase': { current: 'a', next: 'b' },
      'vault.checkPassphrase': { passphrase: 'a' },
      'vault.verify': {},
      'vault.checkIntegrity': {},
      'vault.backup': { path: join(dir, 'b.dossier') },
      'dossier.export': { options: {}, path: join(dir, 'dossier.pdf') },
      'ledger.verify': {},
      'dossier.certificate': {},
      'drafts.save': { key: 'new', form: draftForm('x') },
      'drafts.list': {},
      'drafts.discard': { key: 'new' },
      'attachments.recognise': { id },
      'recognition.status': {},
      'statement.write': { jurisdiction: 'ru', entryIds: [id], path: join(dir, 'statement.docx') },
      'handover.write': { options: {}, path: join(dir, 'handover.age') },
      'dates.add': { draft: { kind: 'hearing', from: '2024-03-05', zone: 'Europe/Minsk', title: 'x' } },
      'dates.list': {},
    };
    for (const method of METHOD_NAMES.filter((m) => !free.has(m))) {
      expect(inputs[method], `test input for ${method}`).toBeDefined();
      const call = (service[method] as (input: unknown) => Promise<unknown>)(inputs[method]);
      await expectCode(call, 'VAULT_LOCKED');
    }
    expect(await service['vault.status']({})).toEqual({ open: false });
  });
});
