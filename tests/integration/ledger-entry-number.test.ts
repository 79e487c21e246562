// An entry's stable number ("Запись 17", migration 003) is under the ledger (migration 8): changed
// in the file behind the app's back, verify-vault fails; a vault numbered before the change gets
// its numbers recorded when it is opened, and every old link still verifies.
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createService } from '../../main/service';
import { openVault } from '../../main/vault/connection';
import { readLedger } from '../../main/vault/ledger';
import { verifyVaultFile } from '../../main/vault/verify';
import { incident, newVault, PASSPHRASE, tempFolder } from './helpers';

const FIXTURE = join(__dirname, '../fixtures/vault-0.1');

async function verifyWithSql(path: string, passphrase: string, sql: string, params: (string | number)[]) {
  const { db } = await openVault(path, passphrase);
  try {
    await db.run(sql, params);
    return (await verifyVaultFile(db)).ledger;
  } finally {
    await db.close();
  }
}

describe('the entry number under the ledger', () => {
  const dir = tempFolder('dossier-entry-number-');

  it('an entry renumbered directly in the file fails verify-vault; the unchanged vault verifies (control)', async () => {
    const { service, path } = await newVault(dir, 'renumbered.dossier');
    const first = await service['entries.create']({ draft: incident({ title: 'Первое' }) });
    // Many at once (bulk entry) take the other write path: their numbers are recorded too.
    const { ids } = await service['entries.createMany']({ drafts: [incident({ title: 'Второе' }), incident({ title: 'Четвёртое' })] });
    const third = await service['entries.create']({ draft: incident({ title: 'Третье' }) });
    expect(await service['vault.verify']({})).toMatchObject({ ledger: { ok: true, firstBroken: null } });
    await service.close();
    expect([first.number, third.number]).toEqual([1, 4]);

    for (const id of [third.id, ids[1]!]) {
      const copy = join(dir, `renumbered-${id}.dossier`);
      copyFileSync(path, copy);
      const renumbered = await verifyWithSql(copy, PASSPHRASE, 'UPDATE entries SET number = 99 WHERE id = ?', [id]);
      expect(renumbered.ok).toBe(false);
      expect(renumbered.firstBroken).toMatchObject({ subject: `entry:${id}`, reason: 'entry number differs from the ledger' });
    }
  });

  it('two entries with their numbers swapped fail too (each number is tied to its entry)', async () => {
    const { service, path } = await newVault(dir, 'swapped.dossier');
    const a = await service['entries.create']({ draft: incident({ title: 'A' }) });
    const b = await service['entries.create']({ draft: incident({ title: 'B' }) });
    await service.close();
    const { db } = await openVault(path, PASSPHRASE);
    try {
      // The unique index forbids a direct swap: through a free number, as a tamperer would.
      await db.run('UPDATE entries SET number = 1000 WHERE id = ?', [a.id]);
      await db.run('UPDATE entries SET number = ? WHERE id = ?', [a.number, b.id]);
      await db.run('UPDATE entries SET number = ? WHERE id = ?', [b.number, a.id]);
      const report = await verifyVaultFile(db);
      expect(report.ledger.ok).toBe(false);
      expect(report.ledger.firstBroken?.reason).toBe('entry number differs from the ledger');
    } finally {
      await db.close();
    }
  });

  it('a vault from before the change (Dossier 0.1) verifies after opening, keeps every old link, and its numbers are then protected', async () => {
    const expected = JSON.parse(readFileSync(join(FIXTURE, 'expected.json'), 'utf8')) as { passphrase: string; incidentId: string };
    const path = join(dir, 'old.dossier');
    copyFileSync(join(FIXTURE, 'vault.dossier'), path);
    const service = createService();
    await service['vault.open']({ path, passphrase: expected.passphrase }); // runs migrations 3 … 8
    expect(await service['vault.verify']({})).toMatchObject({ integrity: true, cipherIntegrity: true, ledger: { ok: true, firstBroken: null } });
    const entries = await service['entries.list']({ includeArchived: true });
    await service.close();

    const { db } = await openVault(path, expected.passphrase);
    let links;
    try {
      links = await readLedger(db);
    } finally {
      await db.close();
    }
    const numberLinks = links.filter((l) => l.event === 'number');
    expect(numberLinks.map((l) => l.subject).sort()).toEqual(entries.map((e) => `entry:${e.id}`).sort());
    // Appended after every link the old vault had: none of those was rewritten.
    const firstNumber = Math.min(...numberLinks.map((l) => l.seq));
    expect(links.filter((l) => l.seq > firstNumber).every((l) => l.event === 'number')).toBe(true);

    const renumbered = await verifyWithSql(path, expected.passphrase, 'UPDATE entries SET number = number + 100 WHERE id = ?', [expected.incidentId]);
    expect(renumbered.ok).toBe(false);
    expect(renumbered.firstBroken).toMatchObject({ subject: `entry:${expected.incidentId}`, reason: 'entry number differs from the ledger' });
  });
});
