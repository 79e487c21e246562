// Issue 10, item 2: the dates that matter — migration 6 on a real encrypted file, stored
// encrypted and ledgered, counted in their own zone, checked by verify-vault, kept across lock and
// unlock; a range that ends before it starts is refused and nothing is stored.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createService } from '../../../main/service';
import { rawKeyPragmaValue } from '../../../main/vault/keys';
import { migrate } from '../../../main/vault/migrations';
import { Db } from '../../../main/vault/sqlite';
import { openVault } from '../../../main/vault/connection';
import { expectCode, incident, PASSPHRASE, tempFolder } from '../helpers';

/** 22:30 UTC on 09.06.2025 is already 01:30 on 10.06 in Minsk: "today" is counted where the date
 *  applies (in UTC every count below would be one day more). */
const NOW = new Date('2025-06-09T22:30:00Z');

describe('the dates that matter', () => {
  const dir = tempFolder('dossier-dates-');

  it('migration 6 adds the dates table to a version-4 vault and keeps what was there', async () => {
    const db = await Db.open(join(dir, 'm8.db'), 'create');
    await db.exec('PRAGMA cipher_log_level = NONE');
    await db.exec(`PRAGMA key = "${rawKeyPragmaValue(randomBytes(32), randomBytes(16))}"`);
    expect(await migrate(db, 4)).toBe(4);
    await db.run('INSERT INTO people (id, data) VALUES (?, ?)', ['p1', '{"name":"x"}']);
    expect(await migrate(db, 6)).toBe(6);
    expect(await db.all('SELECT id FROM people')).toEqual([{ id: 'p1' }]);
    await db.run('INSERT INTO dates (id, data) VALUES (?, ?)', ['d1', '{}']);
    await expect(db.run('INSERT INTO dates (id, data) VALUES (?, ?)', ['d1', '{}'])).rejects.toThrow();
    await db.close();
  });

  it('adds, counts days left in the date’s zone, marks what is due, and keeps them across lock and unlock', async () => {
    const path = join(dir, 'dates.dossier');
    const service = createService({ now: () => NOW });
    await service['vault.create']({ path, passphrase: PASSPHRASE });
    const entry = await service['entries.create']({ draft: incident() });
    const order = await service['dates.add']({ draft: { kind: 'protection-order', from: '2025-06-01', to: '2025-06-15', zone: 'Europe/Minsk', title: 'Защитное предписание', entryId: entry.id } });
    await service['dates.add']({ draft: { kind: 'hearing', from: '2025-06-12', zone: 'Europe/Minsk', title: 'Суд, зал 4' } });
    await service['dates.add']({ draft: { kind: 'deadline', from: '2025-07-30', zone: 'Europe/Minsk', title: 'Подать жалобу' } });
    await service['dates.add']({ draft: { kind: 'other', from: '2025-05-01', zone: 'Europe/Minsk', title: 'Постановление по ст. 6.1.1 КоАП' } });
    await service['vault.lock']({});
    await service['vault.open']({ path, passphrase: PASSPHRASE });
    const items = await service['dates.list']({});
    expect(items.map((d) => [d.title, d.status, d.daysLeft, d.due])).toEqual([
      ['Постановление по ст. 6.1.1 КоАП', 'past', -40, false],
      ['Защитное предписание', 'running', 5, true],
      ['Суд, зал 4', 'upcoming', 2, true],
      ['Подать жалобу', 'upcoming', 50, false],
    ]);
    expect(items[1]!.id).toBe(order.id);
    expect(items[1]!.entryId).toBe(entry.id);
    const report = await service['vault.verify']({});
    expect(report.ledger.ok).toBe(true);
    await service.close();
    // Encrypted like everything else: the title is nowhere in the file.
    expect(readFileSync(path).includes(Buffer.from('Защитное предписание'))).toBe(false);
  });

  it('refuses a range that ends before it starts, an unknown entry, and stores nothing', async () => {
    const service = createService({ now: () => NOW });
    await service['vault.create']({ path: join(dir, 'bad.dossier'), passphrase: PASSPHRASE });
    const error = await expectCode(service['dates.add']({ draft: { kind: 'protection-order', from: '2025-06-15', to: '2025-06-01', zone: 'Europe/Minsk', title: 'x' } }), 'INVALID_INPUT');
    expect(error.details.reason).toBe('the range ends before it starts');
    await expectCode(service['dates.add']({ draft: { kind: 'hearing', from: '2025-06-15', zone: 'Europe/Minsk', title: 'x', entryId: '00000000-0000-0000-0000-000000000000' } }), 'NOT_FOUND');
    expect(await service['dates.list']({})).toEqual([]);
    expect((await service['vault.verify']({})).ledger.ok).toBe(true);
    await service.close();
  });

  it('verify-vault names a date changed or removed behind the app’s back', async () => {
    const path = join(dir, 'tamper.dossier');
    const service = createService({ now: () => NOW });
    await service['vault.create']({ path, passphrase: PASSPHRASE });
    const date = await service['dates.add']({ draft: { kind: 'hearing', from: '2025-06-12', zone: 'Europe/Minsk', title: 'Суд' } });
    await service.close();
    const { db } = await openVault(path, PASSPHRASE);
    await db.run('UPDATE dates SET data = replace(data, ?, ?)', ['2025-06-12', '2025-07-12']);
    await db.close();
    const again = createService();
    await again['vault.open']({ path, passphrase: PASSPHRASE });
    const changed = (await again['vault.verify']({})).ledger;
    expect(changed.ok).toBe(false);
    expect(changed.firstBroken).toMatchObject({ subject: `date:${date.id}`, reason: 'date differs from the ledger' });
    await again.close();
    const { db: db2 } = await openVault(path, PASSPHRASE);
    await db2.run('DELETE FROM dates');
    await db2.close();
    const third = createService();
    await third['vault.open']({ path, passphrase: PASSPHRASE });
    expect((await third['vault.verify']({})).ledger.firstBroken).toMatchObject({ subject: `date:${date.id}`, reason: 'date is missing' });
    await third.close();
  });
});
