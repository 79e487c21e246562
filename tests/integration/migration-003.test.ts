// Migration 003 (issue 9, item 4): existing entries are numbered in the order they were created,
// on a real encrypted file; new entries continue the count; a destroyed entry's number is not reused.
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rawKeyPragmaValue } from '../../main/vault/keys';
import { migrate } from '../../main/vault/migrations';
import { Db } from '../../main/vault/sqlite';
import { incident, newVault, tempFolder } from './helpers';

describe('migration 003: entry numbers', () => {
  const dir = tempFolder();

  it('numbers the entries of a version-2 vault 1…n in creation order, not in time order', async () => {
    const db = await Db.open(join(dir, 'm3.db'), 'create');
    await db.exec('PRAGMA cipher_log_level = NONE');
    await db.exec(`PRAGMA key = "${rawKeyPragmaValue(randomBytes(32), randomBytes(16))}"`);
    expect(await migrate(db, 2)).toBe(2);
    // Created in the order c, a, (x destroyed), b — but happened a, b, c.
    const insert = 'INSERT INTO entries (id, kind, occurred_at, version, data) VALUES (?, ?, ?, 1, ?)';
    const created: [string, string][] = [['c', '2024-03-03'], ['a', '2024-03-01'], ['x', '2024-03-09'], ['b', '2024-03-02']];
    for (const [id, at] of created) await db.run(insert, [id, 'incident', at, '{}']);
    await db.run("DELETE FROM entries WHERE id = 'x'");
    expect(await migrate(db, 3)).toBe(3);
    const rows = await db.all<{ id: string; number: number }>('SELECT id, number FROM entries ORDER BY number');
    expect(rows).toEqual([{ id: 'c', number: 1 }, { id: 'a', number: 2 }, { id: 'b', number: 3 }]);
    expect(await db.get("SELECT value FROM meta WHERE key = 'last_entry_number'")).toEqual({ value: '3' });
    await expect(db.run("UPDATE entries SET number = 1 WHERE id = 'a'")).rejects.toThrow();
    await db.close();
  });

  it('gives each new entry the next number, in bulk too, and never reuses a destroyed one', async () => {
    const { service } = await newVault(dir, 'numbers.dossier');
    const one = await service['entries.create']({ draft: incident({ title: 'один' }) });
    const two = await service['entries.create']({ draft: incident({ title: 'два' }) });
    expect([one.number, two.number]).toEqual([1, 2]);
    await service['entries.destroy']({ id: two.id });
    const three = await service['entries.create']({ draft: incident({ title: 'три' }) });
    expect(three.number).toBe(3);
    const { ids: bulk } = await service['entries.createMany']({ drafts: [incident({ title: 'четыре' }), incident({ title: 'пять' })] });
    const numbers = await Promise.all(bulk.map(async (id) => (await service['entries.get']({ id })).entry.number));
    expect(numbers).toEqual([4, 5]);
    expect((await service['entries.get']({ id: one.id })).entry.number).toBe(1);
    await service.close();
  });
});
