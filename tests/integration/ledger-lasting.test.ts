// A ledger that lasts: verify hashes exactly the stored text (canonical JSON), never a copy
// re-parsed with today's schema, so a later schema (a default, a trim, a new field) cannot make an
// old vault fail; and migration 4 moves vaults stored the old way (JSON.stringify, any key order)
// to canonical text without touching a single ledger link.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createService } from '../../main/service';
import { canonicalJson } from '../../main/vault/canonical';
import { openVault } from '../../main/vault/connection';
import { insertEntry } from '../../main/vault/entries';
import { appendLink, readLedger } from '../../main/vault/ledger';
import { subject } from '../../main/vault/subjects';
import { verifyVaultFile } from '../../main/vault/verify';
import type { EntryRecord } from '../../shared/domain';
import { incident, newVault, PASSPHRASE, tempFolder } from './helpers';

const DATA_TABLES = ['entries', 'entry_revisions', 'people', 'attachments', 'imports', 'messages'];

/** JSON.stringify with every object's keys in reverse order: as old vaults may hold them. */
function reordered(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reordered);
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.keys(value).sort().reverse().map((k) => [k, reordered((value as Record<string, unknown>)[k])]));
  return value;
}

async function fullVault(dir: string, name: string) {
  const { service, path } = await newVault(dir, name);
  const person = await service['people.create']({ draft: { name: 'Виктор', role: 'perpetrator', contact: '+375 29 000' } });
  const entry = await service['entries.create']({ draft: incident({ personIds: [person.id] }), attachments: [{ fileName: 'a.txt', base64: Buffer.from('photo').toString('base64') }] });
  await service['entries.update']({ id: entry.id, draft: incident({ text: 'edited', personIds: [person.id] }) });
  const source = { fileName: 'chat.txt', base64: Buffer.from('05/03/2024, 18:30 - Max: где ты\n05/03/2024, 18:31 - Max: ответь\n').toString('base64') };
  await service['import.commit']({ source, settings: { format: 'whatsapp', zone: 'UTC', dateOrder: 'dmy' }, abuserSenders: ['Max'] });
  await service.close();
  return path;
}

describe('a ledger that lasts', () => {
  const dir = tempFolder('dossier-ledger-lasting-');

  it('verify hashes the stored text: a record a later schema would read differently still verifies', async () => {
    const path = await fullVault(dir, 'future.dossier');
    const { db } = await openVault(path, PASSPHRASE);
    try {
      const stored = JSON.parse((await db.get<{ data: string }>('SELECT data FROM entries LIMIT 1'))!.data) as Record<string, unknown>;
      // As another version of Dossier may have written it: an untrimmed title and a field today's
      // schema does not know (zod would trim the one and drop the other, changing the hash).
      const record = { ...stored, id: randomUUID(), version: 1, title: '  Written by another version  ', witnessedBy: 'a field from a later schema' } as unknown as EntryRecord;
      await db.transaction(async () => {
        await insertEntry(db, record);
        await appendLink(db, 'create', subject.entry(record.id), record, '2024-03-06T10:00:00.000Z');
      });
      const report = await verifyVaultFile(db);
      expect(report.ledger.firstBroken).toBeNull();
      expect(report.ledger.ok).toBe(true);
    } finally {
      await db.close();
    }
  });

  it('migration 4 rewrites rows stored the old way into canonical text; every old link still verifies', async () => {
    const path = await fullVault(dir, 'old.dossier');
    const { db } = await openVault(path, PASSPHRASE);
    const linksBefore = await readLedger(db);
    let rewritten = 0;
    for (const table of DATA_TABLES) {
      const rows = await db.all<{ r: number; data: string }>(`SELECT rowid AS r, data FROM ${table}`);
      for (const row of rows) {
        const old = JSON.stringify(reordered(JSON.parse(row.data)));
        if (old !== row.data) rewritten += 1;
        await db.run(`UPDATE ${table} SET data = ? WHERE rowid = ?`, [old, row.r]);
      }
    }
    expect(rewritten).toBeGreaterThan(5);
    // Hashing the stored text as it now is: the old-format rows no longer match their links.
    expect((await verifyVaultFile(db)).ledger.ok).toBe(false);
    // As before migration 4 (3, entry numbers, has run): without what the later migrations add.
    await db.exec('DROP TABLE drafts; DROP TABLE dates; DROP TABLE attachment_search; DROP TABLE recognised_text;');
    await db.exec('PRAGMA user_version = 3');
    await db.close();

    const service = createService();
    await service['vault.open']({ path, passphrase: PASSPHRASE }); // runs migration 4
    expect(await service['vault.verify']({})).toMatchObject({ integrity: true, cipherIntegrity: true, ledger: { ok: true, firstBroken: null } });
    await service.close();
    const reopened = await openVault(path, PASSPHRASE);
    try {
      expect(await readLedger(reopened.db)).toEqual(linksBefore);
      for (const table of DATA_TABLES) {
        for (const row of await reopened.db.all<{ data: string }>(`SELECT data FROM ${table}`)) expect(row.data).toBe(canonicalJson(JSON.parse(row.data)));
      }
    } finally {
      await reopened.db.close();
    }
  });
});
